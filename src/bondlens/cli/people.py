"""Commands for the people in your journal: ``bondlens person …``."""

from __future__ import annotations

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, confirmed, emit_json, entry_block, people_table
from bondlens.dates import parse_day
from bondlens.entries import EntryFilter
from bondlens.people import ORIGINS, RELATIONSHIPS, Person, PersonChanges
from bondlens.render import ago, describe_person, person_json

RELATIONSHIP = click.Choice(RELATIONSHIPS, case_sensitive=False)
ORIGIN = click.Choice(ORIGINS, case_sensitive=False)
ORIGIN_HELP = (
    "How the bond began: shared_trauma (you went through similar pain), "
    "healing_together (a group or recovery friendship), other, unknown."
)


@cli.group()
def person() -> None:
    """The people in your life: add, list, show, edit, end, delete."""


@person.command(name="add")
@click.argument("name")
@click.option("--relationship", "-r", type=RELATIONSHIP, default="other", show_default=True)
@click.option("--origin", "-o", type=ORIGIN, default="unknown", show_default=True, help=ORIGIN_HELP)
@click.option("--note", default="", metavar="TEXT", help="Anything you want to remember.")
@click.option("--safe", is_flag=True, help="Mark them as a safe person for you.")
@click.option(
    "--trigger",
    "triggers",
    multiple=True,
    metavar="TEXT",
    help="Something that tends to trigger you around them (repeatable).",
)
@click.option(
    "--boundary",
    "boundaries",
    multiple=True,
    metavar="TEXT",
    help="A boundary you hold with them (repeatable).",
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def add_person(
    app: App,
    name: str,
    relationship: str,
    origin: str,
    note: str,
    safe: bool,
    triggers: tuple[str, ...],
    boundaries: tuple[str, ...],
    fmt: str,
) -> None:
    """Add someone to your people."""
    saved = app.journal.add_person(
        Person(
            name=name,
            relationship=relationship.lower(),
            origin=origin.lower(),
            notes=note,
            safe=safe,
            triggers=triggers,
            boundaries=boundaries,
        )
    )
    if fmt == "json":
        emit_json(person_json(saved))
    else:
        click.echo(messages.PERSON_NEW.format(name=saved.name))


@person.command(name="list")
@click.option(
    "--past/--active",
    "past",
    default=None,
    help="Only past relationships, or only active ones (default: everyone).",
)
@click.option("--safe", is_flag=True, help="Only people you marked as safe.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def list_people(app: App, past: bool | None, safe: bool, fmt: str) -> None:
    """List your people, with when you last wrote about each."""
    found = [
        s
        for s in app.journal.people()
        if (past is None or s.person.active != past) and (s.person.safe or not safe)
    ]
    if fmt == "json":
        emit_json([person_json(s.person, s) for s in found])
        return
    if not found:
        click.echo(messages.NO_PEOPLE, err=True)
        return
    click.echo(people_table(found))


@person.command(name="show")
@click.argument("name")
@click.option(
    "-n",
    "recent",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="How many recent entries to show.",
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def show_person(app: App, name: str, recent: int, fmt: str) -> None:
    """Show someone's profile and your recent entries about them."""
    found = app.journal.person(name)
    summary = next(s for s in app.journal.people() if s.person.id == found.id)
    latest = app.journal.entries(EntryFilter(person=found.name, limit=recent)) if recent else []
    if fmt == "json":
        from bondlens.render import entry_json

        emit_json({**person_json(found, summary), "recent": [entry_json(e) for e in latest]})
        return
    click.echo(click.style(found.name, bold=True) + f"  ({describe_person(found)})")
    click.echo(f"{summary.entry_count} entries · last: {ago(summary.last_contact)}")
    for entry in latest:
        click.echo("\n" + entry_block(entry))


@person.command(name="edit")
@click.argument("name")
@click.option("--name", "new_name", metavar="NAME", help="A new name for them.")
@click.option("--relationship", "-r", type=RELATIONSHIP)
@click.option("--origin", "-o", type=ORIGIN, help=ORIGIN_HELP)
@click.option("--note", metavar="TEXT", help="Replace your notes.")
@click.option("--safe/--not-safe", default=None, help="Mark or unmark as a safe person.")
@click.option("--trigger", "add_triggers", multiple=True, metavar="TEXT", help="Add a trigger.")
@click.option("--remove-trigger", multiple=True, metavar="TEXT", help="Remove a trigger.")
@click.option("--boundary", "add_boundaries", multiple=True, metavar="TEXT", help="Add a boundary.")
@click.option("--remove-boundary", multiple=True, metavar="TEXT", help="Remove a boundary.")
@click.option("--active", "reopen", is_flag=True, help="Mark a past relationship as active.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def edit_person(
    app: App,
    name: str,
    new_name: str | None,
    relationship: str | None,
    origin: str | None,
    note: str | None,
    safe: bool | None,
    add_triggers: tuple[str, ...],
    remove_trigger: tuple[str, ...],
    add_boundaries: tuple[str, ...],
    remove_boundary: tuple[str, ...],
    reopen: bool,
    fmt: str,
) -> None:
    """Change someone's details. Only what you name changes."""
    saved = app.journal.edit_person(
        name,
        PersonChanges(
            name=new_name,
            relationship=relationship.lower() if relationship else None,
            origin=origin.lower() if origin else None,
            notes=note,
            safe=safe,
            add_triggers=add_triggers,
            remove_triggers=remove_trigger,
            add_boundaries=add_boundaries,
            remove_boundaries=remove_boundary,
            reopen=reopen,
        ),
    )
    if fmt == "json":
        emit_json(person_json(saved))
    else:
        click.echo(messages.PERSON_SAVED.format(name=saved.name))


@person.command(name="end")
@click.argument("name")
@click.option(
    "--on",
    "on",
    required=True,
    metavar="DATE",
    help="The day it ended (a date, 'today', '2 weeks ago', ...).",
)
@pass_app
def end_person(app: App, name: str, on: str) -> None:
    """Mark a relationship as past. You can still write about it and look back."""
    saved = app.journal.end_person(name, parse_day(on))
    click.echo(messages.PERSON_ENDED.format(name=saved.name, day=saved.ended_on))


@person.command(name="delete")
@click.argument("name")
@click.option("--yes", "-y", is_flag=True, help="Don't ask for confirmation.")
@pass_app
def delete_person(app: App, name: str, yes: bool) -> None:
    """Remove someone from your people. Entries about them are kept."""
    found = app.journal.person(name)
    if not yes and not confirmed(messages.CONFIRM_PERSON_DELETE.format(name=found.name)):
        return
    app.journal.delete_person(found.name)
    click.echo(messages.PERSON_DELETED.format(name=found.name))
