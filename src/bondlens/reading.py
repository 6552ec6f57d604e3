"""Reading entries with the on-device engine, and searching them by meaning.

A thin service over :class:`~bondlens.journal.Journal`: it takes entries nobody has read
yet (or that an older reader read), runs the analysis engine on them, and stores what it
found through the journal. The engine is heavy (half a second to load), so it is loaded
once per process, on first use, and never on the path of ``add`` or ``--help``.

Entries are read automatically: the web app reads new and edited entries in the
background right after they are saved; on the command line, the commands that need
readings (search by meaning, notes) read what is waiting first; ``bondlens reanalyze``
reads everything a new reader has not seen.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from bondlens import messages
from bondlens.entries import Entry, EntryFilter, entry_words
from bondlens.errors import InvalidInput
from bondlens.findings import VECTOR_SIZE, Finding, Reading
from bondlens.journal import Journal

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from bondlens.analysis.engine import Engine
    from bondlens.analysis.results import Analysis, Crisis

#: Entries read per model pass and stored per transaction.
BATCH = 64
#: Search by meaning shows nothing less similar than this (cosine of the two meanings).
MIN_SIMILARITY = 0.2

_engines: list[Engine] = []
_engine_lock = threading.Lock()


def engine() -> Engine:
    """The process's analysis engine, loaded once.

    Without a region: a reading keeps the crisis kinds found, never the crisis lines
    (those are chosen when shown, for the region in use then), so choosing another
    country never loads the model a second time.
    """
    with _engine_lock:
        if not _engines:
            from bondlens.analysis.engine import Engine

            _engines.append(Engine())
        return _engines[0]


def reader_id() -> str:
    from bondlens.analysis.identity import reader_id as current

    return current()


def enabled(journal: Journal) -> bool:
    return journal.settings.reading


def waiting(journal: Journal) -> int:
    """How many entries the current reader has not read."""
    return journal.count_unread(reader_id()) if enabled(journal) else 0


def read_waiting(
    journal: Journal,
    *,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    noticed: list[int] | None = None,
) -> int:
    """Read every entry waiting for the current reader (at most ``limit``); return how many.

    ``noticed`` gets the ids of entries whose reading found crisis language the fast
    screen had not (so support was not shown when they were saved).
    """
    if not enabled(journal):
        return 0
    reader = reader_id()
    done = 0
    after = 0
    while limit is None or done < limit:
        size = BATCH if limit is None else min(BATCH, limit - done)
        batch = journal.unread(reader, size, after)
        if not batch:
            break
        after = batch[-1][0]
        results = engine().analyze_many([w for _, w in batch])
        readings = [
            reading_of(entry_id, words, result)
            for (entry_id, words), result in zip(batch, results, strict=True)
        ]
        journal.save_readings(readings, reader)
        if noticed is not None:
            noticed.extend(r.entry_id for r in readings if beyond_screen(r))
        done += len(batch)
        if progress:
            progress(len(batch))
    return done


def reading_of(entry_id: int, words: str, result: Analysis) -> Reading:
    """What one analysis found, in the shape the journal stores."""
    found = [
        *(Finding(entry_id, "belief", b.id, b.score, b.quote) for b in result.beliefs),
        *(Finding(entry_id, "marker", m.id, m.score, m.quote) for m in result.markers),
        *(Finding(entry_id, "emotion", e.id, e.score) for e in result.emotions),
    ]
    vector = result.vector or bytes(2 * VECTOR_SIZE)  # no sentences: no meaning to search
    crisis = result.crisis
    return Reading(entry_id, words, crisis.kinds, tuple(found), vector, crisis.quotes)


def beyond_screen(reading: Reading) -> bool:
    """Whether a reading found crisis kinds the fast screen does not find in the same words."""
    if not reading.crisis:
        return False
    from bondlens.analysis.crisis import screen

    return bool(set(reading.crisis) - set(screen(reading.words).kinds))


# --- the crisis for one entry ---------------------------------------------------------
@dataclass(frozen=True)
class EntryCrisis:
    """The crisis language in one entry, and whether the closer reading has had its say."""

    crisis: Crisis
    #: Whether the current reader has read the entry as it says now.
    read: bool


def entry_crisis(journal: Journal, entry: Entry) -> EntryCrisis:
    """The crisis for this entry, the one definition every adapter shows.

    The fast screen's kinds (and the sentences it quotes) together with those the
    current reader stored for the entry's words as they are now: a reading by another
    reader does not count, and an edit forgets the reading (``entry_reading_stale``).
    The lines are those of the region in use. The screen and one SQLite query: the model
    is never loaded here.
    """
    from bondlens.analysis.crisis import crisis_from, screen
    from bondlens.preferences_service import region

    where = region(journal)
    words = entry_words(entry)
    screened = screen(words, where)
    stored = journal.reading_crisis(entry.id, reader_id()) if entry.id is not None else None
    kinds, quotes = list(screened.kinds), list(screened.quotes)
    known = True
    if stored is not None:
        kinds.extend(stored.kinds)
        quotes.extend(stored.quotes or ())
        # The gentler "looking back" words need every sentence behind the kinds: a
        # reading stored without its sentences (before they were kept) must have found
        # nothing the screen did not.
        known = bool(stored.quotes) or set(stored.kinds) <= set(screened.kinds)
    crisis = crisis_from(kinds, quotes, where, words if known else None)
    return EntryCrisis(crisis, read=stored is not None)


def crisis_of(journal: Journal, entry_ids: list[int]) -> Crisis:
    """The crisis of several entries together (kinds of all), for one support block."""
    from bondlens.analysis.crisis import crisis_from
    from bondlens.preferences_service import region

    kinds: list[str] = []
    for found in journal.entries_by_id(entry_ids):
        kinds.extend(entry_crisis(journal, found).crisis.kinds)
    return crisis_from(kinds, (), region(journal))


@dataclass(frozen=True)
class Match:
    entry: Entry
    #: How close the entry's meaning is to the query's, -1 to 1.
    similarity: float


def search(
    journal: Journal, query: str, where: EntryFilter | None = None, *, limit: int = 20
) -> list[Match]:
    """Entries closest in meaning to ``query``, best first, among those ``where`` selects.

    Only entries already read can be found; :func:`waiting` tells how many are not.
    """
    import numpy as np

    from bondlens.meaning import MeaningIndex

    query = query.strip()
    if not query:
        raise InvalidInput(messages.SEARCH_EMPTY)
    index = journal.remember("meaning-index", lambda: MeaningIndex(*journal.vectors()))
    if not len(index):
        return []
    wanted = _query_vector(query)
    allowed = None
    if where is not None and not _selects_all(where):
        allowed = np.isin(index.ids, np.asarray(journal.entry_ids(where), dtype=np.int64))
    found = [
        (i, score) for i, score in index.search(wanted, limit, allowed) if score >= MIN_SIMILARITY
    ]
    by_id = {e.id: e for e in journal.entries_by_id([i for i, _ in found])}
    return [Match(by_id[i], score) for i, score in found if i in by_id]


@lru_cache(maxsize=256)
def _query_vector(query: str) -> NDArray[np.float32]:
    """A query's meaning; remembered, since live search asks for the same words often."""
    vector: NDArray[np.float32] = engine().embedder.embed([query])[0]
    return vector


def forget_queries() -> None:
    """Forget remembered query vectors (benchmarks time a query as if new)."""
    _query_vector.cache_clear()


def _selects_all(where: EntryFilter) -> bool:
    narrowing = (where.person, where.since, where.until, where.kind)
    return all(value is None for value in narrowing) and not where.tags


_background = threading.Lock()
_more = threading.Event()


def read_in_background(journal: Journal) -> None:
    """Read whatever is waiting; meant to run in a worker thread after a save.

    Saves may come faster than reading: one thread reads at a time, and a save made
    while it reads makes it go round again, so nothing saved is left unread.
    """
    if not enabled(journal):
        return
    _more.set()
    while _more.is_set():
        if not _background.acquire(blocking=False):
            return  # the thread already reading will see ``_more`` and go round again
        try:
            while _more.is_set():
                _more.clear()
                read_waiting(journal)
            _optimise_loaded()
        finally:
            _background.release()


def _optimise_loaded() -> None:
    """A web process that has read once will read again: load the model's optimised
    session now, in the background, rather than in a later search (a one-off ~0.3 s)."""
    with _engine_lock:
        loaded = _engines[0] if _engines else None
    if loaded is not None:
        loaded.embedder.optimise()


def read_at_start(journal: Journal) -> threading.Thread | None:
    """When the web app starts, read what is waiting (entries imported or written on the
    command line) in a background thread, so notes and search by meaning catch up.

    With several worker processes, one of them does it (a lock file in the journal's
    folder decides which); the others go straight to serving.
    """
    if not enabled(journal) or not waiting(journal):
        return None
    thread = threading.Thread(
        target=_read_holding_lock, args=(journal,), name="bondlens-reading", daemon=True
    )
    thread.start()
    return thread


def _read_holding_lock(journal: Journal) -> None:
    import fcntl
    import os

    # Reading thousands of imported entries takes minutes: let pages go first. On Linux
    # the niceness of a thread is its own (and passes to the threads it starts).
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 15)

    lock_path = journal.settings.home / "reading.lock"
    with open(lock_path, "a+b") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # another worker is reading
        read_in_background(journal)
