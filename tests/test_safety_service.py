"""The safety plan service on a real SQLite file: saved whole, scoped to the account."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from bondlens import safety_service as service
from bondlens.config import Settings
from bondlens.errors import InvalidInput
from bondlens.journal import Journal
from bondlens.storage import migrations
from bondlens.storage.safety import SafetyRows


def rows(journal: Journal, table: str) -> int:
    with journal.db.read() as store:
        return int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_no_plan_until_one_is_saved(journal: Journal) -> None:
    plan = service.get_plan(journal)
    assert plan.empty
    assert plan.updated is None
    assert rows(journal, "safety_plan") == 0


def test_save_replaces_the_whole_plan(journal: Journal) -> None:
    first = service.save_plan(journal, {"reasons": ["Miso", "Spring"], "on_my_own": ["Tea"]})
    assert first.of("reasons") == ("Miso", "Spring")
    assert first.updated
    again = service.save_plan(journal, {"warning_signs": ["Not sleeping"]})
    assert dict(again.items) == {"warning_signs": ("Not sleeping",)}
    assert service.get_plan(journal) == again
    assert rows(journal, "safety_plan") == 1
    assert rows(journal, "safety_item") == 1


def test_add_and_remove_one_line(journal: Journal) -> None:
    service.add_item(journal, "reasons", "Miso")
    service.add_item(journal, "Reasons", "Spring")
    assert service.get_plan(journal).of("reasons") == ("Miso", "Spring")
    assert service.remove_item(journal, "reasons", 1).of("reasons") == ("Spring",)
    with pytest.raises(InvalidInput):
        service.remove_item(journal, "reasons", 5)
    assert service.get_plan(journal).of("reasons") == ("Spring",)


def test_a_refused_plan_changes_nothing(journal: Journal) -> None:
    service.save_plan(journal, {"reasons": ["Miso"]})
    with pytest.raises(InvalidInput):
        service.save_plan(journal, {"reasons": ["ok"], "hobbies": ["x"]})
    assert service.get_plan(journal).of("reasons") == ("Miso",)


def test_a_save_that_fails_half_way_leaves_the_old_plan(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.save_plan(journal, {"reasons": ["Miso"], "on_my_own": ["Tea"]})
    before = service.get_plan(journal)
    real = SafetyRows.save

    def fails_after_writing(self: SafetyRows, items: object, now: str) -> None:
        real(self, items, now)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(SafetyRows, "save", fails_after_writing)
    with pytest.raises(Exception, match="disk I/O error"):
        service.save_plan(journal, {"warning_signs": ["Not sleeping"]})
    monkeypatch.undo()
    assert service.get_plan(journal) == before


def test_each_account_has_its_own_plan(make_journal: Callable[..., Journal]) -> None:
    mine = make_journal("shared")
    theirs = make_journal("shared", account="other")
    service.save_plan(mine, {"reasons": ["Miso"]})
    assert service.get_plan(theirs).empty
    service.save_plan(theirs, {"reasons": ["Rain"]})
    assert service.get_plan(mine).of("reasons") == ("Miso",)
    assert service.get_plan(theirs).of("reasons") == ("Rain",)
    assert rows(mine, "safety_plan") == 2  # one file, two accounts, a plan each


def test_a_journal_from_schema_4_gains_the_safety_plan(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        assert migrations.upgrade(conn, target=4) == [1, 2, 3, 4]
        conn.execute("INSERT INTO account (name, created) VALUES ('local', 'x')")
    with Journal(Settings(home=tmp_path, database_url=f"sqlite:///{path}")) as journal:
        assert service.get_plan(journal).empty
        service.save_plan(journal, {"reasons": ["Miso"]})
        assert service.get_plan(journal).of("reasons") == ("Miso",)
    with closing(sqlite3.connect(path)) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, migrations.head() + 1))
