"""Support in a hard moment through the real web app: the support block after a save
(own contacts, then the lines, then the plan), the "Get help now" page, and its quiet
link on every page."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from bondlens import care_service, messages, safety_service
from bondlens.analysis.resources import resources_for
from bondlens.config import Settings
from bondlens.entries import Entry
from bondlens.journal import Journal
from bondlens.people import Person
from web_helpers import csrf_of, post_form

SUPPORT = "You deserve support right now"
CRISIS = "I want to die tonight."
HELP_LINK = f'<a class="help-link" href="/help">{messages.WEB_HELP_LINK}</a>'


@pytest.fixture
def team(journal: Journal) -> Journal:
    """A care team with a therapist, a crisis line and a trusted person, and a plan."""
    care_service.add_member(journal, "Dr Okafor", "therapist", "555 0199")
    care_service.add_member(journal, "Night line", "crisis_line", "0800 123 456")
    care_service.add_member(journal, "Sam", "trusted_person", "+44 7700 900123")
    safety_service.save_plan(journal, {"on_my_own": ["Walk round the block"]})
    return journal


@pytest.fixture
def region_client(settings: Settings, journal: Journal) -> Iterator[TestClient]:
    """The app started with BONDLENS_REGION=GB, on the same journal file."""
    from bondlens.web.app import create_app

    gb = replace(settings, region="GB")
    with (
        Journal(gb) as opened,
        TestClient(create_app(gb, opened), base_url="http://127.0.0.1") as test_client,
    ):
        yield test_client


def support_block(page: str) -> str:
    """The support block's markup, with entities turned back into characters."""
    start = page.index(SUPPORT)
    return html.unescape(page[start : page.index("</section>", start)])


def assert_in_order(text: str, *parts: str) -> None:
    found = [text.index(p) for p in parts]
    assert found == sorted(found), parts


def test_a_crisis_entry_shows_own_contacts_then_lines_then_the_plan(
    client: TestClient, team: Journal
) -> None:
    token = csrf_of(client.get("/").text)
    saved = client.post("/entries", data={"csrf_token": token, "text": CRISIS})
    support = saved.context["support"]
    assert [c.name for c in support.contacts] == ["Sam", "Night line"]
    assert support.urgent == ()
    assert saved.context["safety_plan"] == support.plan
    block = support_block(saved.text)
    assert_in_order(
        block,
        messages.CRISIS_INTRO,
        messages.WEB_SUPPORT_OWN,
        "Sam",
        "Night line",
        messages.WEB_SUPPORT_LINES,
        support.lines[0].name,
        messages.WEB_SAFETY_IN_SUPPORT,
        "Walk round the block",
    )
    assert '<a href="tel:+447700900123">+44 7700 900123</a>' in block
    assert "Dr Okafor" not in block
    assert messages.CRISIS_DANGER not in block


def test_danger_now_shows_the_emergency_number_before_own_contacts(
    region_client: TestClient, team: Journal
) -> None:
    text = "He put his hands around my neck last night."
    saved = post_form(region_client, "/entries", {"text": text})
    page = region_client.get(saved.headers["location"])
    assert [r.contact for r in page.context["support"].urgent] == ["call 999 or 112"]
    assert_in_order(
        support_block(page.text),
        "call 999 or 112",
        messages.CRISIS_DANGER,
        messages.WEB_SUPPORT_OWN,
        "Sam",
        messages.WEB_SUPPORT_LINES,
        "National Domestic Abuse Helpline",
    )


def test_without_own_contacts_the_block_is_as_short_as_before(client: TestClient) -> None:
    token = csrf_of(client.get("/").text)
    saved = client.post("/entries", data={"csrf_token": token, "text": CRISIS})
    block = support_block(saved.text)
    assert messages.WEB_SUPPORT_OWN not in block
    assert messages.WEB_SUPPORT_LINES not in block  # no heading needed: nothing came before
    assert saved.context["support"].lines[0].name in block


def test_the_path_pages_show_the_same_block(
    client: TestClient,
    team: Journal,
    make_person: Callable[..., Person],
    make_entry: Callable[..., Entry],
) -> None:
    make_person("Kai")
    words = "I want to die."
    share = {"person": "Kai", "size": "feeling", "response": "neutral", "felt": "1", "note": words}
    shared = post_form(client, "/path/sharing", share, "/path/sharing")
    given = post_form(
        client, "/path/giving", {"person": "Kai", "what": words, "left": "drained"}, "/path/giving"
    )
    make_entry("Walk with Robin", when=date.today() - timedelta(days=30), people=("Robin",))
    [nudge] = client.get("/path/nudges").context["nudges"]
    done = post_form(
        client, f"/path/nudges/{nudge.id}", {"answer": "done", "note": words}, "/path/nudges"
    )
    for response in (shared, given, done):
        page = client.get(response.headers["location"])
        assert [c.name for c in page.context["support"].contacts] == ["Sam", "Night line"]
        assert_in_order(support_block(page.text), "Sam", "Night line", "Walk round the block")


def test_get_help_now_puts_own_contacts_first(region_client: TestClient, team: Journal) -> None:
    page = region_client.get("/help")
    assert page.status_code == 200
    shown = page.context["help"]
    assert [c.name for c in shown.contacts] == ["Sam", "Night line"]
    assert [r.contact for r in shown.urgent] == ["call 999 or 112"]
    assert (*shown.urgent, *shown.lines) == tuple(
        sorted(resources_for("GB"), key=lambda r: r.kind != "emergency")
    )
    main = html.unescape(page.text[page.text.index("<main") :])
    assert_in_order(
        main,
        messages.HELP_INTRO,
        "call 999 or 112",
        messages.CRISIS_DANGER,
        messages.WEB_SUPPORT_OWN,
        "Sam",
        "Night line",
        messages.WEB_SUPPORT_LINES,
        "Samaritans",
        messages.HELP_REGION.format(name="United Kingdom"),
        messages.WEB_SAFETY_IN_SUPPORT,
        "Walk round the block",
        'href="/care"',
    )
    assert '<a href="tel:+447700900123">' in main
    assert '<a href="tel:0800123456">0800 123 456</a>' in main
    assert 'href="/settings#region"' in main
    assert "Dr Okafor" not in main
    assert f'href="/help" aria-current="page">{messages.WEB_HELP_LINK}' in page.text


def test_get_help_now_with_nothing_yet_points_to_the_care_team_and_a_plan(
    client: TestClient,
) -> None:
    page = client.get("/help")
    assert page.status_code == 200
    assert page.context["help"].contacts == ()
    assert messages.HELP_NO_CONTACTS in page.text
    assert messages.HELP_REGION_UNSET in page.text
    assert messages.WEB_SAFETY_MAKE in page.text
    assert 'href="/care#add"' in page.text
    assert [r.name for r in page.context["help"].urgent] == ["Your local emergency number"]


@pytest.mark.parametrize(
    "address",
    [
        "/",
        "/journal",
        "/people",
        "/path",
        "/path/nudges",
        "/insights",
        "/learn",
        "/settings",
        "/safety",
        "/care",
        "/nowhere",
    ],
)
def test_every_page_has_the_help_link_beside_the_safety_plan(
    client: TestClient, address: str
) -> None:
    page = client.get(address).text
    header = page[page.index('<header class="top">') : page.index("</header>")]
    assert HELP_LINK in header
    assert header.index('class="safety-link"') < header.index('class="help-link"')


def test_settings_says_which_region_the_lines_are_for(
    client: TestClient, region_client: TestClient
) -> None:
    assert messages.SETTINGS_REGION_UNSET in client.get("/settings").text
    page = region_client.get("/settings").text
    assert messages.SETTINGS_REGION.format(name="United Kingdom") in page
    assert 'id="region"' in page


def test_the_safety_plan_page_lists_own_contacts_where_they_belong(
    client: TestClient, team: Journal
) -> None:
    page = client.get("/safety").text
    plan = page[page.index('class="card safety-plan"') : page.index('id="edit"')]
    assert_in_order(
        plan,
        'id="show-ask_for_help"',
        "Sam",
        'id="show-professionals"',
        "Night line",
        messages.SAFETY_REGION_LINES,
        'id="show-safer_surroundings"',
    )
    ask = plan[plan.index('id="show-ask_for_help"') : plan.index('id="show-professionals"')]
    assert messages.SAFETY_NOTHING_YET not in ask
    assert re.search(r"Dr Okafor", plan) is None
