"""The SQL for the path (schema 4): safe-person reflections, micro-shares, the beliefs
workbook, answers to nudges and how giving left the person.

Reached as ``Store.path`` inside a transaction. Every query is scoped to the store's
account, directly or through the row's person or entry.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from bondlens.dates import when_from_str, when_to_str
from bondlens.giving import Given
from bondlens.nudges import Answer
from bondlens.safe_person import Reflection
from bondlens.sharing import Share
from bondlens.workbook import Counter, Strength

_MINE = "SELECT id FROM person WHERE account_id = ?"


class PathRows:
    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id

    # --- step 1: safe-person reflections ------------------------------------------
    def add_reflection(self, person_id: int, item: Reflection, now: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO safe_reflection (person_id, taken, written)"
            " SELECT id, ?, ? FROM person WHERE id = ? AND account_id = ?",
            (when_to_str(item.taken), now, person_id, self.account_id),
        )
        ident = int(cur.lastrowid or 0)
        self._ratings(ident, item.ratings)
        return ident

    def _ratings(self, ident: int, ratings: Mapping[str, int]) -> None:
        self.conn.executemany(
            "INSERT INTO safe_rating (reflection_id, criterion, rating) VALUES (?, ?, ?)",
            [(ident, c, r) for c, r in ratings.items()],
        )

    def reflections(self, person_id: int | None = None) -> list[Reflection]:
        """Reflections about one person (or everyone), oldest first."""
        where, params = _person_filter(person_id, self.account_id)
        rows = self.conn.execute(
            "SELECT s.id, s.taken, p.name, r.criterion, r.rating FROM safe_reflection s"
            " JOIN person p ON p.id = s.person_id"
            " LEFT JOIN safe_rating r ON r.reflection_id = s.id"
            f" WHERE {where} ORDER BY s.taken, s.id",
            params,
        ).fetchall()
        found: dict[int, tuple[str, str, dict[str, int]]] = {}
        for ident, taken, name, criterion, rating in rows:
            ratings = found.setdefault(int(ident), (str(taken), str(name), {}))[2]
            if criterion is not None:
                ratings[str(criterion)] = int(rating)
        return [
            Reflection(_moment(taken), ratings, name, ident)
            for ident, (taken, name, ratings) in found.items()
        ]

    def delete_reflection(self, ident: int, person_id: int | None = None) -> bool:
        """Remove one reflection of this account (about ``person_id`` only, when given)
        with its ratings; whether a row went."""
        where, params = _person_filter(person_id, self.account_id)
        cur = self.conn.execute(
            "DELETE FROM safe_reflection WHERE id = ?"
            f" AND person_id IN (SELECT p.id FROM person p WHERE {where})",
            (ident, *params),
        )
        return cur.rowcount > 0

    # --- step 2: micro-shares ---------------------------------------------------------
    def add_share(self, entry_id: int, person_id: int, item: Share) -> None:
        self.conn.execute(
            "INSERT INTO micro_share (entry_id, person_id, size, response, felt, note)"
            " SELECT e.id, ?, ?, ?, ?, ? FROM entry e WHERE e.id = ? AND e.account_id = ?",
            (
                person_id,
                item.size,
                item.response,
                item.felt,
                item.note,
                entry_id,
                self.account_id,
            ),
        )

    def shares(self, person_id: int | None = None) -> list[Share]:
        """Shares with one person (or everyone), oldest first."""
        where, params = _person_filter(person_id, self.account_id)
        rows = self.conn.execute(
            "SELECT p.name, m.size, m.response, m.felt, e.happened, m.note, m.entry_id"
            " FROM micro_share m JOIN person p ON p.id = m.person_id"
            " JOIN entry e ON e.id = m.entry_id"
            f" WHERE {where} ORDER BY e.happened, e.id",
            params,
        ).fetchall()
        return [
            Share(str(r[0]), str(r[1]), str(r[2]), int(r[3]), when_from_str(r[4]), r[5], r[6])
            for r in rows
        ]

    # --- step 3: the beliefs workbook -------------------------------------------------
    def counters(self) -> list[Counter]:
        rows = self.conn.execute(
            "SELECT belief, counter, pinned FROM belief_counter WHERE account_id = ?",
            (self.account_id,),
        ).fetchall()
        return [Counter(str(r[0]), str(r[1]), bool(r[2])) for r in rows]

    def set_counter(self, belief: str, text: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO belief_counter (account_id, belief, counter, updated)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (account_id, belief)"
            " DO UPDATE SET counter = excluded.counter, updated = excluded.updated",
            (self.account_id, belief, text, now),
        )

    def delete_counter(self, belief: str) -> bool:
        """Remove my counter-belief to ``belief`` (and its pin); whether there was one."""
        cur = self.conn.execute(
            "DELETE FROM belief_counter WHERE account_id = ? AND belief = ?",
            (self.account_id, belief),
        )
        return cur.rowcount > 0

    def pin(self, belief: str | None) -> None:
        """Pin this belief's counter-belief (None: pin nothing); one at most is pinned."""
        self.conn.execute(
            "UPDATE belief_counter SET pinned = 0 WHERE account_id = ? AND pinned = 1",
            (self.account_id,),
        )
        if belief is not None:
            self.conn.execute(
                "UPDATE belief_counter SET pinned = 1 WHERE account_id = ? AND belief = ?",
                (self.account_id, belief),
            )

    def add_strength(self, item: Strength, now: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO belief_strength (account_id, belief, taken, strength, counter, written)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                self.account_id,
                item.belief,
                when_to_str(item.taken),
                item.strength,
                item.counter,
                now,
            ),
        )
        return int(cur.lastrowid or 0)

    def strengths(self) -> list[Strength]:
        """Every strength rating of the account, oldest first."""
        rows = self.conn.execute(
            "SELECT belief, taken, strength, counter, id FROM belief_strength"
            " WHERE account_id = ? ORDER BY taken, id",
            (self.account_id,),
        ).fetchall()
        return [Strength(str(r[0]), _moment(r[1]), r[2], r[3], int(r[4])) for r in rows]

    def delete_strength(self, ident: int, belief: str | None = None) -> bool:
        """Remove one strength rating of this account (of ``belief`` only, when given);
        whether a row went."""
        of_belief = "" if belief is None else " AND belief = ?"
        cur = self.conn.execute(
            f"DELETE FROM belief_strength WHERE id = ? AND account_id = ?{of_belief}",
            (ident, self.account_id, *(() if belief is None else (belief,))),
        )
        return cur.rowcount > 0

    def belief_entries(self) -> list[int]:
        """Ids of entries with a belief found in them or said about them, oldest first."""
        rows = self.conn.execute(
            "SELECT e.id FROM entry e WHERE e.account_id = ? AND (EXISTS (SELECT 1 FROM"
            " entry_finding f WHERE f.entry_id = e.id AND f.kind = 'belief') OR EXISTS"
            " (SELECT 1 FROM finding_verdict v WHERE v.entry_id = e.id AND v.kind = 'belief'))"
            " ORDER BY e.happened, e.id",
            (self.account_id,),
        ).fetchall()
        return [int(r[0]) for r in rows]

    # --- step 4: answers to nudges ----------------------------------------------------
    def add_answer(self, item: Answer, entry_id: int | None, now: str) -> None:
        self.conn.execute(
            "INSERT INTO nudge_answer (person_id, action, day, answer, entry_id, written)"
            " SELECT id, ?, ?, ?, ?, ? FROM person WHERE id = ? AND account_id = ?",
            (
                item.action,
                item.day.isoformat(),
                item.answer,
                entry_id,
                now,
                item.person_id,
                self.account_id,
            ),
        )

    def answers(self, since: date) -> list[Answer]:
        rows = self.conn.execute(
            "SELECT person_id, action, day, answer FROM nudge_answer"
            f" WHERE person_id IN ({_MINE}) AND day >= ? ORDER BY day, id",
            (self.account_id, since.isoformat()),
        ).fetchall()
        return [Answer(int(r[0]), str(r[1]), date.fromisoformat(r[2]), str(r[3])) for r in rows]

    # --- step 7: how giving left me ---------------------------------------------------
    def add_left(self, entry_id: int, left: str) -> None:
        self.conn.execute(
            "INSERT INTO support_left (entry_id, left_me)"
            " SELECT id, ? FROM entry WHERE id = ? AND account_id = ?",
            (left, entry_id, self.account_id),
        )

    def gives(self) -> list[Given]:
        """Support given with how it left the person, about the entry's first person."""
        rows = self.conn.execute(
            "SELECT p.name, e.text, s.left_me, e.happened, e.id FROM support_left s"
            " JOIN entry e ON e.id = s.entry_id"
            " JOIN entry_person ep ON ep.entry_id = e.id AND ep.position = 0"
            " JOIN person p ON p.id = ep.person_id"
            " WHERE e.account_id = ? ORDER BY e.happened, e.id",
            (self.account_id,),
        ).fetchall()
        return [
            Given(str(r[0]), str(r[1]), str(r[2]), when_from_str(r[3]), int(r[4])) for r in rows
        ]


def _person_filter(person_id: int | None, account_id: int) -> tuple[str, list[Any]]:
    if person_id is None:
        return "p.account_id = ?", [account_id]
    return "p.account_id = ? AND p.id = ?", [account_id, person_id]


def _moment(text: str) -> datetime:
    value = when_from_str(text)
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
