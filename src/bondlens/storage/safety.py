"""The SQL for the safety plan (schema 5), reached as ``Store.safety`` inside a
transaction. Every query is scoped to the store's account."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from bondlens.safety_plan import SafetyPlan


class SafetyRows:
    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id

    def plan(self) -> SafetyPlan | None:
        """This account's plan, or None when it never saved one."""
        row = self.conn.execute(
            "SELECT updated FROM safety_plan WHERE account_id = ?", (self.account_id,)
        ).fetchone()
        if row is None:
            return None
        items: dict[str, tuple[str, ...]] = {}
        for section, text in self.conn.execute(
            "SELECT section, text FROM safety_item WHERE account_id = ? ORDER BY section, position",
            (self.account_id,),
        ):
            items[str(section)] = (*items.get(str(section), ()), str(text))
        return SafetyPlan(items, str(row[0]))

    def save(self, items: Mapping[str, tuple[str, ...]], now: str) -> None:
        """Replace the whole plan (the caller's transaction makes it all or nothing)."""
        self.conn.execute(
            "INSERT INTO safety_plan (account_id, updated) VALUES (?, ?)"
            " ON CONFLICT (account_id) DO UPDATE SET updated = excluded.updated",
            (self.account_id, now),
        )
        self.conn.execute("DELETE FROM safety_item WHERE account_id = ?", (self.account_id,))
        self.conn.executemany(
            "INSERT INTO safety_item (account_id, section, position, text) VALUES (?, ?, ?, ?)",
            [
                (self.account_id, section, position, text)
                for section, lines in items.items()
                for position, text in enumerate(lines, start=1)
            ],
        )
