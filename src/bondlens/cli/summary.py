"""The ``summary`` command: a session summary to bring to therapy, as Markdown, HTML or JSON.

Thin like every command: parse, call ``summary_service``, render. The date range picks
the entries; each flag adds one more part, and nothing else goes in. The HTML is the
web's printable page as one standalone file (``web/summary_document.py``). Jinja2, the
lens and the reader are imported only when this command runs.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.errors import InvalidInput

SUMMARY_FORMATS = click.Choice(["markdown", "html", "json"])


@cli.command()
@click.option("--since", metavar="DATE", help="First day. Default: 14 days before --until.")
@click.option("--until", metavar="DATE", help="Last day. Default: today.")
@click.option("--format", "fmt", type=SUMMARY_FORMATS, default="markdown", show_default=True)
@click.option(
    "--lens", "lens", multiple=True, metavar="NAME", help="Add the lens for NAME (repeatable)."
)
@click.option(
    "--lens-everyone", is_flag=True, help="Add the lens for everyone named in the range's entries."
)
@click.option(
    "--workbook", is_flag=True, help="Add the beliefs workbook: counter-beliefs, ratings, moments."
)
@click.option("--checkins", is_flag=True, help="Add the check-ins taken in the range (anyone's).")
@click.option("--safety-plan", is_flag=True, help="Add your safety plan.")
@click.option("--no-entries", is_flag=True, help="Leave the entries out; only the parts added.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of the screen.")
@click.option("--force", is_flag=True, help="Replace FILE if it already exists.")
@pass_app
def summary(
    app: App,
    since: str | None,
    until: str | None,
    fmt: str,
    lens: tuple[str, ...],
    lens_everyone: bool,
    workbook: bool,
    checkins: bool,
    safety_plan: bool,
    no_entries: bool,
    output: str | None,
    force: bool,
) -> None:
    """A summary to bring to a therapy session: only what you choose.

    The entries from the date range, full text, oldest first; add the lens for someone,
    the beliefs workbook, check-ins or your safety plan with the flags. Dates work as in
    `bondlens list` (2026-03-01, yesterday, "2 weeks ago"). Nothing is stored; a FILE is
    written whole (or not at all), readable only by you.

    \b
    Examples:
      bondlens summary
      bondlens summary --since 2026-03-01 --until 2026-03-14 --lens Sam --workbook
      bondlens summary --since "2 weeks ago" --format html -o session.html
    """
    from bondlens import summary as rules
    from bondlens import summary_service as service
    from bondlens.dates import parse_day

    journal = app.journal
    first, last = rules.date_range(
        parse_day(since) if since else None, parse_day(until) if until else None, date.today()
    )
    in_range = service.entries_between(journal, first, last)
    names = (*lens, *(rules.people_in(in_range) if lens_everyone else ()))
    choice = rules.Choice(
        first,
        last,
        entries=() if no_entries else rules.ALL,
        lens=names,
        workbook=workbook,
        checkins=checkins,
        safety_plan=safety_plan,
    )
    others = replace(choice, entries=())  # the parts added besides the entries
    if no_entries and others.empty:
        raise InvalidInput(messages.SUMMARY_CLI_NOTHING)
    if not no_entries and not in_range and others.empty:
        dates = rules.range_text(first, last)
        raise InvalidInput(messages.SUMMARY_CLI_NO_ENTRIES.format(range=dates))
    if choice.lens or workbook:
        from bondlens.cli.reading import read_waiting

        # the lens and workbook need readings; anything to say goes to stderr
        read_waiting(journal, quiet=fmt == "json", document=True)
    made = service.build(journal, choice)
    if fmt == "json":
        document = json.dumps(rules.to_json(made), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "html":
        from bondlens.web.summary_document import standalone

        document = standalone(rules.view(made))
    else:
        document = rules.to_markdown(made)
    if output is None:
        click.echo(document, nl=False)
        return
    write_whole(Path(output), document, force=force)
    click.echo(messages.SUMMARY_WRITTEN.format(path=output), err=True)


def write_whole(target: Path, text: str, *, force: bool) -> None:
    """Write ``text`` to ``target`` all at once: a private temporary file beside it,
    renamed over it, so a reader never sees half a summary. Refuses to replace a file
    unless ``force``."""
    import os
    import tempfile

    if target.exists() and not force:
        raise InvalidInput(messages.SUMMARY_FILE_EXISTS.format(path=target))
    temporary = None
    try:
        # mkstemp makes the file readable and writable by this user only
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".partial"
        )
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise InvalidInput(
            messages.FILE_UNWRITABLE.format(path=target, reason=exc.strerror or exc)
        ) from None
