"""The SQL for lens check-ins. Reached as ``Store.checkins`` inside a transaction;
every query is scoped to the store's account through the check-in's person."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date, datetime, timedelta

from bondlens.checkins import CheckIn
from bondlens.dates import when_from_str, when_to_str


class Checkins:
    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id

    def add(self, person_id: int, taken: CheckIn, now: str) -> int:
        """Store one check-in for a person of this account; return its id."""
        cur = self.conn.execute(
            "INSERT INTO checkin (person_id, taken, written)"
            " SELECT id, ?, ? FROM person WHERE id = ? AND account_id = ?",
            (when_to_str(taken.taken), now, person_id, self.account_id),
        )
        checkin_id = int(cur.lastrowid or 0)
        self._answers(checkin_id, taken.answers)
        return checkin_id

    def _answers(self, checkin_id: int, answers: Mapping[str, int]) -> None:
        self.conn.executemany(
            "INSERT INTO checkin_answer (checkin_id, marker, answer) VALUES (?, ?, ?)",
            [(checkin_id, marker, answer) for marker, answer in answers.items()],
        )

    def of_person(self, person_id: int) -> list[CheckIn]:
        """A person's check-ins, oldest first."""
        return self._checkins("c.person_id = ?", (person_id,))

    def between(self, since: date, until: date) -> list[CheckIn]:
        """Everyone's check-ins taken from ``since`` to ``until`` (whole days), oldest first."""
        return self._checkins(
            "c.taken >= ? AND c.taken < ?",
            (since.isoformat(), (until + timedelta(days=1)).isoformat()),
        )

    def _checkins(self, where: str, params: tuple[object, ...]) -> list[CheckIn]:
        rows = self.conn.execute(
            "SELECT c.id, c.taken, p.name, a.marker, a.answer FROM checkin c"
            " JOIN person p ON p.id = c.person_id"
            " LEFT JOIN checkin_answer a ON a.checkin_id = c.id"
            f" WHERE {where} AND p.account_id = ? ORDER BY c.taken, c.id",
            (*params, self.account_id),
        ).fetchall()
        found: dict[int, tuple[str, str, dict[str, int]]] = {}
        for checkin_id, taken, name, marker, answer in rows:
            answers = found.setdefault(int(checkin_id), (str(taken), str(name), {}))[2]
            if marker is not None:
                answers[str(marker)] = int(answer)
        return [
            CheckIn(taken=_moment(taken), answers=answers, person=name, id=checkin_id)
            for checkin_id, (taken, name, answers) in found.items()
        ]

    def delete(self, checkin_id: int, person_id: int | None = None) -> bool:
        """Remove one check-in of this account (of ``person_id`` only, when given) with its
        answers; whether a row went."""
        person = "" if person_id is None else " AND id = ?"
        cur = self.conn.execute(
            "DELETE FROM checkin WHERE id = ?"
            f" AND person_id IN (SELECT id FROM person WHERE account_id = ?{person})",
            (checkin_id, self.account_id, *(() if person_id is None else (person_id,))),
        )
        return cur.rowcount > 0


def _moment(text: str) -> datetime:
    value = when_from_str(text)
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
