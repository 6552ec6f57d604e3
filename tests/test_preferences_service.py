"""Preferences on a real SQLite file: the region chosen in the app, which region is in use
(the app's choice, else BONDLENS_REGION, else the international list), scoped to the
account, seen at once by a journal that is already open, and a schema 6 journal
upgraded."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from bondlens import messages
from bondlens import preferences_service as service
from bondlens.config import Settings
from bondlens.errors import InvalidInput
from bondlens.journal import Journal
from bondlens.preferences_service import CHOSEN, ENVIRONMENT, NONE, RegionChoice, in_use
from bondlens.storage import migrations
from bondlens.storage.preferences import peek


def stored(journal: Journal) -> list[tuple[str, str]]:
    with journal.db.read() as store:
        rows = store.conn.execute("SELECT key, value FROM preference ORDER BY key")
        return [(str(k), str(v)) for k, v in rows]


@pytest.mark.parametrize(
    ("chosen", "environment", "expected"),
    [
        (None, "", RegionChoice("", NONE)),
        (None, "US", RegionChoice("US", ENVIRONMENT, "US")),
        ("GB", "", RegionChoice("GB", CHOSEN)),
        ("GB", "US", RegionChoice("GB", CHOSEN, "US")),
        ("uk", "", RegionChoice("GB", CHOSEN)),
        ("XX", "US", RegionChoice("US", ENVIRONMENT, "US")),  # no longer known: no choice
        ("", "", RegionChoice("", NONE)),
        ("international", "US", RegionChoice("", CHOSEN, "US")),  # the list itself, chosen
    ],
)
def test_the_app_choice_wins_then_the_environment_then_none(
    chosen: str | None, environment: str, expected: RegionChoice
) -> None:
    assert in_use(chosen, environment) == expected


def test_nothing_chosen_and_nothing_set_is_the_international_list(journal: Journal) -> None:
    assert service.region_choice(journal) == RegionChoice("", NONE)
    assert service.region(journal) == ""
    assert stored(journal) == []


def test_a_choice_is_stored_and_wins_over_the_environment(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal("home", region="US")
    assert service.region_choice(journal) == RegionChoice("US", ENVIRONMENT, "US")
    chosen = service.set_region(journal, " uk ")
    assert chosen == RegionChoice("GB", CHOSEN, "US")
    assert (chosen.name, chosen.default_name) == ("United Kingdom", "United States")
    assert service.region(journal) == "GB"
    assert stored(journal) == [("region", "GB")]
    service.set_region(journal, "IE")
    assert stored(journal) == [("region", "IE")]  # replaced, not added
    assert service.set_region(journal, "") == RegionChoice("US", ENVIRONMENT, "US")
    assert stored(journal) == []


@pytest.mark.parametrize("words", ["international", " INTL ", "World"])
def test_the_international_list_can_be_chosen_over_the_environment(
    make_journal: Callable[..., Journal], words: str
) -> None:
    journal = make_journal("home", region="US")
    chosen = service.set_region(journal, words)
    assert chosen == RegionChoice("", CHOSEN, "US")
    assert service.region(journal) == ""
    assert stored(journal) == [("region", "international")]
    assert service.saved_notice(chosen) == messages.REGION_SAVED_NONE
    assert service.set_region(journal, "") == RegionChoice("US", ENVIRONMENT, "US")


def test_an_unknown_code_is_refused_and_changes_nothing(journal: Journal) -> None:
    service.set_region(journal, "NZ")
    with pytest.raises(InvalidInput) as refused:
        service.set_region(journal, "Narnia")
    assert "'Narnia'" in refused.value.message
    assert "bondlens region --list" in refused.value.message
    assert "\n" not in refused.value.message
    assert service.region(journal) == "NZ"


def test_an_open_journal_sees_a_change_at_once(
    settings: Settings, journal: Journal, make_journal: Callable[..., Journal]
) -> None:
    assert service.region(journal) == ""  # read once: now remembered
    service.set_region(journal, "AU")
    assert service.region(journal) == "AU"
    # another process (the CLI beside the web app) changes the same file
    with Journal(settings) as other:
        assert service.region(other) == "AU"
        service.set_region(other, "CA")
    assert service.region(journal) == "CA"


def test_each_account_has_its_own_choice(make_journal: Callable[..., Journal]) -> None:
    mine = make_journal("shared")
    theirs = make_journal("shared", account="other")
    service.set_region(mine, "GB")
    assert service.region(theirs) == ""
    service.set_region(theirs, "DE")
    assert (service.region(mine), service.region(theirs)) == ("GB", "DE")
    assert len(stored(mine)) == 2  # one file, two accounts, a choice each


def test_the_rows_scope_to_the_account(journal: Journal) -> None:
    with journal.db.write() as store:
        rows = store.preferences
        assert rows.get("region") is None
        rows.set("region", "GB", "2026-03-01T10:00:00Z")
        rows.set("region", "IE", "2026-03-02T10:00:00Z")
        assert rows.get("region") == "IE"
        updated = store.conn.execute("SELECT updated FROM preference").fetchone()[0]
        assert updated == "2026-03-02T10:00:00Z"
        assert rows.remove("region") is True
        assert rows.remove("region") is False


def test_without_a_journal_the_environment_decides_and_nothing_is_created(
    tmp_path: Path,
) -> None:
    home = tmp_path / "nowhere"
    settings = Settings.load(home, env={"BONDLENS_REGION": "NZ"})
    assert service.region_without_journal(settings) == "NZ"
    assert service.region_without_journal(Settings.load(home, env={})) == ""
    assert not home.exists()


def test_without_opening_the_journal_its_choice_is_read(
    settings: Settings, journal: Journal
) -> None:
    service.set_region(journal, "GB")
    journal.close()
    path = Path(settings.database_url.removeprefix("sqlite:///"))
    env_us = Settings.load(settings.home, env={"BONDLENS_REGION": "US"})
    assert service.region_without_journal(env_us) == "GB"
    assert peek(settings.database_url, "someone-else", "region") is None
    assert sorted(p.name for p in path.parent.iterdir()) == ["journal.db"]  # tidy


def test_without_opening_an_older_journal_the_environment_decides(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrations.upgrade(conn, target=6)
        conn.execute("INSERT INTO account (name, created) VALUES ('local', 'x')")
    settings = Settings(home=tmp_path, database_url=f"sqlite:///{path}", region="IE")
    assert service.region_without_journal(settings) == "IE"
    with closing(sqlite3.connect(path)) as conn:  # left as it was: not upgraded
        assert max(r[0] for r in conn.execute("SELECT version FROM schema_migrations")) == 6


def test_a_journal_from_schema_6_gains_preferences(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        assert migrations.upgrade(conn, target=6) == [1, 2, 3, 4, 5, 6]
        conn.execute("INSERT INTO account (name, created) VALUES ('local', 'x')")
        conn.execute(
            "INSERT INTO care_member (account_id, kind, name, added, updated)"
            " VALUES (1, 'therapist', 'Dr Okafor', 'x', 'x')"
        )
    settings = Settings(home=tmp_path, database_url=f"sqlite:///{path}", region="US")
    with Journal(settings) as journal:
        assert service.region_choice(journal).source == ENVIRONMENT
        service.set_region(journal, "GB")
        assert service.region(journal) == "GB"
        from bondlens import care_service

        assert [m.name for m in care_service.list_members(journal)] == ["Dr Okafor"]
    with closing(sqlite3.connect(path)) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [1, 2, 3, 4, 5, 6, 7]


def test_the_schema_keeps_one_value_a_key_and_goes_with_the_account(journal: Journal) -> None:
    service.set_region(journal, "GB")
    with closing(sqlite3.connect(journal.db.path, isolation_level=None)) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute(
                "INSERT INTO preference (account_id, key, value, updated)"
                " VALUES (?, 'region', 'IE', 'x')",
                (journal.db.account_id,),
            )
        raw.execute("DELETE FROM account WHERE id = ?", (journal.db.account_id,))
        assert raw.execute("SELECT count(*) FROM preference").fetchone()[0] == 0


def test_choices_are_every_country_sorted_by_name() -> None:
    names = [name for _, name in service.choices()]
    assert names == sorted(names)
    assert ("GB", "United Kingdom") in service.choices()
    assert "UK" not in dict(service.choices())


def test_reading_the_choice_without_a_journal_loads_no_queries(
    settings: Settings, journal: Journal
) -> None:
    """``bondlens analyze`` has a one-second budget: the lookup loads one small module."""
    service.set_region(journal, "GB")
    code = (
        "import sys\n"
        "from bondlens.config import Settings\n"
        "from bondlens.preferences_service import region_without_journal\n"
        f"print(region_without_journal(Settings.load({str(settings.home)!r}, env={{}})))\n"
        "print(sorted(m for m in ('bondlens.storage.repository', 'bondlens.storage.database',"
        " 'bondlens.journal') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["GB", "[]"]
