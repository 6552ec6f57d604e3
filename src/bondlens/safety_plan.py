"""The safety plan, pure: seven sections of short lines, written on a calmer day for a
harder one (the structure the Stanley-Brown plan and PTSD Coach use; our own words,
in ``messages.SAFETY_SECTIONS``).

Validation, adding and removing a line, and the plain-text form that ``bondlens safety
--edit`` opens in an editor. No SQL, no printing: ``safety_service.py`` stores a plan,
the CLI and the web show it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bondlens import messages
from bondlens.errors import InvalidInput
from bondlens.text import choice, limited, one_line

#: The sections' ids, in the plan's order.
SECTIONS: tuple[str, ...] = tuple(messages.SAFETY_SECTIONS)
#: Where crisis lines for the region are listed, after the person's own.
CRISIS_SECTION = "professionals"
#: Up to this many characters a line, and this many lines a section.
MAX_ITEM_CHARS = 200
MAX_ITEMS = 15
#: Headings in the plain-text form start with this; a single "#" starts a comment.
HEADING = "## "


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    prompt: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class SafetyPlan:
    """A person's plan: every section's lines (an absent section has none)."""

    items: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: When it was last saved (UTC, ISO), None if it never was.
    updated: str | None = None

    def of(self, section: str) -> tuple[str, ...]:
        return tuple(self.items.get(section, ()))

    @property
    def empty(self) -> bool:
        return not any(self.items.get(s) for s in SECTIONS)

    def sections(self) -> list[Section]:
        """Every section in order, with its title, prompt and lines."""
        return [Section(s, *messages.SAFETY_SECTIONS[s], self.of(s)) for s in SECTIONS]

    def filled(self) -> list[Section]:
        """Only the sections with lines in them."""
        return [s for s in self.sections() if s.items]


def section_id(raw: str) -> str:
    """A section by its id, forgiving case, spaces and hyphens ("warning-signs")."""
    return choice(raw, SECTIONS, messages.SAFETY_SECTION_UNKNOWN)


def title(section: str) -> str:
    return messages.SAFETY_SECTIONS[section][0]


def validated(items: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Every section's lines cleaned (one line each, no blanks, no repeats), in order;
    an unknown section, a line too long or too many lines is refused."""
    cleaned: dict[str, tuple[str, ...]] = {}
    for raw, lines in items.items():
        section = section_id(raw)
        kept: list[str] = []
        for line in lines:
            value = limited(one_line(line), title(section), MAX_ITEM_CHARS)
            if value and value.casefold() not in {k.casefold() for k in kept}:
                kept.append(value)
        if len(kept) > MAX_ITEMS:
            raise InvalidInput(
                messages.SAFETY_TOO_MANY.format(section=title(section), limit=MAX_ITEMS)
            )
        cleaned[section] = (*cleaned.get(section, ()), *kept)
    return {s: cleaned[s] for s in SECTIONS if cleaned.get(s)}


def from_lines(items: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Sections typed as one line per item (the web form's textareas)."""
    return validated({s: text.splitlines() for s, text in items.items()})


def with_item(plan: SafetyPlan, section: str, text: str) -> dict[str, tuple[str, ...]]:
    """The plan's lines with one more at the end of ``section``."""
    ident = section_id(section)
    if not one_line(text):
        raise InvalidInput(messages.SAFETY_ITEM_EMPTY)
    return validated({**plan.items, ident: (*plan.of(ident), text)})


def without_item(plan: SafetyPlan, section: str, number: int) -> dict[str, tuple[str, ...]]:
    """The plan's lines without line ``number`` (counted from 1) of ``section``."""
    ident = section_id(section)
    lines = plan.of(ident)
    if not 1 <= number <= len(lines):
        raise InvalidInput(messages.SAFETY_NO_ITEM.format(section=title(ident), number=number))
    return validated({**plan.items, ident: lines[: number - 1] + lines[number:]})


# --- the plain-text form ----------------------------------------------------------------
def form_text(plan: SafetyPlan) -> str:
    """The plan as a plain-text form to edit: a heading a section, one line an item."""
    parts = [messages.SAFETY_FORM_HELP]
    for section in plan.sections():
        parts.append(f"\n{HEADING}{section.title}\n# {section.prompt}")
        parts.extend(section.items)
    return "\n".join(parts) + "\n"


def parse_form(text: str) -> dict[str, tuple[str, ...]]:
    """Read a form written by ``form_text`` (and edited by a person) back into lines."""
    by_title = {one_line(t).casefold(): s for s, (t, _) in messages.SAFETY_SECTIONS.items()}
    found: dict[str, list[str]] = {}
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith(HEADING.strip()):
            heading = one_line(line[len(HEADING.strip()) :])
            if heading.casefold() not in by_title:
                problem = messages.SAFETY_FORM_HEADING.format(line=number, heading=heading)
                raise InvalidInput(problem)
            current = by_title[heading.casefold()]
            found.setdefault(current, [])
        elif not line or line.startswith("#"):
            continue
        elif current is None:
            raise InvalidInput(messages.SAFETY_FORM_STRAY.format(line=number))
        else:
            found[current].append(line.removeprefix("- ").removeprefix("• "))
    return validated(found)


def to_json(plan: SafetyPlan) -> dict[str, Any]:
    return {
        "updated": plan.updated,
        "sections": [
            {"id": s.id, "title": s.title, "items": list(s.items)} for s in plan.sections()
        ],
    }
