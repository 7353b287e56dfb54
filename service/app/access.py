"""The page's accessibility layer: colours that keep WCAG AA contrast in the light and the
dark theme (Gradio follows the system setting), a focus ring on everything, and review by
keyboard alone. assets.py mounts ACCESS_CSS and KEYBOARD_JS with the rest of the page;
ui.py places SHORTCUTS_HTML (the "?" dialog and the button that opens it).

Keyboard review: j/k or the arrow keys move between sentences (in the pane that has the
focus; the Review when none has), Enter opens the correction box on the focused sentence,
Ctrl+Enter in the box saves, Alt+1..4 uses one of the model's other translations, Esc closes
the box and returns to the sentence, "?" lists the keys.
The script listens on the window, so it keeps working when Gradio re-renders the panes.
"""

from __future__ import annotations

from html import escape

SHORTCUTS = (
    ("j / ↓", "next sentence (the Review, or the pane the focus is in)"),
    ("k / ↑", "previous sentence"),
    ("Enter", "correct the focused sentence"),
    ("Alt+1 … Alt+4", "use the model's other translation 1 to 4 (correction box open)"),
    ("Ctrl+Enter", "translate (in the article) · save (in the correction box)"),
    ("Esc", "close the correction box or this list"),
    ("?", "show this list"),
)

# Gradio's Soft theme puts white on indigo-500 (4.46:1) and grey-400 hints (2.5:1): one step
# darker passes AA. Our flag and check colours have a light and a dark variant.
ACCESS_CSS = """
.gradio-container {
  --button-primary-background-fill: #4f46e5;
  --button-primary-background-fill-hover: #4338ca;
  --checkbox-label-background-fill-selected: #4f46e5;
  --block-title-text-color: #4338ca;
  --block-label-text-color: #4338ca;
  --block-info-text-color: #4b5563;
  --body-text-color-subdued: #4b5563;
  --pl2en-flag: #92400e;
  --pl2en-flag-line: #d97706;
  --pl2en-flag-fill: rgba(217, 119, 6, 0.08);
  --pl2en-flag-badge: rgba(217, 119, 6, 0.25);
  --pl2en-ok: #15803d;
  --pl2en-focus: #1d4ed8;
  --pl2en-muted: #4b5563;
}
.dark .gradio-container {
  --button-primary-background-fill: #4f46e5;
  --button-primary-background-fill-hover: #4338ca;
  --checkbox-label-background-fill-selected: #4f46e5;
  --block-title-text-color: #ffffff;
  --block-label-text-color: #ffffff;
  --block-info-text-color: #9ca3af;
  --body-text-color-subdued: #9ca3af;
  --link-text-color: #a5b4fc;
  --link-text-color-hover: #c7d2fe;
  --pl2en-flag: #fbbf24;
  --pl2en-flag-line: #f59e0b;
  --pl2en-flag-fill: rgba(245, 158, 11, 0.10);
  --pl2en-flag-badge: rgba(245, 158, 11, 0.30);
  --pl2en-ok: #4ade80;
  --pl2en-focus: #93c5fd;
  --pl2en-muted: #d1d5db;
}
.gradio-container :focus-visible { outline: 3px solid var(--pl2en-focus); outline-offset: 2px; }
#pl2en-keys { position: absolute; top: 0.75em; right: 0; width: auto; z-index: 1; }
.pl2en-keys-open {
  font-size: 0.85em; padding: 0.1em 0.7em; cursor: pointer; color: var(--body-text-color);
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-md);
  background: var(--button-secondary-background-fill);
}
#pl2en-shortcuts {
  max-width: min(32em, 92vw); border: 1px solid var(--border-color-primary);
  border-radius: var(--radius-lg); padding: 1em 1.5em;
  color: var(--body-text-color); background: var(--background-fill-primary);
}
#pl2en-shortcuts::backdrop { background: rgba(0, 0, 0, 0.45); }
#pl2en-shortcuts h2 { margin: 0 0 0.6em; font-size: 1.15em; }
#pl2en-shortcuts dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1em; }
#pl2en-shortcuts dd { margin: 0; }
#pl2en-shortcuts kbd, .pl2en-keys-open kbd {
  font-family: var(--font-mono); border: 1px solid var(--border-color-primary);
  border-radius: 4px; padding: 0 0.35em;
}
"""


def shortcuts_html() -> str:
    """The button that opens the shortcuts dialog, and the dialog (closed)."""
    rows = "".join(
        f"<dt><kbd>{escape(keys)}</kbd></dt><dd>{escape(what)}</dd>" for keys, what in SHORTCUTS
    )
    return (
        '<button type="button" class="pl2en-keys-open" aria-haspopup="dialog">'
        "Keyboard shortcuts <kbd>?</kbd></button>"
        '<dialog id="pl2en-shortcuts" aria-labelledby="pl2en-shortcuts-title">'
        f'<h2 id="pl2en-shortcuts-title">Keyboard shortcuts</h2><dl>{rows}</dl>'
        '<button type="button" class="pl2en-keys-open pl2en-keys-close">Close</button>'
        "</dialog>"
    )


SHORTCUTS_HTML = shortcuts_html()

KEYBOARD_JS = """
() => {
  const REVIEW = '#pl2en-review', PANES = ['#pl2en-source', '#pl2en-english', REVIEW];
  let last = null;
  const shown = (sel) => {
    const el = document.querySelector(sel);
    return el && el.offsetParent !== null ? el : null;
  };
  const typing = (el) =>
    el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  const paneOf = (el) => PANES.find((p) => el && el.closest && el.closest(p)) || null;
  const stops = (pane) => Array.from(document.querySelectorAll(
    pane === REVIEW ? `${REVIEW} button[data-edit]` : `${pane} .pl2en-s[data-s]`));
  const sentenceOf = (el) => el && el.dataset ? (el.dataset.edit ?? el.dataset.s ?? null) : null;
  const reviewButton = (s) => document.querySelector(`${REVIEW} button[data-edit="${s}"]`);
  const whenShown = (sel, then, ms = 15000) => {
    const end = Date.now() + ms;
    const poll = () => {
      const el = shown(sel);
      if (el) then(el); else if (Date.now() < end) setTimeout(poll, 50);
    };
    setTimeout(poll, 50);
  };
  const whenHidden = (sel, then, ms = 15000) => {
    const end = Date.now() + ms;
    const poll = () => {
      if (!shown(sel)) then(); else if (Date.now() < end) setTimeout(poll, 50);
    };
    setTimeout(poll, 50);
  };
  const backToSentence = () => {
    const button = last !== null && reviewButton(last);
    if (button) button.focus();
  };
  const dialog = () => document.querySelector('#pl2en-shortcuts');
  let opener = null;
  const showKeys = () => {
    const d = dialog();
    if (!d || d.open) return;
    opener = document.activeElement;
    d.showModal();
    d.querySelector('.pl2en-keys-close').focus();
  };
  const hideKeys = () => {
    const d = dialog();
    if (d && d.open) d.close();
  };
  document.addEventListener('close', (event) => {
    if (event.target === dialog() && opener && opener.focus) opener.focus();
  }, true);
  document.addEventListener('click', (event) => {
    const t = event.target;
    if (!t.closest) return;
    if (t.closest('.pl2en-keys-close')) hideKeys();
    else if (t.closest('.pl2en-keys-open')) showKeys();
    if (t.closest('#pl2en-english [data-state=done] .pl2en-s[data-s]')) {
      last = t.closest('[data-s]').dataset.s;
      const near = (el) => el.scrollIntoView({block: 'nearest'});
      whenShown('#pl2en-alternatives', near);
    }
    const edit = t.closest(`${REVIEW} button[data-edit]`);
    if (edit) {
      last = edit.dataset.edit;
      whenShown('#pl2en-correction-text textarea', (box) => box.focus());
    }
    if (t.closest('#pl2en-save, #pl2en-alternatives button[data-alt]')) {
      whenHidden('#pl2en-correction', backToSentence);
    }
  }, true);
  window.addEventListener('keydown', (event) => {
    const t = event.target, key = event.key;
    if (dialog() && dialog().open) return;
    const inBox = t.closest && t.closest('#pl2en-correction');
    if (key === 'Escape' && shown('#pl2en-correction')) {
      const cancel = shown('#pl2en-cancel');
      if (!cancel) return;
      event.preventDefault();
      cancel.click();
      whenHidden('#pl2en-correction', backToSentence);
      return;
    }
    if (key === 'Enter' && (event.ctrlKey || event.metaKey) && inBox) {
      const save = shown('#pl2en-save');
      if (save) {
        event.preventDefault();
        event.stopPropagation();
        save.click();
      }
      return;
    }
    const digit = /^Digit[1-4]$/.test(event.code) ? event.code.slice(5) : null;
    if (event.altKey && digit && !event.ctrlKey && !event.metaKey && shown('#pl2en-correction')) {
      const option = document.querySelector(`#pl2en-alternatives button[data-key="${digit}"]`);
      if (option) {
        event.preventDefault();
        option.click();
      }
      return;
    }
    if (typing(t) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (key === '?') {
      event.preventDefault();
      showKeys();
      return;
    }
    const pane = paneOf(t), here = pane ? sentenceOf(t) : null;
    const step = {j: 1, ArrowDown: 1, k: -1, ArrowUp: -1}[key];
    if (step && (here !== null || key === 'j' || key === 'k')) {
      const list = stops(here !== null ? pane : REVIEW);
      if (!list.length) return;
      event.preventDefault();
      const at = list.findIndex((el) => sentenceOf(el) === (here ?? last));
      const next = at < 0 ? list[0] : list[Math.min(list.length - 1, Math.max(0, at + step))];
      last = sentenceOf(next);
      next.focus();
      return;
    }
    if (key === 'Enter' && here !== null && pane !== REVIEW) {
      const button = reviewButton(here);
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  }, true);
}
"""
