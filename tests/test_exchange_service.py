"""The import and export service: all or nothing in, everything out."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bondlens import messages
from bondlens.entries import Entry, EntryFilter
from bondlens.errors import InvalidInput, StorageError
from bondlens.exchange import ImportBatch, ImportResult, Located
from bondlens.exchange_service import (
    backup,
    export_data,
    import_batch,
    last_backup,
    restore,
    restore_target,
)
from bondlens.journal import Journal
from bondlens.people import Person
from bondlens.storage import migrations

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


# --- backup and restore (the CLI's tests carry a whole journal through both) -----------
def edited_backup(journal: Journal, path: Path, sql: str, *params: object) -> Path:
    """A backup of ``journal`` at ``path``, changed afterwards by one SQL statement."""
    backup(journal, path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(sql, params)
        conn.commit()
    return path


def test_a_backup_from_the_first_release_is_brought_up_to_date_on_restore(
    journal: Journal, make_entry: MakeEntry, data_dir: Path, tmp_path: Path
) -> None:
    make_entry("written today")
    old = tmp_path / "first-release.db"
    shutil.copyfile(data_dir / "journal-v1.sqlite", old)
    keep = restore_target(journal)
    done = restore(journal, old, keep)
    assert (done.entries, done.people, done.kept) == (4, 3, keep)
    assert journal.entry(1).text == "Coffee with Sam. It felt easy 🙂"
    with closing(sqlite3.connect(journal.db.path)) as conn:
        assert migrations.current(conn) == migrations.head()
    with closing(sqlite3.connect(old)) as conn:
        assert migrations.current(conn) == 1  # the file given is only read
    restore(journal, keep, restore_target(journal))
    assert [e.text for e in journal.entries(EntryFilter())] == ["written today"]


def test_a_backup_from_a_newer_release_is_refused_and_nothing_changes(
    journal: Journal, make_entry: MakeEntry, tmp_path: Path
) -> None:
    make_entry("kept")
    newer = edited_backup(
        journal,
        tmp_path / "newer.db",
        "INSERT INTO schema_migrations (version, name, applied) VALUES (?, 'future', '')",
        migrations.head() + 1,
    )
    journal.add_entry(Entry(text="after the backup", when=date(2026, 3, 2)))
    keep = restore_target(journal)
    with pytest.raises(InvalidInput) as caught:
        restore(journal, newer, keep)
    assert caught.value.message == messages.RESTORE_TOO_NEW.format(
        path=newer, found=migrations.head() + 1, known=migrations.head()
    )
    assert not keep.exists()
    assert journal.count(EntryFilter()) == 2


def test_a_backup_for_another_account_is_refused(
    journal: Journal, make_entry: MakeEntry, tmp_path: Path
) -> None:
    make_entry("mine")
    theirs = edited_backup(journal, tmp_path / "theirs.db", "UPDATE account SET name = 'other'")
    with pytest.raises(InvalidInput) as caught:
        restore(journal, theirs, restore_target(journal))
    assert caught.value.message == messages.RESTORE_NO_ACCOUNT.format(
        path=theirs, account=journal.settings.account
    )
    assert [e.text for e in journal.entries(EntryFilter())] == ["mine"]


def test_a_backup_is_a_consistent_copy_while_the_journal_is_open(
    journal: Journal, make_entry: MakeEntry, tmp_path: Path
) -> None:
    for n in range(1, 6):
        make_entry(f"entry {n}", when=date(2026, 1, n))
    target = tmp_path / "b.db"
    made = backup(journal, target)
    assert (made.entries, made.people) == (5, 0)
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 5
    journal.add_entry(Entry(text="still writable", when=date(2026, 2, 1)))
    assert journal.count(EntryFilter()) == 6


def test_two_restores_in_one_second_keep_both_journals(journal: Journal, tmp_path: Path) -> None:
    now = datetime(2026, 3, 1, 9, 0, 0)
    first = restore_target(journal, now)
    first.write_bytes(b"")
    second = restore_target(journal, now)
    assert first.name == "journal-before-restore-20260301-090000.db"
    assert second.name == "journal-before-restore-20260301-090000-2.db"


def test_the_last_backup_is_remembered_in_the_journal(
    journal: Journal, make_entry: MakeEntry, tmp_path: Path
) -> None:
    make_entry("Tea with Sam.")
    assert last_backup(journal) is None
    before = datetime.now().replace(microsecond=0)
    backup(journal, tmp_path / "b.db")
    made = last_backup(journal)
    assert made is not None
    assert before - timedelta(seconds=1) <= made <= datetime.now()
