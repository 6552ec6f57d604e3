"""Support in a hard moment, in a real browser against a real ``bondlens serve``: a care
team and a plan built through the pages, then a crisis entry on Write shows the person's
own contacts first, then the lines, then the plan; "Get help now" is one click from any
page."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bondlens import messages
from tests.browser.helpers import Server, StartServer

TITLES = {s: t for s, (t, _) in messages.SAFETY_SECTIONS.items()}


def add_member(page: Page, server: Server, name: str, kind: str, reach: str) -> None:
    page.goto(server.url + "/care")
    form = page.locator("#add")
    form.get_by_label("Name").fill(name)
    form.get_by_label("Kind").select_option(label=kind)
    form.get_by_label("How to reach them").fill(reach)
    form.get_by_role("button", name="Add to my care team").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_CARE_ADDED)


def build_support(page: Page, server: Server) -> None:
    add_member(page, server, "Night line", messages.CARE_KINDS["crisis_line"], "0800 123 456")
    add_member(page, server, "Sam", messages.CARE_KINDS["trusted_person"], "555 0100")
    add_member(page, server, "Dr Okafor", messages.CARE_KINDS["therapist"], "555 0199")
    page.goto(server.url + "/safety")
    form = page.locator("#edit")
    form.get_by_label(TITLES["on_my_own"]).fill("Walk round the block")
    form.get_by_label(TITLES["reasons"]).fill("My cat, Miso")
    form.get_by_role("button", name="Save safety plan").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_SAFETY_SAVED)


def in_order(text: str, *parts: str) -> bool:
    found = [text.find(p) for p in parts]
    return -1 not in found and found == sorted(found)


def test_a_crisis_entry_shows_own_contacts_then_lines_then_the_plan(
    page: Page, start_server: StartServer
) -> None:
    server = start_server()
    build_support(page, server)
    page.locator("header").get_by_role("link", name="Write").click()
    page.get_by_label("What happened?").fill("I want to die tonight.")
    page.get_by_role("button", name="Save entry").click()
    support = page.get_by_role("alert")
    expect(support).to_contain_text(messages.CRISIS_INTRO)
    own = support.get_by_role("list", name=messages.WEB_SUPPORT_OWN)
    expect(own.get_by_role("listitem")).to_have_count(2)
    expect(own.get_by_role("listitem").first).to_contain_text("Sam")
    expect(own.get_by_role("listitem").last).to_contain_text("Night line")
    expect(own.get_by_role("link", name="555 0100")).to_have_attribute("href", "tel:5550100")
    lines = support.get_by_role("list", name=messages.WEB_SUPPORT_LINES)
    expect(lines).to_contain_text("Samaritans (UK and Ireland)")  # no region: several countries
    expect(support.get_by_role("heading", name=messages.WEB_SAFETY_IN_SUPPORT)).to_be_visible()
    text = support.inner_text()
    assert in_order(
        text,
        messages.WEB_SUPPORT_OWN,
        "Sam",
        "Night line",
        messages.WEB_SUPPORT_LINES,
        "Samaritans",
        messages.WEB_SAFETY_IN_SUPPORT,
        "Walk round the block",
        "My cat, Miso",
    ), text
    assert "Dr Okafor" not in text


def test_get_help_now_is_one_click_from_any_page(page: Page, start_server: StartServer) -> None:
    server = start_server()
    server.post_api("/api/people", {"name": "Maya"})
    build_support(page, server)
    maya = server.person_id("Maya")
    for start in ("/", "/journal", f"/people/{maya}", "/insights", "/learn", "/settings"):
        page.goto(server.url + start)
        page.locator("header").get_by_role("link", name=messages.WEB_HELP_LINK).click()
        expect(page).to_have_url(server.url + "/help")
        expect(page.get_by_role("heading", level=1)).to_have_text(messages.HELP_TITLE)
    own = page.get_by_role("list", name=messages.WEB_SUPPORT_OWN)
    expect(own.get_by_role("listitem").first).to_contain_text("Sam")
    main = page.locator("main").inner_text()
    assert in_order(
        main,
        "Your local emergency number",
        messages.CRISIS_DANGER,
        messages.WEB_SUPPORT_OWN,
        "Sam",
        "Night line",
        messages.WEB_SUPPORT_LINES,
        messages.WEB_SAFETY_IN_SUPPORT,
        "Walk round the block",
    ), main
    page.get_by_role("link", name=messages.HELP_REGION_CHANGE).click()
    expect(page).to_have_url(server.url + "/settings#region")
    expect(page.locator("#region")).to_contain_text(messages.SETTINGS_REGION_UNSET)
