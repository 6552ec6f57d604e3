"""Commands for entries: add, list, search, show, edit, delete."""

from __future__ import annotations

import sys
from datetime import datetime

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, confirmed, emit_json, entry_block, entry_list
from bondlens.cli.support import crisis_json, offer_support, screened
from bondlens.dates import parse_day, parse_when
from bondlens.entries import KINDS, Entry, EntryChanges, EntryFilter, default_kind, entry_words
from bondlens.errors import InvalidInput
from bondlens.render import entry_json

KIND = click.Choice(KINDS, case_sensitive=False)
WHEN_HELP = "When it happened: 2026-03-14, '2026-03-14 21:30', today, yesterday, '3 days ago'."


def _read_stdin() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        click.echo(messages.STDIN_HINT, err=True)
    return sys.stdin.read()


def parse_entry_id(raw: str) -> int:
    try:
        value = int(raw.lstrip("#"))
    except ValueError:
        raise InvalidInput(messages.ENTRY_ID_BAD.format(raw=raw)) from None
    if value < 1:
        raise InvalidInput(messages.ENTRY_ID_BAD.format(raw=raw))
    return value


def _say_new_people(names: tuple[str, ...]) -> None:
    for name in names:
        click.echo(messages.PERSON_NEW.format(name=name))


@cli.command()
@click.argument("text", nargs=-1)
@click.option(
    "--person",
    "-p",
    "people",
    multiple=True,
    metavar="NAME",
    help="Someone this entry is about (repeat for several). New names are added.",
)
@click.option("--when", "-w", metavar="DATE", help=WHEN_HELP + " Default: now.")
@click.option(
    "--safety",
    "-s",
    type=int,
    metavar="1-5",
    help="How safe you felt: 1 very unsafe, 2 unsafe, 3 mixed, 4 safe, 5 very safe.",
)
@click.option("--safe-text", metavar="TEXT", default="", help="What felt safe.")
@click.option("--unsafe-text", metavar="TEXT", default="", help="What felt unsafe.")
@click.option(
    "--kind",
    "-k",
    type=KIND,
    help="Kind of entry. Default: interaction when people are named, else reflection.",
)
@click.option("--tag", "-t", "tags", multiple=True, metavar="TAG", help="A tag (repeatable).")
@click.option(
    "--format",
    "fmt",
    type=FORMATS,
    default="text",
    show_default=True,
    help="Print the saved entry as text or JSON.",
)
@pass_app
def add(
    app: App,
    text: tuple[str, ...],
    people: tuple[str, ...],
    when: str | None,
    safety: int | None,
    safe_text: str,
    unsafe_text: str,
    kind: str | None,
    tags: tuple[str, ...],
    fmt: str,
) -> None:
    """Write an entry. TEXT comes from the arguments, or else from standard input."""
    body = " ".join(text) if text else _read_stdin()
    moment = parse_when(when) if when else datetime.now().replace(second=0, microsecond=0)
    entry = Entry(
        text=body,
        when=moment,
        people=people,
        safety=safety,
        safe_text=safe_text,
        unsafe_text=unsafe_text,
        kind=(kind or default_kind(people)).lower(),
        tags=tags,
    )
    saved = app.journal.add_entry(entry)
    crisis = screened(app, entry_words(saved.entry))  # the fast screen, no model
    if fmt == "json":
        emit_json(
            {
                **entry_json(saved.entry),
                "new_people": list(saved.new_people),
                "crisis": crisis_json(app, crisis),
            }
        )
        return
    _say_new_people(saved.new_people)
    click.echo(messages.SAVED.format(id=saved.entry.id))
    offer_support(app, crisis)


@cli.command(name="list")
@click.option("--person", "-p", metavar="NAME", help="Only entries about this person.")
@click.option("--since", metavar="DATE", help="Only entries on or after this day.")
@click.option("--until", metavar="DATE", help="Only entries on or before this day.")
@click.option(
    "--tag",
    "-t",
    "tags",
    multiple=True,
    metavar="TAG",
    help="Only entries with this tag (repeat to require several).",
)
@click.option("--kind", "-k", type=KIND, help="Only entries of this kind.")
@click.option(
    "-n",
    "limit",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="How many entries, newest first (0 for all).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@pass_app
def list_entries(
    app: App,
    person: str | None,
    since: str | None,
    until: str | None,
    tags: tuple[str, ...],
    kind: str | None,
    limit: int,
    fmt: str,
) -> None:
    """List entries, newest first."""
    from bondlens.entries import tags as clean_tags

    query = EntryFilter(
        person=person,
        since=parse_day(since) if since else None,
        until=parse_day(until) if until else None,
        tags=clean_tags(tags),
        kind=kind.lower() if kind else None,
        limit=limit or None,
    )
    found = app.journal.entries(query)
    if fmt == "markdown":
        _markdown(found)
    else:
        entry_list(found, fmt, messages.NO_ENTRIES)


def _markdown(found: list[Entry]) -> None:
    from io import StringIO

    from bondlens.exchange import ExportData
    from bondlens.formats.markdown import Markdown

    out = StringIO()
    Markdown().write(ExportData(people=[], entries=found, entry_count=len(found)), out)
    click.echo(out.getvalue(), nl=False)


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option(
    "--semantic",
    "-m",
    is_flag=True,
    help="Search by meaning: find entries that say something similar in other words.",
)
@click.option("--person", "-p", metavar="NAME", help="Only entries about this person.")
@click.option(
    "-n",
    "limit",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="How many entries at most, best matches first.",
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def search(
    app: App, query: tuple[str, ...], semantic: bool, person: str | None, limit: int, fmt: str
) -> None:
    """Find entries containing all these words (word beginnings match too).

    With --semantic, find entries closest in meaning instead ("felt like a burden" also
    finds "didn't want to bother her"). The first search by meaning reads any entries
    not read yet, which takes a moment.
    """
    words = " ".join(query)
    where = EntryFilter(person=person, limit=limit)
    if not semantic:
        entry_list(app.journal.search(words, where), fmt, messages.NO_MATCHES)
        return
    from bondlens import reading
    from bondlens.cli.reading import read_waiting
    from bondlens.render import entry_json

    if not app.journal.settings.reading:
        raise InvalidInput(messages.NOTES_OFF)
    read_waiting(app.journal, quiet=fmt == "json")
    matches = reading.search(app.journal, words, where, limit=limit)
    if fmt == "json":
        emit_json([{**entry_json(m.entry), "similarity": round(m.similarity, 3)} for m in matches])
    else:
        entry_list([m.entry for m in matches], fmt, messages.NO_MATCHES)


@cli.command()
@click.argument("entry_id", metavar="ID")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def show(app: App, entry_id: str, fmt: str) -> None:
    """Show one entry in full."""
    from bondlens.reading import entry_crisis

    entry = app.journal.entry(parse_entry_id(entry_id))
    crisis = entry_crisis(app.journal, entry).crisis
    if fmt == "json":
        emit_json({**entry_json(entry), "crisis": crisis_json(app, crisis)})
    else:
        click.echo(entry_block(entry, full=True))
        offer_support(app, crisis)


@cli.command()
@click.argument("entry_id", metavar="ID")
@click.option("--text", metavar="TEXT", help="New text ('-' reads it from standard input).")
@click.option("--when", "-w", metavar="DATE", help=WHEN_HELP)
@click.option("--safety", "-s", type=int, metavar="1-5", help="New safety rating.")
@click.option("--no-safety", is_flag=True, help="Remove the safety rating.")
@click.option("--safe-text", metavar="TEXT", help="New 'what felt safe'.")
@click.option("--unsafe-text", metavar="TEXT", help="New 'what felt unsafe'.")
@click.option("--kind", "-k", type=KIND, help="New kind.")
@click.option(
    "--person",
    "-p",
    "people",
    multiple=True,
    metavar="NAME",
    help="Replace the people with these (repeatable).",
)
@click.option("--add-person", multiple=True, metavar="NAME", help="Add someone.")
@click.option("--remove-person", multiple=True, metavar="NAME", help="Take someone off.")
@click.option(
    "--tag",
    "-t",
    "tags",
    multiple=True,
    metavar="TAG",
    help="Replace the tags with these (repeatable).",
)
@click.option("--add-tag", multiple=True, metavar="TAG", help="Add a tag.")
@click.option("--remove-tag", multiple=True, metavar="TAG", help="Take a tag off.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def edit(
    app: App,
    entry_id: str,
    text: str | None,
    when: str | None,
    safety: int | None,
    no_safety: bool,
    safe_text: str | None,
    unsafe_text: str | None,
    kind: str | None,
    people: tuple[str, ...],
    add_person: tuple[str, ...],
    remove_person: tuple[str, ...],
    tags: tuple[str, ...],
    add_tag: tuple[str, ...],
    remove_tag: tuple[str, ...],
    fmt: str,
) -> None:
    """Change an entry. Only what you name changes."""
    changes = EntryChanges(
        text=_read_stdin() if text == "-" else text,
        when=parse_when(when) if when else None,
        safety=safety,
        clear_safety=no_safety,
        safe_text=safe_text,
        unsafe_text=unsafe_text,
        kind=kind.lower() if kind else None,
        people=people or None,
        add_people=add_person,
        remove_people=remove_person,
        tags=tags or None,
        add_tags=add_tag,
        remove_tags=remove_tag,
    )
    saved = app.journal.edit_entry(parse_entry_id(entry_id), changes)
    crisis = screened(app, entry_words(saved.entry))  # the fast screen, no model
    if fmt == "json":
        emit_json(
            {
                **entry_json(saved.entry),
                "new_people": list(saved.new_people),
                "crisis": crisis_json(app, crisis),
            }
        )
        return
    _say_new_people(saved.new_people)
    click.echo(messages.UPDATED.format(id=saved.entry.id))
    offer_support(app, crisis)


@cli.command()
@click.argument("entry_id", metavar="ID")
@click.option("--yes", "-y", is_flag=True, help="Don't ask for confirmation.")
@pass_app
def delete(app: App, entry_id: str, yes: bool) -> None:
    """Delete an entry (asks first when you are at a terminal)."""
    from bondlens.render import format_when

    number = parse_entry_id(entry_id)
    if not yes:
        entry = app.journal.entry(number)
        if not confirmed(messages.CONFIRM_DELETE.format(id=number, when=format_when(entry.when))):
            return
    app.journal.delete_entry(number)
    click.echo(messages.DELETED.format(id=number))
