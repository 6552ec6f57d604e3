"""The SQL behind the bond lens and insights: entries as lens moments, in a few queries.

Reached as ``Store.lens``. Rather than building full entries and merging findings in
Python, it reads only what the lens uses (day, safety, kind, people, tags) and the
markers and emotions that count as evidence, with the person's verdicts applied the way
``findings.merged`` applies them: a dismissed finding is left out, a confirmed one is
kept even when the reader no longer finds it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from bondlens.patterns import Moment


class LensRows:
    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id

    def moments(self, person_id: int | None = None) -> list[Moment]:
        """Every entry of the account (or about one person) as a moment, oldest first."""
        where = "e.account_id = ?"
        params: list[Any] = [self.account_id]
        if person_id is not None:
            where += " AND e.id IN (SELECT entry_id FROM entry_person WHERE person_id = ?)"
            params.append(person_id)
        base = self.conn.execute(
            f"SELECT e.id, e.happened, e.safety, e.kind FROM entry e WHERE {where}"
            " ORDER BY e.happened, e.id",
            params,
        ).fetchall()
        people = self._grouped(
            "SELECT ep.entry_id, p.name FROM entry e JOIN entry_person ep ON ep.entry_id = e.id"
            f" JOIN person p ON p.id = ep.person_id WHERE {where}"
            " ORDER BY ep.entry_id, ep.position",
            params,
        )
        tags = self._grouped(
            "SELECT t.entry_id, t.tag FROM entry e JOIN entry_tag t ON t.entry_id = e.id"
            f" WHERE {where} ORDER BY t.entry_id, t.position",
            params,
        )
        signs: dict[int, set[str]] = {}
        emotions: dict[int, set[str]] = {}
        confirmed: dict[int, set[str]] = {}
        for entry_id, kind, label, verdict in self.conn.execute(
            "SELECT f.entry_id, f.kind, f.label, v.verdict FROM entry e"
            " JOIN entry_finding f ON f.entry_id = e.id"
            " LEFT JOIN finding_verdict v ON v.entry_id = f.entry_id AND v.kind = f.kind"
            " AND v.label = f.label"
            f" WHERE {where} AND f.kind != 'belief'"
            " AND (v.verdict IS NULL OR v.verdict = 'confirmed')"
            " UNION ALL SELECT v.entry_id, v.kind, v.label, v.verdict FROM entry e"
            " JOIN finding_verdict v ON v.entry_id = e.id"
            f" WHERE {where} AND v.kind != 'belief' AND v.verdict = 'confirmed'",
            params + params,
        ):
            (signs if kind == "marker" else emotions).setdefault(entry_id, set()).add(label)
            if verdict == "confirmed" and kind == "marker":
                confirmed.setdefault(entry_id, set()).add(label)
        empty: frozenset[str] = frozenset()
        return [
            Moment(
                id=ident,
                day=date.fromisoformat(happened[:10]),
                safety=safety,
                kind=kind,
                tags=tags.get(ident, ()),
                signs=frozenset(signs[ident]) if ident in signs else empty,
                confirmed=frozenset(confirmed[ident]) if ident in confirmed else empty,
                emotions=frozenset(emotions[ident]) if ident in emotions else empty,
                people=people.get(ident, ()),
            )
            for ident, happened, safety, kind in base
        ]

    def _grouped(self, sql: str, params: list[Any]) -> dict[int, tuple[str, ...]]:
        found: dict[int, list[str]] = {}
        for entry_id, value in self.conn.execute(sql, params):
            found.setdefault(entry_id, []).append(value)
        return {k: tuple(v) for k, v in found.items()}
