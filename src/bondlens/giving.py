"""Step 7 of the path, giving support too: how giving leaves you, and reciprocity.

Pure: no storage. Support given is a journal entry of kind ``support_given`` with how it
left the person (energised, fine, drained) beside it. Given and received per person come
from ``insights`` (its reciprocity, not counted again here); this module adds how giving
felt and a gentle note when giving to someone keeps draining you, or far outweighs
what comes back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bondlens import messages
from bondlens.dates import When, when_to_str
from bondlens.people import name_key
from bondlens.text import choice

LEFT: tuple[str, ...] = tuple(messages.GIVE_LEFT)
#: "Keeps draining": at least DRAIN_MIN of the last DRAIN_WINDOW gives left you drained.
DRAIN_WINDOW = 3
DRAIN_MIN = 2
#: "Far outweighs": given at least UNEVEN_MIN times and UNEVEN_RATIO times what was received.
UNEVEN_MIN = 4
UNEVEN_RATIO = 3


@dataclass(frozen=True)
class Given:
    person: str
    text: str
    left: str
    when: When
    entry_id: int | None = None


@dataclass(frozen=True)
class PersonGiving:
    person: str
    given: int
    received: int
    #: How the gives logged with a feeling left you, oldest first.
    left: tuple[str, ...]
    notes: tuple[str, ...]


def left(value: str) -> str:
    return choice(value, LEFT, messages.GIVE_LEFT_UNKNOWN)


def _notes(name: str, given: int, received: int, felt: Sequence[str]) -> tuple[str, ...]:
    notes = []
    recent = list(felt)[-DRAIN_WINDOW:]
    drained = recent.count("drained")
    if drained >= DRAIN_MIN:
        notes.append(messages.GIVE_DRAINING.format(name=name, drained=drained, total=len(recent)))
    if given >= UNEVEN_MIN and given >= UNEVEN_RATIO * received:
        notes.append(messages.GIVE_UNEVEN.format(name=name, given=given, received=received))
    return tuple(notes)


def summary(reciprocity: Mapping[str, Any], gives: Sequence[Given]) -> list[PersonGiving]:
    """Per person: given and received (from insights' reciprocity), how giving felt, notes."""
    felt: dict[str, list[str]] = {}
    for item in sorted(gives, key=lambda g: (when_to_str(g.when), g.entry_id or 0)):
        felt.setdefault(name_key(item.person), []).append(item.left)
    rows = []
    for row in reciprocity.get("people", []):
        name, given, received = str(row["person"]), int(row["given"]), int(row["received"])
        how = tuple(felt.get(name_key(name), ()))
        rows.append(PersonGiving(name, given, received, how, _notes(name, given, received, how)))
    return rows


def given_json(item: Given) -> dict[str, Any]:
    return {
        "entry": item.entry_id,
        "person": item.person,
        "text": item.text,
        "left": item.left,
        "when": when_to_str(item.when),
    }


def summary_json(reciprocity: Mapping[str, Any], rows: Sequence[PersonGiving]) -> dict[str, Any]:
    return {
        "given": reciprocity.get("given", 0),
        "received": reciprocity.get("received", 0),
        "people": [
            {
                "person": r.person,
                "given": r.given,
                "received": r.received,
                "left": {k: r.left.count(k) for k in LEFT},
                "notes": list(r.notes),
            }
            for r in rows
        ],
    }
