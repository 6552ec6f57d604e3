"""The import and export service: all or nothing in, everything out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bondlens.entries import Entry, EntryFilter
from bondlens.errors import InvalidInput, StorageError
from bondlens.exchange import ImportBatch, ImportResult, Located
from bondlens.exchange_service import export_data, import_batch
from bondlens.journal import Journal
from bondlens.people import Person

MakeEntry = Callable[..., Entry]
MakePerson = Callable[..., Person]
Counts = Callable[..., dict[str, int]]
FailOnTag = Callable[[str], None]


def test_an_import_that_fails_half_way_leaves_nothing_behind(
    journal: Journal, make_entry: MakeEntry, fail_on_tag: FailOnTag, counts: Counts
) -> None:
    make_entry("already here", people=("Sam",))
    fail_on_tag("boom")
    batch = ImportBatch(
        people=[Located("Line 1", Person(name="Noa"))],
        entries=[
            Located(f"Line {n}", Entry(text=f"imported {n}", when=date(2026, 2, n), tags=("ok",)))
            for n in range(2, 9)
        ]
        + [Located("Line 9", Entry(text="last", when=date(2026, 2, 9), people=("Ari",)))]
        + [Located("Line 10", Entry(text="bad", when=date(2026, 2, 10), tags=("boom",)))],
    )
    before = counts()
    with pytest.raises(StorageError):
        import_batch(journal, batch)
    assert counts() == before


def test_an_import_with_one_bad_item_names_it_and_changes_nothing(
    journal: Journal, make_entry: MakeEntry, counts: Counts
) -> None:
    make_entry("already here", people=("Sam",))
    batch = ImportBatch(
        people=[Located("Line 1", Person(name="Noa"))],
        entries=[
            Located("Line 2", Entry(text="fine", when=date(2026, 2, 1), people=("Ari",))),
            Located("Line 3", Entry(text="bad", when=date(2026, 2, 2), safety=9)),
        ],
    )
    before = counts()
    with pytest.raises(InvalidInput) as caught:
        import_batch(journal, batch)
    assert caught.value.message.startswith("Line 3: Safety goes from 1")
    assert counts() == before


def test_an_import_interrupted_by_the_person_leaves_nothing_behind(
    journal: Journal, counts: Counts
) -> None:
    batch = ImportBatch(
        entries=[
            Located(f"Line {n}", Entry(text=f"entry {n}", when=date(2026, 1, 1), people=("Sam",)))
            for n in range(1, 1201)
        ]
    )
    seen: list[int] = []

    def press_ctrl_c(done: int) -> None:
        seen.append(done)
        if done >= 1000:
            raise KeyboardInterrupt

    before = counts()
    with pytest.raises(KeyboardInterrupt):
        import_batch(journal, batch, press_ctrl_c)
    assert seen == [500, 1000]
    assert counts() == before


def test_import_reports_progress_and_what_it_did(journal: Journal, make_person: MakePerson) -> None:
    make_person("Sam")
    batch = ImportBatch(
        people=[
            Located("Line 1", Person(name="sam", notes="not replaced")),
            Located("Line 2", Person(name="Noa")),
            Located("Line 3", Person(name="NOA")),
        ],
        entries=[
            Located(
                f"Line {n}",
                Entry(text=f"entry {n}", when=date(2026, 1, 1), people=("SAM", "Ari")),
            )
            for n in range(4, 1104)
        ],
    )
    seen: list[int] = []
    result = import_batch(journal, batch, seen.append)
    assert seen == [500, 1000, 1100]
    assert (result.entries, result.people, result.skipped) == (1100, 2, 0)
    assert journal.person("Sam").notes == ""  # existing people are kept as they are
    assert journal.count(EntryFilter(person="ari")) == 1100
    assert journal.entries(EntryFilter(limit=1))[0].people == ("Sam", "Ari")


def test_import_links_entries_to_people_already_in_the_journal(
    journal: Journal, make_person: MakePerson, counts: Counts
) -> None:
    make_person("Sam", relationship="friend")
    batch = ImportBatch(
        entries=[
            Located("Line 1", Entry(text="walk", when=date(2026, 1, 1), people=("SAM", "Noa"))),
            Located("Line 2", Entry(text="call", when=date(2026, 1, 2), people=("noa",))),
        ]
    )
    assert import_batch(journal, batch) == ImportResult(entries=2, people=1, skipped=0)
    assert [e.people for e in journal.entries(EntryFilter())] == [("Noa",), ("Sam", "Noa")]
    assert journal.person("sam").relationship == "friend"
    assert counts()["person"] == 2


def test_export_holds_everyone_and_every_entry_oldest_first(
    journal: Journal, make_person: MakePerson, make_entry: MakeEntry
) -> None:
    make_person("Noa", relationship="friend")
    make_entry("second", when=date(2026, 3, 2), people=("Sam",))
    make_entry("first", when=date(2026, 3, 1), people=("Noa",))
    data = export_data(journal)
    assert [p.name for p in data.people] == ["Noa", "Sam"]
    assert data.entry_count == 2
    assert [(e.text, e.people) for e in data.entries] == [("first", ("Noa",)), ("second", ("Sam",))]
