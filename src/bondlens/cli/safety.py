"""The ``safety`` command: show the safety plan, edit it whole, add or remove a line.

Thin like every command: parse, call ``safety_service``, render. The person's own
contacts from the care team are shown in the sections they belong to (trusted people
under "People I can ask for help", their crisis lines under "Professionals and crisis
lines"), after the plan's own lines; the region's crisis lines always come last under
"Professionals and crisis lines".
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, emit_json

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bondlens.analysis.results import Resource
    from bondlens.safety_plan import SafetyPlan
    from bondlens.support import Contact


def region_lines(app: App) -> tuple[Resource, ...]:
    """Every crisis line known for the person's region (standard library only)."""
    from bondlens.analysis.resources import resources_for
    from bondlens.preferences_service import region

    return resources_for(region(app.journal))


def plan_lines(
    plan: SafetyPlan,
    resources: tuple[Resource, ...],
    *,
    numbered: bool,
    contacts: Sequence[Contact] = (),
) -> list[str]:
    """The plan as text: each section with its lines, then the care team's ``contacts``
    that belong to it and, under professionals, the region's crisis lines (if given).
    Not ``numbered``: only the sections with lines."""
    from bondlens.cli.support import contact_line
    from bondlens.safety_plan import CRISIS_SECTION
    from bondlens.support import by_section

    from_care = by_section(contacts)
    lines: list[str] = []
    for section in plan.sections():
        listed = section.id == CRISIS_SECTION and bool(resources)
        theirs = from_care.get(section.id, ())
        if not numbered and not section.items and not listed and not theirs:
            continue
        lines.append(click.style(section.title, bold=True))
        for number, item in enumerate(section.items, start=1):
            lines.append(f"  {number}. {item}" if numbered else f"  • {item}")
        if numbered and not section.items and not theirs:
            lines.append("  " + click.style(messages.SAFETY_NOTHING_YET, dim=True))
        if theirs:
            lines.append("  " + messages.SUPPORT_FROM_CARE)
            lines.extend(f"    • {contact_line(c)}" for c in theirs)
        if listed:
            lines.append("  " + messages.SAFETY_REGION_LINES)
            lines.extend(f"    • {r.name}: {r.contact}" for r in resources)
        lines.append("")
    return lines[:-1]


def _at_terminal() -> bool:
    return bool(sys.stdin and sys.stdin.isatty() and sys.stdout and sys.stdout.isatty())


def _edited(plan: SafetyPlan) -> dict[str, tuple[str, ...]] | None:
    """The whole plan, edited in $EDITOR; None when the editor was closed unsaved."""
    from bondlens.errors import InvalidInput
    from bondlens.safety_plan import form_text, parse_form

    if not _at_terminal():
        raise InvalidInput(messages.SAFETY_EDIT_NEEDS_TERMINAL)
    written = click.edit(form_text(plan), extension=".txt", require_save=True)
    return None if written is None else parse_form(written)


@cli.command()
@click.option("--edit", "edit", is_flag=True, help="Edit the whole plan in your text editor.")
@click.option(
    "--add",
    "add",
    nargs=2,
    metavar="SECTION TEXT",
    help="Add a line to a section (warning-signs, on-my-own, feel-better, ask-for-help, "
    "professionals, safer-surroundings, reasons).",
)
@click.option(
    "--remove",
    "remove",
    nargs=2,
    type=(str, click.IntRange(min=1)),
    metavar="SECTION N",
    help="Take line N (as numbered by `bondlens safety`) out of a section.",
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def safety(
    app: App,
    edit: bool,
    add: tuple[str, str] | None,
    remove: tuple[str, int] | None,
    fmt: str,
) -> None:
    """Your safety plan, for harder days: show it, or change it.

    \b
    Examples:
      bondlens safety
      bondlens safety --add warning-signs "I stop answering messages"
      bondlens safety --remove reasons 2
      bondlens safety --edit
    """
    from bondlens import safety_service as service
    from bondlens.support_service import contacts as own_contacts

    journal = app.journal
    changed = True
    if edit:
        items = _edited(service.get_plan(journal))
        changed = items is not None
        plan = service.save_plan(journal, items) if items is not None else None
    elif add:
        plan = service.add_item(journal, *add)
    elif remove:
        plan = service.remove_item(journal, *remove)
    else:
        plan, changed = None, False
    if plan is None:
        plan = service.get_plan(journal)
    resources = region_lines(app)
    contacts = own_contacts(journal)
    if fmt == "json":
        from bondlens.support import safety_json

        emit_json(safety_json(plan, resources, contacts))
        return
    if edit or add or remove:
        click.echo((messages.SAFETY_SAVED if changed else messages.SAFETY_UNCHANGED) + "\n")
    if plan.empty:
        click.echo(messages.SAFETY_EMPTY + "\n")
    else:
        click.echo(messages.SAFETY_INTRO + "\n")
    click.echo("\n".join(plan_lines(plan, resources, numbered=True, contacts=contacts)))
    if not contacts:
        click.echo("\n" + click.style(messages.SUPPORT_ADD_CONTACTS, dim=True))
