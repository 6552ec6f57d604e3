"""Notes on an entry and search by meaning, in a real browser against a real server.

The entry is read by the server in the background after it is saved; the entry page
asks again (htmx) until the notes are there.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bondlens import messages
from tests.browser.helpers import StartServer

BURDEN = "Maya has a newborn, the last thing she needs is my mess."


def test_a_note_appears_and_can_be_set_aside(page: Page, start_server: StartServer) -> None:
    server = start_server()
    page.goto(server.url + "/")
    page.get_by_label("What happened?").fill(BURDEN)
    page.get_by_label("Who was there?").fill("Maya")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_SAVED)

    page.get_by_role("link", name="Journal", exact=True).click()
    page.locator("#results article").first.get_by_role("link").first.click()
    notes = page.locator("#notes")
    belief = "This sounds like the belief “I don't want to be a burden”."
    expect(notes.get_by_text(belief)).to_be_visible(timeout=20_000)
    entry_id = int(page.url.rstrip("/").split("/")[-1].split("?")[0])

    notes.get_by_role("button", name="Not this").first.click()
    expect(notes.get_by_text("1 note you set aside")).to_be_visible()
    expect(notes.get_by_role("button", name="Yes, that fits")).to_have_count(0)
    saved = server.api(f"/api/entries/{entry_id}/notes")["notes"]
    assert {"id": "burden", "verdict": "dismissed"}.items() <= next(
        n for n in saved if n["id"] == "burden"
    ).items()

    # the answer holds after a reload, and it can be taken back
    page.reload()
    notes.get_by_text("1 note you set aside").click()
    notes.get_by_role("button", name="Show it again").click()
    expect(notes.get_by_text(belief)).to_be_visible()
    notes.get_by_role("button", name="Yes, that fits").click()
    expect(notes.get_by_text(messages.NOTE_CONFIRMED)).to_be_visible()
    saved = server.api(f"/api/entries/{entry_id}/notes")["notes"]
    assert next(n for n in saved if n["id"] == "burden")["verdict"] == "confirmed"


def test_search_by_meaning(page: Page, start_server: StartServer) -> None:
    server = start_server(sample=True)
    server.api("/api/entries?limit=1")
    page.goto(server.url + "/journal")
    page.get_by_label("Search", exact=True).fill("scared to lean on people")
    page.get_by_label("Search by meaning").check()
    results = page.locator("#results")
    expect(results.locator(".count")).to_contain_text("closest in meaning", timeout=30_000)
    expect(results.locator("article").first).to_be_visible()
    assert "meaning=on" in page.url
