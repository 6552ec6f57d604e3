"""Step 1 of the path, finding a safe person: the criteria, reflections and the evidence.

Pure: no storage. A *reflection* rates one person on what makes someone safe (steady,
kind, careful with your limits, listens without fixing, believes you), each 0-3 or
skipped; it is dated and can be taken again. Beside it the journal's own evidence: how
safe the moments with them felt, over time. Whether someone *is* a safe person stays the
person's decision (``Person.safe``); nothing here sets it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from statistics import fmean
from typing import Any

from bondlens import messages
from bondlens.dates import When, when_to_str
from bondlens.people import Person
from bondlens.questionnaire import Questionnaire

#: The criteria, in the order they are asked (words in ``messages.SAFE_CRITERIA``).
CRITERIA: tuple[str, ...] = tuple(messages.SAFE_CRITERIA)
#: Ratings from 0 "not really" to 3 "very much".
SCALE: dict[int, str] = dict(messages.SAFE_SCALE_WORDS)


@dataclass(frozen=True)
class Reflection:
    """One reflection about one person: the criteria rated (skipped ones are absent)."""

    taken: datetime
    ratings: Mapping[str, int] = field(default_factory=dict)
    person: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Evidence:
    """What the journal itself shows about time with someone."""

    entries: int
    #: (when, safety 1-5) of every rated entry about them, oldest first.
    safety: tuple[tuple[str, int], ...]
    last_contact: When | None

    @property
    def average(self) -> float | None:
        return round(fmean(s for _, s in self.safety), 2) if self.safety else None


@dataclass(frozen=True)
class SafeView:
    """One person on the safe-person page: the mark, reflections and evidence."""

    person: Person
    reflections: tuple[Reflection, ...]
    evidence: Evidence

    @property
    def latest(self) -> dict[str, int]:
        return latest(self.reflections)


FORM = Questionnaire(
    CRITERIA,
    SCALE,
    unknown_question=messages.SAFE_CRITERION_UNKNOWN,
    bad_answer=messages.SAFE_RATING_BAD,
    bad_pair=messages.SAFE_PAIR_BAD,
    empty=messages.SAFE_EMPTY,
)
criterion = FORM.question
rating = FORM.answer
parse_rating = FORM.pair
validated = FORM.validated


def latest(history: Sequence[Reflection]) -> dict[str, int]:
    """The newest rating of each criterion (a skip keeps the older one)."""
    return FORM.latest(history, lambda reflection: reflection.ratings)


def reflection_json(item: Reflection) -> dict[str, Any]:
    return {
        "id": item.id,
        "person": item.person,
        "taken": when_to_str(item.taken),
        "ratings": dict(item.ratings),
    }


def view_json(view: SafeView) -> dict[str, Any]:
    evidence = view.evidence
    return {
        "person": view.person.name,
        "safe": view.person.safe,
        "active": view.person.active,
        "latest": view.latest,
        "reflections": [reflection_json(r) for r in view.reflections],
        "evidence": {
            "entries": evidence.entries,
            "rated": len(evidence.safety),
            "average_safety": evidence.average,
            "safety": [{"when": when, "safety": value} for when, value in evidence.safety],
            "last_contact": when_to_str(evidence.last_contact) if evidence.last_contact else None,
        },
    }


def criteria_json() -> list[dict[str, str]]:
    return [{"id": c, "words": messages.SAFE_CRITERIA[c]} for c in CRITERIA]
