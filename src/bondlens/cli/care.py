"""The ``care`` command: the care team (therapist, support group, doctor, crisis lines,
trusted people), how to reach each and where you are on the path to care.

Thin like every command: parse, call ``care_service``, render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, emit_json

if TYPE_CHECKING:
    from bondlens.care_team import CareMember

KINDS_HELP = "therapist, support-group, doctor, crisis-line, trusted-person or other."
REACH_HELP = "How to reach them: a phone number, an address, a website."
STATUS_HELP = 'Where you are on the path to care, e.g. "insurance verified".'
NOTES_HELP = "Anything else worth keeping."
FORMAT = click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)


def member_lines(member: CareMember) -> list[str]:
    """One member as text: number, name and kind, then what is known."""
    lines = [click.style(f"#{member.id}", bold=True) + f"  {member.name} ({member.kind_label})"]
    if member.reach:
        lines.append(f"    Reach: {member.reach}")
    if member.status:
        lines.append(f"    Status: {member.status}")
    lines.extend(f"    {line}" for line in member.notes.splitlines() if line.strip())
    return lines


def _show(members: list[CareMember], fmt: str) -> None:
    if fmt == "json":
        emit_json(_json(members))
        return
    if not members:
        click.echo(messages.CARE_EMPTY)
        return
    lines = [messages.CARE_INTRO]
    for member in members:
        lines += ["", *member_lines(member)]
    click.echo("\n".join(lines))


def _done(member: CareMember, message: str, fmt: str) -> None:
    from bondlens.care_team import to_json

    if fmt == "json":
        emit_json(to_json(member))
    else:
        click.echo(message.format(name=member.name, id=member.id))


@cli.group(invoke_without_command=True)
@FORMAT
@click.pass_context
def care(ctx: click.Context, fmt: str) -> None:
    """Your care team: who supports you, how to reach them, where you are on the path.

    \b
    Examples:
      bondlens care
      bondlens care add "Dr Okafor" --kind therapist --reach "555 0199" --status "waitlist"
      bondlens care edit 1 --status "intake forms sent"
      bondlens care remove 1
    """
    if ctx.invoked_subcommand is not None:
        return
    from bondlens import care_service as service

    app = ctx.find_object(App)
    assert app is not None
    _show(service.list_members(app.journal), fmt)


@care.command(name="list")
@FORMAT
@pass_app
def list_team(app: App, fmt: str) -> None:
    """List your care team, therapists first."""
    from bondlens import care_service as service

    _show(service.list_members(app.journal), fmt)


@care.command()
@click.argument("name")
@click.option("--kind", required=True, metavar="KIND", help=f"The kind of support: {KINDS_HELP}")
@click.option("--reach", default="", metavar="TEXT", help=REACH_HELP)
@click.option("--status", default="", metavar="TEXT", help=STATUS_HELP)
@click.option("--notes", default="", metavar="TEXT", help=NOTES_HELP)
@FORMAT
@pass_app
def add(app: App, name: str, kind: str, reach: str, status: str, notes: str, fmt: str) -> None:
    """Add someone to your care team."""
    from bondlens import care_service as service

    member = service.add_member(app.journal, name, kind, reach, status, notes)
    _done(member, messages.CARE_ADDED, fmt)


@care.command()
@click.argument("member_id", metavar="ID", type=click.IntRange(min=1))
@click.option("--name", metavar="TEXT", help="A new name.")
@click.option("--kind", metavar="KIND", help=f"A new kind: {KINDS_HELP}")
@click.option("--reach", metavar="TEXT", help=REACH_HELP + ' "" clears it.')
@click.option("--status", metavar="TEXT", help=STATUS_HELP + ' "" clears it.')
@click.option("--notes", metavar="TEXT", help=NOTES_HELP + ' "" clears it.')
@FORMAT
@pass_app
def edit(
    app: App,
    member_id: int,
    name: str | None,
    kind: str | None,
    reach: str | None,
    status: str | None,
    notes: str | None,
    fmt: str,
) -> None:
    """Change one member of your care team (numbers as `bondlens care` shows them)."""
    from bondlens import care_service as service
    from bondlens.errors import InvalidInput

    if all(v is None for v in (name, kind, reach, status, notes)):
        raise InvalidInput(messages.CARE_NOTHING_TO_CHANGE)
    member = service.edit_member(
        app.journal, member_id, name=name, kind=kind, reach=reach, status=status, notes=notes
    )
    _done(member, messages.CARE_EDITED, fmt)


@care.command()
@click.argument("member_id", metavar="ID", type=click.IntRange(min=1))
@FORMAT
@pass_app
def remove(app: App, member_id: int, fmt: str) -> None:
    """Take one member out of your care team."""
    from bondlens import care_service as service

    _done(service.remove_member(app.journal, member_id), messages.CARE_REMOVED, fmt)


def _json(members: list[CareMember]) -> dict[str, Any]:
    from bondlens.care_team import to_json

    return {"members": [to_json(m) for m in members]}
