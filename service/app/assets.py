"""The page's styles and scripts, passed to Gradio when the page is mounted (Gradio 6 takes
css/js at launch or mount time, not in gr.Blocks).

PAGE_JS runs once on load. It listens on the document, so it keeps working when Gradio
re-renders the panes: hovering, clicking or focusing a sentence (an element with data-s in
the Polish pane, the English pane or the Review) highlights the same sentence everywhere and
scrolls a pane that has it out of view; Ctrl+Enter (Cmd+Enter) presses Translate.

REVIEW_JS, ENGLISH_JS, ALTERNATIVES_JS and HISTORY_JS are the js_on_load of those gr.HTML
blocks: a click on a "Correct" button, an English sentence, a "Use n" or history button
triggers the block's click event with the sentence (and word), the alternative's number or
the entry.
"""

from .access import ACCESS_CSS, KEYBOARD_JS

PAGE_CSS = """
#pl2en-stats { font-size: 0.9em; opacity: 0.85; }
#pl2en-warnings { border-left: 4px solid var(--pl2en-flag-line); padding-left: 0.75em; }
.pl2en-doc {
  position: relative; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.6;
  max-height: 70vh; overflow-y: auto; padding: 0.75em 1em; min-height: 6em;
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg);
  background: var(--background-fill-primary);
}
.pl2en-doc p { margin: 0 0 0.9em; }
#pl2en-source .pl2en-doc, #pl2en-english .pl2en-doc { margin-top: 2em; }
#pl2en-summary::before {
  content: "Summary"; display: block; font-weight: 600; font-size: 0.85em; opacity: 0.7;
}
.pl2en-header { opacity: 0.75; }
.pl2en-status { font-style: italic; opacity: 0.8; }
.pl2en-s { border-radius: 3px; cursor: pointer; transition: background-color 0.1s; }
.pl2en-s:focus { outline: 2px solid var(--pl2en-focus); outline-offset: 1px; }
.pl2en-s.pl2en-flag {
  text-decoration: underline wavy var(--pl2en-flag-line); text-underline-offset: 4px;
}
.pl2en-hl { background: rgba(37, 99, 235, 0.16); }
.pl2en-sel { background: rgba(37, 99, 235, 0.30); }
.pl2en-review-head { font-size: 0.9em; opacity: 0.85; margin: 0 0 0.5em; }
.pl2en-row {
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg);
  padding: 0.5em 0.75em; margin: 0 0 0.5em;
}
.pl2en-row.pl2en-flagged {
  border-left: 5px solid var(--pl2en-flag-line); background: var(--pl2en-flag-fill);
}
.pl2en-row.pl2en-hl, .pl2en-row.pl2en-sel { box-shadow: 0 0 0 2px rgba(37, 99, 235, 0.45); }
.pl2en-row-head { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; }
.pl2en-num { font-weight: 600; min-width: 2.5em; }
.pl2en-badge {
  font-size: 0.8em; padding: 0 0.5em; border-radius: 999px;
  background: rgba(37, 99, 235, 0.12); white-space: nowrap;
}
.pl2en-badge-flag { background: var(--pl2en-flag-badge); }
.pl2en-correct {
  margin-left: auto; font-size: 0.85em; padding: 0.1em 0.7em; cursor: pointer;
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-md);
  background: var(--button-secondary-background-fill);
}
.pl2en-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.pl2en-pair p, .pl2en-checks { margin: 0.3em 0; overflow-wrap: anywhere; }
.pl2en-checks { padding-left: 1.2em; font-size: 0.9em; }
.pl2en-check-open b { color: var(--pl2en-flag); }
.pl2en-check-fixed { opacity: 0.75; }
.pl2en-check-ok b { color: var(--pl2en-ok); }
.pl2en-history { margin: 0; padding-left: 1.5em; }
.pl2en-history li { margin: 0.2em 0; overflow-wrap: anywhere; }
.pl2en-open {
  background: none; border: none; padding: 0; color: var(--link-text-color);
  text-decoration: underline; cursor: pointer; text-align: left; font: inherit;
}
.pl2en-meta { margin-left: 0.6em; font-size: 0.85em; opacity: 0.7; }
.pl2en-empty { color: var(--pl2en-muted); font-style: italic; }
@media (max-width: 640px) {
  .pl2en-pair { grid-template-columns: 1fr; gap: 0; }
  .pl2en-doc { max-height: none; }
}
"""

PAGE_JS = """
() => {
  const PANES = '#pl2en-source, #pl2en-english, #pl2en-review';
  const sentenceOf = (node) => {
    const el = node && node.closest ? node.closest('[data-s]') : null;
    return el && el.closest(PANES) ? el : null;
  };
  const mark = (el, cls) => {
    document.querySelectorAll('.' + cls).forEach((x) => x.classList.remove(cls));
    if (!el) return [];
    const same = Array.from(document.querySelectorAll(`[data-s="${el.dataset.s}"]`))
      .filter((x) => x.closest(PANES));
    same.forEach((x) => x.classList.add(cls));
    return same;
  };
  const reveal = (el, origin) => {
    const box = el.closest('.pl2en-doc');
    if (!box || box.contains(origin) || box.scrollHeight <= box.clientHeight) return;
    const top = el.offsetTop, bottom = top + el.offsetHeight;
    if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  };
  const select = (event) => {
    const el = sentenceOf(event.target);
    if (el) mark(el, 'pl2en-sel').forEach((x) => reveal(x, el));
  };
  document.addEventListener('mouseover', (event) => mark(sentenceOf(event.target), 'pl2en-hl'));
  document.addEventListener('click', select);
  document.addEventListener('focusin', select);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const button = document.querySelector('#pl2en-translate');
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  }, true);
}
"""

REVIEW_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-edit]');
  if (button) trigger('click', {sentence: Number(button.dataset.edit)});
});
"""

ALTERNATIVES_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-alt]');
  if (button) trigger('click', {alt: Number(button.dataset.alt)});
});
"""

# A click on a sentence of a translated article's English opens it, with the word clicked
# (its alternatives that differ there come first).
ENGLISH_JS = """
element.addEventListener('click', (event) => {
  const span = event.target.closest('[data-state=done] .pl2en-s[data-s]');
  if (!span || !window.getSelection().isCollapsed) return;  // streaming, or selecting text
  const at = document.caretRangeFromPoint
    && document.caretRangeFromPoint(event.clientX, event.clientY);
  let word = '';
  if (at && at.startContainer.nodeType === Node.TEXT_NODE && span.contains(at.startContainer)) {
    const text = at.startContainer.textContent;
    word = text.slice(0, at.startOffset).match(/[\\p{L}\\p{N}]*$/u)[0]
      + text.slice(at.startOffset).match(/^[\\p{L}\\p{N}]*/u)[0];
  }
  trigger('click', {sentence: Number(span.dataset.s), word});
});
"""

HISTORY_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-open]');
  if (button) trigger('click', {entry: button.dataset.open});
});
"""

# Accessibility, on top of the page's own CSS and script: contrast-safe colours for both
# themes, focus rings, review by keyboard.
PAGE_CSS += ACCESS_CSS
PAGE_JS = f"() => {{ ({PAGE_JS})(); ({KEYBOARD_JS})(); }}"
