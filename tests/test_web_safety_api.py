"""The JSON API for getting support: the safety plan, the care team and "Get help now",
over a real SQLite file, with the API's protections and plain JSON errors."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bondlens import care_service, messages, safety_service
from bondlens.analysis.resources import resources_for
from bondlens.journal import Journal
from bondlens.safety_plan import MAX_ITEM_CHARS, SECTIONS

EVIL = {"Origin": "https://evil.example"}


def test_the_plan_round_trips_whole(client: TestClient, journal: Journal) -> None:
    empty = client.get("/api/safety-plan").json()
    assert empty["updated"] is None
    assert [s["id"] for s in empty["sections"]] == list(SECTIONS)
    assert [r["name"] for r in empty["crisis_lines"]] == [r.name for r in resources_for("")]
    assert empty["contacts"] == []

    body = {"sections": [{"id": "reasons", "items": ["Miso", " miso ", ""]}]}
    body["sections"].append({"id": "warning-signs", "items": ["I stop answering"]})
    saved = client.put("/api/safety-plan", json=body)
    assert saved.status_code == 200
    items = {s["id"]: s["items"] for s in saved.json()["sections"]}
    assert items["reasons"] == ["Miso"]
    assert items["warning_signs"] == ["I stop answering"]
    assert dict(safety_service.get_plan(journal).items) == {
        "warning_signs": ("I stop answering",),
        "reasons": ("Miso",),
    }

    # what GET gives can be sent back as it is; a section left out is emptied
    shown = client.get("/api/safety-plan").json()
    shown["sections"] = [s for s in shown["sections"] if s["id"] == "reasons"]
    again = client.put("/api/safety-plan", json=shown)
    assert again.status_code == 200
    assert dict(safety_service.get_plan(journal).items) == {"reasons": ("Miso",)}


def test_a_bad_plan_is_refused_with_a_plain_sentence_and_nothing_changes(
    client: TestClient, journal: Journal
) -> None:
    safety_service.save_plan(journal, {"reasons": ["Miso"]})
    unknown = client.put("/api/safety-plan", json={"sections": [{"id": "hobbies", "items": []}]})
    assert unknown.status_code == 400
    assert "no section 'hobbies'" in unknown.json()["error"]
    too_long = {"sections": [{"id": "reasons", "items": ["x" * (MAX_ITEM_CHARS + 1)]}]}
    refused = client.put("/api/safety-plan", json=too_long)
    assert refused.status_code == 400
    assert str(MAX_ITEM_CHARS) in refused.json()["error"]
    shape = client.put("/api/safety-plan", json={"sections": [{"id": "reasons", "items": 3}]})
    assert shape.status_code == 422
    assert shape.json()["problems"][0]["field"].startswith("sections")
    assert "Traceback" not in unknown.text + refused.text + shape.text
    assert safety_service.get_plan(journal).of("reasons") == ("Miso",)


def test_the_care_team_add_change_remove(client: TestClient, journal: Journal) -> None:
    assert client.get("/api/care").json() == {"members": []}
    created = client.post(
        "/api/care",
        json={"name": " Sam ", "kind": "trusted-person", "reach": "555 0100"},
    )
    assert created.status_code == 201
    sam = created.json()
    assert (sam["name"], sam["kind"], sam["kind_label"], sam["reach"]) == (
        "Sam",
        "trusted_person",
        messages.CARE_KINDS["trusted_person"],
        "555 0100",
    )
    client.post("/api/care", json={"name": "Dr Okafor", "kind": "therapist"})
    listed = client.get("/api/care").json()["members"]
    assert [m["name"] for m in listed] == ["Dr Okafor", "Sam"]  # therapists first

    changed = client.patch(f"/api/care/{sam['id']}", json={"status": "called", "reach": ""})
    assert changed.status_code == 200
    assert (changed.json()["status"], changed.json()["reach"]) == ("called", "")
    assert changed.json()["name"] == "Sam"  # left out, kept
    same = client.patch(f"/api/care/{sam['id']}", json={})
    assert same.json() == client.get(f"/api/care/{sam['id']}").json()

    assert client.delete(f"/api/care/{sam['id']}").status_code == 204
    assert [m.name for m in care_service.list_members(journal)] == ["Dr Okafor"]


def test_care_mistakes_are_plain_and_unknown_members_are_404(
    client: TestClient, journal: Journal
) -> None:
    empty = client.post("/api/care", json={"name": "  ", "kind": "doctor"})
    assert empty.status_code == 400
    assert empty.json() == {"error": messages.CARE_NAME_EMPTY}
    vet = client.post("/api/care", json={"name": "Dr Vet", "kind": "vet"})
    assert vet.status_code == 400
    assert "no kind 'vet'" in vet.json()["error"]
    missing = client.post("/api/care", json={"kind": "doctor"})
    assert missing.status_code == 422
    for method in ("get", "patch", "delete"):
        kwargs = {"json": {"name": "X"}} if method == "patch" else {}
        gone = getattr(client, method)("/api/care/999", **kwargs)
        assert gone.status_code == 404
        assert gone.json() == {"error": messages.CARE_NOT_FOUND.format(id=999)}
    assert care_service.list_members(journal) == []


def test_changes_from_another_site_or_not_json_are_refused(
    client: TestClient, journal: Journal
) -> None:
    sam = care_service.add_member(journal, "Sam", "trusted_person")
    plan = {"sections": [{"id": "reasons", "items": ["Miso"]}]}
    assert client.put("/api/safety-plan", json=plan, headers=EVIL).status_code == 403
    assert (
        client.post("/api/care", json={"name": "X", "kind": "other"}, headers=EVIL).status_code
        == 403
    )
    assert client.patch(f"/api/care/{sam.id}", json={"name": "X"}, headers=EVIL).status_code == 403
    assert client.delete(f"/api/care/{sam.id}", headers=EVIL).status_code == 403
    assert client.post("/api/care", data={"name": "X", "kind": "other"}).status_code == 422
    assert safety_service.get_plan(journal).empty
    assert [m.name for m in care_service.list_members(journal)] == ["Sam"]


def test_help_gives_the_support_bundle_in_its_order(client: TestClient, journal: Journal) -> None:
    care_service.add_member(journal, "Night line", "crisis_line", "0800 123 456")
    care_service.add_member(journal, "Sam", "trusted_person", "555 0100")
    care_service.add_member(journal, "Dr Okafor", "therapist", "555 0199")
    safety_service.save_plan(journal, {"reasons": ["Miso"]})
    shown = client.get("/api/help").json()
    assert shown["region"] == ""
    assert [r["kind"] for r in shown["urgent"]] == ["emergency"]
    assert shown["contacts"] == [
        {"name": "Sam", "kind": "trusted_person", "reach": "555 0100"},
        {"name": "Night line", "kind": "crisis_line", "reach": "0800 123 456"},
    ]
    assert len(shown["lines"]) == len(resources_for("")) - 1
    reasons = [s for s in shown["safety_plan"]["sections"] if s["id"] == "reasons"]
    assert reasons[0]["items"] == ["Miso"]


def test_the_schema_documents_the_new_routes(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"get", "put"} <= set(paths["/api/safety-plan"])
    assert {"get", "post"} <= set(paths["/api/care"])
    assert {"get", "patch", "delete"} <= set(paths["/api/care/{member_id}"])
    assert "get" in paths["/api/help"]
