"""Moving data in and out: import, export, backup and restore, and a guided tour."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.errors import InvalidInput

if TYPE_CHECKING:
    from bondlens.exchange import ImportBatch, ImportResult
    from bondlens.exchange_service import Progress

IMPORT_FORMATS = ["jsonl", "json", "jrnl-json"]
EXPORT_FORMATS = ["jsonl", "json", "markdown"]


def read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(
            messages.FILE_UNREADABLE.format(path=path, reason=exc.strerror or exc)
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(messages.FILE_NOT_TEXT.format(path=path)) from None


@cli.command(name="import")
@click.argument("file", metavar="FILE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(IMPORT_FORMATS),
    required=True,
    help="jsonl or json (bondlens exports), jrnl-json (jrnl --export json).",
)
@click.option(
    "--people-from-tags",
    is_flag=True,
    help="jrnl-json: treat @name tags as the people in each entry.",
)
@pass_app
def import_(app: App, file: str, fmt: str, people_from_tags: bool) -> None:
    """Import a file ('-' for standard input). All of it, or nothing if any line is wrong.

    Entries already in the journal (same time and text) are skipped, so importing the
    same file twice is safe.
    """
    from bondlens.formats import ImportOptions, importer

    try:
        batch = importer(fmt).read(read_text(file), ImportOptions(people_from_tags))
    except InvalidInput as exc:
        raise InvalidInput(f"{exc.message}\n{messages.IMPORT_NOTHING_CHANGED}") from None
    total = len(batch.entries)
    if sys.stderr.isatty() and total:
        with click.progressbar(length=total, label="Importing", file=sys.stderr) as bar:
            seen = 0

            def advance(done: int) -> None:
                nonlocal seen
                bar.update(done - seen)
                seen = done

            result = _import(app, batch, advance)
    else:
        result = _import(app, batch, None)
    from bondlens.render import counted, entries_and_people

    click.echo(messages.IMPORT_DONE.format(**entries_and_people(result.entries, result.people)))
    if result.skipped:
        skipped = counted(result.skipped, "entry", "entries")
        click.echo(messages.IMPORT_SKIPPED.format(entries=skipped))


def _import(app: App, batch: ImportBatch, progress: Progress | None) -> ImportResult:
    from bondlens.exchange_service import import_batch

    try:
        return import_batch(app.journal, batch, progress)
    except InvalidInput as exc:
        raise InvalidInput(f"{exc.message}\n{messages.IMPORT_NOTHING_CHANGED}") from None


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE (default: standard output).")
@pass_app
def export(app: App, fmt: str, output: str | None) -> None:
    """Export the whole journal: people first, then entries oldest first."""
    from bondlens.exchange_service import export_data
    from bondlens.formats import exporter

    writer = exporter(fmt)
    data = export_data(app.journal)
    if output is None:
        writer.write(data, sys.stdout)
        return
    target = Path(output)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            writer.write(data, out)
        partial.replace(target)  # the file appears whole, or not at all
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput(
            messages.FILE_UNWRITABLE.format(path=output, reason=exc.strerror or exc)
        ) from None
    from bondlens.render import entries_and_people

    sizes = entries_and_people(data.entry_count, len(data.people))
    click.echo(messages.EXPORT_DONE.format(path=output, **sizes), err=True)


@cli.command()
@click.argument("file", metavar="[FILE]", required=False)
@pass_app
def backup(app: App, file: str | None) -> None:
    """Save a full copy of the journal, with everything in it, to a new FILE.

    Unlike export, a backup also holds your safety plan, care team, check-ins, notes and
    choices, and `bondlens restore` brings all of it back. Without FILE it is named for
    the day (bondlens-backup-DATE.db) in the current folder. Nothing is overwritten.
    """
    from bondlens.exchange_service import backup as make_backup
    from bondlens.exchange_service import backup_name
    from bondlens.render import entries_and_people

    target = Path(file).expanduser() if file else backup_name(Path.cwd())
    made = make_backup(app.journal, target)
    sizes = entries_and_people(made.entries, made.people)
    click.echo(messages.BACKUP_DONE.format(path=made.path, **sizes))


@cli.command()
@click.argument("file", metavar="FILE")
@click.option("--yes", "-y", is_flag=True, help="Don't ask for confirmation.")
@pass_app
def restore(app: App, file: str, yes: bool) -> None:
    """Replace the journal with a backup made by `bondlens backup`.

    The journal as it is now is kept in a file beside it first, so nothing is lost.
    """
    from bondlens.cli.output import confirmed
    from bondlens.exchange_service import check_source, restore_target
    from bondlens.exchange_service import restore as restore_backup
    from bondlens.render import entries_and_people

    source = Path(file).expanduser()
    check_source(app.journal, source)
    keep = restore_target(app.journal)
    asked = messages.CONFIRM_RESTORE.format(path=source, keep=keep)
    if not yes and not confirmed(
        asked, needed=messages.RESTORE_CONFIRM_NEEDED, declined=messages.RESTORE_CANCELLED
    ):
        return
    done = restore_backup(app.journal, source, keep)
    sizes = entries_and_people(done.entries, done.people)
    click.echo(messages.RESTORE_DONE.format(path=done.path, keep=done.kept, **sizes))


@cli.command()
@click.option("--keep", metavar="DIR", help="Keep the sample journal in DIR to explore later.")
@pass_app
def tour(app: App, keep: str | None) -> None:
    """A one-minute tour on a made-up sample journal (yours is not touched)."""
    import tempfile
    from importlib import resources

    from bondlens.cli.output import entry_block, people_table
    from bondlens.config import Settings
    from bondlens.entries import EntryFilter
    from bondlens.exchange_service import import_batch
    from bondlens.formats import ImportOptions, importer
    from bondlens.journal import Journal

    sample = (resources.files("bondlens") / "data" / "sample.jsonl").read_text("utf-8")
    with tempfile.TemporaryDirectory(prefix="bondlens-tour-") as scratch:
        home = Path(keep).expanduser().resolve() if keep else Path(scratch)
        if (home / "journal.db").exists():
            raise InvalidInput(messages.TOUR_KEEP_BUSY.format(path=home))
        with Journal(Settings.load(home, env={})) as journal:
            import_batch(journal, importer("jsonl").read(sample, ImportOptions()))
            click.echo(messages.TOUR_INTRO + "\n")
            click.echo(click.style(messages.TOUR_PEOPLE, bold=True))
            click.echo(people_table(journal.people()) + "\n")
            click.echo(click.style(messages.TOUR_PERSON.format(name="Maya"), bold=True))
            recent = journal.entries(EntryFilter(person="Maya", limit=2))
            click.echo("\n\n".join(entry_block(e) for e in recent) + "\n")
            click.echo(click.style(messages.TOUR_SEARCH.format(words="apolog"), bold=True))
            found = journal.search("apolog", limit=2)
            click.echo("\n\n".join(entry_block(e) for e in found) + "\n")
    if keep:
        click.echo(messages.TOUR_KEPT.format(path=home) + "\n")
    click.echo(messages.TOUR_NEXT.format(home=app.settings.home))
