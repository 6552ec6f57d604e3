"""Versioned schema migrations: numbered SQL files applied in order, each in one transaction.

A database made by any earlier release upgrades in place when it is opened. A database
made by a newer release is refused untouched rather than guessed at.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import resources

from bondlens import messages
from bondlens.dates import utc_now
from bondlens.errors import StorageError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    """Every migration shipped with this release, oldest first."""
    folder = resources.files("bondlens.storage") / "migrations"
    found = []
    for item in folder.iterdir():
        stem, _, suffix = item.name.partition(".")
        if suffix != "sql" or not stem[:4].isdigit():
            continue
        found.append(Migration(int(stem[:4]), stem[5:], item.read_text("utf-8")))
    return sorted(found, key=lambda m: m.version)


def head() -> int:
    return max(m.version for m in available())


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
