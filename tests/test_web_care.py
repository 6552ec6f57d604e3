"""The care team through the real web app: add, change, remove, mistakes kept, CSRF,
and the link from the safety plan."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from bondlens import care_service as service
from bondlens import messages
from bondlens.care_team import MAX_STATUS_CHARS
from bondlens.journal import Journal
from web_helpers import post_form

OKAFOR = {
    "name": "Dr Okafor",
    "kind": "therapist",
    "reach": "555 0199",
    "status": "waitlist since 3 March",
    "notes": "Self-pay",
}


def form_error(page: str) -> str:
    match = re.search(r'<p class="error" role="alert"[^>]*>(.*?)</p>', page, re.S)
    assert match, "the page shows no error"
    return match.group(1)


def test_an_empty_team_shows_the_add_form(client: TestClient) -> None:
    page = client.get("/care")
    assert page.status_code == 200
    assert page.context["members"] == []
    for field in ("name", "kind", "reach", "status", "notes"):
        assert f'name="{field}"' in page.text


def test_adding_someone_saves_them(client: TestClient, journal: Journal) -> None:
    saved = post_form(client, "/care", OKAFOR, "/care")
    assert saved.status_code == 303
    assert saved.headers["location"] == "/care?done=care-added"
    [okafor] = service.list_members(journal)
    assert (okafor.name, okafor.kind, okafor.reach, okafor.status, okafor.notes) == tuple(
        OKAFOR.values()
    )
    page = client.get("/care?done=care-added")
    assert messages.WEB_CARE_ADDED in page.text
    assert page.context["members"] == [okafor]
    assert "waitlist since 3 March" in page.text
    assert f'href="/care/{okafor.id}/edit"' in page.text


def test_bad_input_is_shown_again_with_what_was_typed(client: TestClient, journal: Journal) -> None:
    typed = {**OKAFOR, "status": "s" * (MAX_STATUS_CHARS + 1)}
    page = post_form(client, "/care", typed, "/care")
    assert page.status_code == 400
    assert str(MAX_STATUS_CHARS) in form_error(page.text)
    assert page.context["values"] == typed
    assert "Self-pay" in page.text
    unknown = post_form(client, "/care", {**OKAFOR, "kind": "vet"}, "/care")
    assert unknown.status_code == 400
    assert "no kind" in form_error(unknown.text)
    assert service.list_members(journal) == []


def test_changing_someone(client: TestClient, journal: Journal) -> None:
    okafor = service.add_member(journal, **OKAFOR)
    page = client.get(f"/care/{okafor.id}/edit")
    assert page.status_code == 200
    assert page.context["values"]["status"] == "waitlist since 3 March"
    changed = {**OKAFOR, "status": "intake forms sent", "notes": ""}
    saved = post_form(client, f"/care/{okafor.id}", changed, f"/care/{okafor.id}/edit")
    assert saved.status_code == 303
    assert saved.headers["location"] == "/care?done=care-edited"
    now = service.get_member(journal, okafor.id)
    assert (now.status, now.notes) == ("intake forms sent", "")


def test_a_bad_change_is_shown_again_and_changes_nothing(
    client: TestClient, journal: Journal
) -> None:
    okafor = service.add_member(journal, **OKAFOR)
    typed = {**OKAFOR, "name": "  ", "status": "insurance verified"}
    page = post_form(client, f"/care/{okafor.id}", typed, f"/care/{okafor.id}/edit")
    assert page.status_code == 400
    assert form_error(page.text) == messages.CARE_NAME_EMPTY
    assert page.context["values"]["status"] == "insurance verified"
    assert service.get_member(journal, okafor.id) == okafor


def test_removing_someone(client: TestClient, journal: Journal) -> None:
    okafor = service.add_member(journal, **OKAFOR)
    gone = post_form(client, f"/care/{okafor.id}/remove", {}, f"/care/{okafor.id}/edit")
    assert gone.status_code == 303
    assert gone.headers["location"] == "/care?done=care-removed"
    assert service.list_members(journal) == []
    assert client.get(f"/care/{okafor.id}/edit").status_code == 404
    assert post_form(client, f"/care/{okafor.id}/remove", {}, "/care").status_code == 404


def test_changes_without_the_token_are_refused(client: TestClient, journal: Journal) -> None:
    assert client.post("/care", data=OKAFOR, follow_redirects=False).status_code == 403
    okafor = service.add_member(journal, **OKAFOR)
    edit = client.post(f"/care/{okafor.id}", data={**OKAFOR, "name": "X"})
    assert edit.status_code == 403
    assert client.post(f"/care/{okafor.id}/remove").status_code == 403
    assert service.list_members(journal) == [okafor]


def test_the_safety_plan_links_to_the_care_team(client: TestClient) -> None:
    page = client.get("/safety").text
    assert f'<a href="/care">{messages.WEB_CARE_LINK}</a>' in page
