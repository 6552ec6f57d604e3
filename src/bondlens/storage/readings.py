"""The SQL for readings: what the analysis engine found in entries, and verdicts on it.

Reached as ``Store.readings`` inside a transaction; every query is scoped to the
store's account through the entry it belongs to.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from bondlens.findings import Finding, Reading, StoredCrisis
from bondlens.storage import chunks

#: (entry id, text, safe text, unsafe text) of an entry waiting to be read.
Unread = tuple[int, str, str, str]


class Readings:
    def __init__(self, conn: sqlite3.Connection, account_id: int) -> None:
        self.conn = conn
        self.account_id = account_id

    def unread(self, reader: str, limit: int, after: int = 0) -> list[Unread]:
        """Entries never read, or read by a different reader, oldest id first."""
        rows = self.conn.execute(
            "SELECT e.id, e.text, e.safe_text, e.unsafe_text FROM entry e"
            " LEFT JOIN entry_reading r ON r.entry_id = e.id"
            " WHERE e.account_id = ? AND e.id > ? AND (r.reader IS NULL OR r.reader != ?)"
            " ORDER BY e.id LIMIT ?",
            (self.account_id, after, reader, limit),
        ).fetchall()
        return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def words(self, entry_ids: Sequence[int]) -> list[Unread]:
        """(id, text, safe text, unsafe text) of these entries, as they are now."""
        return [
            (int(r[0]), str(r[1]), str(r[2]), str(r[3]))
            for chunk in chunks(entry_ids)
            for r in self.conn.execute(
                "SELECT id, text, safe_text, unsafe_text FROM entry"
                f" WHERE +account_id = ? AND id IN ({_marks(chunk)})",
                (self.account_id, *chunk),
            )
        ]

    def count_unread(self, reader: str) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM entry e LEFT JOIN entry_reading r ON r.entry_id = e.id"
            " WHERE e.account_id = ? AND (r.reader IS NULL OR r.reader != ?)",
            (self.account_id, reader),
        ).fetchone()
        return int(row[0])

    def save(self, reading: Reading, reader: str, now: str) -> None:
        """Replace whatever an earlier reading of this entry found."""
        self.conn.execute("DELETE FROM entry_finding WHERE entry_id = ?", (reading.entry_id,))
        self.conn.execute(
            "INSERT OR REPLACE INTO entry_reading (entry_id, reader, read_at, crisis, vector)"
            " VALUES (?, ?, ?, ?, ?)",
            (reading.entry_id, reader, now, _crisis_json(reading), reading.vector),
        )
        self.conn.executemany(
            "INSERT INTO entry_finding (entry_id, kind, label, score, quote) VALUES (?,?,?,?,?)",
            [(reading.entry_id, f.kind, f.label, f.score, f.quote) for f in reading.findings],
        )

    def forget(self) -> None:
        mine = "SELECT id FROM entry WHERE account_id = ?"
        self.conn.execute(
            f"DELETE FROM entry_finding WHERE entry_id IN ({mine})", (self.account_id,)
        )
        self.conn.execute(
            f"DELETE FROM entry_reading WHERE entry_id IN ({mine})", (self.account_id,)
        )

    def is_read(self, entry_id: int, reader: str) -> bool:
        """Whether ``reader`` has read the entry as it is now (another reader's reading,
        from before a model change, leaves it waiting)."""
        row = self.conn.execute(
            "SELECT 1 FROM entry_reading r JOIN entry e ON e.id = r.entry_id"
            " WHERE r.entry_id = ? AND e.account_id = ? AND r.reader = ?",
            (entry_id, self.account_id, reader),
        ).fetchone()
        return row is not None

    def crisis(self, entry_id: int, reader: str) -> StoredCrisis | None:
        """The crisis ``reader`` found in the entry as it is now; None when that reader
        has not read it (an edit forgets the reading, see ``entry_reading_stale``)."""
        row = self.conn.execute(
            "SELECT r.crisis FROM entry_reading r JOIN entry e ON e.id = r.entry_id"
            " WHERE r.entry_id = ? AND e.account_id = ? AND r.reader = ?",
            (entry_id, self.account_id, reader),
        ).fetchone()
        return None if row is None else _stored_crisis(json.loads(row[0]))

    def found(self, entry_ids: Sequence[int]) -> list[Finding]:
        """What the reader found in these entries (without verdicts)."""
        return [
            Finding(int(r[0]), str(r[1]), str(r[2]), float(r[3]), r[4])
            for chunk in chunks(entry_ids)
            for r in self.conn.execute(
                "SELECT entry_id, kind, label, score, quote FROM entry_finding"
                f" WHERE entry_id IN ({_marks(chunk)})",
                chunk,
            )
        ]

    def verdicts(self, entry_ids: Sequence[int]) -> list[Finding]:
        """The person's verdicts on these entries, as findings with no score."""
        return [
            Finding(int(r[0]), str(r[1]), str(r[2]), verdict=str(r[3]))
            for chunk in chunks(entry_ids)
            for r in self.conn.execute(
                "SELECT entry_id, kind, label, verdict FROM finding_verdict"
                f" WHERE entry_id IN ({_marks(chunk)})",
                chunk,
            )
        ]

    def set_verdict(
        self, entry_id: int, kind: str, label: str, verdict: str | None, now: str
    ) -> None:
        if verdict is None:
            self.conn.execute(
                "DELETE FROM finding_verdict WHERE entry_id = ? AND kind = ? AND label = ?",
                (entry_id, kind, label),
            )
            return
        self.conn.execute(
            "INSERT OR REPLACE INTO finding_verdict (entry_id, kind, label, verdict, decided)"
            " VALUES (?, ?, ?, ?, ?)",
            (entry_id, kind, label, verdict, now),
        )

    def vectors(self) -> Iterator[tuple[int, bytes]]:
        """(entry id, vector bytes) of every read entry of the account."""
        for row in self.conn.execute(
            "SELECT r.entry_id, r.vector FROM entry_reading r JOIN entry e ON e.id = r.entry_id"
            " WHERE e.account_id = ? ORDER BY r.entry_id",
            (self.account_id,),
        ):
            yield int(row[0]), bytes(row[1])


def _crisis_json(reading: Reading) -> str:
    """The crisis column: the kinds found and the sentences that raised them."""
    return json.dumps({"kinds": list(reading.crisis), "quotes": list(reading.crisis_quotes)})


def _stored_crisis(value: Any) -> StoredCrisis:
    """The crisis column read back (the JSON of :func:`_crisis_json`)."""
    if isinstance(value, list):  # stored before the sentences were kept: kinds only
        return StoredCrisis(tuple(map(str, value)), None)
    return StoredCrisis(tuple(map(str, value["kinds"])), tuple(map(str, value["quotes"])))


def _marks(chunk: Sequence[int]) -> str:
    return ",".join("?" * len(chunk))
