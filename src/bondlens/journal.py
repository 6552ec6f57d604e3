"""The service layer: the one write path for the CLI and the web app alike.

Adapters parse input, call a ``Journal`` method and render what it returns. Every
change goes through ``Database.write()``, so it is atomic: it all happens or none of it.
``Journal`` holds people, entries and readings; the services beside it (``lens_service``,
``exchange_service``, ``care_service``, ``safety_service``, ...) are functions over a
``Journal`` for the rest, written the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar, cast

from bondlens import entries as entry_rules
from bondlens import messages
from bondlens import people as people_rules
from bondlens.config import Settings
from bondlens.dates import utc_now
from bondlens.entries import Entry, EntryChanges, EntryFilter
from bondlens.errors import Conflict, InvalidInput, NotFound, StorageError
from bondlens.people import Person, PersonChanges, PersonSummary, name_key
from bondlens.storage import Database, Store

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from bondlens.findings import Finding, Reading, StoredCrisis

#: How many summaries (counts, tag lists, lenses, ...) are remembered between writes: a
#: few per person, so a journal with a hundred people or more still keeps them all.
MEMO_SIZE = 1024
T = TypeVar("T")


@dataclass(frozen=True)
class Saved:
    """An entry as stored, and the names of people created on the way."""

    entry: Entry
    new_people: tuple[str, ...] = ()


class Journal:
    def __init__(self, settings: Settings, database: Database | None = None) -> None:
        self.settings = settings
        self.db = database or Database(settings)
        self._memo: dict[Hashable, tuple[tuple[int, int], Any]] = {}

    def remember(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A summary computed once per state of the journal (any write forgets it).

        Adapters may use it too, for views derived only from the journal's content.
        """
        generation = self.db.generation()
        hit = self._memo.get(key)
        if hit is not None and hit[0] == generation:
            return cast(T, hit[1])
        value = compute()
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = (generation, value)
        return value

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- people --------------------------------------------------------------------
    def add_person(self, person: Person) -> Person:
        person = people_rules.validated(person)
        with self.db.write() as store:
            existing = store.person(person.name)
            if existing:
                raise Conflict(messages.PERSON_EXISTS.format(name=existing.name))
            store.insert_person(person, utc_now())
            return _stored(store.person(person.name))

    def person(self, name: str) -> Person:
        with self.db.read() as store:
            return existing_person(store, name)

    def names(self) -> list[str]:
        return list(self.remember("names", self._read(Store.names)))

    def person_by_id(self, person_id: int) -> Person:
        with self.db.read() as store:
            person = store.person_by_id(person_id)
        if person is None:
            raise NotFound(messages.PERSON_ID_NOT_FOUND)
        return person

    def safety_points(self, name: str) -> list[tuple[str, int]]:
        """How safe each rated moment with this person felt, oldest first."""

        def run(store: Store) -> list[tuple[str, int]]:
            return store.safety_points(int(existing_person(store, name).id or 0))

        return list(self.remember(("safety", name_key(name)), self._read(run)))

    def people(self) -> list[PersonSummary]:
        return list(self.remember("people", self._read(Store.people)))

    def edit_person(self, name: str, changes: PersonChanges) -> Person:
        if changes.empty:
            raise InvalidInput(messages.NOTHING_TO_CHANGE)
        with self.db.write() as store:
            current = existing_person(store, name)
            updated = people_rules.validated(changes.apply(current))
            taken = store.person(updated.name) if updated.key != current.key else None
            if taken:
                raise Conflict(messages.PERSON_EXISTS.format(name=taken.name))
            if updated.ended_on and updated.ended_on > date.today():
                raise InvalidInput(messages.END_BEFORE_START)
            store.update_person(updated)
            return _stored(store.person(updated.name))

    def end_person(self, name: str, on: date) -> Person:
        return self.edit_person(name, PersonChanges(ended_on=on))

    def delete_person(self, name: str) -> Person:
        with self.db.write() as store:
            person = existing_person(store, name)
            store.delete_person(int(person.id or 0))
            return person

    # --- entries -------------------------------------------------------------------
    def add_entry(self, entry: Entry) -> Saved:
        entry = entry_rules.validated(entry, self.settings.max_entry_chars)
        with self.db.write() as store:
            person_ids, created = _resolve_people(store, entry.people)
            entry_id = store.insert_entry(entry, person_ids, utc_now())
            saved = store.entry(entry_id)
        return Saved(_stored(saved), created)

    def entry(self, entry_id: int) -> Entry:
        with self.db.read() as store:
            return _existing_entry(store, entry_id)

    def entries(self, query: EntryFilter) -> list[Entry]:
        with self.db.read() as store:
            return store.entries(query, _person_id(store, query.person))

    def count(self, query: EntryFilter) -> int:
        """How many entries the filter selects (its limit and offset are ignored)."""
        query = replace(query, limit=None, offset=0)

        def run(store: Store) -> int:
            return store.count(query, _person_id(store, query.person))

        return self.remember(("count", query), self._read(run))

    def search(
        self, words: str, query: EntryFilter | None = None, *, limit: int | None = None
    ) -> list[Entry]:
        """Entries containing every word (word beginnings match), best matches first.

        ``query`` narrows the search like a listing filter (default: the 20 best);
        ``limit``, when given, overrides the filter's limit.
        """
        match = fts_query(words)
        query = query or EntryFilter(limit=20)
        if limit is not None:
            query = replace(query, limit=limit)
        with self.db.read() as store:
            return store.search(match, query, _person_id(store, query.person))

    def count_matches(self, words: str, query: EntryFilter) -> int:
        """How many entries contain every word and pass the filter."""
        match = fts_query(words)
        query = replace(query, limit=None, offset=0)

        def run(store: Store) -> int:
            return store.count_matches(match, query, _person_id(store, query.person))

        return self.remember(("matches", match, query), self._read(run))

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many entries carry it, most used first."""
        return list(self.remember("tags", self._read(Store.tags)))

    def _read(self, query: Callable[[Store], T]) -> Callable[[], T]:
        def run() -> T:
            with self.db.read() as store:
                return query(store)

        return run

    def edit_entry(self, entry_id: int, changes: EntryChanges) -> Saved:
        if changes.empty:
            raise InvalidInput(messages.NOTHING_TO_CHANGE)
        with self.db.write() as store:
            current = _existing_entry(store, entry_id)
            updated = entry_rules.validated(changes.apply(current), self.settings.max_entry_chars)
            updated = replace(updated, updated=utc_now())
            person_ids, created = _resolve_people(store, updated.people)
            store.update_entry(updated, person_ids)
            saved = store.entry(entry_id)
        return Saved(_stored(saved), created)

    def delete_entry(self, entry_id: int) -> Entry:
        with self.db.write() as store:
            entry = _existing_entry(store, entry_id)
            store.delete_entry(entry_id)
            return entry

    # --- readings: what the analysis engine found ------------------------------------
    def unread(self, reader: str, limit: int = 64, after: int = 0) -> list[tuple[int, str]]:
        """(id, words) of entries ``reader`` has not read yet, oldest first."""
        with self.db.read() as store:
            rows = store.readings.unread(reader, limit, after)
        return [(entry_id, entry_rules.words(*parts)) for entry_id, *parts in rows]

    def count_unread(self, reader: str) -> int:
        return self.remember(
            ("unread", reader), self._read(lambda s: s.readings.count_unread(reader))
        )

    def save_readings(self, readings: Sequence[Reading], reader: str) -> int:
        """Store readings; one whose entry changed or went since it was read is skipped."""
        if not readings:
            return 0
        now = utc_now()
        with self.db.write() as store:
            rows = store.readings.words([r.entry_id for r in readings])
            current = {entry_id: entry_rules.words(*parts) for entry_id, *parts in rows}
            fresh = [r for r in readings if current.get(r.entry_id) == r.words]
            for reading in fresh:
                store.readings.save(reading, reader, now)
        return len(fresh)

    def forget_readings(self) -> None:
        """Forget every reading (the person's verdicts stay), so all is read again."""
        with self.db.write() as store:
            store.readings.forget()

    def is_read(self, entry_id: int, reader: str) -> bool:
        """Whether ``reader`` has read the entry as it says now."""
        with self.db.read() as store:
            return store.readings.is_read(entry_id, reader)

    def reading_crisis(self, entry_id: int, reader: str) -> StoredCrisis | None:
        """The crisis ``reader`` found in the entry as it is now (None: not read by it)."""
        with self.db.read() as store:
            return store.readings.crisis(entry_id, reader)

    def findings(self, entry_ids: Sequence[int]) -> dict[int, list[Finding]]:
        """What was found in each entry, with the person's verdicts applied."""
        with self.db.read() as store:
            found = store.readings.found(entry_ids)
            said = store.readings.verdicts(entry_ids)
        from bondlens.findings import merged  # readings' code: not on the path of `add`

        by_entry: dict[int, tuple[list[Finding], list[Finding]]] = {i: ([], []) for i in entry_ids}
        for finding in found:
            by_entry[finding.entry_id][0].append(finding)
        for verdict in said:
            by_entry[verdict.entry_id][1].append(verdict)
        return {i: merged(f, v) for i, (f, v) in by_entry.items()}

    def decide(self, entry_id: int, kind: str, label: str, verdict: str | None) -> Finding:
        """Record the person's word on a finding (None takes it back)."""
        from bondlens.findings import Finding, checked_verdict

        kind, label, verdict = checked_verdict(kind, label, verdict)
        with self.db.write() as store:
            _existing_entry(store, entry_id)
            store.readings.set_verdict(entry_id, kind, label, verdict, utc_now())
        return Finding(entry_id, kind, label, verdict=verdict)

    def vectors(self) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
        """Ids and meaning vectors (one unit-length row each) of every read entry."""
        return self.remember("vectors", self._read(_vectors))

    def entry_ids(self, query: EntryFilter) -> list[int]:
        """The ids of every entry the filter selects (its limit is ignored)."""

        def run(store: Store) -> list[int]:
            return store.ids(query, _person_id(store, query.person))

        return list(self.remember(("ids", replace(query, limit=None, offset=0)), self._read(run)))

    def entries_by_id(self, entry_ids: Sequence[int]) -> list[Entry]:
        """These entries, in the order given (ids that no longer exist are left out)."""
        with self.db.read() as store:
            found = {e.id: e for e in store.entries_with_ids(entry_ids)}
        return [found[i] for i in entry_ids if i in found]


def _vectors(store: Store) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
    import numpy as np

    from bondlens.findings import VECTOR_SIZE

    rows = list(store.readings.vectors())
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    blob = b"".join(r[1] for r in rows)
    matrix = (
        np.frombuffer(blob, dtype=np.float16).reshape(len(rows), VECTOR_SIZE).astype(np.float32)
    )
    return ids, matrix


def fts_query(words: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must appear."""
    terms = [t.replace('"', "") for t in words.split()]
    terms = [t for t in terms if t]
    if not terms:
        raise InvalidInput(messages.SEARCH_EMPTY)
    return " ".join(f'"{t}"*' for t in terms)


def _resolve_people(store: Store, names: Sequence[str]) -> tuple[list[int], tuple[str, ...]]:
    known = store.people_by_key(names)
    ids: list[int] = []
    created: list[str] = []
    now = utc_now()
    for name in names:
        person = known.get(name_key(name))
        if person is None:
            ids.append(store.insert_person(Person(name=name), now))
            created.append(name)
        else:
            ids.append(int(person.id or 0))
    return ids, tuple(created)


def _person_id(store: Store, name: str | None) -> int | None:
    return None if name is None else int(existing_person(store, name).id or 0)


def existing_person(store: Store, name: str) -> Person:
    """The person called ``name`` in this transaction, or a friendly ``NotFound``."""
    person = store.person(name)
    if person is None:
        raise NotFound(messages.PERSON_NOT_FOUND.format(name=name.strip()))
    return person


def _existing_entry(store: Store, entry_id: int) -> Entry:
    entry = store.entry(entry_id)
    if entry is None:
        raise NotFound(messages.ENTRY_NOT_FOUND.format(id=entry_id))
    return entry


def _stored(value: T | None) -> T:
    """What was just written, read back; missing only if the database misbehaves."""
    if value is None:
        raise StorageError(messages.UNEXPECTED.format(kind="a saved row was not found"))
    return value
