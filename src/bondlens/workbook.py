"""Step 3 of the path, the beliefs workbook: the beliefs, counter-beliefs and strengths.

Pure: no storage. The eight beliefs about support (domain §5, ids in ``vocabulary``),
what each can cost in life and at work and counter-beliefs to start from (all in
``messages``), the person's own counter-belief (one may be pinned where they will see
it), how strongly they believed each over time (0-100), and the moments in their journal
where the reader found the belief (only findings that count as evidence).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bondlens import messages
from bondlens.dates import When, when_to_str
from bondlens.errors import InvalidInput
from bondlens.findings import Finding
from bondlens.text import choice, limited, normalise
from bondlens.vocabulary import BELIEFS

MAX_COUNTER = 300


@dataclass(frozen=True)
class Belief:
    id: str
    words: str
    costs_life: str
    costs_work: str
    suggestions: tuple[str, ...]


#: The library, in the domain's order.
LIBRARY: tuple[Belief, ...] = tuple(
    Belief(
        b,
        messages.BELIEF_WORDS[b],
        messages.BELIEF_COSTS[b][0],
        messages.BELIEF_COSTS[b][1],
        messages.BELIEF_SUGGESTIONS[b],
    )
    for b in BELIEFS
)


@dataclass(frozen=True)
class Counter:
    """The person's own counter-belief to one belief."""

    belief: str
    text: str
    pinned: bool = False


@dataclass(frozen=True)
class Strength:
    """How strongly the belief and the counter-belief felt true (0-100), at one time."""

    belief: str
    taken: datetime
    strength: int | None = None
    counter: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Moment:
    """An entry where the reader found the belief."""

    entry_id: int
    when: When
    quote: str | None
    confirmed: bool
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    """One belief in the workbook, with everything the person has added."""

    belief: Belief
    counter: Counter | None
    strengths: tuple[Strength, ...]
    moments: tuple[Moment, ...]
    moment_count: int


def belief_id(value: str) -> str:
    return choice(value, BELIEFS, messages.BELIEF_UNKNOWN)


def belief(value: str) -> Belief:
    ident = belief_id(value)
    return next(b for b in LIBRARY if b.id == ident)


def counter_text(text: str) -> str:
    cleaned = " ".join(normalise(text).split())
    if not cleaned:
        raise InvalidInput(messages.BELIEF_COUNTER_EMPTY)
    return limited(cleaned, "A counter-belief", MAX_COUNTER)


def strength(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= 100:
        raise InvalidInput(messages.BELIEF_STRENGTH_RANGE.format(value=value))
    return value


def validated_strength(item: Strength) -> Strength:
    if item.strength is None and item.counter is None:
        raise InvalidInput(messages.BELIEF_RATE_EMPTY)
    return Strength(
        belief_id(item.belief), item.taken, strength(item.strength), strength(item.counter)
    )


def counted(findings: Mapping[int, Sequence[Finding]]) -> dict[str, list[Finding]]:
    """Per belief, the findings that count as evidence (not dismissed), entry by entry."""
    found: dict[str, list[Finding]] = {b: [] for b in BELIEFS}
    for entry_findings in findings.values():
        for finding in entry_findings:
            if finding.kind == "belief" and finding.counts and finding.label in found:
                found[finding.label].append(finding)
    return found


def pinned(counters: Sequence[Counter]) -> Counter | None:
    return next((c for c in counters if c.pinned), None)


def strength_json(item: Strength) -> dict[str, Any]:
    return {
        "id": item.id,
        "belief": item.belief,
        "taken": when_to_str(item.taken),
        "strength": item.strength,
        "counter": item.counter,
    }


def counter_json(item: Counter | None) -> dict[str, Any] | None:
    if item is None:
        return None
    return {
        "belief": item.belief,
        "words": messages.BELIEF_WORDS[item.belief],
        "counter": item.text,
        "pinned": item.pinned,
    }


def page_json(page: Page, *, with_moments: bool = True) -> dict[str, Any]:
    item = page.belief
    data: dict[str, Any] = {
        "id": item.id,
        "words": item.words,
        "costs": {"life": item.costs_life, "work": item.costs_work},
        "suggestions": list(item.suggestions),
        "my_counter": page.counter.text if page.counter else None,
        "pinned": bool(page.counter and page.counter.pinned),
        "strengths": [strength_json(s) for s in page.strengths],
        "moment_count": page.moment_count,
    }
    if with_moments:
        data["moments"] = [
            {
                "entry": m.entry_id,
                "when": when_to_str(m.when),
                "quote": m.quote,
                "confirmed": m.confirmed,
                "people": list(m.people),
            }
            for m in page.moments
        ]
    return data
