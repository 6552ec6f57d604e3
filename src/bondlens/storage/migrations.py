"""Versioned schema migrations: numbered SQL files applied in order, each in one transaction.

A database made by any earlier release upgrades in place when it is opened. A database
made by a newer release is refused untouched rather than guessed at.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bondlens import messages
from bondlens.dates import utc_now
from bondlens.errors import StorageError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


#: The numbered SQL files, shipped as package data beside this module. A plain path
#: rather than importlib.resources, whose import costs more than a whole ``add``'s
#: database work (see docs/performance.md).
FOLDER = Path(__file__).with_name("migrations")


def _files() -> list[tuple[int, str, str]]:
    """(version, name, file name) of every migration file, oldest first."""
    found = []
    for filename in os.listdir(FOLDER):
        stem, _, suffix = filename.partition(".")
        if suffix == "sql" and stem[:4].isdigit():
            found.append((int(stem[:4]), stem[5:], filename))
    return sorted(found)


def available() -> list[Migration]:
    """Every migration shipped with this release, oldest first."""
    return [
        Migration(version, name, (FOLDER / filename).read_text("utf-8"))
        for version, name, filename in _files()
    ]


def head() -> int:
    """The newest schema version this release knows (from the file names: no SQL is read)."""
    return _files()[-1][0]


def current(conn: sqlite3.Connection) -> int:
    """The schema version of an open database (0 for a brand-new file)."""
    try:
        row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0] or 0)


def upgrade(conn: sqlite3.Connection, *, target: int | None = None) -> list[int]:
    """Bring the database up to ``target`` (default: the newest); return what was applied."""
    steps = available()
    target = steps[-1].version if target is None else target
    applied: list[int] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"
        )
        version = current(conn)
        known = steps[-1].version
        if version > known:
            raise StorageError(messages.DB_TOO_NEW.format(found=version, known=known))
        for step in steps:
            if version < step.version <= target:
                for statement in _statements(step.sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)",
                    (step.version, step.name, utc_now()),
                )
                applied.append(step.version)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; trigger bodies keep their inner semicolons."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer:
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
