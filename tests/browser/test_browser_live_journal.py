"""The journal's filters update the results in place (htmx), without a page load."""

from __future__ import annotations

import re

from playwright.sync_api import Page, Request, expect

from tests.browser.helpers import StartServer


def test_typing_a_search_updates_the_results_in_place(
    page: Page, start_server: StartServer
) -> None:
    server = start_server(sample=True)
    expected = server.api("/api/entries?q=again")
    everyone = server.api("/api/entries?limit=1")["total"]
    assert 1 < expected["total"] < everyone

    page.goto(server.url + "/journal")
    results = page.locator("#results")
    expect(results.locator(".count")).to_have_text(f"{everyone} entries")
    page.evaluate("() => { window.stillTheSamePage = true; }")
    loads: list[str] = []
    updates: list[str] = []

    def seen(request: Request) -> None:
        if request.resource_type == "document":
            loads.append(request.url)
        elif request.headers.get("hx-request") == "true":
            updates.append(request.url)

    page.on("request", seen)
    search = page.get_by_label("Search", exact=True)
    search.press_sequentially("again", delay=40)

    expect(results.locator(".count")).to_have_text(f"{expected['total']} entries")
    shown = [
        int(href.rsplit("/", 1)[1])
        for href in results.locator("article h2 a").evaluate_all(
            "(links) => links.map((a) => a.getAttribute('href'))"
        )
    ]
    assert shown == [item["id"] for item in expected["items"]]
    assert page.evaluate("() => window.stillTheSamePage") is True
    assert loads == []
    assert updates, "no live request was sent"
    assert len(updates) < len("again"), "the search should wait for a pause in typing"
    expect(search).to_be_focused()
    # The address follows the filters, so reloading or sharing it shows the same results.
    expect(page).to_have_url(re.compile(r"/journal\?(.*&)?q=again(&|$)"))

    # A second filter narrows the same results, still in place.
    jordan = server.api("/api/entries?q=again&person=Jordan")["total"]
    assert 0 < jordan < expected["total"]
    page.get_by_label("Person").select_option("Jordan")
    expect(results.locator(".count")).to_have_text(re.compile(rf"^{jordan} entr"))
    expect(results.locator("article")).to_have_count(jordan)
    assert page.evaluate("() => window.stillTheSamePage") is True
    assert loads == []
