"""The session summary service: gather from the journal only what the person chose.

Reads only, never writes: a summary is made when asked for and not stored. Entries in
the range come from the journal's listing, a lens from ``lens_service``, the beliefs
workbook from ``path_service``, check-ins from ``Store.checkins`` and the safety plan
from ``safety_service``; the pure ``summary.assemble`` then keeps only what was chosen.
The CLI and the web call these functions and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bondlens import path_service, safety_service, workbook
from bondlens import summary as rules
from bondlens.checkins import CheckIn
from bondlens.entries import Entry, EntryFilter
from bondlens.journal import Journal
from bondlens.lens_service import person_lens
from bondlens.summary import Choice, Summary


@dataclass(frozen=True)
class Offer:
    """What there is to choose from in a range: for the web's form."""

    since: date
    until: date
    #: Entries in the range, newest first (at most ``limit`` of them).
    entries: tuple[Entry, ...]
    #: How many entries the range holds in all.
    total: int
    #: Everyone named in those entries.
    people: tuple[str, ...]
    #: Check-ins taken in the range, oldest first.
    checkins: tuple[CheckIn, ...]


def entries_between(journal: Journal, since: date, until: date) -> list[Entry]:
    """Every entry from ``since`` to ``until`` (whole days), newest first."""
    return journal.entries(EntryFilter(since=since, until=until))


def checkins_between(journal: Journal, since: date, until: date) -> list[CheckIn]:
    """Everyone's check-ins taken from ``since`` to ``until``, oldest first."""
    with journal.db.read() as store:
        return store.checkins.between(since, until)


def offer(journal: Journal, since: date, until: date, limit: int | None = None) -> Offer:
    """The entries (the newest ``limit``), people and check-ins of a range."""
    every = entries_between(journal, since, until)
    return Offer(
        since,
        until,
        tuple(every[:limit]),
        len(every),
        tuple(rules.people_in(every)),
        tuple(checkins_between(journal, since, until)),
    )


def build(journal: Journal, choice: Choice) -> Summary:
    """The summary of exactly what ``choice`` asks for (validated first).

    A name in ``choice.lens`` that is not among the person's people is refused
    (``NotFound``), so a typo never quietly drops a part.
    """
    choice = rules.validated(choice)
    names = tuple(journal.person(name).name for name in choice.lens)
    choice = replace(choice, lens=names)
    in_range = entries_between(journal, choice.since, choice.until)
    lenses = [person_lens(journal, name) for name in names]
    pages: list[workbook.Page] = []
    moments: dict[str, int] = {}
    if choice.workbook:
        pages = path_service.workbook_pages(journal)
        moments = _moments(journal, in_range)
    checkins = checkins_between(journal, choice.since, choice.until) if choice.checkins else []
    plan = safety_service.get_plan(journal) if choice.safety_plan else None
    return rules.assemble(
        choice,
        entries=in_range if choice.entries else (),
        lenses=lenses,
        checkins=checkins,
        pages=pages,
        moments=moments,
        plan=plan,
    )


def _moments(journal: Journal, entries: list[Entry]) -> dict[str, int]:
    """Per belief, in how many of these entries the reader found it (and it counts)."""
    ids = [int(e.id or 0) for e in entries]
    if not ids:
        return {}
    found = workbook.counted(journal.findings(ids))
    return {belief: len({f.entry_id for f in items}) for belief, items in found.items()}
