from __future__ import annotations

from datetime import date, datetime

import pytest

from bondlens.entries import Entry
from bondlens.people import Person, PersonSummary
from bondlens.render import (
    ago,
    counted,
    describe_person,
    entries_and_people,
    entry_heading,
    entry_json,
    entry_meta,
    format_when,
    label,
    person_json,
    safety_text,
)

TODAY = date(2026, 3, 14)


def test_label_turns_ids_into_words() -> None:
    assert label("ex_partner") == "ex partner"
    assert label("friend") == "friend"


def test_format_when() -> None:
    assert format_when(date(2026, 3, 14)) == "Sat 14 Mar 2026"
    assert format_when(datetime(2026, 3, 14, 7, 5)) == "Sat 14 Mar 2026, 07:05"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "never"),
        (date(2026, 3, 14), "today"),
        (datetime(2026, 3, 14, 23, 0), "today"),
        (date(2026, 3, 13), "yesterday"),
        (date(2026, 3, 11), "3 days ago"),
        (date(2026, 1, 14), "59 days ago"),
        (date(2026, 1, 13), "2026-01-13"),
        (date(2026, 3, 20), "2026-03-20"),  # in the future: just the date
    ],
)
def test_ago(value: date | None, expected: str) -> None:
    assert ago(value, today=TODAY) == expected


def test_safety_text_uses_the_words_beside_each_number() -> None:
    assert safety_text(None) == ""
    assert safety_text(1) == "safety 1 of 5 (very unsafe)"
    assert safety_text(5) == "safety 5 of 5 (very safe)"


def test_entry_heading_and_meta() -> None:
    entry = Entry(
        text="x",
        when=datetime(2026, 3, 14, 21, 30),
        people=("Sam", "נועה"),
        safety=3,
        kind="micro_share",
        tags=("work", "late"),
    )
    assert entry_heading(entry) == "Sat 14 Mar 2026, 21:30 · Sam, נועה"
    assert entry_meta(entry) == "micro share · safety 3 of 5 (mixed) · #work #late"
    alone = Entry(text="x", when=date(2026, 3, 14), kind="reflection")
    assert entry_heading(alone) == "Sat 14 Mar 2026"
    assert entry_meta(alone) == "reflection"


def test_describe_person_says_only_what_is_known() -> None:
    assert describe_person(Person(name="Ari")) == "other"
    full = Person(
        name="Sam",
        relationship="group_leader",
        origin="healing_together",
        safe=True,
        ended_on=date(2025, 5, 1),
        triggers=("being rushed", "sarcasm"),
        boundaries=("text first",),
        notes="runs the group",
    )
    assert describe_person(full) == (
        "group leader · bond began: healing together · a safe person · past, since 2025-05-01"
        " · triggers: being rushed; sarcasm · boundaries: text first · notes: runs the group"
    )


def test_entry_json_has_the_id_first_and_no_record_type() -> None:
    entry = Entry(text="hi", when=date(2026, 3, 14), people=("Sam",), id=12, written="w")
    record = entry_json(entry)
    assert next(iter(record)) == "id"
    assert record["id"] == 12
    assert "type" not in record
    assert (record["when"], record["people"], record["text"]) == ("2026-03-14", ["Sam"], "hi")


def test_person_json_adds_activity_and_the_summary() -> None:
    person = Person(name="Dana", ended_on=date(2025, 5, 1), id=3)
    record = person_json(person)
    assert (record["id"], record["name"], record["active"]) == (3, "Dana", False)
    assert "entry_count" not in record
    summary = PersonSummary(person, entry_count=4, last_contact=datetime(2025, 4, 30, 22, 0))
    with_summary = person_json(person, summary)
    assert with_summary["entry_count"] == 4
    assert with_summary["last_contact"] == "2025-04-30T22:00"
    never = person_json(person, PersonSummary(person, entry_count=0, last_contact=None))
    assert never["last_contact"] is None


def test_counts_take_the_word_that_fits() -> None:
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(0, "entry", "entries") == "0 entries"
    assert counted(20_000, "entry", "entries") == "20,000 entries"
    assert entries_and_people(1, 2) == {"entries": "1 entry", "people": "2 people"}
    assert entries_and_people(3, 1) == {"entries": "3 entries", "people": "1 person"}
