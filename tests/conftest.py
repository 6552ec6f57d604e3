"""Shared fixtures: every test gets its own bondlens home and a real SQLite file.

Factories (``make_person``, ``make_entry``, ``make_journal``) build data through the
service layer, the same way the CLI does, so tests never depend on SQL details.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bondlens.config import Settings
from bondlens.dates import When
from bondlens.entries import Entry, default_kind
from bondlens.journal import Journal
from bondlens.people import Person
from bondlens.storage.database import sqlite_path

DATA = Path(__file__).parent / "data"
TABLES = ("account", "person", "entry", "entry_person", "entry_tag")


@pytest.fixture(autouse=True)
def _isolate_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never read the developer's settings or open their real journal."""
    for name in list(os.environ):
        if name.startswith("BONDLENS_"):
            monkeypatch.delenv(name)
    fake_home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("HOME", str(fake_home))
    monkeypatch.setenv("XDG_DATA_HOME", str(fake_home / ".local" / "share"))


@pytest.fixture
def data_dir() -> Path:
    """Sample files committed with the tests."""
    return DATA


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A fresh BONDLENS home (not created yet: opening a journal creates it)."""
    return tmp_path / "home"


@pytest.fixture
def settings(home: Path) -> Settings:
    return Settings.load(home, env={})


@pytest.fixture
def journal(settings: Settings) -> Iterator[Journal]:
    """An opened journal on a real SQLite file in the test's temporary folder."""
    with Journal(settings) as opened:
        yield opened


@pytest.fixture
def make_journal(tmp_path: Path) -> Iterator[Callable[..., Journal]]:
    """Open more journals (another home, other settings); all are closed afterwards."""
    opened: list[Journal] = []

    def make(name: str = "other", **env: str) -> Journal:
        env_map = {f"BONDLENS_{key.upper()}": value for key, value in env.items()}
        journal = Journal(Settings.load(tmp_path / name, env=env_map))
        opened.append(journal)
        return journal

    yield make
    for journal in opened:
        journal.close()


@pytest.fixture
def make_person(journal: Journal) -> Callable[..., Person]:
    def make(name: str = "Sam", **fields: Any) -> Person:
        return journal.add_person(Person(name=name, **fields))

    return make


@pytest.fixture
def make_entry(journal: Journal) -> Callable[..., Entry]:
    """Add an entry through the service and return it as stored (with its id)."""

    def make(
        text: str = "Coffee with Sam, it felt easy.",
        when: When = date(2026, 3, 14),
        people: tuple[str, ...] = (),
        **fields: Any,
    ) -> Entry:
        fields.setdefault("kind", default_kind(people))
        return journal.add_entry(Entry(text=text, when=when, people=people, **fields)).entry

    return make


@pytest.fixture
def counts(settings: Settings) -> Callable[..., dict[str, int]]:
    """Rows per table, read through a separate connection to a journal's file.

    ``counts()`` looks at the ``journal`` fixture's database, ``counts(other_settings)``
    at another one.
    """

    def count(of: Settings | None = None) -> dict[str, int]:
        path = sqlite_path((of or settings).database_url)
        with closing(sqlite3.connect(path)) as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    return count


@pytest.fixture
def fail_on_tag(settings: Settings) -> Callable[[str], None]:
    """Make the journal's database itself refuse one tag, so a write fails half way."""

    def refuse(tag: str) -> None:
        with closing(sqlite3.connect(sqlite_path(settings.database_url))) as conn:
            conn.execute(
                f"CREATE TRIGGER fail_tag BEFORE INSERT ON entry_tag WHEN new.tag = '{tag}'"
                " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
            )
            conn.commit()

    return refuse


@pytest.fixture
def client(settings: Settings, journal: Journal) -> Iterator[Any]:
    """The web app over the ``journal`` fixture, reached as http://127.0.0.1."""
    from fastapi.testclient import TestClient

    from bondlens.web.app import create_app

    with TestClient(create_app(settings, journal), base_url="http://127.0.0.1") as test_client:
        yield test_client
