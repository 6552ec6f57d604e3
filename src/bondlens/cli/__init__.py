"""The ``bondlens`` command: a thin adapter over the service layer.

``main`` is the only exit point: it maps bondlens errors to one friendly line on
stderr and an exit code (0 ok, 1 a problem with what was asked, 2 a usage mistake).
Heavy modules are imported inside commands so ``--help`` and ``add`` stay instant, and
each command's own module is imported only when that command runs (:data:`COMMANDS`).
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from typing import TYPE_CHECKING

import click

from bondlens import __version__, messages
from bondlens.errors import BondlensError

if TYPE_CHECKING:
    from bondlens.config import Settings
    from bondlens.journal import Journal


class App:
    """What every command shares: where the journal is, opened on first use."""

    def __init__(self, home: str | None) -> None:
        self.home = home
        self._journal: Journal | None = None

    @property
    def settings(self) -> Settings:
        from bondlens.config import Settings

        return Settings.load(self.home)

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            from bondlens.journal import Journal

            self._journal = Journal(self.settings)
        return self._journal

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()


pass_app = click.make_pass_decorator(App)

#: The module of ``bondlens.cli`` that defines each command. Running a command imports
#: only its module (``--help`` imports them all to list them); a test checks this table
#: against the commands the modules define.
COMMANDS: dict[str, str] = {
    "add": "entries",
    "list": "entries",
    "search": "entries",
    "show": "entries",
    "edit": "entries",
    "delete": "entries",
    "person": "people",
    "analyze": "analysis",
    "reanalyze": "reading",
    "notes": "reading",
    "note": "reading",
    "lens": "lens",
    "checkin": "lens",
    "insights": "lens",
    "safe": "path",
    "share": "path",
    "give": "path",
    "beliefs": "beliefs",
    "nudges": "nudges",
    "safety": "safety",
    "care": "care",
    "region": "region",
    "summary": "summary",
    "import": "data",
    "export": "data",
    "backup": "data",
    "restore": "data",
    "tour": "data",
    "serve": "serve",
}


class LazyGroup(click.Group):
    """A group whose commands are registered by their modules when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"bondlens.cli.{COMMANDS[cmd_name]}")
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 88}
)
@click.option(
    "--home",
    metavar="DIR",
    envvar="BONDLENS_HOME",
    help="Folder that holds the journal (default: $BONDLENS_HOME, else your user data folder).",
)
@click.version_option(__version__, prog_name="bondlens")
@click.pass_context
def cli(ctx: click.Context, home: str | None) -> None:
    """bondlens: a private connection journal with a relationship lens.

    Write about the people in your life and how safe each moment felt. Everything
    stays on this computer.

    \b
    Start with:
      bondlens add "Coffee with Sam, felt easy" --person Sam --safety 5
      bondlens list
      bondlens person list
    """
    app = App(home)
    ctx.obj = app
    ctx.call_on_close(app.close)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI and exit; the one place errors turn into messages and exit codes."""
    code = run(argv)
    try:
        sys.stdout.flush()  # here, not at exit, so a reader that left early is no error
    except BrokenPipeError:
        _quiet_stdout()
    gc.freeze()  # about to exit: spare the interpreter a last sweep of every object
    sys.exit(code)


def run(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="bondlens", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:  # usage mistakes: click explains them
        exc.show()
        return exc.exit_code
    except click.Abort:
        click.echo(messages.INTERRUPTED, err=True)
        return 1
    except BondlensError as exc:
        click.echo(exc.message, err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo(messages.INTERRUPTED, err=True)
        return 1
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except Exception as exc:
        if os.environ.get("BONDLENS_DEBUG"):
            raise
        click.echo(messages.UNEXPECTED.format(kind=type(exc).__name__), err=True)
        return 1
    return 0


def _quiet_stdout() -> None:
    """After a closed pipe (``bondlens list | head``), stop Python complaining at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


__all__ = ["COMMANDS", "App", "cli", "main", "pass_app", "run"]
