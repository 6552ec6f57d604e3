"""Choosing your country for crisis lines in a real browser against a real ``bondlens
serve``: pick it on Your data, save, and "Get help now" lists that country's lines; a
crisis entry on Write shows them too."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bondlens import messages
from tests.browser.helpers import Server, StartServer


def choose_country(page: Page, server: Server, country: str) -> None:
    page.goto(server.url + "/settings")
    card = page.locator("#region")
    card.get_by_label(messages.WEB_REGION_LABEL).select_option(label=country)
    card.get_by_role("button", name=messages.WEB_REGION_SAVE).click()
    expect(page.get_by_role("status")).to_have_text(messages.REGION_SAVED.format(name=country))


def test_choose_a_country_then_get_help_now_lists_its_lines(
    page: Page, start_server: StartServer
) -> None:
    server = start_server()
    page.goto(server.url + "/help")
    lines = page.get_by_role("list", name=messages.WEB_SUPPORT_LINES)
    expect(lines).to_contain_text("Samaritans (UK and Ireland)")  # no country: several
    page.get_by_role("link", name=messages.HELP_REGION_CHANGE).click()
    expect(page).to_have_url(server.url + "/settings#region")
    expect(page.locator("#region")).to_contain_text(messages.SETTINGS_REGION_UNSET)
    expect(page.get_by_label(messages.WEB_REGION_LABEL)).to_have_value("")

    choose_country(page, server, "United Kingdom")
    expect(page.get_by_label(messages.WEB_REGION_LABEL)).to_have_value("GB")
    expect(page.locator("#region")).to_contain_text(
        messages.SETTINGS_REGION.format(name="United Kingdom")
    )
    page.locator("header").get_by_role("link", name=messages.WEB_HELP_LINK).click()
    expect(page).to_have_url(server.url + "/help")
    expect(page.get_by_role("listitem").filter(has_text="Samaritans")).to_contain_text("116 123")
    expect(page.locator("main")).to_contain_text("call 999 or 112")
    expect(page.locator("main")).to_contain_text(messages.HELP_REGION.format(name="United Kingdom"))
    expect(page.locator("main")).not_to_contain_text("988")
    assert server.api("/api/region")["region"] == "GB"

    choose_country(page, server, "United States")
    page.locator("header").get_by_role("link", name="Write").click()
    page.get_by_label("What happened?").fill("I want to die tonight.")
    page.get_by_role("button", name="Save entry").click()
    support = page.get_by_role("alert")
    expect(support).to_contain_text("988 Suicide & Crisis Lifeline")
    expect(support).not_to_contain_text("116 123")
