"""The JSON API under /api: entries and people over the same service layer.

Documented by the app's OpenAPI schema at /api/openapi.json. Writes accept only
``application/json`` bodies, which a page on another site cannot send here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response
from pydantic import BaseModel, Field

from bondlens.dates import parse_day, when_from_str
from bondlens.entries import Entry, EntryChanges, EntryFilter, default_kind
from bondlens.journal import Journal
from bondlens.people import Person, PersonChanges
from bondlens.reading import reader_id
from bondlens.render import entry_json, finding_json, person_json
from bondlens.web.safety_api import ContactOut, ResourceOut

router = APIRouter(prefix="/api", tags=["api"])

Kind = Literal[
    "interaction", "reflection", "micro_share", "check_in", "support_given", "support_received"
]
Relationship = Literal[
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
]
Origin = Literal["shared_trauma", "healing_together", "other", "unknown"]


class EntryIn(BaseModel):
    text: str = Field(description="What happened, in your words.")
    when: str | None = Field(
        None, description="YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time). Default: now."
    )
    people: list[str] = Field(default_factory=list, description="Names; new ones are added.")
    safety: int | None = Field(None, ge=1, le=5, description="1 very unsafe … 5 very safe.")
    safe_text: str = ""
    unsafe_text: str = ""
    kind: Kind | None = Field(
        None, description="Default: interaction with people, else reflection."
    )
    tags: list[str] = Field(default_factory=list)


class EntryPatch(BaseModel):
    text: str | None = None
    when: str | None = None
    people: list[str] | None = None
    safety: int | None = Field(None, ge=1, le=5)
    clear_safety: bool = False
    safe_text: str | None = None
    unsafe_text: str | None = None
    kind: Kind | None = None
    tags: list[str] | None = None


class EntryOut(BaseModel):
    id: int
    when: str
    written: str
    updated: str | None
    people: list[str]
    kind: str
    safety: int | None
    text: str
    safe_text: str
    unsafe_text: str
    tags: list[str]
    new_people: list[str] = Field(default_factory=list)


class CrisisOut(BaseModel):
    flag: bool = Field(
        description="true when the quick check or the closer reading found crisis language."
    )
    kinds: list[str]
    quotes: list[str] = Field(
        description="The sentences the quick check found (none from the closer reading)."
    )
    looking_back: bool = Field(
        description="true when every quoted sentence tells of a past time and nothing says "
        "it may be now: the same support, gentler opening words."
    )
    resources: list[ResourceOut] = Field(description="The region's lines, most useful first.")
    contacts: list[ContactOut] = Field(description="Your own crisis contacts; [] unless flag.")


class EntryDetail(EntryOut):
    crisis: CrisisOut


class EntryPage(BaseModel):
    items: list[EntryOut]
    total: int
    limit: int
    offset: int


class PersonIn(BaseModel):
    name: str
    relationship: Relationship = "other"
    origin: Origin = "unknown"
    notes: str = ""
    safe: bool = False
    triggers: list[str] = Field(default_factory=list)
    boundaries: list[str] = Field(default_factory=list)


class PersonPatch(BaseModel):
    name: str | None = None
    relationship: Relationship | None = None
    origin: Origin | None = None
    notes: str | None = None
    safe: bool | None = None
    triggers: list[str] | None = None
    boundaries: list[str] | None = None
    ended_on: date | None = None
    active: bool | None = Field(None, description="true reopens a past relationship.")


class PersonOut(BaseModel):
    id: int
    name: str
    relationship: str
    origin: str
    safe: bool
    notes: str
    triggers: list[str]
    boundaries: list[str]
    ended_on: str | None
    created: str
    active: bool
    entry_count: int | None = None
    last_contact: str | None = None


def _journal(request: Request) -> Journal:
    journal: Journal = request.app.state.journal
    return journal


def _entry_out(entry: Entry, new_people: Sequence[str] = ()) -> dict[str, Any]:
    return {**entry_json(entry), "new_people": list(new_people)}


@router.get("/entries", response_model=EntryPage)
def list_entries(
    request: Request,
    person: str | None = None,
    tag: str | None = None,
    kind: Kind | None = None,
    since: str | None = None,
    until: str | None = None,
    q: Annotated[str | None, Query(description="Words that must all appear.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Entries, newest first (best matches first with ``q``)."""
    from bondlens.entries import tag as clean_tag

    query = EntryFilter(
        person=person,
        tags=(clean_tag(tag),) if tag else (),
        kind=kind,
        since=parse_day(since) if since else None,
        until=parse_day(until) if until else None,
        limit=limit,
        offset=offset,
    )
    journal = _journal(request)
    if q:
        found = journal.search(q, query)
        total = journal.count_matches(q, replace(query, limit=None))
    else:
        found = journal.entries(query)
        total = journal.count(replace(query, limit=None, offset=0))
    return {
        "items": [_entry_out(e) for e in found],
        "total": total,
        "limit": limit,
        "offset": offset,
    }


@router.post("/entries", response_model=EntryDetail, status_code=201)
def create_entry(request: Request, body: EntryIn, later: BackgroundTasks) -> dict[str, Any]:
    """Write an entry. The answer carries the quick crisis check (``crisis``), so support
    can be shown at once; the entry is read for notes in the background once it is saved."""
    from datetime import datetime

    people = tuple(body.people)
    saved = _journal(request).add_entry(
        Entry(
            text=body.text,
            when=when_from_str(body.when)
            if body.when
            else datetime.now().replace(second=0, microsecond=0),
            people=people,
            safety=body.safety,
            safe_text=body.safe_text,
            unsafe_text=body.unsafe_text,
            kind=body.kind or default_kind(people),
            tags=tuple(body.tags),
        )
    )
    _read_later(request, later)
    return _detailed(request, saved.entry, saved.new_people)


@router.get("/entries/{entry_id}", response_model=EntryDetail)
def get_entry(request: Request, entry_id: int) -> dict[str, Any]:
    """One entry, with the crisis language found in it: by the quick check at once, and by
    the closer reading once the entry has been read (``crisis``)."""
    return _detailed(request, _journal(request).entry(entry_id))


def _detailed(request: Request, entry: Entry, new_people: Sequence[str] = ()) -> dict[str, Any]:
    """An entry with its crisis (``reading.entry_crisis``) and, if flagged, your contacts."""
    from bondlens.reading import entry_crisis
    from bondlens.support import contacts_json
    from bondlens.support_service import contacts

    journal = _journal(request)
    crisis = entry_crisis(journal, entry).crisis
    own = contacts_json(contacts(journal)) if crisis.flag else []
    return {**_entry_out(entry, new_people), "crisis": {**crisis.to_json(), "contacts": own}}


@router.patch("/entries/{entry_id}", response_model=EntryDetail)
def edit_entry(
    request: Request, entry_id: int, body: EntryPatch, later: BackgroundTasks
) -> dict[str, Any]:
    """Change an entry; fields left out stay as they are."""
    saved = _journal(request).edit_entry(
        entry_id,
        EntryChanges(
            text=body.text,
            when=when_from_str(body.when) if body.when else None,
            people=tuple(body.people) if body.people is not None else None,
            safety=body.safety,
            clear_safety=body.clear_safety,
            safe_text=body.safe_text,
            unsafe_text=body.unsafe_text,
            kind=body.kind,
            tags=tuple(body.tags) if body.tags is not None else None,
        ),
    )
    _read_later(request, later)
    return _detailed(request, saved.entry, saved.new_people)


class Note(BaseModel):
    kind: Literal["belief", "marker", "emotion"]
    id: str = Field(description="A belief id, a relationship sign (marker) id or an emotion.")
    score: float | None = Field(description="0 to 1; null when only your answer exists.")
    quote: str | None = Field(description="The sentence that matched best.")
    verdict: Literal["confirmed", "dismissed"] | None


class Notes(BaseModel):
    entry: int
    read: bool = Field(description="Whether the entry has been read yet.")
    notes: list[Note]


class Answer(BaseModel):
    kind: Literal["belief", "marker"]
    id: str
    answer: Literal["confirmed", "dismissed"] | None = Field(
        description="null takes an earlier answer back."
    )


@router.get("/entries/{entry_id}/notes", response_model=Notes)
def get_notes(request: Request, entry_id: int) -> dict[str, Any]:
    """What the on-device reader found in an entry, with your answers applied."""
    journal = _journal(request)
    journal.entry(entry_id)
    found = journal.findings([entry_id])[entry_id]
    return {
        "entry": entry_id,
        "read": journal.is_read(entry_id, reader_id()),
        "notes": [finding_json(f) for f in found],
    }


@router.post("/entries/{entry_id}/notes", response_model=Notes)
def answer_note(request: Request, entry_id: int, body: Answer) -> dict[str, Any]:
    """Say whether a note fits; your answer is kept when the entry is read again."""
    _journal(request).decide(entry_id, body.kind, body.id, body.answer)
    return get_notes(request, entry_id)


def _read_later(request: Request, later: BackgroundTasks) -> None:
    from bondlens.reading import read_in_background

    journal = _journal(request)
    if journal.settings.reading:
        later.add_task(read_in_background, journal)


@router.delete("/entries/{entry_id}", status_code=204)
def delete_entry(request: Request, entry_id: int) -> Response:
    _journal(request).delete_entry(entry_id)
    return Response(status_code=204)


@router.get("/people", response_model=list[PersonOut])
def list_people(request: Request) -> list[dict[str, Any]]:
    """Everyone, with their entry count and last contact."""
    return [person_json(s.person, s) for s in _journal(request).people()]


@router.post("/people", response_model=PersonOut, status_code=201)
def create_person(request: Request, body: PersonIn) -> dict[str, Any]:
    saved = _journal(request).add_person(
        Person(
            name=body.name,
            relationship=body.relationship,
            origin=body.origin,
            notes=body.notes,
            safe=body.safe,
            triggers=tuple(body.triggers),
            boundaries=tuple(body.boundaries),
        )
    )
    return person_json(saved)


@router.get("/people/{person_id}", response_model=PersonOut)
def get_person(request: Request, person_id: int) -> dict[str, Any]:
    journal = _journal(request)
    person = journal.person_by_id(person_id)
    return person_json(person)


@router.patch("/people/{person_id}", response_model=PersonOut)
def edit_person(request: Request, person_id: int, body: PersonPatch) -> dict[str, Any]:
    journal = _journal(request)
    current = journal.person_by_id(person_id)
    changes = PersonChanges(
        name=body.name,
        relationship=body.relationship,
        origin=body.origin,
        notes=body.notes,
        safe=body.safe,
        triggers=None if body.triggers is None else tuple(body.triggers),
        boundaries=None if body.boundaries is None else tuple(body.boundaries),
        ended_on=body.ended_on,
        reopen=body.active is True,
    )
    return person_json(journal.edit_person(current.name, changes))


@router.get("/people/{person_id}/safety")
def person_safety(request: Request, person_id: int) -> list[dict[str, Any]]:
    """How safe each rated moment with this person felt, oldest first."""
    journal = _journal(request)
    person = journal.person_by_id(person_id)
    return [{"when": w, "safety": s} for w, s in journal.safety_points(person.name)]
