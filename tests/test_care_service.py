"""The care team service on a real SQLite file: each change one transaction, scoped to
the account, and a journal from schema 5 upgraded."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from bondlens import care_service as service
from bondlens.config import Settings
from bondlens.errors import InvalidInput, NotFound, StorageError
from bondlens.journal import Journal
from bondlens.storage import migrations
from bondlens.storage.care import CareRows


def rows(journal: Journal) -> int:
    with journal.db.read() as store:
        return int(store.conn.execute("SELECT count(*) FROM care_member").fetchone()[0])


def test_an_empty_team_until_someone_is_added(journal: Journal) -> None:
    assert service.list_members(journal) == []
    assert rows(journal) == 0


def test_add_edit_and_remove(journal: Journal) -> None:
    okafor = service.add_member(
        journal, "Dr Okafor", "therapist", "555 0199", "waitlist since 3 March", "Self-pay"
    )
    assert (okafor.name, okafor.kind, okafor.reach, okafor.status, okafor.notes) == (
        "Dr Okafor",
        "therapist",
        "555 0199",
        "waitlist since 3 March",
        "Self-pay",
    )
    assert okafor.added == okafor.updated
    group = service.add_member(journal, "Tuesday group", "support-group")
    assert [m.id for m in service.list_members(journal)] == [okafor.id, group.id]

    edited = service.edit_member(journal, okafor.id, status="intake forms sent", notes="")
    assert (edited.status, edited.notes, edited.reach) == ("intake forms sent", "", "555 0199")
    assert service.get_member(journal, okafor.id) == edited

    removed = service.remove_member(journal, group.id)
    assert removed.name == "Tuesday group"
    assert service.list_members(journal) == [edited]
    assert rows(journal) == 1


def test_the_team_is_listed_by_kind_then_name(journal: Journal) -> None:
    service.add_member(journal, "Sam", "trusted_person")
    service.add_member(journal, "988 Lifeline", "crisis_line")
    service.add_member(journal, "Dr Okafor", "therapist")
    names = [m.name for m in service.list_members(journal)]
    assert names == ["Dr Okafor", "988 Lifeline", "Sam"]


def test_refused_input_and_missing_members_change_nothing(journal: Journal) -> None:
    okafor = service.add_member(journal, "Dr Okafor", "therapist")
    with pytest.raises(InvalidInput):
        service.add_member(journal, "Dr Vet", "vet")
    with pytest.raises(InvalidInput):
        service.edit_member(journal, okafor.id, name="  ")
    with pytest.raises(NotFound, match="#99"):
        service.edit_member(journal, 99, status="x")
    with pytest.raises(NotFound):
        service.remove_member(journal, 99)
    with pytest.raises(NotFound):
        service.get_member(journal, 99)
    assert service.list_members(journal) == [okafor]


def test_an_edit_that_fails_half_way_leaves_the_member_as_it_was(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    okafor = service.add_member(journal, "Dr Okafor", "therapist", status="waitlist")
    real = CareRows.update

    def fails_after_writing(self: CareRows, member_id: int, details: object, now: str) -> bool:
        real(self, member_id, details, now)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(CareRows, "update", fails_after_writing)
    with pytest.raises(Exception, match="disk I/O error"):
        service.edit_member(journal, okafor.id, status="insurance verified")
    monkeypatch.undo()
    assert service.get_member(journal, okafor.id) == okafor


def test_each_account_has_its_own_team(make_journal: Callable[..., Journal]) -> None:
    mine = make_journal("shared")
    theirs = make_journal("shared", account="other")
    okafor = service.add_member(mine, "Dr Okafor", "therapist")
    assert service.list_members(theirs) == []
    with pytest.raises(NotFound):
        service.get_member(theirs, okafor.id)
    with pytest.raises(NotFound):
        service.edit_member(theirs, okafor.id, name="Mine now")
    with pytest.raises(NotFound):
        service.remove_member(theirs, okafor.id)
    service.add_member(theirs, "Sam", "trusted_person")
    assert [m.name for m in service.list_members(mine)] == ["Dr Okafor"]
    assert [m.name for m in service.list_members(theirs)] == ["Sam"]
    assert rows(mine) == 2  # one file, two accounts, a member each


def test_a_journal_from_schema_5_gains_the_care_team(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        assert migrations.upgrade(conn, target=5) == [1, 2, 3, 4, 5]
        conn.execute("INSERT INTO account (name, created) VALUES ('local', 'x')")
        conn.execute("INSERT INTO safety_plan (account_id, updated) VALUES (1, 'x')")
        conn.execute(
            "INSERT INTO safety_item (account_id, section, position, text)"
            " VALUES (1, 'reasons', 1, 'Miso')"
        )
    with Journal(Settings(home=tmp_path, database_url=f"sqlite:///{path}")) as journal:
        assert service.list_members(journal) == []
        service.add_member(journal, "Dr Okafor", "therapist")
        assert [m.name for m in service.list_members(journal)] == ["Dr Okafor"]
        from bondlens import safety_service

        assert safety_service.get_plan(journal).of("reasons") == ("Miso",)
    with closing(sqlite3.connect(path)) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, migrations.head() + 1))  # and any later ones


def test_the_schema_refuses_an_unknown_kind(journal: Journal) -> None:
    with pytest.raises(StorageError, match="CHECK constraint"), journal.db.write() as store:
        store.conn.execute(
            "INSERT INTO care_member (account_id, kind, name, added, updated)"
            " VALUES (?, 'vet', 'x', 'x', 'x')",
            (store.account_id,),
        )
