"""Our own record shapes, shared by the jsonl and json formats (see docs/formats.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bondlens.dates import check_utc, when_from_str, when_to_str
from bondlens.entries import Entry, default_kind
from bondlens.errors import InvalidInput
from bondlens.people import Person


def person_to_dict(person: Person) -> dict[str, Any]:
    return {
        "type": "person",
        "name": person.name,
        "relationship": person.relationship,
        "origin": person.origin,
        "safe": person.safe,
        "notes": person.notes,
        "triggers": list(person.triggers),
        "boundaries": list(person.boundaries),
        "ended_on": person.ended_on.isoformat() if person.ended_on else None,
        "created": person.created,
    }


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    return {
        "type": "entry",
        "when": when_to_str(entry.when),
        "written": entry.written,
        "updated": entry.updated,
        "people": list(entry.people),
        "kind": entry.kind,
        "safety": entry.safety,
        "text": entry.text,
        "safe_text": entry.safe_text,
        "unsafe_text": entry.unsafe_text,
        "tags": list(entry.tags),
    }


def person_from_dict(data: dict[str, Any]) -> Person:
    ended = _optional_str(data, "ended_on")
    try:
        ended_on = date.fromisoformat(ended) if ended else None
    except ValueError:
        raise InvalidInput(f"'ended_on' should be a date like 2024-05-01, not {ended!r}.") from None
    created = _optional_str(data, "created")
    return Person(
        name=_required_str(data, "name"),
        relationship=_optional_str(data, "relationship") or "other",
        origin=_optional_str(data, "origin") or "unknown",
        notes=_optional_str(data, "notes") or "",
        safe=_bool(data, "safe"),
        triggers=_str_list(data, "triggers"),
        boundaries=_str_list(data, "boundaries"),
        ended_on=ended_on,
        created=check_utc(created) if created else "",
    )


def entry_from_dict(data: dict[str, Any]) -> Entry:
    when = data.get("when")
    if not isinstance(when, str) or not when:
        raise InvalidInput("'when' is missing (a date like 2026-03-14 or 2026-03-14T21:30).")
    people = _str_list(data, "people")
    written = _optional_str(data, "written")
    updated = _optional_str(data, "updated")
    safety = data.get("safety")
    if safety is not None and (isinstance(safety, bool) or not isinstance(safety, int)):
        raise InvalidInput("'safety' should be a whole number from 1 to 5.")
    return Entry(
        text=_required_str(data, "text"),
        when=when_from_str(when),
        people=people,
        safety=safety,
        safe_text=_optional_str(data, "safe_text") or "",
        unsafe_text=_optional_str(data, "unsafe_text") or "",
        kind=_optional_str(data, "kind") or default_kind(people),
        tags=_str_list(data, "tags"),
        written=check_utc(written) if written else "",
        updated=check_utc(updated) if updated else None,
    )


def _required_str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise InvalidInput(f"'{key}' is missing or is not text.")
    return value


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise InvalidInput(f"'{key}' should be text.")
    return value


def _bool(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise InvalidInput(f"'{key}' should be true or false.")
    return value


def _str_list(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"'{key}' should be a list of texts.")
    return tuple(value)
