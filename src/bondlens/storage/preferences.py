"""The SQL for preferences (schema 7), reached as ``Store.preferences`` inside a
transaction: small choices made in the app, one value a key, scoped to the account.

``peek`` reads one value without opening a journal, for ``bondlens analyze``: it never
creates, upgrades or locks the file.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from bondlens.storage.location import sqlite_path


class PreferenceRows:
    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id

    def get(self, key: str) -> str | None:
        """The stored value, or None when nothing was chosen."""
        row = self.conn.execute(
            "SELECT value FROM preference WHERE account_id = ? AND key = ?",
            (self.account_id, key),
        ).fetchone()
        return None if row is None else str(row[0])

    def set(self, key: str, value: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO preference (account_id, key, value, updated) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (account_id, key) DO UPDATE"
            " SET value = excluded.value, updated = excluded.updated",
            (self.account_id, key, value, now),
        )

    def remove(self, key: str) -> bool:
        """Forget a choice; False when there was none."""
        cur = self.conn.execute(
            "DELETE FROM preference WHERE account_id = ? AND key = ?", (self.account_id, key)
        )
        return cur.rowcount > 0


def peek(url: str, account: str, key: str) -> str | None:
    """One account's value in the journal at ``url``, read without opening the journal.

    None when the file does not exist (it is never created), predates preferences
    (schema 6 or older: nothing can have been chosen) or cannot be read; the caller then
    falls back to its default. Opened read-write but only read, so SQLite tidies the WAL
    files away on closing, as it would for any reader.
    """
    path = sqlite_path(url)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    with closing(conn):
        try:
            row = conn.execute(
                "SELECT p.value FROM preference p JOIN account a ON a.id = p.account_id"
                " WHERE a.name = ? AND p.key = ?",
                (account, key),
            ).fetchone()
        except sqlite3.Error:  # no preference table yet, or not a journal at all
            return None
    return None if row is None else str(row[0])
