"""The safety plan in a real browser against a real ``bondlens serve``: build it, reach
it in one click from any page, and see it with the crisis lines after a crisis entry."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bondlens import messages
from tests.browser.helpers import Server, StartServer

TITLES = {s: t for s, (t, _) in messages.SAFETY_SECTIONS.items()}


def build_plan(page: Page, server: Server) -> None:
    page.goto(server.url + "/safety")
    form = page.locator("#edit")
    form.get_by_label(TITLES["warning_signs"]).fill("I stop answering messages")
    form.get_by_label(TITLES["on_my_own"]).fill("Walk round the block\nPut on music")
    form.get_by_label(TITLES["ask_for_help"]).fill("Sam, 555 0100")
    form.get_by_label(TITLES["reasons"]).fill("My cat, Miso")
    form.get_by_role("button", name="Save safety plan").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_SAFETY_SAVED)


def test_build_a_plan_and_reach_it_in_one_click_from_any_page(
    page: Page, start_server: StartServer
) -> None:
    server = start_server()
    build_plan(page, server)
    shown = page.locator(".safety-plan")
    expect(shown.get_by_role("list", name=TITLES["on_my_own"])).to_contain_text("Put on music")
    expect(shown.get_by_role("list", name=TITLES["reasons"])).to_have_text("My cat, Miso")

    for start in ("/journal", "/path/beliefs"):
        page.goto(server.url + start)
        page.locator("header").get_by_role("link", name=messages.WEB_SAFETY_LINK).click()
        expect(page).to_have_url(server.url + "/safety")
        expect(page.get_by_role("heading", level=1)).to_have_text("Your safety plan")
        expect(page.locator(".safety-plan")).to_contain_text("Sam, 555 0100")


def test_a_crisis_entry_on_write_shows_the_plan_and_the_resources(
    page: Page, start_server: StartServer
) -> None:
    server = start_server()
    build_plan(page, server)
    page.locator("header").get_by_role("link", name="Write").click()
    page.get_by_label("What happened?").fill("I want to die tonight.")
    page.get_by_role("button", name="Save entry").click()
    support = page.get_by_role("alert")
    expect(support).to_contain_text("You deserve support right now")
    expect(support).to_contain_text(messages.CRISIS_INTRO)
    expect(support.get_by_role("heading", name=messages.WEB_SAFETY_IN_SUPPORT)).to_be_visible()
    expect(support).to_contain_text("Walk round the block")
    expect(support).to_contain_text("My cat, Miso")
    support.get_by_role("link", name="Open your safety plan").click()
    expect(page).to_have_url(server.url + "/safety")
