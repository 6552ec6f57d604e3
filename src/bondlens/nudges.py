"""Step 4 of the path, nourishing a connection: a few small suggestions for today.

Pure: no storage. Suggestions go to people the person hasn't been in touch with for a
while, safe people first, at most :data:`MAX_NUDGES` a day. They are never about someone
whose recent moments felt unsafe, whose last response to a share hurt, a past
relationship, an ex-partner or a professional. "Not now" puts a suggestion away for a few
days, without asking why; "done" becomes a ``check_in`` entry (the service writes it).
The choice depends only on the journal and the day, so the same day gives the same JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean
from typing import Any

from bondlens import messages
from bondlens.dates import When, day_of, when_to_str
from bondlens.errors import InvalidInput
from bondlens.people import Person

ACTIONS: tuple[str, ...] = tuple(messages.NUDGE_ACTIONS)
ANSWERS = ("done", "not_now")
#: Someone written about within this many days needs no nudge.
QUIET_DAYS = 7
#: After "done" or "not now", the person is left alone for this many days.
REST_DAYS = 3
MAX_NUDGES = 3
#: Relationships never nudged: it isn't our place to suggest contact there.
NOT_NUDGED = frozenset({"ex_partner", "therapist", "group_leader"})
#: Recent safety ratings (the last few) averaging below this keep a person out.
UNSAFE_BELOW = 3.0
RECENT_RATINGS = 3


@dataclass(frozen=True)
class Candidate:
    """Someone who might be nudged, with what the journal knows about them."""

    person: Person
    last_contact: When | None
    safe: bool
    #: Safety ratings of entries about them, oldest first.
    safety: tuple[int, ...] = ()
    #: The response to the latest micro-share with them, if any.
    last_response: str | None = None


@dataclass(frozen=True)
class Answer:
    person_id: int
    action: str
    day: date
    answer: str


@dataclass(frozen=True)
class Nudge:
    id: str
    person: str
    person_id: int
    action: str
    safe: bool
    #: Days since they were last written about; None if never.
    days: int | None
    last_contact: When | None

    @property
    def text(self) -> str:
        return messages.NUDGE_ACTIONS[self.action].format(name=self.person)

    @property
    def why(self) -> str:
        if self.days is None:
            reason = messages.NUDGE_WHY["never"].format(name=self.person)
        else:
            reason = messages.NUDGE_WHY["days"].format(days=self.days, name=self.person)
        return reason + (messages.NUDGE_WHY_SAFE if self.safe else "")

    @property
    def drafts(self) -> tuple[str, ...]:
        if self.action != "message":
            return ()
        return tuple(d.format(name=self.person) for d in messages.NUDGE_DRAFTS)

    @property
    def done_text(self) -> str:
        return messages.NUDGE_DONE_TEXT[self.action].format(name=self.person)


def nudge_id(person_id: int, action: str) -> str:
    return f"{person_id}-{action}"


def parse_id(raw: str) -> tuple[int, str]:
    """'3-message' as (3, 'message')."""
    number, _, action = raw.strip().partition("-")
    if not number.isdigit() or action not in ACTIONS:
        raise InvalidInput(messages.NUDGE_UNKNOWN.format(id=raw))
    return int(number), action


def answer(value: str) -> str:
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in ANSWERS:
        raise InvalidInput(messages.NUDGE_UNKNOWN.format(id=value))
    return key


def _unsafe(safety: Sequence[int]) -> bool:
    recent = list(safety)[-RECENT_RATINGS:]
    return bool(recent) and fmean(recent) < UNSAFE_BELOW


def _resting(person_id: int, answers: Sequence[Answer], today: date) -> bool:
    since = today - timedelta(days=REST_DAYS)
    return any(a.person_id == person_id and since < a.day <= today for a in answers)


def suggest(candidates: Sequence[Candidate], answers: Sequence[Answer], today: date) -> list[Nudge]:
    """Today's suggestions: safe people first, then whoever has gone longest without contact."""
    found: list[Nudge] = []
    for item in candidates:
        person = item.person
        ident = int(person.id or 0)
        if (
            not person.active
            or person.relationship in NOT_NUDGED
            or _unsafe(item.safety)
            or item.last_response == "hurtful"
            or _resting(ident, answers, today)
        ):
            continue
        days = None if item.last_contact is None else (today - day_of(item.last_contact)).days
        if days is not None and days < QUIET_DAYS:
            continue
        action = ACTIONS[(today.toordinal() + ident) % len(ACTIONS)]
        found.append(
            Nudge(
                nudge_id(ident, action),
                person.name,
                ident,
                action,
                item.safe,
                days,
                item.last_contact,
            )
        )
    found.sort(key=lambda n: (not n.safe, n.days is None, -(n.days or 0), n.person.casefold()))
    return found[:MAX_NUDGES]


def nudge_json(item: Nudge) -> dict[str, Any]:
    return {
        "id": item.id,
        "person": item.person,
        "action": item.action,
        "safe": item.safe,
        "days_since_contact": item.days,
        "last_contact": when_to_str(item.last_contact) if item.last_contact else None,
        "text": item.text,
        "why": item.why,
        "drafts": list(item.drafts),
    }


def nudges_json(found: Sequence[Nudge], today: date) -> dict[str, Any]:
    return {"today": today.isoformat(), "nudges": [nudge_json(n) for n in found]}
