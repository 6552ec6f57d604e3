"""The SQL for the care team (schema 6), reached as ``Store.care`` inside a
transaction. Every query is scoped to the store's account."""

from __future__ import annotations

import sqlite3

from bondlens.care_team import CareMember, Details

_COLUMNS = "id, name, kind, reach, status, notes, added, updated"


class CareRows:
    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id

    def members(self) -> list[CareMember]:
        """This account's care team, in the order it was added."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM care_member WHERE account_id = ? ORDER BY id",
            (self.account_id,),
        )
        return [_member(row) for row in rows]

    def member(self, member_id: int) -> CareMember | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM care_member WHERE id = ? AND account_id = ?",
            (member_id, self.account_id),
        ).fetchone()
        return None if row is None else _member(row)

    def count(self) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM care_member WHERE account_id = ?", (self.account_id,)
        ).fetchone()
        return int(row[0])

    def add(self, details: Details, now: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO care_member (account_id, name, kind, reach, status, notes, added,"
            " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (self.account_id, *_values(details), now, now),
        )
        return int(cur.lastrowid or 0)

    def update(self, member_id: int, details: Details, now: str) -> bool:
        cur = self.conn.execute(
            "UPDATE care_member SET name = ?, kind = ?, reach = ?, status = ?, notes = ?,"
            " updated = ? WHERE id = ? AND account_id = ?",
            (*_values(details), now, member_id, self.account_id),
        )
        return cur.rowcount > 0

    def remove(self, member_id: int) -> bool:
        cur = self.conn.execute(
            "DELETE FROM care_member WHERE id = ? AND account_id = ?",
            (member_id, self.account_id),
        )
        return cur.rowcount > 0


def _values(details: Details) -> tuple[str, str, str, str, str]:
    return (details.name, details.kind, details.reach, details.status, details.notes)


def _member(row: tuple[object, ...]) -> CareMember:
    name, kind, reach, status, notes, added, updated = (str(v) for v in row[1:])
    return CareMember(int(str(row[0])), name, kind, reach, status, notes, added, updated)
