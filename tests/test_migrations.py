from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from bondlens.config import Settings
from bondlens.entries import Entry, EntryFilter
from bondlens.errors import StorageError
from bondlens.journal import Journal
from bondlens.storage import migrations

SCHEMA_TABLES = {
    "account",
    "person",
    "entry",
    "entry_person",
    "entry_tag",
    "entry_fts",
    "schema_migrations",
    "preference",
}
FTS_TRIGGERS = {"entry_fts_insert", "entry_fts_delete", "entry_fts_update"}


@pytest.fixture
def raw(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection to an empty database file, the way Database opens one."""
    with closing(sqlite3.connect(tmp_path / "raw.db", isolation_level=None)) as conn:
        yield conn


def names(conn: sqlite3.Connection, kind: str) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
    return {row[0] for row in rows}


def versions(path: Path) -> list[int]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT version FROM schema_migrations")]


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settings_for(path: Path) -> Settings:
    return Settings(home=path.parent, database_url=f"sqlite:///{path}")


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    found = migrations.available()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert found[0].name == "initial"
    assert migrations.head() == found[-1].version
    assert all(m.sql.strip() for m in found)


def test_upgrade_an_empty_database_to_head(raw: sqlite3.Connection) -> None:
    assert migrations.current(raw) == 0
    applied = migrations.upgrade(raw)
    assert applied == [m.version for m in migrations.available()]
    assert migrations.current(raw) == migrations.head()
    assert names(raw, "table") >= SCHEMA_TABLES
    assert names(raw, "trigger") >= FTS_TRIGGERS
    assert migrations.upgrade(raw) == []  # a second run has nothing to do


def test_upgrade_stops_at_the_target(raw: sqlite3.Connection) -> None:
    assert migrations.upgrade(raw, target=0) == []
    assert migrations.current(raw) == 0
    assert "person" not in names(raw, "table")


def test_the_initial_schema_keeps_search_in_step_with_entries(raw: sqlite3.Connection) -> None:
    migrations.upgrade(raw)
    raw.execute("INSERT INTO account (id, name, created) VALUES (1, 'local', 'x')")
    raw.execute(
        "INSERT INTO entry (id, account_id, text, happened, written, kind)"
        " VALUES (1, 1, 'a quiet walk', '2026-03-01', 'x', 'reflection')"
    )

    def found(word: str) -> list[int]:
        rows = raw.execute("SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?", (word,))
        return [row[0] for row in rows]

    assert found("quiet") == [1]
    raw.execute("UPDATE entry SET text = 'a loud walk' WHERE id = 1")
    assert (found("quiet"), found("loud")) == ([], [1])
    raw.execute("DELETE FROM entry WHERE id = 1")
    assert found("loud") == []


def test_a_journal_opens_on_an_existing_empty_file(home: Path) -> None:
    home.mkdir()
    (home / "journal.db").touch()
    with Journal(Settings.load(home, env={})) as journal:
        saved = journal.add_entry(Entry(text="first words", when=date(2026, 3, 1)))
        assert journal.entry(int(saved.entry.id or 0)).text == "first words"
    assert versions(home / "journal.db") == [m.version for m in migrations.available()]


def test_a_database_from_the_first_release_opens_and_upgrades_in_place(
    tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "journal.db"
    shutil.copyfile(data_dir / "journal-v1.sqlite", path)
    assert versions(path) == [1]

    with Journal(settings_for(path)) as journal:
        people = {s.person.name: s for s in journal.people()}
        assert sorted(people) == ["Dana", "Sam", "נועה"]
        sam = people["Sam"].person
        assert (sam.relationship, sam.origin, sam.safe) == ("friend", "healing_together", True)
        assert sam.notes == "We met in the Tuesday group.\nHe texts before calling."
        assert sam.triggers == ("being rushed", "sarcasm")
        assert sam.boundaries == ("no calls after 10pm",)
        assert people["Dana"].person.ended_on == date(2025, 11, 6)
        assert people["נועה"].person.origin == "shared_trauma"
        assert people["Sam"].entry_count == 2
        assert people["Sam"].last_contact == datetime(2025, 11, 8, 20, 15)

        entries = journal.entries(EntryFilter())
        assert [(e.id, e.when, e.text) for e in entries] == [
            (5, date(2025, 11, 10), "Quiet evening alone, wrote this."),  # 4 was deleted
            (3, datetime(2025, 11, 8, 20, 15), "ערב שקט עם נועה. We talked about home."),
            (2, date(2025, 11, 5), "Dana called again.\nI let it ring."),
            (1, datetime(2025, 11, 3, 9, 30), "Coffee with Sam. It felt easy 🙂"),
        ]
        coffee, dana = journal.entry(1), journal.entry(2)
        assert (coffee.people, coffee.safety, coffee.tags) == (("Sam",), 5, ("coffee", "morning"))
        assert coffee.safe_text == "he asked before hugging"
        assert (dana.tags, dana.unsafe_text) == (
            ("call", "boundaries"),
            "the old apology, then the old anger",
        )
        assert dana.updated is not None
        assert journal.entry(3).people == ("נועה", "Sam")

        # the search index written by the first release is still in step
        assert [e.id for e in journal.search("apology")] == [2]
        assert [e.id for e in journal.search("שקט")] == [3]
        assert journal.search("typo") == []

        # and the journal keeps working after the upgrade
        added = journal.add_entry(Entry(text="after the upgrade", when=date(2026, 1, 1)))
        assert journal.count(EntryFilter()) == 5
        assert [e.id for e in journal.search("upgrade")] == [added.entry.id]

    assert versions(path) == [m.version for m in migrations.available()]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.db"]


def _make_too_new(path: Path, *, wal: bool) -> None:
    """A journal whose schema is one step newer than this release knows."""
    with Journal(settings_for(path)) as journal:
        journal.add_entry(Entry(text="written by the future", when=date(2026, 3, 1)))
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied) VALUES (?, 'future', 'x')",
            (migrations.head() + 1,),
        )
        conn.commit()
        if not wal:
            conn.execute("PRAGMA journal_mode = DELETE")
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("wal", [True, False], ids=["wal", "rollback-journal"])
def test_a_database_from_a_newer_release_is_refused_untouched(tmp_path: Path, wal: bool) -> None:
    path = tmp_path / "journal.db"
    _make_too_new(path, wal=wal)
    before = fingerprint(path)

    with pytest.raises(StorageError) as caught:
        Journal(settings_for(path))

    message = caught.value.message
    assert f"schema {migrations.head() + 1}" in message
    assert f"knows up to {migrations.head()}" in message
    assert "not changed" in message
    assert fingerprint(path) == before
    # no connection was left open (it would keep -wal / -shm files around)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.db"]
    assert versions(path)[-1] == migrations.head() + 1


def test_a_migration_that_fails_is_rolled_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with closing(sqlite3.connect(path)) as conn:  # some other program's database
        conn.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO entry (body) VALUES ('not ours')")
        conn.commit()
    before = fingerprint(path)

    with pytest.raises(StorageError, match="couldn't open the journal"):
        Journal(settings_for(path))

    assert fingerprint(path) == before
    with closing(sqlite3.connect(path)) as conn:
        assert names(conn, "table") == {"entry"}
        assert conn.execute("SELECT body FROM entry").fetchall() == [("not ours",)]
