"""Writing an entry through the real form, finding it again, changing it, and seeing it
on the person's page: what a person does most, in a real browser."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page, expect

from bondlens import messages
from tests.browser.helpers import StartServer

TEXT = "Walked by the canal with Sam and Robin. Robin pointed out the herons."
DAY = "2026-10-30"  # no entry of the sample journal is on this day


def entry_id_from(url: str) -> int:
    return int(parse_qs(urlsplit(url).query)["entry"][0])


def test_write_find_edit_and_chart(page: Page, start_server: StartServer) -> None:
    server = start_server(sample=True)
    sam_before = server.api("/api/entries?person=Sam")["total"]
    assert "Robin" not in [p["name"] for p in server.api("/api/people")]

    # Write: one person already known (Sam), one new (Robin), rated 4 of 5.
    page.goto(server.url + "/")
    page.get_by_label("What happened?").fill(TEXT)
    page.get_by_label("Who was there?").fill("Sam, Robin")
    page.locator("label[for=safety-4]").click()
    page.get_by_text("What felt safe, and what didn't").click()
    page.get_by_label("What felt safe", exact=True).fill("Nobody was in a hurry")
    page.get_by_label("Day").fill(DAY)
    page.get_by_label("Tags").fill("outdoors")
    page.get_by_role("button", name="Save entry").click()

    expect(page.get_by_role("status")).to_have_text(messages.WEB_SAVED)
    entry_id = entry_id_from(page.url)
    saved = server.api(f"/api/entries/{entry_id}")
    assert saved["text"] == TEXT
    assert sorted(saved["people"]) == ["Robin", "Sam"]
    assert saved["safety"] == 4
    assert saved["safe_text"] == "Nobody was in a hurry"
    assert saved["when"].startswith(DAY)
    assert saved["tags"] == ["outdoors"]
    assert "Robin" in [p["name"] for p in server.api("/api/people")]

    # Find it by person: choosing Robin narrows the journal to this one entry...
    page.get_by_role("link", name="Journal", exact=True).click()
    results = page.locator("#results")
    page.get_by_label("Person").select_option("Robin")
    expect(results.locator(".count")).to_have_text("1 entry")
    expect(results.locator("article")).to_have_count(1)
    expect(results.locator("article")).to_contain_text("Robin pointed out the herons")
    # ...and choosing Sam lists it with Sam's other entries.
    page.get_by_label("Person").select_option("Sam")
    expect(results.locator(".count")).to_have_text(f"{sam_before + 1} entries")
    expect(results.get_by_text("Robin pointed out the herons")).to_be_visible()

    # Find it by a word in it.
    page.goto(server.url + "/journal")
    page.get_by_label("Search", exact=True).fill("herons")
    page.get_by_role("button", name="Show").click()
    expect(results.locator(".count")).to_have_text("1 entry")
    expect(results.locator("article")).to_contain_text("Robin pointed out the herons")

    # Edit it: now it felt very safe, and a sentence more.
    results.get_by_role("link", name=re.compile(r"^Edit")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit entry")
    expect(page.get_by_label("What happened?")).to_have_value(TEXT)
    expect(page.locator("#safety-4")).to_be_checked()
    page.get_by_label("What happened?").fill(TEXT + " We stayed until dark.")
    page.locator("label[for=safety-5]").click()
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_UPDATED)
    edited = server.api(f"/api/entries/{entry_id}")
    assert edited["text"] == TEXT + " We stayed until dark."
    assert edited["safety"] == 5
    assert sorted(edited["people"]) == ["Robin", "Sam"]
    assert edited["updated"] is not None

    # Sam's page: the chart has one point per rated day, and the table says the same.
    page.get_by_role("link", name="People", exact=True).click()
    page.get_by_role("link", name="Sam", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sam")
    rated_days = {
        p["when"][:10] for p in server.api(f"/api/people/{server.person_id('Sam')}/safety")
    }
    assert DAY in rated_days
    chart = page.locator("figure.chart svg")
    expect(chart).to_be_visible()
    expect(chart).to_have_accessible_name(re.compile("Safety with Sam"))
    expect(chart.locator("circle.dot")).to_have_count(len(rated_days))
    table = page.locator("table.chart-table")
    expect(table).to_be_hidden()
    page.get_by_text("Show as a table").click()
    expect(table).to_be_visible()
    expect(table.locator("tbody tr")).to_have_count(len(rated_days))
    row = table.locator("tbody tr", has_text=DAY)
    expect(row.locator("td")).to_have_text([DAY, "5", "1"])
