"""The care team, pure: the people and places that support someone (a therapist, a
support group, a doctor, crisis lines, people they trust), how to reach each, a short
status on the path to care ("insurance verified", "waitlist since 3 March") and notes
(shared/domain.md §6).

Validation, changing a member and the JSON form. No SQL, no printing:
``care_service.py`` stores the team, the CLI and the web show it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from bondlens import messages
from bondlens.errors import InvalidInput
from bondlens.text import choice, limited, normalise, one_line

#: The kinds of member, in the order the team is listed.
KINDS: tuple[str, ...] = tuple(messages.CARE_KINDS)
#: Up to this many characters a field, and this many members a team.
MAX_NAME_CHARS = 100
MAX_REACH_CHARS = 300
MAX_STATUS_CHARS = 80
MAX_NOTES_CHARS = 2000
MAX_MEMBERS = 100


@dataclass(frozen=True)
class Details:
    """What a person writes about one member, cleaned and checked."""

    name: str
    kind: str
    reach: str = ""
    status: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CareMember:
    id: int
    name: str
    kind: str
    reach: str
    status: str
    notes: str
    #: When it was added and last changed (UTC, ISO).
    added: str
    updated: str

    @property
    def kind_label(self) -> str:
        return label(self.kind)

    @property
    def details(self) -> Details:
        return Details(self.name, self.kind, self.reach, self.status, self.notes)


def kind_id(raw: str) -> str:
    """A kind by its id, forgiving case, spaces and hyphens ("support-group")."""
    return choice(raw, KINDS, messages.CARE_KIND_UNKNOWN)


def label(kind: str) -> str:
    return messages.CARE_KINDS[kind]


def validated(name: str, kind: str, reach: str = "", status: str = "", notes: str = "") -> Details:
    """One member's details cleaned: the name, how to reach them and the status on one
    line each, notes kept as typed (trimmed); an empty name, an unknown kind or a field
    too long is refused."""
    cleaned_name = limited(one_line(name), "Name", MAX_NAME_CHARS)
    if not cleaned_name:
        raise InvalidInput(messages.CARE_NAME_EMPTY)
    return Details(
        name=cleaned_name,
        kind=kind_id(kind),
        reach=limited(one_line(reach), "How to reach them", MAX_REACH_CHARS),
        status=limited(one_line(status), "Status", MAX_STATUS_CHARS),
        notes=limited(normalise(notes).strip(), "Notes", MAX_NOTES_CHARS),
    )


def changed(
    current: Details,
    *,
    name: str | None = None,
    kind: str | None = None,
    reach: str | None = None,
    status: str | None = None,
    notes: str | None = None,
) -> Details:
    """``current`` with the given fields replaced (None keeps one, "" clears it), checked
    again as a whole."""
    given = {"name": name, "kind": kind, "reach": reach, "status": status, "notes": notes}
    merged = replace(current, **{k: v for k, v in given.items() if v is not None})
    return validated(merged.name, merged.kind, merged.reach, merged.status, merged.notes)


def room_for_one_more(count: int) -> None:
    """Refuse a new member when the team is full."""
    if count >= MAX_MEMBERS:
        raise InvalidInput(messages.CARE_TOO_MANY.format(limit=MAX_MEMBERS))


def ordered(members: Iterable[CareMember]) -> list[CareMember]:
    """The team in its listing order: by kind (therapists first), then by name."""
    return sorted(members, key=lambda m: (KINDS.index(m.kind), m.name.casefold(), m.id))


def to_json(member: CareMember) -> dict[str, Any]:
    return {
        "id": member.id,
        "name": member.name,
        "kind": member.kind,
        "kind_label": member.kind_label,
        "reach": member.reach,
        "status": member.status,
        "notes": member.notes,
        "added": member.added,
        "updated": member.updated,
    }
