"""Support that the closer reading finds, shown on Write without reloading.

The quick check at saving lets some words pass that the model's backstop recognises.
The server reads the entry in the background; the Write page's quiet placeholder asks
again (htmx) and swaps the support block in once the reading has found it.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bondlens import messages
from bondlens.analysis.crisis import screen
from tests.browser.helpers import OpenPage, StartServer
from tests.browser.test_browser_accessibility import FAILING, RUN_AXE, report

#: From bench/data/crisis_final.jsonl: the screen lets it pass, the backstop flags it.
QUIET = "Every night I pray this is the last day."
#: The model loads in the server on the first reading: be generous.
READ_TIMEOUT = 60_000


def save(page: Page, url: str, text: str) -> None:
    page.goto(url + "/")
    page.get_by_label("What happened?").fill(text)
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_SAVED)


def test_support_appears_once_the_closer_reading_finds_it(
    page: Page, open_page: OpenPage, start_server: StartServer, axe_source: str
) -> None:
    assert not screen(QUIET).flag  # else this would only test the quick check
    server = start_server()
    save(page, server.url, QUIET)
    alert = page.get_by_role("alert")
    expect(alert).to_have_count(0)  # the quick check found nothing: no block yet
    page.evaluate("() => { window.stillTheSamePage = true; }")
    expect(alert).to_be_visible(timeout=READ_TIMEOUT)
    expect(alert.get_by_role("heading", name="You deserve support right now")).to_be_visible()
    assert page.evaluate("() => window.stillTheSamePage === true")  # swapped in, no reload
    entry_id = server.api("/api/entries?limit=1")["items"][0]["id"]
    assert server.api(f"/api/entries/{entry_id}")["crisis"]["kinds"] == ["suicidal_thoughts"]

    # the entry page shows it too, without JavaScript's help
    page.goto(f"{server.url}/entries/{entry_id}")
    expect(page.get_by_role("alert")).to_be_visible()

    # a calm entry ends the asking with nothing shown
    save(page, server.url, "We walked by the river and talked about the hills.")
    expect(page.locator(".support-watch")).to_have_count(0, timeout=READ_TIMEOUT)
    expect(page.get_by_role("alert")).to_have_count(0)

    # the swapped-in block passes an axe audit (injecting axe needs the CSP bypassed)
    audited = open_page(bypass_csp=True)
    save(audited, server.url, QUIET + " Again tonight.")
    expect(audited.get_by_role("alert")).to_be_visible(timeout=READ_TIMEOUT)
    audited.add_script_tag(content=axe_source)
    violations = audited.evaluate(RUN_AXE)
    serious = [("write, support swapped in", v) for v in violations if v["impact"] in FAILING]
    assert not serious, report(serious)


#: The quick check finds suicidal thoughts only; the closer reading also finds danger from
#: another person now, which puts the emergency number first.
LOCKED_IN = "I want to kill myself. He locked the doors again and took the car keys and my phone."


def test_the_block_changes_in_place_when_the_reading_finds_danger_now(
    page: Page, start_server: StartServer
) -> None:
    assert screen(LOCKED_IN).kinds == ("suicidal_thoughts",)
    server = start_server()
    save(page, server.url, LOCKED_IN)
    alert = page.get_by_role("alert")
    expect(alert).to_be_visible()  # the quick check's block, at once
    page.evaluate("() => { window.stillTheSamePage = true; }")
    urgent = alert.locator(".support-urgent")
    expect(urgent).to_be_visible(timeout=READ_TIMEOUT)  # emergency first, swapped in place
    expect(page.get_by_role("alert")).to_have_count(1)
    expect(page.locator(".support-watch")).to_have_count(0)
    assert page.evaluate("() => window.stillTheSamePage === true")
    entry_id = server.api("/api/entries?limit=1")["items"][0]["id"]
    assert "danger_now" in server.api(f"/api/entries/{entry_id}")["crisis"]["kinds"]


def test_a_hard_time_told_as_past_gets_the_same_block_in_gentler_words(
    page: Page, start_server: StartServer
) -> None:
    server = start_server()
    past = (
        "Five years ago I swallowed a bottle of pills and my brother found me. I'm glad I stayed."
    )
    save(page, server.url, past)
    alert = page.get_by_role("alert")
    expect(alert.get_by_role("heading", name=messages.WEB_SUPPORT_TITLE_PAST)).to_be_visible()
    expect(alert).to_contain_text(messages.CRISIS_INTRO_PAST)
    expect(alert).not_to_contain_text("You deserve support right now")
    expect(alert.locator(".support-lines li").first).to_be_visible()  # the same lines
    entry_id = server.api("/api/entries?limit=1")["items"][0]["id"]
    found = server.api(f"/api/entries/{entry_id}")
    assert found["crisis"]["looking_back"] is True, found

    save(page, server.url, "Five years ago I swallowed a bottle of pills. Lately I think about it.")
    expect(alert.get_by_role("heading", name="You deserve support right now")).to_be_visible()
