"""Writing results: JSON for scripts, short readable text for people."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from bondlens.entries import Entry

if TYPE_CHECKING:
    from bondlens.analysis.results import Crisis
from bondlens.people import PersonSummary
from bondlens.render import ago, entry_heading, entry_json, entry_meta, label

FORMATS = click.Choice(["text", "json"])
PREVIEW_LINES = 3


def emit_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def width() -> int:
    import shutil  # not at the top: ``add`` never needs it, and it is slow to import

    return min(shutil.get_terminal_size((88, 24)).columns, 100)


def entry_block(entry: Entry, *, full: bool = False) -> str:
    head = click.style(f"#{entry.id}", bold=True) + f"  {entry_heading(entry)}"
    lines = [head, "    " + click.style(entry_meta(entry), dim=True)]
    body = entry.text.splitlines() or [""]
    wrapped: list[str] = []
    for paragraph in body:
        wrapped.extend(textwrap.wrap(paragraph, width() - 4) or [""])
    if not full and len(wrapped) > PREVIEW_LINES:
        wrapped = [*wrapped[: PREVIEW_LINES - 1], wrapped[PREVIEW_LINES - 1] + " …"]
    lines.extend("    " + line for line in wrapped)
    if full and entry.safe_text:
        lines.append("    What felt safe: " + entry.safe_text)
    if full and entry.unsafe_text:
        lines.append("    What felt unsafe: " + entry.unsafe_text)
    return "\n".join(lines)


def entry_list(found: Sequence[Entry], fmt: str, empty: str) -> None:
    if fmt == "json":
        emit_json([entry_json(e) for e in found])
    elif not found:
        click.echo(empty, err=True)
    else:
        click.echo("\n\n".join(entry_block(e) for e in found))


def people_table(found: Sequence[PersonSummary]) -> str:
    """One aligned line a person: name, relationship, marks, entries, last contact."""
    name_width = max(len(s.person.name) for s in found)
    rows = []
    for s in found:
        mark = "♥ safe" if s.person.safe else ""
        status = "past" if not s.person.active else ""
        count = f"{s.entry_count} entr{'y' if s.entry_count == 1 else 'ies'}"
        rows.append(
            f"{s.person.name:<{name_width}}  {label(s.person.relationship):<12}  "
            f"{mark:<6}  {status:<4}  {count:<11}  last: {ago(s.last_contact)}".rstrip()
        )
    return "\n".join(rows)


def confirmed(prompt: str, *, needed: str | None = None, declined: str | None = None) -> bool:
    """Ask before something that can't be undone; refuse when nobody is there to ask.

    ``needed`` and ``declined`` replace the words for a delete (nobody to ask; "no").
    """
    import sys

    from bondlens import messages
    from bondlens.errors import InvalidInput

    if not (sys.stdin and sys.stdin.isatty()):
        raise InvalidInput(needed or messages.CONFIRM_NEEDED)
    if click.confirm(prompt, default=False):
        return True
    click.echo(declined or messages.NOT_DELETED)
    return False


def on_its_own(option: str, given: dict[str, bool]) -> None:
    """A delete is asked for on its own: refuse (a usage mistake) when others came with it."""
    from bondlens import messages

    others = [name for name, present in given.items() if present]
    if others:
        raise click.UsageError(
            messages.TAKE_BACK_ALONE.format(option=option, others=", ".join(others))
        )


def crisis_lines(crisis: Crisis) -> list[str]:
    """Where to turn right now, in plain words, for a text with crisis language."""
    from bondlens import messages

    lines = [messages.CRISIS_INTRO_PAST if crisis.looking_back else messages.CRISIS_INTRO]
    lines.extend(f"  • {r.name}: {r.contact}" for r in crisis.resources)
    if "danger_now" in crisis.kinds:
        lines.append(messages.CRISIS_DANGER)
    return lines
