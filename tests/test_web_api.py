"""The JSON API: the same services as the pages, for scripts and the browser tests."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bondlens.entries import EntryFilter
from bondlens.journal import Journal


def test_entries_round_trip(client: TestClient, journal: Journal) -> None:
    created = client.post(
        "/api/entries",
        json={
            "text": "Call with Maya 🌙",
            "people": ["Maya"],
            "safety": 3,
            "when": "2026-05-01T21:15",
            "tags": ["Family"],
        },
    )
    assert created.status_code == 201
    body = created.json()
    assert body["new_people"] == ["Maya"]
    assert (body["when"], body["kind"], body["tags"]) == (
        "2026-05-01T21:15",
        "interaction",
        ["family"],
    )
    entry_id = body["id"]
    listed = client.get("/api/entries", params={"person": "maya"}).json()
    assert listed["total"] == 1
    assert listed["items"][0]["text"] == "Call with Maya 🌙"
    patched = client.patch(f"/api/entries/{entry_id}", json={"clear_safety": True, "people": []})
    assert patched.status_code == 200
    assert patched.json()["safety"] is None
    assert patched.json()["people"] == []
    assert client.delete(f"/api/entries/{entry_id}").status_code == 204
    assert client.get(f"/api/entries/{entry_id}").status_code == 404
    assert journal.count(EntryFilter()) == 0


def test_search_and_paging(client: TestClient) -> None:
    for n in range(7):
        client.post("/api/entries", json={"text": f"walk number {n}", "when": f"2026-01-0{n + 1}"})
    page = client.get("/api/entries", params={"limit": 3, "offset": 3}).json()
    assert page["total"] == 7
    assert [e["text"] for e in page["items"]] == ["walk number 3", "walk number 2", "walk number 1"]
    found = client.get("/api/entries", params={"q": "numb 5"}).json()
    assert found["total"] == 1
    assert found["items"][0]["text"] == "walk number 5"


def test_errors_are_json_with_a_plain_message(client: TestClient, journal: Journal) -> None:
    empty = client.post("/api/entries", json={"text": "  "})
    assert empty.status_code == 400
    assert "a few words" in empty.json()["error"]
    out_of_range = client.post("/api/entries", json={"text": "x", "safety": 9})
    assert out_of_range.status_code == 422
    assert out_of_range.json()["problems"][0]["field"] == "safety"
    assert client.get("/api/entries/12345").json() == {
        "error": "There is no entry #12345 in this journal."
    }
    assert journal.count(EntryFilter()) == 0


def test_people(client: TestClient) -> None:
    created = client.post(
        "/api/people",
        json={
            "name": "Priya",
            "relationship": "group_member",
            "origin": "healing_together",
            "safe": True,
        },
    )
    assert created.status_code == 201
    person_id = created.json()["id"]
    assert client.post("/api/people", json={"name": "priya"}).status_code == 409
    client.post(
        "/api/entries",
        json={"text": "Group night", "people": ["Priya"], "safety": 4, "when": "2026-02-02"},
    )
    [listed] = client.get("/api/people").json()
    assert (listed["entry_count"], listed["last_contact"]) == (1, "2026-02-02")
    ended = client.patch(
        f"/api/people/{person_id}", json={"ended_on": "2026-03-01", "triggers": ["crowds"]}
    )
    assert ended.json()["active"] is False
    assert ended.json()["triggers"] == ["crowds"]
    assert client.get(f"/api/people/{person_id}/safety").json() == [
        {"when": "2026-02-02", "safety": 4}
    ]


def test_the_schema_documents_the_api(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {
        "/api/entries",
        "/api/entries/{entry_id}",
        "/api/people",
        "/api/people/{person_id}",
    } <= set(schema["paths"])
    assert not any(path.startswith("/journal") for path in schema["paths"])


def test_the_schema_offers_exactly_the_domain_choices(client: TestClient) -> None:
    from bondlens.entries import KINDS
    from bondlens.people import ORIGINS, RELATIONSHIPS

    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    person = schemas["PersonIn"]["properties"]
    assert tuple(person["relationship"]["enum"]) == RELATIONSHIPS
    assert tuple(person["origin"]["enum"]) == ORIGINS
    kind = schemas["EntryIn"]["properties"]["kind"]["anyOf"][0]
    assert tuple(kind["enum"]) == KINDS


def test_writing_or_changing_an_entry_answers_with_its_crisis(
    client: TestClient, journal: Journal
) -> None:
    """A script that saves an entry can show support at once, as Write does: the quick
    check's crisis and the person's own contacts come back with the saved entry."""
    from bondlens import care_service

    care_service.add_member(journal, "Sam", "trusted_person", "555 0100")
    calm = client.post("/api/entries", json={"text": "A quiet walk by the river."})
    assert calm.status_code == 201
    assert calm.json()["crisis"] == {
        "flag": False,
        "kinds": [],
        "quotes": [],
        "looking_back": False,
        "resources": [],
        "contacts": [],
    }
    entry_id = calm.json()["id"]
    changed = client.patch(
        f"/api/entries/{entry_id}", json={"text": "I want to die. I can't go on."}
    )
    assert changed.status_code == 200
    crisis = changed.json()["crisis"]
    assert crisis["flag"] is True
    assert "suicidal_thoughts" in crisis["kinds"]
    assert crisis["quotes"][0] == "I want to die."
    assert crisis["resources"], "the region's lines come with a flag"
    assert crisis["contacts"] == [{"name": "Sam", "kind": "trusted_person", "reach": "555 0100"}]
    created = client.post("/api/entries", json={"text": "He has a knife and said he'd kill me."})
    assert created.json()["crisis"]["kinds"][-1] == "danger_now"
