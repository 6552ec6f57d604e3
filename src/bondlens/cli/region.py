"""The ``region`` command: which country's crisis lines are shown, and choosing it.

Thin like every command: parse, call ``preferences_service``, render. The lines come
from ``analysis/resources.py`` (standard library only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, emit_json

if TYPE_CHECKING:
    from bondlens.preferences_service import RegionChoice


@cli.command()
@click.argument("code", required=False)
@click.option("--clear", is_flag=True, help="Go back to the default (BONDLENS_REGION, if set).")
@click.option("--list", "list_", is_flag=True, help="List the country codes you can choose.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def region(app: App, code: str | None, clear: bool, list_: bool, fmt: str) -> None:
    """The country whose crisis lines are shown: see it, or choose another.

    A country chosen here comes first; without one, BONDLENS_REGION; without either, a
    list from several countries.

    \b
    Examples:
      bondlens region
      bondlens region GB
      bondlens region international
      bondlens region --list
      bondlens region --clear
    """
    from bondlens import preferences_service as preferences

    if sum((code is not None, clear, list_)) > 1:
        raise click.UsageError(messages.REGION_ONE_AT_A_TIME)
    if list_:
        _list(preferences.choices(), fmt)
        return
    if code is None and not clear:
        _show(preferences.region_choice(app.journal), fmt)
        return
    choice = preferences.set_region(app.journal, code or "")
    _show(choice, fmt, preferences.saved_notice(choice))


def _show(choice: RegionChoice, fmt: str, saved: str | None = None) -> None:
    from bondlens.analysis.resources import resources_for

    lines = resources_for(choice.code)
    if fmt == "json":
        emit_json({**choice.to_json(), "lines": [r.to_json() for r in lines]})
        return
    out = [saved, ""] if saved else []
    if choice.code:
        source = messages.REGION_SOURCES[choice.source]
        out.append(messages.REGION_IN_USE.format(name=choice.name, code=choice.code, source=source))
    elif choice.chosen:
        out.append(messages.REGION_SEVERAL_CHOSEN)
    else:
        out.append(messages.REGION_NONE)
    if choice.chosen and choice.default:
        out.append(messages.REGION_ENV_DEFAULT.format(name=choice.default_name))
    out.extend(f"  • {r.name}: {r.contact}" for r in lines)
    out += ["", click.style(messages.REGION_HOW, dim=True)]
    click.echo("\n".join(out))


def _list(choices: list[tuple[str, str]], fmt: str) -> None:
    if fmt == "json":
        emit_json([{"code": code, "name": name} for code, name in choices])
        return
    click.echo(messages.REGION_LIST_INTRO)
    click.echo("\n".join(f"  {code}  {name}" for code, name in choices))
