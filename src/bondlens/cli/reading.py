"""Commands over what the on-device reader found: reanalyze, notes, and a person's verdicts."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, emit_json
from bondlens.cli.support import crisis_json, notice_read, show_support
from bondlens.render import finding_json, note_text

if TYPE_CHECKING:
    from bondlens.journal import Journal


def read_waiting(
    journal: Journal,
    *,
    quiet: bool = False,
    showing: int | None = None,
    document: bool = False,
) -> int:
    """Read whatever is waiting, with a progress bar when a person is watching.

    When the closer reading finds words that call for support in an entry the quick
    check at saving had let pass, the support block follows, once: on stderr when
    ``quiet`` (JSON) or when stdout carries a ``document``, so what is printed stays
    valid. ``showing`` is an entry the command shows support for itself, left out here.
    """
    from bondlens import reading

    total = reading.waiting(journal)
    if not total:
        return 0
    noticed: list[int] = []
    if quiet or not sys.stderr.isatty():
        done = reading.read_waiting(journal, noticed=noticed)
    else:
        with click.progressbar(
            length=total, label=messages.READING_PROGRESS, file=sys.stderr
        ) as bar:
            done = reading.read_waiting(journal, progress=bar.update, noticed=noticed)
    notice_read(journal, [i for i in noticed if i != showing], err=quiet or document)
    return done


@cli.command()
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Read every entry again, not only new, edited or not yet read ones.",
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def reanalyze(app: App, everything: bool, fmt: str) -> None:
    """Read entries for beliefs and relationship signs, on this computer.

    New and edited entries are read on their own when they are needed; this reads
    everything waiting now (for example after an import, or after an update brings a
    new reader). Your answers on notes ("fits" / "not this") are kept.
    """
    from bondlens import reading

    journal = app.journal
    if not journal.settings.reading:
        if fmt == "json":
            emit_json({"read": 0, "waiting": 0, "reader": None, "reading": "off"})
        else:
            click.echo(messages.READING_IS_OFF)
        return
    if everything:
        journal.forget_readings()
    done = read_waiting(journal, quiet=fmt == "json")
    if fmt == "json":
        emit_json(
            {"read": done, "waiting": reading.waiting(journal), "reader": reading.reader_id()}
        )
    elif done:
        click.echo(messages.READING_DONE.format(count=done, entries=_entries(done)))
    else:
        click.echo(messages.READING_NOTHING)


@cli.command()
@click.argument("entry_id", metavar="ID")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def notes(app: App, entry_id: str, fmt: str) -> None:
    """Show what the reader noticed in one entry, and your answers.

    Answer a note with `bondlens note ID fits LABEL` or `bondlens note ID not-this LABEL`.
    """
    from bondlens.cli.entries import parse_entry_id
    from bondlens.reading import entry_crisis, reader_id

    journal = app.journal
    ident = parse_entry_id(entry_id)
    entry = journal.entry(ident)  # a clear message if there is no such entry
    if journal.settings.reading:
        read_waiting(journal, quiet=fmt == "json", showing=ident)
    found = journal.findings([ident])[ident]
    read = journal.is_read(ident, reader_id())
    crisis = entry_crisis(journal, entry).crisis
    if fmt == "json":
        emit_json(
            {
                "entry": ident,
                "read": read,
                "notes": [finding_json(f) for f in found],
                "crisis": crisis_json(app, crisis),
            }
        )
        return
    show_support(journal, crisis)
    if crisis.flag:
        click.echo()
    if not journal.settings.reading and not found:
        click.echo(messages.NOTES_OFF)
        return
    if not read and not found:
        click.echo(messages.NOTES_NOT_READ)
        return
    from bondlens.findings import dismissed
    from bondlens.findings import notes as shown

    visible = shown(found)
    if not visible:
        click.echo(messages.NOTES_NONE)
    else:
        click.echo(messages.NOTES_INTRO)
        for finding in visible:
            click.echo(f"  • {note_text(finding)}")
            if finding.quote:
                click.echo(click.style(f"    “{finding.quote}”", dim=True))
    hidden = dismissed(found)
    if hidden:
        labels = ", ".join(f.label for f in hidden)
        click.echo(click.style(f"Not this (your answer): {labels}", dim=True))


ANSWERS = {"fits": "confirmed", "not-this": "dismissed", "undo": None}


@cli.command()
@click.argument("entry_id", metavar="ID")
@click.argument("answer", type=click.Choice(list(ANSWERS)))
@click.argument("label")
@click.option(
    "--kind",
    type=click.Choice(["belief", "marker"]),
    help="Whether LABEL is a belief or a relationship sign (found from LABEL if not given).",
)
@pass_app
def note(app: App, entry_id: str, answer: str, label: str, kind: str | None) -> None:
    """Answer a note on an entry: it fits, it's not this, or undo your answer.

    LABEL is a belief id (e.g. burden) or a relationship sign id (e.g. harm), as
    `bondlens notes ID --format json` shows them. Your answer is kept when the entry is
    read again, and it wins over the reader.
    """
    from bondlens.cli.entries import parse_entry_id
    from bondlens.vocabulary import BELIEFS

    key = label.strip().lower().replace("-", "_").replace(" ", "_")
    chosen = kind or ("belief" if key in BELIEFS else "marker")
    verdict = ANSWERS[answer]
    app.journal.decide(parse_entry_id(entry_id), chosen, key, verdict)
    if verdict == "confirmed":
        click.echo(messages.NOTE_SAVED_CONFIRMED)
    elif verdict == "dismissed":
        click.echo(messages.NOTE_SAVED_DISMISSED)
    else:
        click.echo(messages.NOTE_SAVED_CLEARED)


def _entries(count: int) -> str:
    return "entry" if count == 1 else "entries"
