"""The Path, tool by tool, in a real browser against a real ``bondlens serve``.

Each test uses one tool through its form the way a person would, then checks through
the JSON API (or the pages) that the journal got what it should.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bondlens import messages
from tests.browser.helpers import Server, StartServer


def with_person(start_server: StartServer, name: str = "Maya", **fields: object) -> Server:
    server = start_server()
    server.post_api("/api/people", {"name": name, **fields})
    return server


def entries_of(server: Server, kind: str) -> list[dict[str, object]]:
    items: list[dict[str, object]] = server.api(f"/api/entries?kind={kind}")["items"]
    return items


def test_the_path_is_reachable_from_home(page: Page, start_server: StartServer) -> None:
    server = start_server()
    page.goto(server.url + "/")
    page.get_by_role("link", name=messages.WEB_PATH_LINK).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your path towards connection")
    page.get_by_role("link", name="Write", exact=True).click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Path").click()
    expect(page.get_by_role("link", name="Path", exact=True)).to_have_attribute(
        "aria-current", "page"
    )


def test_a_safe_person_reflection_and_mark(page: Page, start_server: StartServer) -> None:
    server = with_person(start_server)
    maya = server.person_id("Maya")
    page.goto(server.url + "/path")
    page.get_by_role("link", name="Reflect on who feels safe").click()
    card = page.locator(f"#person-{maya}")
    card.get_by_text("Reflect on Maya").click()
    card.locator(f"label[for=safe-{maya}-kind-3]").click()
    card.locator(f"label[for=safe-{maya}-listens-2]").click()
    card.get_by_role("button", name="Save reflection").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_REFLECTION_SAVED)
    latest = page.locator(f"#person-{maya} .signs")
    expect(latest).to_contain_text(messages.SAFE_CRITERIA["kind"] + " very much")
    expect(latest).to_contain_text(messages.SAFE_CRITERIA["listens"] + " mostly")
    assert not next(p for p in server.api("/api/people") if p["name"] == "Maya")["safe"]

    page.get_by_role("button", name="Mark Maya as a safe person").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_SAFE_MARKED)
    assert next(p for p in server.api("/api/people") if p["name"] == "Maya")["safe"]


def test_a_micro_share_is_logged(page: Page, start_server: StartServer) -> None:
    server = with_person(start_server)
    page.goto(server.url + "/path/sharing")
    # sent without a person: a friendly message, and the note stays
    page.get_by_label("A few words about it").fill("Told Maya I was tired.")
    page.get_by_role("button", name="Save share").click()
    expect(page.get_by_role("alert")).to_have_text(messages.WEB_SHARE_WHO)
    expect(page.get_by_label("A few words about it")).to_have_value("Told Maya I was tired.")

    page.get_by_label("Who did you share with?").select_option("Maya")
    page.locator("label[for=size-feeling]").click()
    page.locator("label[for=response-supportive]").click()
    page.locator("label[for=felt-4]").click()
    page.get_by_role("button", name="Save share").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_SHARE_SAVED)
    [entry] = entries_of(server, "micro_share")
    assert entry["people"] == ["Maya"]
    assert str(entry["text"]).startswith("Told Maya I was tired.")
    # she met it well: the ladder offers (never pushes) a next step
    expect(page.get_by_text("Maya met you well last time.")).to_be_visible()


def test_the_beliefs_workbook(page: Page, start_server: StartServer) -> None:
    server = start_server()
    page.goto(server.url + "/path/beliefs")
    page.get_by_role("link", name="“I don't want to be a burden”").click()
    mine = "Maya is glad when I ask."
    page.get_by_label("In your own words").fill(mine)
    page.get_by_text("Pin it where I'll see it").click()
    page.get_by_role("button", name="Save counter-belief").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_COUNTER_SAVED)

    page.get_by_label("The belief, today").fill("70")
    page.get_by_label("Your counter-belief, today").fill("30")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_RATED)
    expect(page.locator("#strength svg")).to_be_visible()
    page.get_by_text("Show as a table").click()
    expect(page.locator("#strength tbody tr")).to_have_count(1)
    expect(page.locator("#strength tbody td").nth(1)).to_have_text("70")

    page.get_by_role("link", name="Write", exact=True).click()
    expect(page.locator(".pinned")).to_contain_text(mine)


def test_a_nudge_done_becomes_a_check_in(page: Page, start_server: StartServer) -> None:
    server = with_person(start_server, "Ari", safe=True)
    page.goto(server.url + "/path/nudges")
    nudge = page.locator(".nudge").first
    expect(nudge).to_contain_text("Ari")
    nudge.get_by_label("A few words for your journal").fill("Sent Ari a hello.")
    nudge.get_by_role("button", name="Done").click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_NUDGE_DONE)
    [entry] = entries_of(server, "check_in")
    assert (entry["people"], entry["text"]) == (["Ari"], "Sent Ari a hello.")
    expect(page.locator(".nudge")).to_have_count(0)


def test_support_given_is_logged(page: Page, start_server: StartServer) -> None:
    server = with_person(start_server, "Sam")
    page.goto(server.url + "/path/giving")
    page.get_by_label("Who did you support?").select_option("Sam")
    page.get_by_label("What did you do?").fill("Helped Sam carry boxes.")
    page.locator("label[for=left-drained]").click()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_GIVE_SAVED)
    [entry] = entries_of(server, "support_given")
    assert (entry["people"], entry["text"]) == (["Sam"], "Helped Sam carry boxes.")
    row = page.locator("tbody tr", has_text="Sam")
    expect(row).to_contain_text("1 drained")


def test_a_check_in_and_a_rating_are_taken_back(page: Page, start_server: StartServer) -> None:
    server = with_person(start_server, "Maya")
    maya = server.person_id("Maya")
    for answer in ("1", "3"):  # rarely, then often
        page.goto(server.url + f"/people/{maya}/checkin")
        page.locator(f"label[for=fear-{answer}]").click()
        page.get_by_role("button", name="Save check-in").click()
        expect(page.get_by_role("status")).to_have_text(messages.WEB_CHECKIN_SAVED)
    expect(page.locator("#lens")).to_contain_text("(your check-in: often)")
    page.get_by_role("link", name="Your check-ins (2)").click()
    checkins = page.locator(".item-list li")
    expect(checkins).to_have_count(2)
    expect(checkins.first).to_contain_text("walking on eggshells often")
    checkins.first.get_by_role("button", name="Delete").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(messages.WEB_CONFIRM_CHECKIN)
    page.get_by_role("button", name=messages.WEB_CONFIRM_YES).click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_CHECKIN_DELETED)
    expect(checkins).to_have_count(1)
    expect(checkins.first).to_contain_text("walking on eggshells rarely")
    page.goto(server.url + f"/people/{maya}")
    expect(page.locator("#lens")).not_to_contain_text("(your check-in: often)")

    page.goto(server.url + "/path/beliefs/burden")
    for belief, counter in (("70", "30"), ("40", "60")):
        page.get_by_label("The belief, today").fill(belief)
        page.get_by_label("Your counter-belief, today").fill(counter)
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.get_by_role("status")).to_have_text(messages.WEB_RATED)
    dots = page.locator("#strength svg circle.belief-dot")
    ratings = page.locator("#strength .item-list li")
    expect(dots).to_have_count(2)
    expect(ratings.first).to_contain_text("the belief 40, your counter-belief 60")
    ratings.first.get_by_role("button", name="Delete").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(messages.WEB_CONFIRM_STRENGTH)
    page.get_by_role("link", name=messages.WEB_CONFIRM_NO).click()  # changed my mind
    expect(dots).to_have_count(2)
    ratings.first.get_by_role("button", name="Delete").click()
    page.get_by_role("button", name=messages.WEB_CONFIRM_YES).click()
    expect(page.get_by_role("status")).to_have_text(messages.WEB_STRENGTH_DELETED)
    expect(dots).to_have_count(1)
    expect(ratings).to_have_count(1)
    expect(ratings.first).to_contain_text("the belief 70, your counter-belief 30")
    page.get_by_text("Show as a table").click()
    expect(page.locator("#strength tbody td").nth(1)).to_have_text("70")
