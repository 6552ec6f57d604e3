"""An axe-core audit of every page, in the light and the dark colour scheme.

Light is audited at desktop width and dark at phone width: colour contrast doesn't
depend on the width and the layout rules don't depend on the colours, so the two runs
cover both without auditing all four combinations.

Injecting axe is an inline script, which the app's CSP rightly refuses, so only these
audit pages run with ``bypass_csp``. Serious and critical findings fail the test; the
report names the page, the rule, the elements and axe's advice for each.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import OpenPage, StartServer

FAILING = {"serious", "critical"}

RUN_AXE = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    url: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(" "),
      html: n.html,
      summary: n.failureSummary,
    })),
  }));
}"""


def show_everything(page: Page, name: str) -> None:
    """Open what starts closed, so axe sees it too (it skips hidden content)."""
    if name in ("write", "edit"):
        page.get_by_text("What felt safe, and what didn't").click()
        page.locator("label[for=safety-2]").click()
    if name == "person":
        page.get_by_text("Show as a table").click()
    if name == "path-safe":
        page.locator("details.reflect summary").first.click()
        page.locator("details.reflections summary").first.click()


def report(found: list[tuple[str, dict[str, Any]]]) -> str:
    lines = []
    for where, violation in found:
        lines.append(f"{where}: {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"    {violation['url']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    - {node['target']}  {node['html'][:120]}")
            lines.extend(f"        {line}" for line in node["summary"].splitlines())
    return "\n".join(lines)


@pytest.mark.parametrize(("scheme", "width"), [("light", 1280), ("dark", 390)])
def test_no_serious_accessibility_problems(
    open_page: OpenPage, start_server: StartServer, axe_source: str, scheme: str, width: int
) -> None:
    server = start_server(sample=True)
    page = open_page(bypass_csp=True, color_scheme=scheme, viewport={"width": width, "height": 900})
    audited: dict[str, list[dict[str, Any]]] = {}

    def audit(name: str) -> None:
        page.add_script_tag(content=axe_source)
        audited[name] = page.evaluate(RUN_AXE)

    for name, path in server.pages().items():
        response = page.goto(server.url + path)
        assert response is not None
        assert response.status == (404 if name == "not-found" else 200), name
        show_everything(page, name)
        audit(name)

    # A form sent without its text comes back with the error next to it.
    page.goto(server.url + "/")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("alert")).to_be_visible()
    audit("write, after saving nothing")

    # The journal after a live (htmx) update of its results.
    maya = server.api("/api/entries?person=Maya")["total"]
    page.goto(server.url + "/journal")
    page.get_by_label("Person").select_option("Maya")
    expect(page.locator("#results .count")).to_have_text(f"{maya} entries")
    audit("journal, filtered live")

    # A session summary made from a few ticked entries and parts (a POST, so not in pages()).
    page.goto(server.url + server.pages()["summary"])
    page.locator('input[name="entry"]').first.check()
    page.get_by_role("checkbox", name="Jordan", exact=True).check()
    page.get_by_role("checkbox", name="Check-ins taken in these dates").check()
    page.get_by_role("checkbox", name="Your safety plan").check()
    page.get_by_role("button", name="Make the summary").click()
    expect(page.locator("article.summary")).to_be_visible()
    audit("summary, the printable page")

    assert len(audited) == len(server.pages()) + 3  # every page, and the three states above
    found = [
        (f"[{scheme}, {width} px] {name}", violation)
        for name, violations in audited.items()
        for violation in violations
    ]
    serious = [(where, v) for where, v in found if v["impact"] in FAILING]
    assert not serious, "axe found serious problems:\n" + report(serious)
    # Lesser findings don't fail the run, but they are shown with -rP.
    print(report(found) or f"[{scheme}, {width} px] axe found nothing on {len(audited)} pages")
