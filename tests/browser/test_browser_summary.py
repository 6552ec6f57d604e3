"""The session summary in a real browser against a real ``bondlens serve``: tick some
entries and parts, and the summary holds exactly those; with and without scripts; and
its print stylesheet, checked by printing to PDF with Chromium and reading the text back.
"""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from bondlens import messages
from tests.browser.helpers import OpenPage, Server, StartServer

TODAY = date.today()
ENTRIES = {
    "walk": ("Walk with Sam by the river, we laughed about the ducks.", 2, ["Sam"], 5),
    "cold": ("Jordan went quiet and cold all evening after I said no.", 5, ["Jordan"], 2),
    "call": (
        "Long call with Maya about the old house. Heavy, but we got through it.",
        9,
        ["Maya"],
        3,
    ),
    "old": ("An old entry from weeks ago, about the move.", 30, ["Sam"], 4),
}
REASONS = messages.SAFETY_SECTIONS["reasons"][0]


def journal(server: Server) -> dict[str, int]:
    """Write the entries through the API; their ids by key."""
    ids = {}
    for key, (text, days_ago, people, safety) in ENTRIES.items():
        when = (TODAY - timedelta(days=days_ago)).isoformat()
        body = {"text": text, "when": when, "people": people, "safety": safety}
        ids[key] = server.post_api("/api/entries", body)["id"]
    return ids


def pdf_text(pdf: bytes) -> str:
    """The words of a PDF, white space folded (lines wrap wherever the page ends)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text().split()) for p in pages)


def choose(page: Page, server: Server, ids: dict[str, int]) -> None:
    """From the Path to the form; tick the walk and the call, Jordan's lens, the plan."""
    page.goto(server.url + "/path")
    page.get_by_role("link", name=messages.WEB_SUMMARY_LINK).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Prepare a session summary")
    boxes = page.locator('input[name="entry"]')
    expect(boxes).to_have_count(3)  # the last 14 days: not the old entry
    for box in boxes.all():
        expect(box).not_to_be_checked()
    page.locator(f"#entry-{ids['walk']}").check()
    page.locator(f"#entry-{ids['call']}").check()
    page.get_by_role("checkbox", name="Jordan", exact=True).check()
    page.get_by_role("checkbox", name="Your safety plan").check()


def build_plan(page: Page, server: Server) -> None:
    page.goto(server.url + "/safety")
    page.locator("#edit").get_by_label(REASONS).fill("My cat, Miso")
    page.locator("#edit").get_by_role("button", name="Save safety plan").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_SAFETY_SAVED)


def test_the_summary_holds_exactly_what_was_ticked(
    page: Page, start_server: StartServer, tmp_path: Path
) -> None:
    server = start_server()
    ids = journal(server)
    build_plan(page, server)
    choose(page, server, ids)

    # with scripts, select all / none tick on the spot, without leaving the page
    url = page.url
    page.get_by_role("button", name="Select all").click()
    for box in page.locator('input[name="entry"]').all():
        expect(box).to_be_checked()
    page.get_by_role("button", name="Select none").click()
    for box in page.locator('input[name="entry"]').all():
        expect(box).not_to_be_checked()
    assert page.url == url
    page.locator(f"#entry-{ids['walk']}").check()
    page.locator(f"#entry-{ids['call']}").check()
    page.get_by_role("button", name="Make the summary").click()

    summary = page.locator("article.summary")
    parts = summary.locator("h2")
    expect(parts).to_have_text(["Entries", "Through the lens", "Safety plan"])
    entries = summary.locator("#part-entries .summary-entry")
    expect(entries).to_have_count(2)
    expect(entries.nth(0)).to_contain_text(ENTRIES["call"][0])  # oldest first
    expect(entries.nth(1)).to_contain_text(ENTRIES["walk"][0])
    expect(summary.locator("#part-lens h3")).to_have_text(["Jordan"])
    expect(summary.locator("#part-safety_plan")).to_contain_text("My cat, Miso")
    for left_out in (ENTRIES["cold"][0], ENTRIES["old"][0], "Check-ins", "Beliefs workbook"):
        expect(summary).not_to_contain_text(left_out)
    expect(page.get_by_role("button", name="Print")).to_be_visible()

    with page.expect_download() as waiting:
        page.get_by_role("button", name="Download as a text file").click()
    download = waiting.value
    since = (TODAY - timedelta(days=14)).isoformat()
    assert download.suggested_filename == f"bondlens-summary-{since}-to-{TODAY.isoformat()}.md"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    markdown = saved.read_text(encoding="utf-8")
    assert ENTRIES["walk"][0] in markdown
    assert ENTRIES["call"][0] in markdown
    assert ENTRIES["cold"][0] not in markdown
    assert "### Jordan" in markdown
    assert "- My cat, Miso" in markdown

    page.get_by_role("button", name="Change what's included").click()
    expect(page.locator(f"#entry-{ids['walk']}")).to_be_checked()
    expect(page.locator(f"#entry-{ids['cold']}")).not_to_be_checked()
    expect(page.get_by_role("checkbox", name="Jordan", exact=True)).to_be_checked()
    expect(page.get_by_role("checkbox", name="Sam", exact=True)).not_to_be_checked()


def test_without_scripts_select_all_asks_the_server(
    open_page: OpenPage, start_server: StartServer
) -> None:
    server = start_server()
    ids = journal(server)
    page = open_page(java_script_enabled=False)
    page.goto(server.url + "/summary")
    page.get_by_role("checkbox", name="Check-ins taken in these dates").check()
    page.get_by_role("button", name="Select all").click()
    expect(page).to_have_url(server.url + "/summary")  # the form came back from the server
    for key in ("walk", "cold", "call"):
        expect(page.locator(f"#entry-{ids[key]}")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Check-ins taken in these dates")).to_be_checked()
    page.get_by_role("button", name="Make the summary").click()
    expect(page.locator("#part-entries .summary-entry")).to_have_count(3)
    expect(page.locator("#part-checkins")).to_contain_text(messages.SUMMARY_NO_CHECKINS)
    expect(page.get_by_role("button", name="Print")).to_be_hidden()  # it needs a script


def test_nothing_ticked_is_said_gently(page: Page, start_server: StartServer) -> None:
    server = start_server()
    journal(server)
    page.goto(server.url + "/summary")
    page.get_by_role("button", name="Make the summary").click()
    expect(page.get_by_role("alert")).to_have_text(messages.SUMMARY_NOTHING_CHOSEN)
    expect(page.locator('input[name="entry"]')).to_have_count(3)


def test_the_printable_page_prints_only_the_summary(
    open_page: OpenPage, start_server: StartServer
) -> None:
    server = start_server()
    ids = journal(server)
    page = open_page(color_scheme="dark")
    build_plan(page, server)
    choose(page, server, ids)
    page.get_by_role("button", name="Make the summary").click()
    expect(page.locator("article.summary")).to_be_visible()

    page.emulate_media(media="print")
    colours = page.evaluate(
        """() => {
          const body = getComputedStyle(document.body);
          const text = getComputedStyle(document.querySelector('.summary-entry .text'));
          return [body.backgroundColor, body.color, text.color, body.fontFamily];
        }"""
    )
    assert colours[:3] == ["rgb(255, 255, 255)", "rgb(0, 0, 0)", "rgb(0, 0, 0)"]  # even in dark
    assert "serif" in colours[3]
    text = pdf_text(page.pdf(format="A4"))
    assert "Session summary" in text
    assert ENTRIES["walk"][0] in text
    assert ENTRIES["call"][0] in text
    assert "My cat, Miso" in text
    assert " ".join(messages.SUMMARY_NOT_DIAGNOSIS.split()) in text
    for hidden in (
        "Skip to the content",
        "Your data",
        "Insights",
        "what the patterns mean",
        "Download as a text file",
        "Change what's included",
        "Print",
        "Private: your journal stays on this computer",
        ENTRIES["cold"][0],
    ):
        assert hidden not in text, hidden


def test_the_clis_html_file_prints_the_same(open_page: OpenPage, tmp_path: Path) -> None:
    home = tmp_path / "home"
    bondlens = [sys.executable, "-m", "bondlens", "--home", str(home)]
    for key in ("walk", "cold"):
        text, days_ago, people, safety = ENTRIES[key]
        when = (TODAY - timedelta(days=days_ago)).isoformat()
        args = [text, "-w", when, "-s", str(safety), *(a for p in people for a in ("-p", p))]
        subprocess.run([*bondlens, "add", *args], check=True, capture_output=True)
    target = tmp_path / "session.html"
    subprocess.run(
        [*bondlens, "summary", "--format", "html", "-o", str(target)],
        check=True,
        capture_output=True,
    )
    page = open_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(target.as_uri())
    assert requests == [target.as_uri()]  # nothing else is fetched
    expect(page.locator("article.summary h1")).to_have_text("Session summary")
    text = pdf_text(page.pdf(format="A4"))
    assert ENTRIES["walk"][0] in text
    assert ENTRIES["cold"][0] in text
    assert "Prepared by you with bondlens" in text


def test_the_form_and_the_printable_page_fit_a_phone(
    open_page: OpenPage, start_server: StartServer
) -> None:
    server = start_server()
    ids = journal(server)
    page = open_page(viewport={"width": 360, "height": 800})
    choose(page, server, ids)
    overflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    assert page.evaluate(overflow) <= 0
    page.get_by_role("button", name="Make the summary").click()
    expect(page.locator("article.summary")).to_be_visible()
    assert page.evaluate(overflow) <= 0
