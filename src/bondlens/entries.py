"""Journal entries: the domain's Entry and the rules for it. Pure: no storage."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from bondlens import messages
from bondlens.dates import When
from bondlens.errors import InvalidInput
from bondlens.people import clean_name, name_key
from bondlens.text import choice, limited, normalise, one_line

KINDS: tuple[str, ...] = (
    "interaction",
    "reflection",
    "micro_share",
    "check_in",
    "support_given",
    "support_received",
)
#: How safe the moment felt, in the words the product shows beside each number.
SAFETY_WORDS: dict[int, str] = {
    1: "very unsafe",
    2: "unsafe",
    3: "mixed",
    4: "safe",
    5: "very safe",
}
MAX_SIDE_TEXT = 5_000
MAX_TAG = 40
_TAG = re.compile(r"^[\w][\w\-./+]*$")


@dataclass(frozen=True)
class Entry:
    text: str
    when: When
    people: tuple[str, ...] = ()
    safety: int | None = None
    safe_text: str = ""
    unsafe_text: str = ""
    kind: str = "interaction"
    tags: tuple[str, ...] = ()
    id: int | None = None
    written: str = ""
    updated: str | None = None


@dataclass(frozen=True)
class EntryFilter:
    """Which entries to list: every field narrows the list; None means 'any'."""

    person: str | None = None
    since: date | None = None
    until: date | None = None
    tags: tuple[str, ...] = ()
    kind: str | None = None
    limit: int | None = None
    offset: int = 0


def entry_words(entry: Entry) -> str:
    """All the words a person wrote in an entry, for reading it (crisis screen, analysis)."""
    return words(entry.text, entry.safe_text, entry.unsafe_text)


def words(text: str, safe_text: str = "", unsafe_text: str = "") -> str:
    """An entry's parts joined the way :func:`entry_words` joins them."""
    return "\n".join(part for part in (text, safe_text, unsafe_text) if part)


def default_kind(people: tuple[str, ...]) -> str:
    """An entry about someone is an interaction; one about no one is a reflection."""
    return "interaction" if people else "reflection"


def kind(value: str) -> str:
    return choice(value, KINDS, messages.KIND_UNKNOWN)


def safety(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= 5:
        raise InvalidInput(messages.SAFETY_RANGE.format(value=value))
    return value


def tag(value: str) -> str:
    cleaned = one_line(value).lstrip("#@").lower().replace(" ", "-")
    if not cleaned or len(cleaned) > MAX_TAG or not _TAG.match(cleaned):
        raise InvalidInput(messages.TAG_BAD.format(value=value))
    return cleaned


def tags(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tag(v) for v in values))


def body(text: str, max_chars: int) -> str:
    cleaned = normalise(text).strip()
    if not cleaned:
        raise InvalidInput(messages.ENTRY_EMPTY)
    if len(cleaned) > max_chars:
        raise InvalidInput(messages.ENTRY_TOO_LONG.format(length=len(cleaned), limit=max_chars))
    return cleaned


def validated(entry: Entry, max_chars: int) -> Entry:
    """Return the entry with every field cleaned, or raise InvalidInput."""
    names: dict[str, str] = {}
    for name in entry.people:
        names.setdefault(name_key(name), clean_name(name))
    return replace(
        entry,
        text=body(entry.text, max_chars),
        people=tuple(names.values()),
        safety=safety(entry.safety),
        safe_text=limited(normalise(entry.safe_text).strip(), "What felt safe", MAX_SIDE_TEXT),
        unsafe_text=limited(
            normalise(entry.unsafe_text).strip(), "What felt unsafe", MAX_SIDE_TEXT
        ),
        kind=kind(entry.kind),
        tags=tags(entry.tags),
    )


@dataclass(frozen=True)
class EntryChanges:
    """What to change about an entry; None (or empty) leaves a field as it is."""

    text: str | None = None
    when: When | None = None
    safety: int | None = None
    clear_safety: bool = False
    safe_text: str | None = None
    unsafe_text: str | None = None
    kind: str | None = None
    people: tuple[str, ...] | None = None
    add_people: tuple[str, ...] = ()
    remove_people: tuple[str, ...] = ()
    tags: tuple[str, ...] | None = None
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()

    def apply(self, entry: Entry) -> Entry:
        people = entry.people if self.people is None else self.people
        gone = {name_key(n) for n in self.remove_people}
        people = tuple(p for p in people + self.add_people if name_key(p) not in gone)
        tag_list = entry.tags if self.tags is None else self.tags
        dropped = {tag(t) for t in self.remove_tags}
        tag_list = tuple(t for t in tag_list + self.add_tags if t not in dropped)
        return replace(
            entry,
            text=entry.text if self.text is None else self.text,
            when=entry.when if self.when is None else self.when,
            safety=None
            if self.clear_safety
            else (entry.safety if self.safety is None else self.safety),
            safe_text=entry.safe_text if self.safe_text is None else self.safe_text,
            unsafe_text=entry.unsafe_text if self.unsafe_text is None else self.unsafe_text,
            kind=self.kind or entry.kind,
            people=people,
            tags=tag_list,
        )

    @property
    def empty(self) -> bool:
        return self == EntryChanges()
