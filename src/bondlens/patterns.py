"""Patterns over time in one relationship: the harm cycle, the safety trend, what helps.

Pure: plain data in, plain data out. A ``Moment`` is one journal entry as the lens
sees it (when, how safe it felt, what kind of contact, and the signs found in it that
count as evidence); :func:`moments` builds them from entries and their findings.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean, median
from typing import NamedTuple

from bondlens.dates import day_of
from bondlens.entries import Entry
from bondlens.findings import Finding

#: At or below this, a moment felt unsafe (2 "unsafe", 1 "very unsafe").
UNSAFE = 2
#: At or above this, a moment felt safe (4 "safe", 5 "very safe").
SAFE = 4
#: A cycle is harm, then an apology or kindness, then making up, within this many days.
CYCLE_DAYS = 60
#: The trend needs this many rated moments, and a change of at least this much.
TREND_MIN = 4
TREND_STEP = 0.5
#: "What helps" looks at kinds and tags with at least this many rated moments, and
#: names those at least this much safer than the relationship's average.
HELPS_MIN = 2
HELPS_STEP = 0.5


class Moment(NamedTuple):
    """One entry about the person, reduced to what the lens reads.

    A named tuple rather than a frozen dataclass: insights build 20,000 of them, and a
    tuple is made several times faster.
    """

    id: int
    day: date
    safety: int | None = None
    kind: str = "interaction"
    tags: tuple[str, ...] = ()
    #: Marker ids found and not dismissed, plus those the person confirmed.
    signs: frozenset[str] = frozenset()
    #: Marker ids the person confirmed ("yes, that fits").
    confirmed: frozenset[str] = frozenset()
    #: Emotions found in the entry (used only as supporting evidence).
    emotions: frozenset[str] = frozenset()
    #: Everyone the entry is about.
    people: tuple[str, ...] = ()


def moments(entries: Iterable[Entry], found: Mapping[int, Sequence[Finding]]) -> list[Moment]:
    """Entries with their counted markers, oldest first."""
    result = []
    for entry in entries:
        ident = int(entry.id or 0)
        counted = [f for f in found.get(ident, ()) if f.counts]
        result.append(
            Moment(
                id=ident,
                day=day_of(entry.when),
                safety=entry.safety,
                kind=entry.kind,
                tags=entry.tags,
                signs=frozenset(f.label for f in counted if f.kind == "marker"),
                confirmed=frozenset(
                    f.label for f in counted if f.kind == "marker" and f.verdict == "confirmed"
                ),
                emotions=frozenset(f.label for f in counted if f.kind == "emotion"),
                people=entry.people,
            )
        )
    result.sort(key=lambda m: (m.day, m.id))
    return result


# --- the harm -> apology -> reconciliation cycle ---------------------------------------
@dataclass(frozen=True)
class Cycle:
    harm: Moment
    apology: Moment
    reconciliation: Moment

    @property
    def days(self) -> int:
        return (self.reconciliation.day - self.harm.day).days

    @property
    def entries(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys((self.harm.id, self.apology.id, self.reconciliation.id)))


@dataclass(frozen=True)
class Cycles:
    found: tuple[Cycle, ...] = ()

    @property
    def count(self) -> int:
        return len(self.found)

    @property
    def typical_days(self) -> float | None:
        """The median days from a hurtful moment to making up."""
        return median(c.days for c in self.found) if self.found else None

    @property
    def apart_days(self) -> float | None:
        """The median days between one cycle's start and the next."""
        starts = [c.harm.day for c in self.found]
        gaps = [(b - a).days for a, b in itertools.pairwise(starts)]
        return median(gaps) if gaps else None

    @property
    def entries(self) -> tuple[int, ...]:
        return tuple(i for c in self.found for i in c.entries)


def is_harm(moment: Moment) -> bool:
    """A hurtful moment within the relationship (see :func:`concern_counts`)."""
    return concern_counts(moment, "harm")


def concern_counts(moment: Moment, marker: str) -> bool:
    """Whether a red flag found in this entry is evidence about the bond.

    One found in an entry the person rated safe (4 or 5) is most often about something
    else ("my boss yelled, and Sam listened", "he's leaving for Spain on Friday"), so it
    counts only if they confirmed it: their own rating of the moment comes first.
    """
    if marker not in moment.signs:
        return False
    return marker in moment.confirmed or moment.safety is None or moment.safety < SAFE


def cycles(history: Sequence[Moment]) -> Cycles:
    """Each time a hurtful moment was followed by an apology or kindness, then by making up
    (a reconciliation, or a moment that felt safe), within ``CYCLE_DAYS``.

    One entry may hold two steps ("he shoved me, then cried and said sorry"). A new
    hurtful moment before the cycle closes starts it again from there.
    """
    found: list[Cycle] = []
    harm: Moment | None = None
    apology: Moment | None = None
    for moment in history:
        if harm is not None and (moment.day - harm.day).days > CYCLE_DAYS:
            harm = apology = None
        if harm is not None and apology is not None and moment.id != apology.id:
            made_up = "reconciliation" in moment.signs or (
                moment.safety is not None and moment.safety >= SAFE
            )
            if made_up and not is_harm(moment):
                found.append(Cycle(harm, apology, moment))
                harm = apology = None
                continue
        if is_harm(moment):
            harm, apology = moment, None
        if harm is not None and apology is None and "apology" in moment.signs:
            apology = moment
            if moment.id != harm.id and "reconciliation" in moment.signs:
                found.append(Cycle(harm, moment, moment))
                harm = apology = None
    return Cycles(tuple(found))


# --- how safe it has felt ---------------------------------------------------------------
@dataclass(frozen=True)
class Trend:
    #: "safer", "less_safe", "steady", or "unclear" (too few rated moments).
    direction: str
    rated: int
    average: float | None = None
    earlier: float | None = None
    recent: float | None = None
    #: How many rated moments felt unsafe (1 or 2) and safe (4 or 5).
    unsafe: int = 0
    safe: int = 0

    @property
    def unsafe_share(self) -> float:
        return self.unsafe / self.rated if self.rated else 0.0


def trend(history: Sequence[Moment]) -> Trend:
    """The later half of the rated moments against the earlier half."""
    ratings = [m.safety for m in history if m.safety is not None]
    if not ratings:
        return Trend("unclear", 0)
    unsafe = sum(1 for s in ratings if s <= UNSAFE)
    safe = sum(1 for s in ratings if s >= SAFE)
    average = round(fmean(ratings), 2)
    if len(ratings) < TREND_MIN:
        return Trend("unclear", len(ratings), average, unsafe=unsafe, safe=safe)
    cut = len(ratings) // 2
    earlier, recent = round(fmean(ratings[:cut]), 2), round(fmean(ratings[cut:]), 2)
    if recent - earlier >= TREND_STEP:
        direction = "safer"
    elif earlier - recent >= TREND_STEP:
        direction = "less_safe"
    else:
        direction = "steady"
    return Trend(direction, len(ratings), average, earlier, recent, unsafe, safe)


# --- what helps -------------------------------------------------------------------------
@dataclass(frozen=True)
class Helper:
    """A kind of contact (an entry kind or a tag) that felt safer than usual."""

    what: str  # "kind" or "tag"
    id: str
    average: float
    entries: tuple[int, ...]


def what_helps(history: Sequence[Moment], limit: int = 3) -> list[Helper]:
    """Kinds of contact that felt clearly safer than the relationship's average."""
    rated = [m for m in history if m.safety is not None]
    if len(rated) < HELPS_MIN + 1:
        return []
    overall = fmean(m.safety or 0 for m in rated)
    groups: dict[tuple[str, str], list[Moment]] = {}
    for moment in rated:
        groups.setdefault(("kind", moment.kind), []).append(moment)
        for tag in moment.tags:
            groups.setdefault(("tag", tag), []).append(moment)
    helpers = []
    for (what, ident), members in groups.items():
        if len(members) < HELPS_MIN or len(members) == len(rated):
            continue
        average = fmean(m.safety or 0 for m in members)
        if average >= overall + HELPS_STEP and average >= SAFE - 0.5:
            helpers.append(Helper(what, ident, round(average, 2), tuple(m.id for m in members)))
    helpers.sort(key=lambda h: (-h.average, -len(h.entries), h.what, h.id))
    return helpers[:limit]
