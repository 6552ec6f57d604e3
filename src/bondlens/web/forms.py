"""Turning submitted forms into domain objects, and back into form values.

A form that fails keeps everything the person typed: ``EntryForm`` holds the raw
strings, so the page can be shown again, filled in, with the error above it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from starlette.datastructures import FormData

from bondlens import messages
from bondlens.dates import When, day_of, when_from_str
from bondlens.entries import Entry, EntryChanges, default_kind
from bondlens.errors import InvalidInput


def split_list(raw: str) -> tuple[str, ...]:
    """'Alex, Sam,' -> ('Alex', 'Sam'): commas separate, blanks are dropped."""
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def split_tags(raw: str) -> tuple[str, ...]:
    return tuple(part for part in raw.replace(",", " ").split() if part)


@dataclass
class EntryForm:
    text: str = ""
    people: str = ""
    day: str = ""
    time: str = ""
    safety: str = ""
    safe_text: str = ""
    unsafe_text: str = ""
    kind: str = ""
    tags: str = ""

    @classmethod
    def from_form(cls, form: FormData) -> EntryForm:
        def field(name: str) -> str:
            value = form.get(name, "")
            return value if isinstance(value, str) else ""

        return cls(**{name: field(name) for name in asdict(cls())})

    @classmethod
    def from_entry(cls, entry: Entry) -> EntryForm:
        return cls(
            text=entry.text,
            people=", ".join(entry.people),
            day=day_of(entry.when).isoformat(),
            time=entry.when.strftime("%H:%M") if isinstance(entry.when, datetime) else "",
            safety="" if entry.safety is None else str(entry.safety),
            safe_text=entry.safe_text,
            unsafe_text=entry.unsafe_text,
            kind=entry.kind,
            tags=" ".join(entry.tags),
        )

    def _safety(self) -> int | None:
        if not self.safety.strip():
            return None
        try:
            return int(self.safety)
        except ValueError:
            raise InvalidInput(messages.SAFETY_RANGE.format(value=self.safety)) from None

    def _when(self) -> When | None:
        """The day alone, or the day and time; None when no day was given."""
        day, moment = self.day.strip(), self.time.strip()
        if not day:
            return None
        return when_from_str(f"{day}T{moment}" if moment else day)

    def to_entry(self) -> Entry:
        people = split_list(self.people)
        moment = self._when() or datetime.now().replace(second=0, microsecond=0)
        return Entry(
            text=self.text,
            when=moment,
            people=people,
            safety=self._safety(),
            safe_text=self.safe_text,
            unsafe_text=self.unsafe_text,
            kind=self.kind or default_kind(people),
            tags=split_tags(self.tags),
        )

    def to_changes(self) -> EntryChanges:
        safety = self._safety()
        people = split_list(self.people)
        return EntryChanges(
            text=self.text,
            when=self._when(),
            safety=safety,
            clear_safety=safety is None,
            safe_text=self.safe_text,
            unsafe_text=self.unsafe_text,
            kind=self.kind or default_kind(people),
            people=people,
            tags=split_tags(self.tags),
        )
