from __future__ import annotations

import sqlite3
import stat
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from bondlens.config import Settings
from bondlens.entries import Entry, EntryFilter
from bondlens.errors import InvalidInput, Locked, NotFound, StorageError
from bondlens.journal import Journal
from bondlens.people import Person
from bondlens.storage import database
from bondlens.storage.database import Database, sqlite_path

MakeJournal = Callable[..., Journal]
Counts = Callable[..., dict[str, int]]


def test_sqlite_path() -> None:
    assert sqlite_path("sqlite:////var/lib/bondlens/j.db") == Path("/var/lib/bondlens/j.db")
    assert sqlite_path("sqlite:///relative.db") == Path("relative.db")
    with pytest.raises(InvalidInput, match="can't open 'mysql://x'"):
        sqlite_path("mysql://x")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_journal_is_private_to_its_owner(settings: Settings, home: Path) -> None:
    with Journal(settings):
        pass
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "journal.db").stat().st_mode) == 0o600


def test_the_journal_uses_write_ahead_logging_and_foreign_keys(journal: Journal) -> None:
    with journal.db.read() as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_what_is_written_is_there_after_reopening(settings: Settings) -> None:
    with Journal(settings) as journal:
        journal.add_person(Person(name="Sam", safe=True))
        journal.add_entry(Entry(text="kept", when=date(2026, 3, 1), people=("Sam",)))
    with Journal(settings) as journal:
        assert journal.person("sam").safe is True
        assert [e.text for e in journal.entries(EntryFilter(person="Sam"))] == ["kept"]


def test_each_account_sees_only_its_own_journal(
    make_journal: MakeJournal, counts: Counts, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    mine = make_journal("a", database_url=url)
    theirs = make_journal("b", database_url=url, account="other")
    mine.add_entry(Entry(text="my morning walk", when=date(2026, 3, 1), people=("Sam",)))
    theirs.add_entry(Entry(text="their morning call", when=date(2026, 3, 1), people=("sam",)))

    assert [e.text for e in mine.entries(EntryFilter())] == ["my morning walk"]
    assert [e.text for e in theirs.entries(EntryFilter())] == ["their morning call"]
    assert [e.text for e in mine.search("morning")] == ["my morning walk"]
    assert [s.person.name for s in theirs.people()] == ["sam"]  # a person of their own
    assert mine.count(EntryFilter(person="Sam")) == 1
    assert mine.db.account_id != theirs.db.account_id
    assert counts(mine.settings) | {"entry_tag": 0} == {
        "account": 2,
        "person": 2,
        "entry": 2,
        "entry_person": 2,
        "entry_tag": 0,
    }
    their_entry = theirs.entries(EntryFilter())[0]
    with pytest.raises(NotFound):
        mine.entry(int(their_entry.id or 0))


def test_a_busy_journal_says_so_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, counts: Counts
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)  # don't wait the full 5 s
    path = sqlite_path(settings.database_url)
    with (
        Journal(settings) as journal,
        closing(sqlite3.connect(path, isolation_level=None)) as writer,
    ):
        journal.add_entry(Entry(text="before", when=date(2026, 3, 1)))
        writer.execute("BEGIN IMMEDIATE")
        with pytest.raises(Locked, match="busy with another change"):
            journal.add_entry(Entry(text="during", when=date(2026, 3, 2), people=("Sam",)))
        # readers are not blocked by a writer
        assert [e.text for e in journal.entries(EntryFilter())] == ["before"]
        writer.execute("ROLLBACK")
        journal.add_entry(Entry(text="after", when=date(2026, 3, 3)))
        assert [e.text for e in journal.entries(EntryFilter())] == ["after", "before"]
    assert counts()["person"] == 0


def test_a_closed_journal_can_be_closed_again_but_not_used(settings: Settings) -> None:
    db = Database(settings)
    db.close()
    db.close()
    with pytest.raises(StorageError), db.read():
        pass
