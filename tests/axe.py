"""axe-core in a Playwright page: the serious and critical violations, and those that come
from Gradio's own markup (accepted, each with its reason). axe-core comes from npm
(`make axe` puts it in .axe/, git-ignored)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE = Path(__file__).resolve().parents[1] / ".axe" / "node_modules" / "axe-core" / "axe.min.js"

# Serious or critical findings that come from Gradio's own markup, not ours: (rule, a piece
# of the node's CSS selector, why it is accepted). Anything else fails the test.
GRADIO_FINDINGS = (
    (
        "label-content-name-mismatch",
        ".upload-container",
        "Gradio's file drop zone (gr.File) is a button named 'Click to upload or drop files' "
        "whose visible text is 'Drop File Here - or - Click to Upload'; the markup is "
        "Gradio's and has no option to change it. The file input itself is labelled.",
    ),
)
BLOCKING = ("serious", "critical")

# Gradio fades blocks in: contrast is measured once no finite animation or transition runs.
SETTLED = """() => document.getAnimations().every(
  (a) => a.playState !== 'running' || !isFinite(a.effect.getComputedTiming().endTime))"""


def axe_findings(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now, one entry per
    node: rule, impact, selector, summary."""
    page.wait_for_function(SETTLED)
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "node": " ".join(node["target"]),
            "why": node["failureSummary"],
        }
        for v in violations
        if v["impact"] in BLOCKING
        for node in v["nodes"]
    ]


def ours(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings not accounted for by GRADIO_FINDINGS."""
    return [
        f
        for f in findings
        if not any(f["rule"] == rule and part in f["node"] for rule, part, _ in GRADIO_FINDINGS)
    ]
