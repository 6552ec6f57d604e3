"""The SQL for entries, bound to one account inside one transaction.

A ``Store`` is handed out by ``Database.read()`` / ``Database.write()``; it never
commits by itself. Every query is scoped to the store's account. The people's queries
come from ``PeopleSql`` (``storage/people.py``); the other parts of the journal are
reached through properties (``store.readings``, ``store.care``, ...).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bondlens.dates import when_from_str, when_to_str
from bondlens.entries import Entry, EntryFilter
from bondlens.storage import chunks
from bondlens.storage.people import PeopleSql

if TYPE_CHECKING:
    from bondlens.storage.care import CareRows
    from bondlens.storage.checkins import Checkins
    from bondlens.storage.lens import LensRows
    from bondlens.storage.path import PathRows
    from bondlens.storage.preferences import PreferenceRows
    from bondlens.storage.readings import Readings
    from bondlens.storage.safety import SafetyRows

_ENTRY_COLUMNS = (
    "e.id, e.text, e.happened, e.written, e.updated, e.safety, e.safe_text, e.unsafe_text, e.kind"
)
#: Below this many entries, a person's listing starts from their links (see ``entries``).
FEW_LINKS = 400


class Store(PeopleSql):
    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id

    @property
    def readings(self) -> Readings:
        """What the analysis engine found in this account's entries."""
        from bondlens.storage.readings import Readings  # not on the path of `add`

        return Readings(self.conn, self.account_id)

    @property
    def checkins(self) -> Checkins:
        """Lens check-ins about this account's people."""
        from bondlens.storage.checkins import Checkins  # not on the path of `add`

        return Checkins(self.conn, self.account_id)

    @property
    def lens(self) -> LensRows:
        """Entries as the bond lens and insights read them."""
        from bondlens.storage.lens import LensRows  # loads the lens's patterns: not for `add`

        return LensRows(self.conn, self.account_id)

    @property
    def path(self) -> PathRows:
        """The path's tools: reflections, shares, the workbook, nudges, giving."""
        from bondlens.storage.path import PathRows  # only the path's commands need it

        return PathRows(self.conn, self.account_id)

    @property
    def safety(self) -> SafetyRows:
        """The safety plan: one an account."""
        from bondlens.storage.safety import SafetyRows  # only the plan's commands need it

        return SafetyRows(self.conn, self.account_id)

    @property
    def care(self) -> CareRows:
        """The care team: the people and places that support this account's person."""
        from bondlens.storage.care import CareRows  # only the care team's commands need it

        return CareRows(self.conn, self.account_id)

    @property
    def preferences(self) -> PreferenceRows:
        """Small choices made in the app (the region for crisis lines), one value a key."""
        from bondlens.storage.preferences import PreferenceRows  # loaded on first use

        return PreferenceRows(self.conn, self.account_id)

    # --- accounts ------------------------------------------------------------------
    def ensure_account(self, name: str, now: str) -> int:
        row = self.conn.execute("SELECT id FROM account WHERE name = ?", (name,)).fetchone()
        if row:
            return int(row[0])
        cur = self.conn.execute("INSERT INTO account (name, created) VALUES (?, ?)", (name, now))
        return int(cur.lastrowid or 0)

    # --- entries -------------------------------------------------------------------
    def insert_entry(self, entry: Entry, person_ids: Sequence[int], now: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO entry (account_id, text, happened, written, updated, safety, safe_text,"
            " unsafe_text, kind) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                self.account_id,
                entry.text,
                when_to_str(entry.when),
                entry.written or now,
                entry.updated,
                entry.safety,
                entry.safe_text,
                entry.unsafe_text,
                entry.kind,
            ),
        )
        entry_id = int(cur.lastrowid or 0)
        self._link(entry_id, person_ids, entry.tags)
        return entry_id

    def insert_entries(self, rows: Iterable[tuple[Entry, Sequence[int]]], now: str) -> int:
        count = 0
        for entry, person_ids in rows:
            self.insert_entry(entry, person_ids, now)
            count += 1
        return count

    def update_entry(self, entry: Entry, person_ids: Sequence[int]) -> None:
        self.conn.execute(
            "UPDATE entry SET text = ?, happened = ?, updated = ?, safety = ?, safe_text = ?,"
            " unsafe_text = ?, kind = ? WHERE id = ? AND account_id = ?",
            (
                entry.text,
                when_to_str(entry.when),
                entry.updated,
                entry.safety,
                entry.safe_text,
                entry.unsafe_text,
                entry.kind,
                entry.id,
                self.account_id,
            ),
        )
        self.conn.execute("DELETE FROM entry_person WHERE entry_id = ?", (entry.id,))
        self.conn.execute("DELETE FROM entry_tag WHERE entry_id = ?", (entry.id,))
        self._link(int(entry.id or 0), person_ids, entry.tags)

    def delete_entry(self, entry_id: int) -> bool:
        # A done nudge's answer goes with the check_in entry it became (the schema would
        # only unlink it), so taking the entry back leaves no trace of it behind.
        self.conn.execute(
            "DELETE FROM nudge_answer WHERE entry_id IN"
            " (SELECT id FROM entry WHERE id = ? AND account_id = ?)",
            (entry_id, self.account_id),
        )
        cur = self.conn.execute(
            "DELETE FROM entry WHERE id = ? AND account_id = ?", (entry_id, self.account_id)
        )
        return cur.rowcount > 0

    def entry(self, entry_id: int) -> Entry | None:
        rows = self._entries(
            f"SELECT {_ENTRY_COLUMNS} FROM entry e WHERE e.id = ? AND e.account_id = ?",
            (entry_id, self.account_id),
        )
        return rows[0] if rows else None

    def entries(self, query: EntryFilter, person_id: int | None = None) -> list[Entry]:
        """Entries newest first. About one person, the plan depends on how often they appear.

        Someone in a few entries: start from their links and sort those few. Someone in
        many: walk the journal newest first and keep their entries, which finds a page of
        them long before the end.
        """
        if person_id is not None and self._links(person_id) <= FEW_LINKS:
            where, params = self._where(query, None)
            sql = (
                f"SELECT {_ENTRY_COLUMNS} FROM entry_person ep"
                " CROSS JOIN entry e ON e.id = ep.entry_id"
                f" WHERE ep.person_id = ? AND {where} ORDER BY e.happened DESC, e.id DESC"
            )
            params = [person_id, *params]
        else:
            where, params = self._where(query, person_id)
            sql = (
                f"SELECT {_ENTRY_COLUMNS} FROM entry e WHERE {where}"
                " ORDER BY e.happened DESC, e.id DESC"
            )
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        return self._entries(sql, params)

    def count(self, query: EntryFilter, person_id: int | None = None) -> int:
        if person_id is None:
            where, params = self._where(query, None)
            sql = f"SELECT count(*) FROM entry e WHERE {where}"
        else:  # counting someone's entries: their links are always the shorter walk
            where, params = self._where(query, None)
            sql = (
                "SELECT count(*) FROM entry_person ep CROSS JOIN entry e ON e.id = ep.entry_id"
                f" WHERE ep.person_id = ? AND {where}"
            )
            params = [person_id, *params]
        return int(self.conn.execute(sql, params).fetchone()[0])

    def entries_with_ids(self, entry_ids: Sequence[int]) -> list[Entry]:
        found: list[Entry] = []
        for chunk in chunks(entry_ids):
            found += self._entries(
                # "+" keeps the planner on the ids: the account's index would walk them all
                f"SELECT {_ENTRY_COLUMNS} FROM entry e WHERE +e.account_id = ?"
                f" AND e.id IN ({','.join('?' * len(chunk))})",
                (self.account_id, *chunk),
            )
        return found

    def ids(self, query: EntryFilter, person_id: int | None = None) -> list[int]:
        """The ids of every entry the filter selects (its limit is ignored)."""
        where, params = self._where(query, person_id)
        return [
            int(r[0]) for r in self.conn.execute(f"SELECT e.id FROM entry e WHERE {where}", params)
        ]

    def _links(self, person_id: int) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM entry_person WHERE person_id = ?", (person_id,)
        ).fetchone()
        return int(row[0])

    def search(self, match: str, query: EntryFilter, person_id: int | None = None) -> list[Entry]:
        """Entries matching an FTS5 expression and the filter, best matches first.

        CROSS JOIN keeps the full-text index as the outer loop: left to itself the planner
        may walk every entry and test each one against the index, which takes seconds.
        """
        where, params = self._where(query, person_id)
        sql = (
            f"SELECT {_ENTRY_COLUMNS} FROM entry_fts f CROSS JOIN entry e ON e.id = f.rowid"
            f" WHERE entry_fts MATCH ? AND {where} ORDER BY f.rank, e.happened DESC"
        )
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        return self._entries(sql, [match, *params])

    def count_matches(self, match: str, query: EntryFilter, person_id: int | None = None) -> int:
        where, params = self._where(query, person_id)
        row = self.conn.execute(
            "SELECT count(*) FROM entry_fts f CROSS JOIN entry e ON e.id = f.rowid"
            f" WHERE entry_fts MATCH ? AND {where}",
            [match, *params],
        ).fetchone()
        return int(row[0])

    def safety_points(self, person_id: int) -> list[tuple[str, int]]:
        """(when, safety) of every rated entry about one person, oldest first."""
        rows = self.conn.execute(
            "SELECT e.happened, e.safety FROM entry_person ep"
            " CROSS JOIN entry e ON e.id = ep.entry_id"
            " WHERE ep.person_id = ? AND e.account_id = ? AND e.safety IS NOT NULL"
            " ORDER BY e.happened",
            (person_id, self.account_id),
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use, with how many entries carry it, most used first."""
        rows = self.conn.execute(
            "SELECT t.tag, count(*) FROM entry_tag t JOIN entry e ON e.id = t.entry_id"
            " WHERE e.account_id = ? GROUP BY t.tag ORDER BY count(*) DESC, t.tag",
            (self.account_id,),
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def all_entries(self) -> Iterator[Entry]:
        """Every entry, oldest first (for export), fetched in pages."""
        last: tuple[str, int] = ("", 0)
        while True:
            page = self._entries(
                f"SELECT {_ENTRY_COLUMNS} FROM entry e WHERE e.account_id = ?"
                " AND (e.happened, e.id) > (?, ?) ORDER BY e.happened, e.id LIMIT 2000",
                (self.account_id, *last),
            )
            yield from page
            if len(page) < 2000:
                return
            last = (when_to_str(page[-1].when), int(page[-1].id or 0))

    def fingerprints(self) -> set[tuple[str, str, str]]:
        """(when, written, text) of every entry, to notice an import done twice."""
        return {
            (row[0], row[1], row[2])
            for row in self.conn.execute(
                "SELECT happened, written, text FROM entry WHERE account_id = ?", (self.account_id,)
            )
        }

    # --- helpers -------------------------------------------------------------------
    def _link(self, entry_id: int, person_ids: Sequence[int], tags: Sequence[str]) -> None:
        if person_ids:
            self.conn.executemany(
                "INSERT INTO entry_person (entry_id, person_id, position) VALUES (?, ?, ?)",
                [(entry_id, pid, pos) for pos, pid in enumerate(person_ids)],
            )
        if tags:
            self.conn.executemany(
                "INSERT INTO entry_tag (entry_id, tag, position) VALUES (?, ?, ?)",
                [(entry_id, tag, pos) for pos, tag in enumerate(tags)],
            )

    def _where(self, query: EntryFilter, person_id: int | None) -> tuple[str, list[Any]]:
        clauses = ["e.account_id = ?"]
        params: list[Any] = [self.account_id]
        if person_id is not None:
            clauses.append(
                "EXISTS (SELECT 1 FROM entry_person ep WHERE ep.entry_id = e.id"
                " AND ep.person_id = ?)"
            )
            params.append(person_id)
        if query.since is not None:
            clauses.append("e.happened >= ?")
            params.append(query.since.isoformat())
        if query.until is not None:
            clauses.append("e.happened < ?")
            params.append((query.until + timedelta(days=1)).isoformat())
        for tag in query.tags:
            clauses.append("e.id IN (SELECT entry_id FROM entry_tag WHERE tag = ?)")
            params.append(tag)
        if query.kind is not None:
            clauses.append("e.kind = ?")
            params.append(query.kind)
        return " AND ".join(clauses), params

    def _entries(self, sql: str, params: Sequence[Any]) -> list[Entry]:
        rows = self.conn.execute(sql, params).fetchall()
        if not rows:
            return []
        ids = [row[0] for row in rows]
        people: dict[int, list[str]] = {}
        tags: dict[int, list[str]] = {}
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            for entry_id, name in self.conn.execute(
                "SELECT ep.entry_id, p.name FROM entry_person ep JOIN person p"
                f" ON p.id = ep.person_id WHERE ep.entry_id IN ({marks})"
                " ORDER BY ep.entry_id, ep.position",
                chunk,
            ):
                people.setdefault(entry_id, []).append(name)
            for entry_id, tag in self.conn.execute(
                f"SELECT entry_id, tag FROM entry_tag WHERE entry_id IN ({marks})"
                " ORDER BY entry_id, position",
                chunk,
            ):
                tags.setdefault(entry_id, []).append(tag)
        return [
            Entry(
                id=row[0],
                text=row[1],
                when=when_from_str(row[2]),
                written=row[3],
                updated=row[4],
                safety=row[5],
                safe_text=row[6],
                unsafe_text=row[7],
                kind=row[8],
                people=tuple(people.get(row[0], ())),
                tags=tuple(tags.get(row[0], ())),
            )
            for row in rows
        ]
