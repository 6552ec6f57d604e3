"""People in the journal: the domain's Person and the rules for it. Pure: no storage."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bondlens import messages
from bondlens.dates import When
from bondlens.errors import InvalidInput
from bondlens.text import choice, limited, normalise, one_line, short_items

RELATIONSHIPS: tuple[str, ...] = (
    "partner",
    "ex_partner",
    "parent",
    "sibling",
    "child",
    "relative",
    "friend",
    "colleague",
    "therapist",
    "group_member",
    "group_leader",
    "other",
)
#: Where a bond began (shared/domain.md §2): surviving the same thing, healing together.
ORIGINS: tuple[str, ...] = ("shared_trauma", "healing_together", "other", "unknown")

MAX_NAME = 80
MAX_NOTES = 5_000


@dataclass(frozen=True)
class Person:
    name: str
    relationship: str = "other"
    origin: str = "unknown"
    notes: str = ""
    safe: bool = False
    triggers: tuple[str, ...] = ()
    boundaries: tuple[str, ...] = ()
    ended_on: date | None = None
    id: int | None = None
    created: str = ""

    @property
    def active(self) -> bool:
        return self.ended_on is None

    @property
    def key(self) -> str:
        return name_key(self.name)


@dataclass(frozen=True)
class PersonSummary:
    """A person with what the journal knows about them, for lists."""

    person: Person
    entry_count: int
    last_contact: When | None


def clean_name(name: str) -> str:
    value = one_line(name)
    if not value:
        raise InvalidInput(messages.PERSON_NAME_EMPTY)
    if len(value) > MAX_NAME:
        raise InvalidInput(messages.PERSON_NAME_LONG.format(limit=MAX_NAME))
    return value


def name_key(name: str) -> str:
    """Names are unique per account whatever their case: 'Alex' and 'alex' are one person."""
    return one_line(name).casefold()


def relationship(value: str) -> str:
    return choice(value, RELATIONSHIPS, messages.RELATIONSHIP_UNKNOWN)


def origin(value: str) -> str:
    return choice(value, ORIGINS, messages.ORIGIN_UNKNOWN)


def validated(person: Person) -> Person:
    """Return the person with every field cleaned, or raise InvalidInput."""
    return replace(
        person,
        name=clean_name(person.name),
        relationship=relationship(person.relationship),
        origin=origin(person.origin),
        notes=limited(normalise(person.notes).strip(), "Notes", MAX_NOTES),
        triggers=short_items(person.triggers, "A trigger"),
        boundaries=short_items(person.boundaries, "A boundary"),
    )


@dataclass(frozen=True)
class PersonChanges:
    """What to change about a person; None (or empty) leaves a field as it is."""

    name: str | None = None
    relationship: str | None = None
    origin: str | None = None
    notes: str | None = None
    safe: bool | None = None
    #: Replace the whole list (None keeps it); the add/remove fields then apply to it.
    triggers: tuple[str, ...] | None = None
    boundaries: tuple[str, ...] | None = None
    add_triggers: tuple[str, ...] = ()
    remove_triggers: tuple[str, ...] = ()
    add_boundaries: tuple[str, ...] = ()
    remove_boundaries: tuple[str, ...] = ()
    ended_on: date | None = None
    reopen: bool = False

    def apply(self, person: Person) -> Person:
        def minus(items: tuple[str, ...], gone: tuple[str, ...]) -> tuple[str, ...]:
            drop = {one_line(g).casefold() for g in gone}
            return tuple(i for i in items if i.casefold() not in drop)

        return replace(
            person,
            name=person.name if self.name is None else self.name,
            relationship=self.relationship or person.relationship,
            origin=self.origin or person.origin,
            notes=person.notes if self.notes is None else self.notes,
            safe=person.safe if self.safe is None else self.safe,
            triggers=minus(
                person.triggers if self.triggers is None else self.triggers,
                self.remove_triggers,
            )
            + self.add_triggers,
            boundaries=minus(
                person.boundaries if self.boundaries is None else self.boundaries,
                self.remove_boundaries,
            )
            + self.add_boundaries,
            ended_on=None if self.reopen else (self.ended_on or person.ended_on),
        )

    @property
    def empty(self) -> bool:
        return self == PersonChanges()
