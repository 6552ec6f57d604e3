"""Lens check-ins: a short questionnaire about one relationship. Pure: no storage.

One plain question per marker of shared/domain.md §2 (the words are in
``messages.CHECKIN_QUESTIONS``), each answered on a four-step scale from "never" to
"often", or skipped. A check-in is dated and can be taken again and again; the lens
reads the latest one beside the journal, and the history shows how answers change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bondlens import messages
from bondlens.questionnaire import Questionnaire
from bondlens.vocabulary import SIGNS

#: The markers a check-in asks about, in the order it asks (domain §2). The cycle is
#: one question (``apology_cycle``); its moments are not asked about one by one.
QUESTIONS: tuple[str, ...] = SIGNS
#: The answers, from "never" (0) to "often" (3).
SCALE: dict[int, str] = {0: "never", 1: "rarely", 2: "sometimes", 3: "often"}
#: From this answer on ("sometimes"), the person says the sign is there.
PRESENT = 2


@dataclass(frozen=True)
class CheckIn:
    """One check-in about one person: the answers given (skipped questions are absent)."""

    taken: datetime
    answers: Mapping[str, int] = field(default_factory=dict)
    person: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Change:
    """How one answer moved between the first and the latest check-in that answered it."""

    marker: str
    first: int
    latest: int
    times: int

    @property
    def delta(self) -> int:
        return self.latest - self.first


FORM = Questionnaire(
    QUESTIONS,
    SCALE,
    unknown_question=messages.CHECKIN_MARKER_UNKNOWN,
    bad_answer=messages.CHECKIN_ANSWER_BAD,
    bad_pair=messages.CHECKIN_PAIR_BAD,
    empty=messages.CHECKIN_EMPTY,
)
marker_id = FORM.question
answer_value = FORM.answer
parse_answer = FORM.pair
validated = FORM.validated


def latest(history: Sequence[CheckIn]) -> dict[str, int]:
    """The newest answer to each question across the history (a skip keeps the older one)."""
    return FORM.latest(history, lambda checkin: checkin.answers)


def changes(history: Sequence[CheckIn]) -> list[Change]:
    """For every question answered at least once: its first and latest answer."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    times: dict[str, int] = {}
    for checkin in sorted(history, key=lambda c: (c.taken, c.id or 0)):
        for marker, answer in checkin.answers.items():
            first.setdefault(marker, answer)
            last[marker] = answer
            times[marker] = times.get(marker, 0) + 1
    return [Change(m, first[m], last[m], times[m]) for m in QUESTIONS if m in first]
