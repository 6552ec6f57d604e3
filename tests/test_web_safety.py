"""The safety plan through the real web app: edit and save, the link on every page, and
the plan beside the crisis resources after a crisis entry."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from bondlens import messages
from bondlens import safety_service as service
from bondlens.entries import EntryFilter
from bondlens.journal import Journal
from bondlens.safety_plan import MAX_ITEM_CHARS, SECTIONS
from web_helpers import csrf_of, post_form

SUPPORT = "You deserve support right now"
CRISIS = "I want to die tonight."
LINK = f'<a class="safety-link" href="/safety">{messages.WEB_SAFETY_LINK}</a>'


def form_error(page: str) -> str:
    match = re.search(r'<p class="error" role="alert"[^>]*>(.*?)</p>', page, re.S)
    assert match, "the page shows no error"
    return match.group(1)


def test_an_empty_plan_shows_every_section_and_the_regions_lines(client: TestClient) -> None:
    page = client.get("/safety")
    assert page.status_code == 200
    assert page.context["plan"].empty
    assert page.context["region_lines"]
    for section in SECTIONS:
        assert f'name="{section}"' in page.text
    assert '<a class="safety-link" href="/safety" aria-current="page">' in page.text


def test_the_form_saves_the_plan_one_line_an_item(client: TestClient, journal: Journal) -> None:
    saved = post_form(
        client,
        "/safety",
        {"on_my_own": "Walk round the block\nMusic\n\n", "reasons": "Miso", "feel_better": ""},
        "/safety",
    )
    assert saved.status_code == 303
    assert saved.headers["location"] == "/safety?done=safety"
    plan = service.get_plan(journal)
    assert dict(plan.items) == {
        "on_my_own": ("Walk round the block", "Music"),
        "reasons": ("Miso",),
    }
    page = client.get("/safety?done=safety")
    assert messages.WEB_SAFETY_SAVED in page.text
    assert page.context["values"]["on_my_own"] == "Walk round the block\nMusic"


def test_bad_input_is_shown_again_with_what_was_typed(client: TestClient, journal: Journal) -> None:
    service.save_plan(journal, {"reasons": ["Miso"]})
    long_line = "x" * (MAX_ITEM_CHARS + 1)
    page = post_form(client, "/safety", {"reasons": "Spring", "on_my_own": long_line}, "/safety")
    assert page.status_code == 400
    assert str(MAX_ITEM_CHARS) in form_error(page.text)
    assert page.context["values"]["reasons"] == "Spring"
    assert long_line in page.text
    assert service.get_plan(journal).of("reasons") == ("Miso",)


def test_a_save_without_the_token_is_refused(client: TestClient, journal: Journal) -> None:
    refused = client.post("/safety", data={"reasons": "Miso"}, follow_redirects=False)
    assert refused.status_code == 403
    assert service.get_plan(journal).empty


@pytest.mark.parametrize(
    "address",
    ["/", "/journal", "/people", "/path", "/path/beliefs", "/insights", "/settings", "/nowhere"],
)
def test_every_page_has_the_safety_plan_link_in_its_header(
    client: TestClient, address: str
) -> None:
    page = client.get(address).text
    header = page[page.index('<header class="top">') : page.index("</header>")]
    assert LINK in header


def test_a_crisis_entry_shows_the_plan_beside_the_resources(
    client: TestClient, journal: Journal
) -> None:
    service.save_plan(journal, {"ask_for_help": ["Sam, 555 0100"], "reasons": ["Miso"]})
    token = csrf_of(client.get("/").text)
    saved = client.post("/entries", data={"csrf_token": token, "text": CRISIS})
    assert saved.status_code == 200
    assert SUPPORT in saved.text
    assert saved.context["safety_plan"] == service.get_plan(journal)
    support = saved.text[saved.text.index(SUPPORT) : saved.text.index("</section>")]
    assert "Sam, 555 0100" in support
    assert "Miso" in support
    assert 'href="/safety"' in support

    entry = journal.entries(EntryFilter(limit=1))[0]
    page = client.get(f"/entries/{entry.id}").text
    support = page[page.index(SUPPORT) : page.index("</section>")]
    assert "Sam, 555 0100" in support


def test_without_a_plan_the_support_block_links_to_one(client: TestClient) -> None:
    token = csrf_of(client.get("/").text)
    saved = client.post("/entries", data={"csrf_token": token, "text": CRISIS})
    support = saved.text[saved.text.index(SUPPORT) : saved.text.index("</section>")]
    assert messages.WEB_SAFETY_MAKE in support
    assert 'href="/safety"' in support


def test_an_ordinary_entry_loads_no_plan(client: TestClient, journal: Journal) -> None:
    service.save_plan(journal, {"reasons": ["Miso"]})
    token = csrf_of(client.get("/").text)
    saved = client.post("/entries", data={"csrf_token": token, "text": "Coffee with Sam."})
    assert SUPPORT not in saved.text
    assert "safety_plan" not in saved.context
