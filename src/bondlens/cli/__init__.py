"""The ``bondlens`` command: a thin adapter over the service layer.

``main`` is the only exit point: it maps bondlens errors to one friendly line on
stderr and an exit code (0 ok, 1 a problem with what was asked, 2 a usage mistake).
Heavy modules are imported inside commands so ``--help`` and ``add`` stay instant.
"""

from __future__ import annotations

import gc
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


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 88})
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


from bondlens.cli import (  # noqa: E402  (commands register)
    analysis,
    beliefs,
    care,
    data,
    entries,
    lens,
    nudges,
    path,
    people,
    reading,
    region,
    safety,
    serve,
    summary,
)

__all__ = [
    "analysis",
    "beliefs",
    "care",
    "cli",
    "data",
    "entries",
    "lens",
    "main",
    "nudges",
    "path",
    "people",
    "reading",
    "region",
    "run",
    "safety",
    "serve",
    "summary",
]
