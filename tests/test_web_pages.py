"""The web pages, through the real app: what each page shows and what each form does."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bondlens import messages
from bondlens.entries import Entry, EntryFilter
from bondlens.journal import Journal
from bondlens.people import Person
from web_helpers import csrf_of, post_form


def test_every_page_answers(client: TestClient, make_entry: Callable[..., Entry]) -> None:
    entry = make_entry(people=("Sam",), safety=4)
    person_id = client.get("/api/people").json()[0]["id"]
    for url in (
        "/",
        "/journal",
        "/people",
        f"/people/{person_id}",
        f"/people/{person_id}/edit",
        f"/people/{person_id}/checkin",
        "/insights",
        "/settings",
        f"/entries/{entry.id}",
        f"/entries/{entry.id}/edit",
        f"/entries/{entry.id}/delete",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "<title>" in response.text


def test_writing_an_entry_saves_it_with_people_and_safety(
    client: TestClient, journal: Journal
) -> None:
    response = post_form(
        client,
        "/entries",
        {
            "text": "Walk with Sam and Priya",
            "people": "Sam, Priya,",
            "safety": "5",
            "safe_text": "no rush",
            "unsafe_text": "",
            "day": "2026-03-01",
            "time": "18:30",
            "kind": "",
            "tags": "walk outside",
        },
    )
    assert response.status_code == 303
    assert response.headers["location"].startswith("/?done=saved")
    [saved] = journal.entries(EntryFilter())
    assert saved.people == ("Sam", "Priya")
    assert saved.safety == 5
    assert saved.when == datetime(2026, 3, 1, 18, 30)
    assert saved.kind == "interaction"
    assert saved.tags == ("walk", "outside")
    assert {p.person.name for p in journal.people()} == {"Sam", "Priya"}
    assert "Saved" in client.get(response.headers["location"]).text


def test_a_day_without_a_time_is_kept_as_a_day(client: TestClient, journal: Journal) -> None:
    post_form(client, "/entries", {"text": "A quiet day", "day": "2026-02-02"})
    [saved] = journal.entries(EntryFilter())
    assert saved.when == date(2026, 2, 2)
    assert saved.kind == "reflection"


def test_a_failed_save_keeps_everything_typed(client: TestClient, journal: Journal) -> None:
    response = post_form(
        client,
        "/entries",
        {
            "text": "   ",
            "people": "Sam",
            "safety": "2",
            "safe_text": "her voice",
            "unsafe_text": "the door",
            "tags": "night",
        },
    )
    assert response.status_code == 400
    page = response.text
    assert "An entry needs a few words" in page
    assert 'value="Sam"' in page
    assert "her voice</textarea>" in page
    assert "the door</textarea>" in page
    assert re.search(r'id="safety-2" name="safety" value="2"\s+checked', page)
    assert journal.count(EntryFilter()) == 0


def test_journal_filters_by_person_tag_and_words(
    client: TestClient, make_entry: Callable[..., Entry]
) -> None:
    make_entry("Dinner with Sam, lovely", people=("Sam",), tags=("food",))
    make_entry("Argument with Jordan about money", people=("Jordan",))
    make_entry("Alone, reading", tags=("food",))
    by_person = client.get("/journal", params={"person": "sam"}).text
    assert "Dinner with Sam" in by_person
    assert "Jordan about money" not in by_person
    by_words = client.get("/journal", params={"q": "argu money"}).text
    assert "Jordan about money" in by_words
    assert "Dinner" not in by_words
    by_tag = client.get("/journal", params={"tag": "food"}).text
    assert "2 entries" in by_tag
    assert "Jordan" not in by_tag.split("entries</p>")[1]


def test_journal_pages_through_many_entries(
    client: TestClient, make_entry: Callable[..., Entry]
) -> None:
    for day in range(1, 26):
        make_entry(f"Entry number {day}", when=date(2026, 1, day))
    first = client.get("/journal").text
    assert "25 entries" in first
    assert "Page 1 of 2" in first
    assert "Entry number 25" in first
    assert "Entry number 5<" not in first
    second = client.get("/journal", params={"page": "2"}).text
    assert "Entry number 5<" in second
    assert "Entry number 25" not in second


def test_htmx_asks_for_the_results_only(
    client: TestClient, make_entry: Callable[..., Entry]
) -> None:
    make_entry("Tea with Sam", people=("Sam",))
    partial = client.get("/journal", params={"q": "tea"}, headers={"HX-Request": "true"}).text
    assert "Tea with Sam" in partial
    assert "<html" not in partial


def test_a_bad_filter_date_is_explained_not_crashed(client: TestClient) -> None:
    response = client.get("/journal", params={"since": "someday"})
    assert response.status_code == 200
    assert "couldn&#39;t read" in response.text or "couldn't read" in response.text


def test_editing_an_entry(
    client: TestClient, make_entry: Callable[..., Entry], journal: Journal
) -> None:
    entry = make_entry("First words", people=("Sam",), safety=2, when=date(2026, 1, 5))
    page = client.get(f"/entries/{entry.id}/edit").text
    assert 'value="2026-01-05"' in page
    assert "First words</textarea>" in page
    response = client.post(
        f"/entries/{entry.id}",
        data={
            "csrf_token": csrf_of(page),
            "text": "Better words",
            "people": "Sam, Jo",
            "safety": "4",
            "day": "2026-01-05",
            "time": "",
            "kind": "check_in",
            "tags": "",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    edited = journal.entry(int(entry.id or 0))
    assert (edited.text, edited.people, edited.safety, edited.kind) == (
        "Better words",
        ("Sam", "Jo"),
        4,
        "check_in",
    )
    assert edited.when == date(2026, 1, 5)


def test_deleting_asks_first_then_deletes(
    client: TestClient, make_entry: Callable[..., Entry], journal: Journal
) -> None:
    entry = make_entry("To be removed")
    confirm = client.get(f"/entries/{entry.id}/delete").text
    assert "can&#39;t be undone" in confirm or "can't be undone" in confirm
    assert journal.count(EntryFilter()) == 1
    response = client.post(
        f"/entries/{entry.id}/delete", data={"csrf_token": csrf_of(confirm)}, follow_redirects=False
    )
    assert response.status_code == 303
    assert journal.count(EntryFilter()) == 0
    assert client.get(f"/entries/{entry.id}").status_code == 404


def test_people_page_adds_someone_and_refuses_a_twin(client: TestClient, journal: Journal) -> None:
    response = post_form(
        client,
        "/people",
        {
            "name": "Maya",
            "relationship": "sibling",
            "origin": "shared_trauma",
            "safe": "on",
            "triggers": "talking about Dad\n",
            "boundaries": "no calls after midnight",
        },
        page="/people",
    )
    assert response.status_code == 303
    maya = journal.person("maya")
    assert (maya.relationship, maya.origin, maya.safe) == ("sibling", "shared_trauma", True)
    assert maya.triggers == ("talking about Dad",)
    twin = post_form(client, "/people", {"name": "MAYA"}, page="/people")
    assert twin.status_code == 400
    assert "already in your people" in twin.text


def test_person_page_shows_profile_chart_and_table(
    client: TestClient, make_entry: Callable[..., Entry], journal: Journal
) -> None:
    for day, safety in ((1, 2), (8, 3), (15, 5)):
        make_entry(f"Day {day}", when=date(2026, 4, day), people=("Sam",), safety=safety)
    sam = journal.person("Sam")
    page = client.get(f"/people/{sam.id}").text
    assert "<svg" in page
    assert 'role="img"' in page
    assert page.count('class="dot"') == 3
    assert "<td>2026-04-15</td><td>5</td>" in page
    assert "3 entries" in page


def test_person_page_without_ratings_says_so(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    person = make_person("Jo")
    page = client.get(f"/people/{person.id}").text
    assert "<svg" not in page
    assert "No safety ratings yet" in page


def test_ending_and_reopening_a_relationship(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    person = make_person("Jordan", relationship="partner")
    url = f"/people/{person.id}"
    post_form(
        client, f"{url}/status", {"action": "end", "ended_on": "2025-06-30"}, page=f"{url}/edit"
    )
    assert journal.person("Jordan").ended_on == date(2025, 6, 30)
    assert "past, since 2025-06-30" in client.get(url).text
    post_form(client, f"{url}/status", {"action": "reopen"}, page=f"{url}/edit")
    assert journal.person("Jordan").active


def test_export_then_import_through_the_settings_page(
    client: TestClient,
    make_entry: Callable[..., Entry],
    journal: Journal,
    make_journal: Callable[..., Journal],
) -> None:
    make_entry("Tea with Sam ☕ שלום", people=("Sam",), safety=5)
    exported = client.get("/export", params={"format": "jsonl"})
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    lines = [json.loads(line) for line in exported.text.splitlines()]
    assert [r["type"] for r in lines] == ["person", "entry"]
    token = csrf_of(client.get("/settings").text)
    again = client.post(
        "/import",
        data={"csrf_token": token, "format": "jsonl"},
        files={"file": ("j.jsonl", exported.content)},
    )
    assert again.status_code == 200
    assert "Skipped 1 entry already in your journal." in again.text
    assert journal.count(EntryFilter()) == 1


def test_a_full_backup_downloads_and_restores_whole(
    client: TestClient,
    make_entry: Callable[..., Entry],
    journal: Journal,
    make_journal: Callable[..., Journal],
    tmp_path: Path,
) -> None:
    from bondlens import care_service
    from bondlens.exchange_service import restore, restore_target

    make_entry("Tea with Sam ☕ שלום", people=("Sam",), safety=5)
    care_service.add_member(journal, "Dr Okafor", "therapist")
    page = client.get("/settings").text
    assert 'href="/backup"' in page
    assert messages.WEB_BACKUP_WHAT in page
    assert messages.WEB_BACKUP_NEVER in page
    before = set(journal.db.path.parent.iterdir())
    got = client.get("/backup")
    assert got.status_code == 200
    assert got.headers["content-type"] == "application/vnd.sqlite3"
    assert re.search(
        r'attachment; filename="bondlens-backup-\d{4}-\d\d-\d\d\.db"',
        got.headers["content-disposition"],
    )
    assert got.content.startswith(b"SQLite format 3\x00")
    assert set(journal.db.path.parent.iterdir()) == before  # the scratch file is gone
    after = client.get("/settings").text
    assert messages.WEB_BACKUP_NEVER not in after
    assert "Last full backup: " in after
    saved = tmp_path / "downloaded.db"
    saved.write_bytes(got.content)
    elsewhere = make_journal("new-computer")
    restore(elsewhere, saved, restore_target(elsewhere))
    assert [e.text for e in elsewhere.entries(EntryFilter())] == ["Tea with Sam ☕ שלום"]
    assert [m.name for m in care_service.list_members(elsewhere)] == ["Dr Okafor"]


def test_a_backup_restores_through_the_settings_page(
    client: TestClient, make_entry: Callable[..., Entry], journal: Journal
) -> None:
    from bondlens import care_service

    make_entry("Tea with Sam", people=("Sam",), safety=5)
    care_service.add_member(journal, "Dr Okafor", "therapist")
    backup = client.get("/backup").content
    make_entry("Written after the backup", safety=3)
    care_service.add_member(journal, "Ana", "trusted_person")
    folder = journal.db.path.parent
    page = client.get("/settings").text
    assert 'action="/restore"' in page
    assert messages.WEB_RESTORE_WHAT in page

    response = client.post(
        "/restore",
        data={"csrf_token": csrf_of(page), "confirm": "yes"},
        files={"file": ("bondlens-backup-2026-11-24.db", backup)},
    )
    assert response.status_code == 200
    assert "Restored 1 entry and 1 person from bondlens-backup-2026-11-24.db." in response.text
    assert [e.text for e in journal.entries(EntryFilter())] == ["Tea with Sam"]
    assert [m.name for m in care_service.list_members(journal)] == ["Dr Okafor"]
    (kept,) = folder.glob("*-before-restore-*.db")
    assert str(kept) in response.text
    assert not list(folder.glob(".restore-*"))  # the upload is not left behind
    assert "Tea with Sam" in client.get("/journal").text


@pytest.mark.parametrize(
    ("data", "upload", "said"),
    [
        ({"confirm": "yes"}, None, messages.WEB_RESTORE_NO_FILE),
        ({}, ("bondlens-backup.db", b"SQLite format 3\x00"), messages.WEB_RESTORE_NOT_CONFIRMED),
        (
            {"confirm": "yes"},
            ("notes.db", b"not a journal at all"),
            "notes.db isn't a bondlens backup I can read. Nothing was changed.",
        ),
    ],
)
def test_a_refused_restore_changes_nothing(
    client: TestClient,
    make_entry: Callable[..., Entry],
    journal: Journal,
    data: dict[str, str],
    upload: tuple[str, bytes] | None,
    said: str,
) -> None:
    make_entry("Still here", safety=4)
    folder = journal.db.path.parent
    before = sorted(p.name for p in folder.iterdir())
    token = csrf_of(client.get("/settings").text)
    files = {"file": upload} if upload else {"file": ("", b"")}
    response = client.post("/restore", data={"csrf_token": token, **data}, files=files)
    assert response.status_code == 400
    assert said in html.unescape(response.text)
    assert ".restore-" not in response.text  # the scratch file is never named
    assert [e.text for e in journal.entries(EntryFilter())] == ["Still here"]
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_broken_import_changes_nothing(client: TestClient, journal: Journal) -> None:
    token = csrf_of(client.get("/settings").text)
    content = b'{"type": "entry", "when": "2026-01-01", "text": "ok"}\n{not json\n'
    response = client.post(
        "/import",
        data={"csrf_token": token, "format": "jsonl"},
        files={"file": ("bad.jsonl", content)},
    )
    assert response.status_code == 400
    assert "Line 2" in response.text
    assert journal.count(EntryFilter()) == 0


def test_unknown_pages_are_friendly(client: TestClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "nothing at this address" in response.text
    assert client.get("/entries/999").status_code == 404


def test_changing_someones_details(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    sam = make_person("Sam", relationship="friend")
    make_person("Jo")
    url = f"/people/{sam.id}"
    assert f'href="{url}/edit"' in client.get(url).text
    saved = post_form(
        client,
        url,
        {
            "name": "Sam R.",
            "relationship": "friend",
            "origin": "other",
            "safe": "on",
            "triggers": "shouting",
            "boundaries": "",
            "notes": "kind",
        },
        page=f"{url}/edit",
    )
    assert saved.status_code == 303
    changed = journal.person("Sam R.")
    assert (changed.safe, changed.triggers, changed.notes) == (True, ("shouting",), "kind")
    taken = post_form(client, url, {"name": "jo", "relationship": "friend"}, page=f"{url}/edit")
    assert taken.status_code == 400
    assert "Jo is already in your people" in taken.text
    assert 'value="jo"' in taken.text  # what was typed stays in the form
    assert journal.person("Sam R.").id == sam.id


def test_saving_a_crisis_entry_shows_support_at_once(client: TestClient) -> None:
    response = post_form(client, "/entries", {"text": "I want to sleep and not wake up."})
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "You deserve support right now" in page
    assert "988" in page
    entry_id = response.headers["location"].rsplit("=", 1)[1]
    assert "You deserve support right now" in client.get(f"/entries/{entry_id}").text


def test_a_crisis_told_as_past_shows_the_same_support_in_gentler_words(
    client: TestClient,
) -> None:
    response = post_form(
        client, "/entries", {"text": "When I was at uni I tried to hang myself in my room."}
    )
    page = client.get(response.headers["location"]).text
    assert messages.WEB_SUPPORT_TITLE_PAST in page
    assert "You deserve support right now" not in page
    assert "988" in page  # the same lines
    now = post_form(
        client, "/entries", {"text": "Years ago I wanted to die. It came back tonight."}
    )
    assert "You deserve support right now" in client.get(now.headers["location"]).text


def test_an_ordinary_entry_shows_no_support_block(client: TestClient) -> None:
    response = post_form(client, "/entries", {"text": "This commute is killing me."})
    page = client.get(response.headers["location"]).text
    assert "You deserve support right now" not in page
