"""Notes on entries and search by meaning, through the real web app and the real model."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from fastapi.testclient import TestClient

from bondlens import messages, reading
from bondlens.entries import Entry, entry_words
from bondlens.findings import Reading
from bondlens.journal import Journal
from bondlens.web.app import create_app
from web_helpers import csrf_of, post_form

BURDEN = "She has a newborn, the last thing she needs is my mess."
WALK = "We walked by the river and talked about the weather in the hills."


def write(client: TestClient, text: str, person: str = "Priya") -> int:
    response = post_form(client, "/entries", {"text": text, "people": person, "when": "2026-03-14"})
    assert response.status_code == 303  # type: ignore[attr-defined]
    location = response.headers["location"]  # type: ignore[attr-defined]
    match = re.search(r"entry=(\d+)", location)
    assert match
    return int(match.group(1))


def notes_section(page: str) -> str:
    match = re.search(r'<section class="notes".*?</section>', page, re.S)
    assert match, "the page has no notes"
    return match.group(0)


def test_a_saved_entry_is_read_in_the_background(client: TestClient, journal: Journal) -> None:
    entry_id = write(client, BURDEN)
    # the reading ran after the response was sent (the test client waits for it)
    assert reading.waiting(journal) == 0
    notes = notes_section(client.get(f"/entries/{entry_id}").text)
    assert "This sounds like the belief “I don&#39;t want to be a burden”." in notes
    assert BURDEN in notes
    assert "Yes, that fits" in notes


def test_an_entry_waiting_to_be_read_asks_again(client: TestClient, journal: Journal) -> None:
    entry = journal.add_entry(Entry(text=BURDEN, when=date(2026, 3, 1)))
    notes = notes_section(client.get(f"/entries/{entry.entry.id}").text)
    assert messages.NOTES_NOT_READ in notes
    assert f'hx-get="/entries/{entry.entry.id}/notes"' in notes
    reading.read_waiting(journal)
    fragment = client.get(f"/entries/{entry.entry.id}/notes").text
    assert "hx-get" not in fragment
    assert "burden" in fragment


def test_not_this_sets_a_note_aside_and_it_can_come_back(
    client: TestClient, journal: Journal
) -> None:
    entry_id = write(client, BURDEN)
    page = f"/entries/{entry_id}"
    answer = {"kind": "belief", "label": "burden", "answer": "dismissed"}
    response = post_form(client, f"{page}/notes", answer, page=page)
    assert response.status_code == 303  # type: ignore[attr-defined]
    shown = client.get(page + "?done=note").text
    assert messages.WEB_NOTE_SAVED in shown
    notes = notes_section(shown)
    assert "Yes, that fits" not in notes
    assert "1 note you set aside" in notes
    verdicts = journal.findings([entry_id])[entry_id]
    assert [(f.label, f.verdict) for f in verdicts if f.kind == "belief"] == [
        ("burden", "dismissed")
    ]
    post_form(client, f"{page}/notes", {**answer, "answer": "undo"}, page=page)
    assert "Yes, that fits" in notes_section(client.get(page).text)


def test_yes_that_fits_is_remembered(client: TestClient, journal: Journal) -> None:
    entry_id = write(client, BURDEN)
    page = f"/entries/{entry_id}"
    token = csrf_of(client.get(page).text)
    fragment = client.post(
        f"{page}/notes",
        data={"csrf_token": token, "kind": "belief", "label": "burden", "answer": "confirmed"},
        headers={"HX-Request": "true"},
    )
    assert fragment.status_code == 200
    assert messages.NOTE_CONFIRMED in fragment.text
    assert "Take back" in fragment.text
    assert "<html" not in fragment.text


def test_answers_need_the_forms_token(client: TestClient, journal: Journal) -> None:
    entry_id = write(client, BURDEN)
    response = client.post(
        f"/entries/{entry_id}/notes",
        data={"kind": "belief", "label": "burden", "answer": "dismissed"},
    )
    assert response.status_code == 403
    assert journal.findings([entry_id])[entry_id][0].verdict is None


def test_a_wrong_answer_gets_a_friendly_page(client: TestClient) -> None:
    entry_id = write(client, BURDEN)
    page = f"/entries/{entry_id}"
    response = post_form(
        client,
        f"{page}/notes",
        {"kind": "belief", "label": "nonsense", "answer": "dismissed"},
        page,
    )
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "no belief called" in response.text  # type: ignore[attr-defined]
    assert "Traceback" not in response.text  # type: ignore[attr-defined]


def test_search_by_meaning_in_the_journal(client: TestClient) -> None:
    write(client, BURDEN)
    write(client, WALK, person="Sam")
    page = client.get("/journal", params={"q": "a stroll along the water", "meaning": "on"}).text
    assert "closest in meaning" in page
    cards = re.findall(r'<article class="entry".*?</article>', page, re.S)
    assert cards
    assert WALK in cards[0]
    plain = client.get("/journal", params={"q": "a stroll along the water"}).text
    assert WALK not in plain  # the words themselves are not in any entry
    checkbox = re.search(r'<input id="meaning"[^>]*>', page)
    assert checkbox
    assert "checked" in checkbox.group(0)


def test_reading_switched_off(make_journal: Callable[..., Journal]) -> None:
    off = make_journal("off", reading="off")
    with TestClient(create_app(off.settings, off), base_url="http://127.0.0.1") as client:
        page = client.get("/journal", params={"q": "walk", "meaning": "on"}).text
        assert messages.NOTES_OFF in page
        entry_id = write(client, BURDEN)
        assert messages.NOTES_OFF in notes_section(client.get(f"/entries/{entry_id}").text)
    assert not off.is_read(entry_id, reading.reader_id())


def test_the_api_reads_new_entries_and_takes_answers(client: TestClient, journal: Journal) -> None:
    created = client.post("/api/entries", json={"text": BURDEN, "when": "2026-03-14"})
    assert created.status_code == 201
    entry_id = created.json()["id"]
    notes = client.get(f"/api/entries/{entry_id}/notes").json()
    assert notes["read"] is True
    burden = next(n for n in notes["notes"] if n["id"] == "burden")
    assert burden["kind"] == "belief"
    assert burden["quote"] == BURDEN
    assert burden["verdict"] is None
    answered = client.post(
        f"/api/entries/{entry_id}/notes",
        json={"kind": "belief", "id": "burden", "answer": "dismissed"},
    ).json()
    assert next(n for n in answered["notes"] if n["id"] == "burden")["verdict"] == "dismissed"
    client.patch(f"/api/entries/{entry_id}", json={"text": WALK})
    after = client.get(f"/api/entries/{entry_id}/notes").json()
    assert after["read"] is True  # read again in the background after the change
    assert "burden" not in {n["id"] for n in after["notes"]}


def test_the_api_refuses_unknown_answers(client: TestClient) -> None:
    entry_id = client.post("/api/entries", json={"text": WALK}).json()["id"]
    wrong = client.post(
        f"/api/entries/{entry_id}/notes", json={"kind": "belief", "id": "nope", "answer": None}
    )
    assert wrong.status_code == 400
    assert "no belief called 'nope'" in wrong.json()["error"]
    assert client.get("/api/entries/999/notes").status_code == 404


# --- support found by the closer reading -----------------------------------------------
#: The fast screen lets this pass; the model's backstop finds suicidal thoughts in it.
QUIET = "Every night I pray this is the last day."


def support_section(page: str) -> str | None:
    match = re.search(r'<section [^>]*class="support".*?</section>', page, re.S)
    return match.group(0) if match else None


def test_the_entry_page_shows_support_the_closer_reading_found(
    client: TestClient, journal: Journal
) -> None:
    from bondlens.analysis.crisis import screen

    assert not screen(QUIET).flag
    entry_id = journal.add_entry(Entry(text=QUIET, when=date(2026, 3, 1))).entry.id
    waiting = client.get(f"/entries/{entry_id}").text
    assert support_section(waiting) is None
    assert f'hx-get="/entries/{entry_id}/support?try=1"' in waiting  # asks again, quietly

    reading.read_waiting(journal)
    page = client.get(f"/entries/{entry_id}")
    assert page.context["crisis"].kinds == ("suicidal_thoughts",)  # type: ignore[attr-defined]
    section = support_section(page.text)
    assert section is not None
    assert 'role="alert"' in section
    assert "/support?" not in page.text  # read: nothing left to ask


def test_the_support_fragment_asks_until_the_entry_is_read(
    client: TestClient, journal: Journal
) -> None:
    entry_id = journal.add_entry(Entry(text=QUIET, when=date(2026, 3, 1))).entry.id
    asked = client.get(f"/entries/{entry_id}/support?try=3")
    assert asked.status_code == 200
    assert f'hx-get="/entries/{entry_id}/support?try=4"' in asked.text
    assert support_section(asked.text) is None
    # about a minute later it stops asking, whatever happened
    assert "hx-get" not in client.get(f"/entries/{entry_id}/support?try=20").text

    reading.read_waiting(journal)
    found = client.get(f"/entries/{entry_id}/support?try=4").text
    assert "hx-get" not in found
    section = support_section(found)
    assert section is not None
    assert messages.CRISIS_INTRO.split(".")[0] in section
    assert client.get("/entries/999/support?try=1").status_code == 404


def test_a_calm_entry_s_fragment_ends_in_nothing(client: TestClient, journal: Journal) -> None:
    entry_id = journal.add_entry(Entry(text=WALK, when=date(2026, 3, 1))).entry.id
    reading.read_waiting(journal)
    assert client.get(f"/entries/{entry_id}/support?try=1").text.strip() == ""


#: The quick check finds suicidal thoughts here, and nothing about danger from another person.
SAID = "I want to kill myself."


def store_crisis(journal: Journal, entry_id: int, kinds: tuple[str, ...]) -> None:
    """Store a reading by the current reader that found ``kinds`` (its findings aside)."""
    entry = journal.entry(entry_id)
    found = Reading(entry_id, entry_words(entry), kinds, (), bytes(2 * 384))
    assert journal.save_readings([found], reading.reader_id()) == 1


def test_a_block_on_the_page_keeps_asking_and_changes_when_the_reading_finds_more(
    client: TestClient, journal: Journal
) -> None:
    entry_id = journal.add_entry(Entry(text=SAID, when=date(2026, 3, 1))).entry.id
    page = client.get(f"/?done=saved&entry={entry_id}").text
    section = support_section(page)
    assert section is not None
    assert 'id="support-block"' in section
    assert "hx-swap-oob" not in section
    assert "support-urgent" not in section  # no danger from another person yet
    watch = f"/entries/{entry_id}/support?try=1&amp;shown=suicidal_thoughts"
    assert f'hx-get="{watch}"' in page

    # while the entry waits, the answer only asks again: the block stays as it is
    waiting = client.get(f"/entries/{entry_id}/support?try=1&shown=suicidal_thoughts").text
    assert support_section(waiting) is None
    assert "shown=suicidal_thoughts" in waiting
    assert "try=2" in waiting

    # the closer reading finds danger now: the block is replaced, emergency first
    store_crisis(journal, entry_id, ("danger_now",))
    more = client.get(f"/entries/{entry_id}/support?try=2&shown=suicidal_thoughts").text
    section = support_section(more)
    assert section is not None
    assert 'id="support-block"' in section
    assert 'hx-swap-oob="true"' in section
    assert "support-urgent" in section
    assert "hx-get" not in more  # read: nothing left to ask


def test_a_block_on_the_page_stays_when_the_reading_finds_nothing_more(
    client: TestClient, journal: Journal
) -> None:
    entry_id = journal.add_entry(Entry(text=SAID, when=date(2026, 3, 1))).entry.id
    store_crisis(journal, entry_id, ("suicidal_thoughts",))
    answer = client.get(f"/entries/{entry_id}/support?try=2&shown=suicidal_thoughts").text
    assert answer.strip() == ""  # the block already says it all, and the asking ends


def test_write_after_saving_asks_for_the_closer_reading(
    client: TestClient, journal: Journal
) -> None:
    entry_id = journal.add_entry(Entry(text=QUIET, when=date(2026, 3, 1))).entry.id
    page = client.get(f"/?done=saved&entry={entry_id}")
    assert page.context["watch"] == f"/entries/{entry_id}/support?try=1"  # type: ignore[attr-defined]
    assert support_section(page.text) is None
    # a save through the form is read right after the response (the test client waits)
    saved = write(client, QUIET)
    after = client.get(f"/?done=saved&entry={saved}")
    assert after.context["watch"] is None  # type: ignore[attr-defined]
    assert support_section(after.text) is not None


def test_the_api_entry_carries_its_crisis(client: TestClient, journal: Journal) -> None:
    entry_id = journal.add_entry(Entry(text=QUIET, when=date(2026, 3, 1))).entry.id
    before = client.get(f"/api/entries/{entry_id}").json()
    assert before["text"] == QUIET
    assert before["crisis"] == {
        "flag": False,
        "kinds": [],
        "quotes": [],
        "looking_back": False,
        "resources": [],
        "contacts": [],
    }
    reading.read_waiting(journal)
    after = client.get(f"/api/entries/{entry_id}").json()["crisis"]
    assert after["flag"] is True
    assert after["kinds"] == ["suicidal_thoughts"]
    assert after["resources"]
    assert after["contacts"] == []
