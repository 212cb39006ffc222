"""Accessibility checks in the real browser: axe-core injected into a Playwright page.

axe-core (the npm package) is installed by ``bash scripts/axe.sh`` (run by
``scripts/test.sh``) into ``.cache/axe``. The check runs the WCAG 2.2 A and AA rules
(axe's tags ``wcag2a wcag2aa wcag21a wcag21aa wcag22aa``) on the whole page and keeps the
violations whose impact is serious or critical. For async and sync Playwright pages::

    from tests.axe import assert_accessible, assert_accessible_sync

    await assert_accessible(page, "nurse queue (en)")
    assert_accessible_sync(page, "patient chat, emergency (zh)")

or, to look at them yourself, ``violations = await axe_violations(page)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AXE_JS = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
BLOCKING = ("serious", "critical")

# axe reads the page a reader sees once it has settled: Gradio dims the outputs of a running
# event to 20% (its ".pending" class) and colours fade in CSS transitions, and contrast read in
# between is the framework's loading state, not the page's colours (a loaded CI machine caught
# the nurse board half-dimmed just after its load event had drawn it). Wait up to 10 s for no
# pending output and no running animation, then check; a page that never settles is checked
# as it is.
RUN = """async (options) => {
  const busy = () => document.querySelector(".pending") !== null
    || document.getAnimations().some((a) => a.playState === "running");
  for (let waited = 0; busy() && waited < 10000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const results = await axe.run(document, options);
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary})),
  }));
}"""


def axe_source() -> str:
    """Return axe.min.js; fail with what to run when it is not installed."""
    assert AXE_JS.exists(), f"axe-core is not installed at {AXE_JS}: run bash scripts/axe.sh"
    return AXE_JS.read_text(encoding="utf-8")


def _options() -> dict[str, Any]:
    return {"runOnly": {"type": "tag", "values": list(WCAG_TAGS)}, "resultTypes": ["violations"]}


def _blocking(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in violations if v["impact"] in BLOCKING]


async def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Return the serious and critical WCAG 2.2 A/AA violations on an async Playwright page."""
    if not await page.evaluate("() => typeof window.axe !== 'undefined'"):
        await page.evaluate(axe_source())
    return _blocking(await page.evaluate(RUN, _options()))


def axe_violations_sync(page: Any) -> list[dict[str, Any]]:
    """Return the serious and critical WCAG 2.2 A/AA violations on a sync Playwright page."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    return _blocking(page.evaluate(RUN, _options()))


def describe(violations: list[dict[str, Any]], where: str) -> str:
    """Return the violations as a message a developer can act on (rule, why, which nodes)."""
    lines = [f"{len(violations)} serious or critical axe-core violation(s) on {where}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} <{v['helpUrl']}>")
        for node in v["nodes"][:5]:
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"    {node['target']}: {summary[:300]}")
        if len(v["nodes"]) > 5:
            lines.append(f"    ... and {len(v['nodes']) - 5} more")
    return "\n".join(lines)


async def assert_accessible(page: Any, where: str) -> None:
    """Fail, naming each rule and node, if the async page has serious/critical violations."""
    violations = await axe_violations(page)
    assert not violations, describe(violations, where)


def assert_accessible_sync(page: Any, where: str) -> None:
    """Fail, naming each rule and node, if the sync page has serious/critical violations."""
    violations = axe_violations_sync(page)
    assert not violations, describe(violations, where)
