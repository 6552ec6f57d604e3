"""Step 2 of the path, micro-sharing: the ladder of sizes, shares, and a gentle next step.

Pure: no storage. A *share* is something small told to one person, how they responded
and how it felt afterwards; it is kept as a journal entry of kind ``micro_share`` (so the
lens and insights see it) with these fields beside it. The ladder suggests a next,
slightly bigger step only with someone whose latest response was supportive; after a
dismissive or hurtful one it never suggests going bigger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bondlens import messages
from bondlens.dates import When, when_to_str
from bondlens.errors import InvalidInput
from bondlens.text import choice

#: The ladder, smallest step first.
SIZES: tuple[str, ...] = tuple(messages.SHARE_SIZES)
RESPONSES: tuple[str, ...] = tuple(messages.SHARE_RESPONSES)
#: Responses after which the ladder never suggests going bigger.
NOT_MET_WELL = frozenset({"dismissive", "hurtful"})


@dataclass(frozen=True)
class Share:
    person: str
    size: str
    response: str
    #: How I felt afterwards, 1 (awful) to 5 (good).
    felt: int
    when: When
    note: str = ""
    #: The ``micro_share`` entry that holds it.
    entry_id: int | None = None


@dataclass(frozen=True)
class Step:
    """Where one person stands on the ladder, and what (if anything) is suggested."""

    person: str
    #: "start" (no shares yet), "next", "top" (already at the top), "stay" or "rest".
    status: str
    #: The suggested size, or None when nothing bigger is suggested.
    suggestion: str | None
    shares: int
    last_response: str | None
    biggest_met_well: str | None

    @property
    def text(self) -> str:
        size = messages.SHARE_SIZES[self.suggestion] if self.suggestion else ""
        return messages.SHARE_STEP[self.status].format(name=self.person, size=size)


def size(value: str) -> str:
    return choice(value, SIZES, messages.SHARE_SIZE_UNKNOWN)


def response(value: str) -> str:
    return choice(value, RESPONSES, messages.SHARE_RESPONSE_UNKNOWN)


def felt(value: int) -> int:
    if not 1 <= value <= 5:
        raise InvalidInput(messages.SHARE_FELT_RANGE.format(value=value))
    return value


def validated(share: Share) -> Share:
    return Share(
        person=share.person,
        size=size(share.size),
        response=response(share.response),
        felt=felt(share.felt),
        when=share.when,
        note=share.note.strip(),
        entry_id=share.entry_id,
    )


def entry_text(share: Share) -> str:
    """The words of the ``micro_share`` entry: the person's note, else a plain summary."""
    summary = messages.SHARE_TEXT.format(
        size=messages.SHARE_SIZES[share.size],
        name=share.person,
        response=messages.SHARE_RESPONSES[share.response],
        felt=share.felt,
    )
    return f"{share.note}\n\n{summary}" if share.note else summary


def step(person: str, shares: Sequence[Share]) -> Step:
    """The ladder with one person, from their shares (any order)."""
    ordered = sorted(shares, key=lambda s: (when_to_str(s.when), s.entry_id or 0))
    met_well = [SIZES.index(s.size) for s in ordered if s.response == "supportive"]
    biggest = SIZES[max(met_well)] if met_well else None
    if not ordered:
        return Step(person, "start", SIZES[0], 0, None, None)
    last = ordered[-1].response
    if last in NOT_MET_WELL:
        return Step(person, "rest", None, len(ordered), last, biggest)
    if last != "supportive":
        return Step(person, "stay", None, len(ordered), last, biggest)
    top = max(met_well)
    if top + 1 >= len(SIZES):
        return Step(person, "top", None, len(ordered), last, biggest)
    return Step(person, "next", SIZES[top + 1], len(ordered), last, biggest)


def share_json(share: Share) -> dict[str, Any]:
    return {
        "entry": share.entry_id,
        "person": share.person,
        "size": share.size,
        "response": share.response,
        "felt": share.felt,
        "when": when_to_str(share.when),
        "note": share.note,
    }


def step_json(item: Step) -> dict[str, Any]:
    return {
        "person": item.person,
        "status": item.status,
        "suggestion": item.suggestion,
        "shares": item.shares,
        "last_response": item.last_response,
        "biggest_met_well": item.biggest_met_well,
        "text": item.text,
    }


def ladder_json() -> list[dict[str, str]]:
    return [{"id": s, "words": messages.SHARE_SIZES[s]} for s in SIZES]
