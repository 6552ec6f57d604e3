"""Commands for the bond lens: lens, checkin and insights."""

from __future__ import annotations

import shlex
import sys
import textwrap
from typing import TYPE_CHECKING

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, confirmed, emit_json, on_its_own, width
from bondlens.cli.path import fill, when_or_now

if TYPE_CHECKING:
    from bondlens.checkins import CheckIn
    from bondlens.lens import Lens


def _read_first(app: App, fmt: str) -> None:
    """Read entries waiting for the on-device reader, so the lens sees every entry."""
    from bondlens.cli.reading import read_waiting

    read_waiting(app.journal, quiet=fmt == "json")


@cli.command(name="lens")
@click.argument("name")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def lens_command(app: App, name: str, fmt: str) -> None:
    """See one relationship through the bond lens.

    What your own entries about NAME show: which kind of bond they look like (trauma
    bond, trauma connection, healing bond, supportive, or unclear), how healthy, the
    signs found with the entries they are in, how safe it has felt over time, and what
    seems to help. It reflects patterns in your words; it never labels anyone.
    """
    from bondlens.lens_report import lens_json
    from bondlens.lens_service import person_lens

    app.journal.person(name)  # someone unknown: one clear line, before any reading
    _read_first(app, fmt)
    view = person_lens(app.journal, name)
    if fmt == "json":
        emit_json(lens_json(view))
    else:
        click.echo(_lens_text(view))


def _lens_text(view: Lens) -> str:
    from bondlens.lens_report import explanation, refs, sign_words
    from bondlens.render import describe_person, label

    safety = view.trend
    head = click.style(view.person.name, bold=True) + "  " + describe_person(view.person)
    lines = [head, ""]
    facts = f"Bond: {label(view.bond)}   Health: {label(view.health)}"
    if safety.direction != "unclear":
        facts += f"   Safety lately: {label(safety.direction)} ({safety.recent} of 5)"
    lines += [facts, "", fill(explanation(view))]
    hints = [messages.LENS_NEEDS_HOW[n] for n in view.needs if n in messages.LENS_NEEDS_HOW]
    if hints:
        quoted = shlex.quote(view.person.name)
        lines += ["", *(hint.format(name=quoted) for hint in hints)]
    if view.signs:
        lines += ["", "Signs in your entries:"]
        for sign in view.signs:
            where = f"{sign.count} {'entry' if sign.count == 1 else 'entries'}"
            if sign.count:
                where += f": {refs(sign.entries)}"
            if sign.checkin is not None:
                from bondlens.checkins import SCALE

                where += f" (check-in: {SCALE[sign.checkin]})"
            lines.append(fill(f"• {sign_words(sign.id)} [{sign.id}]: {where}", "  "))
    return "\n".join(lines)


@cli.command()
@click.argument("name")
@click.option(
    "--answer",
    "-a",
    "answers",
    multiple=True,
    metavar="MARKER=N",
    help="An answer without questions, e.g. codependence=2 (0 never, 1 rarely, "
    "2 sometimes, 3 often; repeatable).",
)
@click.option("--when", "-w", metavar="DATE", help="When the check-in was taken. Default: now.")
@click.option("--history", is_flag=True, help="List past check-ins and how answers moved.")
@click.option(
    "--delete",
    "delete_id",
    type=click.IntRange(min=1),
    metavar="ID",
    help="Delete one check-in (its number in --history); asks first at a terminal.",
)
@click.option("--yes", "-y", is_flag=True, help="With --delete: don't ask for confirmation.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def checkin(
    app: App,
    name: str,
    answers: tuple[str, ...],
    when: str | None,
    history: bool,
    delete_id: int | None,
    yes: bool,
    fmt: str,
) -> None:
    """A short check-in about one relationship: one question per sign, each skippable.

    At a terminal the questions come one at a time; answer 0 never, 1 rarely,
    2 sometimes, 3 often, or press Enter to skip. Take it again whenever you like: the
    lens uses your latest answers, and --history shows how they changed. --delete takes
    one back.
    """
    from bondlens import checkins as rules
    from bondlens import lens_service
    from bondlens.lens_report import checkin_json, checkins_json

    journal = app.journal
    person = journal.person(name)
    if delete_id is not None:
        others = {"--answer": bool(answers), "--when": when is not None, "--history": history}
        on_its_own("--delete", others)
        _delete_checkin(app, person.name, delete_id, yes, fmt)
        return
    if history:
        past = lens_service.checkins(journal, person.name)
        if fmt == "json":
            emit_json(checkins_json(past))
        else:
            click.echo(_history_text(person.name, past))
        return
    if answers:
        given: dict[str, int | str] = dict(rules.parse_answer(a) for a in answers)
    else:
        given = dict(_ask(person.name))
        if not given:
            click.echo(messages.CHECKIN_NOTHING)
            return
    moment = when_or_now(when)
    saved = lens_service.add_checkin(
        journal, person.name, rules.CheckIn(moment, rules.validated(given))
    )
    if fmt == "json":
        emit_json(checkin_json(saved))
    else:
        count = len(saved.answers)
        click.echo(
            messages.CHECKIN_SAVED.format(
                name=saved.person, count=count, answers="answer" if count == 1 else "answers"
            )
        )


def _delete_checkin(app: App, name: str, checkin_id: int, yes: bool, fmt: str) -> None:
    from bondlens import lens_service
    from bondlens.lens_report import checkin_json, checkins_json
    from bondlens.render import format_when

    journal = app.journal
    if not yes:
        item = lens_service.checkin(journal, name, checkin_id)
        when = format_when(item.taken)
        if not confirmed(
            messages.CONFIRM_CHECKIN_DELETE.format(id=checkin_id, name=name, when=when)
        ):
            return
    gone = lens_service.delete_checkin(journal, name, checkin_id)
    if fmt == "json":
        emit_json(
            {"deleted": checkin_json(gone), **checkins_json(lens_service.checkins(journal, name))}
        )
    else:
        click.echo(messages.CHECKIN_DELETED.format(id=checkin_id, name=name))


def _at_terminal() -> bool:
    return bool(sys.stdin and sys.stdin.isatty())


def _ask(name: str) -> list[tuple[str, int]]:
    """One question at a time at a terminal; Enter skips a question."""
    from bondlens import checkins as rules
    from bondlens.errors import InvalidInput

    if not _at_terminal():
        raise InvalidInput(messages.CHECKIN_NEEDS_TERMINAL)
    click.echo(fill(messages.CHECKIN_INTRO.format(name=name, count=len(rules.QUESTIONS))))
    answered = []
    for number, marker in enumerate(rules.QUESTIONS, start=1):
        question = messages.CHECKIN_QUESTIONS[marker]
        click.echo(f"\n{number}. {question}")
        while True:
            raw = click.prompt(messages.CHECKIN_PROMPT, default="", show_default=False)
            if not raw.strip():
                break
            try:
                answered.append((marker, rules.answer_value(raw)))
                break
            except InvalidInput as exc:
                click.echo(exc.message, err=True)
    return answered


def _history_text(name: str, past: list[CheckIn]) -> str:
    from bondlens.checkins import SCALE, changes
    from bondlens.lens_report import sign_words
    from bondlens.render import format_when

    if not past:
        return messages.CHECKIN_NONE.format(name=name)
    lines = [messages.CHECKIN_HISTORY.format(name=name)]
    for item in past:
        answers = ", ".join(f"{m} {SCALE[a]}" for m, a in item.answers.items())
        lines.append(fill(f"#{item.id}  {format_when(item.taken)}: {answers}", "  "))
    moved = [c for c in changes(past) if c.times > 1]
    if moved:
        lines += ["", messages.CHECKIN_CHANGES]
        for change in moved:
            lines.append(
                f"  • {sign_words(change.marker)}: {SCALE[change.first]} → {SCALE[change.latest]}"
            )
    lines += ["", messages.CHECKIN_DELETE_HINT.format(name=shlex.quote(name))]
    return "\n".join(lines)


@cli.command(name="insights")
@click.option(
    "--today", metavar="DATE", help="Look from this day (default: today), e.g. for a past week."
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def insights_command(app: App, today: str | None, fmt: str) -> None:
    """Patterns across all your people.

    The week in short, support given and received, people you may be losing touch
    with (safe people first), time without any safe person, which people and tags come
    with hard moments, and who has felt safer or less safe lately.
    """
    from bondlens.dates import parse_day
    from bondlens.insights import insights_json, sentences
    from bondlens.lens_service import journal_insights

    _read_first(app, fmt)
    found = journal_insights(app.journal, parse_day(today) if today else None)
    if fmt == "json":
        emit_json(insights_json(found))
    else:
        first, *rest = sentences(found)
        click.echo("\n".join([fill(first), *(_bullet(line) for line in rest)]))


def _bullet(text: str) -> str:
    return textwrap.fill(text, width() - 2, initial_indent="• ", subsequent_indent="  ")
