"""Plain-text descriptions of people, entries and notes, shared by the CLI, web and export."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bondlens import messages
from bondlens.dates import When, day_of, when_to_str
from bondlens.entries import SAFETY_WORDS, Entry
from bondlens.people import Person, PersonSummary

if TYPE_CHECKING:
    from bondlens.findings import Finding  # for annotations only: `add` never loads it


def counted(count: int, one: str, many: str) -> str:
    """A count with its word: '1 entry', '2,000 entries'."""
    return f"{count:,} {one if count == 1 else many}"


def entries_and_people(entries: int, people: int) -> dict[str, str]:
    """``entries`` and ``people`` as words, for the messages that report both."""
    return {
        "entries": counted(entries, "entry", "entries"),
        "people": counted(people, "person", "people"),
    }


def label(value: str) -> str:
    """An id as words: 'ex_partner' -> 'ex partner'."""
    return value.replace("_", " ")


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_when(value: When) -> str:
    """'Sat 14 Mar 2026' or 'Sat 14 Mar 2026, 21:30' (built by hand: strftime is slow)."""
    text = f"{_DAYS[value.weekday()]} {value.day:02d} {_MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, datetime):
        return f"{text}, {value.hour:02d}:{value.minute:02d}"
    return text


def ago(value: When | None, today: date | None = None) -> str:
    if value is None:
        return "never"
    days = ((today or date.today()) - day_of(value)).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 0:
        return day_of(value).isoformat()
    if days < 60:
        return f"{days} days ago"
    return day_of(value).isoformat()


def safety_text(safety: int | None) -> str:
    return "" if safety is None else f"safety {safety} of 5 ({SAFETY_WORDS[safety]})"


def entry_heading(entry: Entry) -> str:
    people = ", ".join(entry.people)
    return f"{format_when(entry.when)}" + (f" · {people}" if people else "")


def entry_meta(entry: Entry) -> str:
    parts = [label(entry.kind)]
    if entry.safety is not None:
        parts.append(safety_text(entry.safety))
    if entry.tags:
        parts.append(" ".join(f"#{t}" for t in entry.tags))
    return " · ".join(parts)


def describe_person(person: Person) -> str:
    parts = [label(person.relationship)]
    if person.origin != "unknown":
        parts.append(f"bond began: {label(person.origin)}")
    if person.safe:
        parts.append("a safe person")
    if person.ended_on:
        parts.append(f"past, since {person.ended_on.isoformat()}")
    if person.triggers:
        parts.append("triggers: " + "; ".join(person.triggers))
    if person.boundaries:
        parts.append("boundaries: " + "; ".join(person.boundaries))
    if person.notes:
        parts.append(f"notes: {person.notes}")
    return " · ".join(parts)


def entry_json(entry: Entry) -> dict[str, Any]:
    from bondlens.formats.records import entry_to_dict

    record = entry_to_dict(entry)
    record.pop("type")
    return {"id": entry.id, **record}


def person_json(person: Person, summary: PersonSummary | None = None) -> dict[str, Any]:
    from bondlens.formats.records import person_to_dict

    record = person_to_dict(person)
    record.pop("type")
    record = {"id": person.id, **record, "active": person.active}
    if summary is not None:
        record["entry_count"] = summary.entry_count
        record["last_contact"] = when_to_str(summary.last_contact) if summary.last_contact else None
    return record


def note_text(finding: Finding) -> str:
    """A note on an entry in plain words: "This sounds like the belief …"."""
    if finding.kind == "belief":
        words = messages.BELIEF_WORDS.get(finding.label, finding.label)
        text = messages.NOTE_BELIEF.format(words=words)
    else:
        words = messages.MARKER_WORDS.get(finding.label, finding.label.replace("_", " "))
        text = messages.NOTE_MARKER.format(words=words)
    if finding.verdict == "confirmed":
        text += " " + messages.NOTE_CONFIRMED
    return text


def finding_json(finding: Finding) -> dict[str, Any]:
    """One finding for scripts: what it is, how strong, the quote, and the person's answer."""
    return {
        "kind": finding.kind,
        "id": finding.label,
        "score": None if finding.score is None else round(finding.score, 3),
        "quote": finding.quote,
        "verdict": finding.verdict,
    }
