"""The SQL for people, bound to one account inside one transaction.

``PeopleSql`` is a part of ``Store`` (``storage/repository.py``), which inherits it, so
the service layer calls ``store.person(name)`` and the like; it never commits by itself.
Every query is scoped to the store's account.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from bondlens.dates import when_from_str
from bondlens.people import Person, PersonSummary, name_key
from bondlens.storage import chunks

PERSON_COLUMNS = (
    "id, name, relationship, origin, notes, safe, triggers, boundaries, ended_on, created"
)


class PeopleSql:
    conn: sqlite3.Connection
    account_id: int

    # --- people --------------------------------------------------------------------
    def person(self, name: str) -> Person | None:
        row = self.conn.execute(
            f"SELECT {PERSON_COLUMNS} FROM person WHERE account_id = ? AND name_key = ?",
            (self.account_id, name_key(name)),
        ).fetchone()
        return _person(row) if row else None

    def people_by_key(self, names: Iterable[str]) -> dict[str, Person]:
        keys = list(dict.fromkeys(name_key(n) for n in names))
        found: dict[str, Person] = {}
        for chunk in chunks(keys):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT {PERSON_COLUMNS} FROM person WHERE account_id = ? "
                f"AND name_key IN ({marks})",
                (self.account_id, *chunk),
            ):
                person = _person(row)
                found[person.key] = person
        return found

    def insert_person(self, person: Person, now: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO person (account_id, name, name_key, relationship, origin, notes, safe,"
            " triggers, boundaries, ended_on, created) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (self.account_id, *_person_values(person), person.created or now),
        )
        return int(cur.lastrowid or 0)

    def update_person(self, person: Person) -> None:
        self.conn.execute(
            "UPDATE person SET name = ?, name_key = ?, relationship = ?, origin = ?, notes = ?,"
            " safe = ?, triggers = ?, boundaries = ?, ended_on = ?"
            " WHERE id = ? AND account_id = ?",
            (*_person_values(person), person.id, self.account_id),
        )

    def delete_person(self, person_id: int) -> None:
        self.conn.execute(
            "DELETE FROM person WHERE id = ? AND account_id = ?", (person_id, self.account_id)
        )

    def names(self) -> list[str]:
        """Everyone's name, in alphabetical order (cheap: for pickers and filters)."""
        rows = self.conn.execute(
            "SELECT name FROM person WHERE account_id = ? ORDER BY name_key", (self.account_id,)
        )
        return [str(r[0]) for r in rows]

    def people(self) -> list[PersonSummary]:
        rows = self.conn.execute(
            "SELECT p.id, p.name, p.relationship, p.origin, p.notes, p.safe, p.triggers,"
            " p.boundaries, p.ended_on, p.created, count(ep.entry_id), max(e.happened)"
            " FROM person p LEFT JOIN entry_person ep ON ep.person_id = p.id"
            " LEFT JOIN entry e ON e.id = ep.entry_id"
            " WHERE p.account_id = ? GROUP BY p.id ORDER BY p.name_key",
            (self.account_id,),
        ).fetchall()
        return [
            PersonSummary(
                _person(row[:10]), int(row[10]), when_from_str(row[11]) if row[11] else None
            )
            for row in rows
        ]

    def person_by_id(self, person_id: int) -> Person | None:
        row = self.conn.execute(
            f"SELECT {PERSON_COLUMNS} FROM person WHERE account_id = ? AND id = ?",
            (self.account_id, person_id),
        ).fetchone()
        return _person(row) if row else None


def _person(row: Sequence[Any]) -> Person:
    return Person(
        id=row[0],
        name=row[1],
        relationship=row[2],
        origin=row[3],
        notes=row[4],
        safe=bool(row[5]),
        triggers=tuple(json.loads(row[6])),
        boundaries=tuple(json.loads(row[7])),
        ended_on=date.fromisoformat(row[8]) if row[8] else None,
        created=row[9],
    )


def _person_values(person: Person) -> tuple[Any, ...]:
    return (
        person.name,
        person.key,
        person.relationship,
        person.origin,
        person.notes,
        int(person.safe),
        json.dumps(list(person.triggers), ensure_ascii=False),
        json.dumps(list(person.boundaries), ensure_ascii=False),
        person.ended_on.isoformat() if person.ended_on else None,
    )
