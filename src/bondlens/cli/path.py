"""Commands for the path from isolation to connection: safe, share and give.

The beliefs workbook is in ``cli/beliefs.py`` and nudges in ``cli/nudges.py``. Each
command parses what was typed, calls ``path_service`` and renders the result; every
step is optional, and nothing here decides anything for the person.
"""

from __future__ import annotations

import shlex
import sys
import textwrap
from datetime import date, datetime
from typing import TYPE_CHECKING

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, confirmed, emit_json, on_its_own, width
from bondlens.cli.support import crisis_json, offer_support, screened

if TYPE_CHECKING:
    from bondlens.dates import When
    from bondlens.safe_person import SafeView

WHEN_HELP = "When: 2026-03-14, '2026-03-14 21:30', today, yesterday. Default: now."


def fill(text: str, indent: str = "", bullet: str = "") -> str:
    return textwrap.fill(
        text,
        width() - len(indent),
        initial_indent=indent + bullet,
        subsequent_indent=indent + " " * len(bullet),
    )


def when_given(when: str | None) -> When:
    """What --when says, or now (to the minute) without it."""
    from bondlens.dates import parse_when

    return parse_when(when or "now")


def when_or_now(when: str | None) -> datetime:
    """Like :func:`when_given`, a day read as its start."""
    moment = when_given(when)
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    return moment


def today_or(today: str | None) -> date:
    from bondlens.dates import parse_day

    return parse_day(today) if today else date.today()


def _at_terminal() -> bool:
    return bool(sys.stdin and sys.stdin.isatty())


# --- step 1: safe ---------------------------------------------------------------------
@cli.command()
@click.argument("name", required=False)
@click.option(
    "--rate",
    "-r",
    "ratings",
    multiple=True,
    metavar="CRITERION=N",
    help="Rate without questions, e.g. kind=3 (0 not really, 1 a little, 2 mostly, "
    "3 very much; repeatable). Criteria: consistent, kind, respects_limits, listens, "
    "believes_me.",
)
@click.option("--mark", is_flag=True, help="Mark NAME as a safe person for you (your decision).")
@click.option("--unmark", is_flag=True, help="Take the safe-person mark away.")
@click.option("--when", "-w", metavar="DATE", help=WHEN_HELP)
@click.option(
    "--delete-reflection",
    "delete_id",
    type=click.IntRange(min=1),
    metavar="ID",
    help="Delete one reflection about NAME (its number in `bondlens safe NAME`); asks first "
    "at a terminal.",
)
@click.option(
    "--yes", "-y", is_flag=True, help="With --delete-reflection: don't ask for confirmation."
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def safe(
    app: App,
    name: str | None,
    ratings: tuple[str, ...],
    mark: bool,
    unmark: bool,
    when: str | None,
    delete_id: int | None,
    yes: bool,
    fmt: str,
) -> None:
    """Step 1: find one safe person. A quiet reflection, person by person.

    Without NAME: everyone with their latest ratings and what your journal shows (how
    safe time with them felt). With NAME at a terminal: a few questions to sit with,
    then each criterion rated 0-3 or skipped. Take it as often as you like. Whether
    someone is a safe person stays your decision: --mark or --unmark.
    --delete-reflection takes one reflection back.
    """
    from bondlens import path_service as service
    from bondlens import safe_person as rules
    from bondlens.errors import InvalidInput

    journal = app.journal
    if delete_id is not None:
        if name is None:
            raise InvalidInput(messages.SAFE_DELETE_NEEDS_NAME)
        others = {"--rate": bool(ratings), "--mark": mark, "--unmark": unmark}
        on_its_own("--delete-reflection", {**others, "--when": when is not None})
        _delete_reflection(app, name, delete_id, yes, fmt)
        return
    if name is None:
        views = service.safe_overview(journal)
        if fmt == "json":
            emit_json(
                {
                    "criteria": rules.criteria_json(),
                    "prompts": list(messages.SAFE_PROMPTS),
                    "people": [rules.view_json(v) for v in views],
                }
            )
        else:
            click.echo(_safe_overview_text(views))
        return
    if mark and unmark:
        raise InvalidInput(messages.SAFE_MARK_BOTH)
    person = journal.person(name)
    said: list[str] = []
    given: dict[str, int | str] = dict(rules.parse_rating(r) for r in ratings)
    if not given and not (mark or unmark) and fmt == "text" and _at_terminal():
        given = dict(_ask_safe(person.name))
        if not given:
            click.echo(messages.SAFE_NOTHING)
            return
    if given:
        saved = service.reflect(journal, person.name, given, when_or_now(when))
        count = len(saved.ratings)
        said.append(
            messages.SAFE_SAVED.format(
                name=person.name, count=count, ratings="rating" if count == 1 else "ratings"
            )
        )
    if mark or unmark:
        service.mark_safe(journal, person.name, mark)
        said.append(
            (messages.SAFE_MARKED if mark else messages.SAFE_UNMARKED).format(name=person.name)
        )
    view = service.safe_view(journal, person.name)
    if fmt == "json":
        emit_json(rules.view_json(view))
        return
    if said:
        click.echo("\n".join(said))
        if given and not view.person.safe:
            click.echo(fill(messages.SAFE_DECIDE.format(name=shlex.quote(person.name))))
    else:
        click.echo(_safe_text(view))


def _delete_reflection(app: App, name: str, reflection_id: int, yes: bool, fmt: str) -> None:
    from bondlens import path_service as service
    from bondlens.render import format_when
    from bondlens.safe_person import reflection_json, view_json

    journal = app.journal
    person = journal.person(name)
    if not yes:
        item = service.reflection(journal, person.name, reflection_id)
        asked = messages.CONFIRM_REFLECTION_DELETE.format(
            id=reflection_id, name=person.name, when=format_when(item.taken)
        )
        if not confirmed(asked):
            return
    gone = service.delete_reflection(journal, person.name, reflection_id)
    if fmt == "json":
        view = service.safe_view(journal, person.name)
        emit_json({**view_json(view), "deleted": reflection_json(gone)})
    else:
        click.echo(messages.REFLECTION_DELETED.format(id=reflection_id, name=person.name))


def _ask_safe(name: str) -> list[tuple[str, int]]:
    from bondlens import safe_person as rules
    from bondlens.errors import InvalidInput

    click.echo(fill(messages.SAFE_INTRO))
    for prompt in messages.SAFE_PROMPTS:
        click.echo(fill(prompt, "  ", "• "))
    click.echo(f"\n{name}:")
    answered = []
    for number, criterion in enumerate(rules.CRITERIA, start=1):
        click.echo(f"\n{number}. {messages.SAFE_CRITERIA[criterion]}")
        while True:
            raw = click.prompt(messages.SAFE_PROMPT, default="", show_default=False)
            if not raw.strip():
                break
            try:
                answered.append((criterion, rules.rating(raw)))
                break
            except InvalidInput as exc:
                click.echo(exc.message, err=True)
    return answered


def _evidence_line(view: SafeView) -> str:
    from bondlens.render import ago

    ev = view.evidence
    average = ""
    if ev.average is not None:
        average = messages.SAFE_EVIDENCE_AVERAGE.format(average=ev.average)
    return messages.SAFE_EVIDENCE.format(
        entries=ev.entries,
        entry_word="entry" if ev.entries == 1 else "entries",
        rated=len(ev.safety),
        average=average,
        last=ago(ev.last_contact),
    )


def _ratings_line(ratings: dict[str, int]) -> str:
    from bondlens.safe_person import SCALE

    return ", ".join(f"{c.replace('_', ' ')} {SCALE[r]}" for c, r in ratings.items())


def _safe_text(view: SafeView) -> str:
    from bondlens.render import format_when

    head = click.style(view.person.name, bold=True) + ("  ♥ safe" if view.person.safe else "")
    lines = [head, fill(_evidence_line(view), "  ")]
    if not view.reflections:
        lines.append("  " + messages.SAFE_NONE_YET.format(name=view.person.name))
    for item in view.reflections:
        said = f"#{item.id}  {format_when(item.taken)}: {_ratings_line(dict(item.ratings))}"
        lines.append(fill(said, "  "))
    if view.reflections:
        hint = messages.SAFE_DELETE_HINT.format(name=shlex.quote(view.person.name))
        lines += ["", fill(hint, "  ")]
    return "\n".join(lines)


def _safe_overview_text(views: list[SafeView]) -> str:
    if not views:
        return messages.SAFE_NO_PEOPLE
    lines = [fill(messages.SAFE_INTRO), ""]
    lines += [fill(p, "  ", "• ") for p in messages.SAFE_PROMPTS]
    for view in views:
        head = click.style(view.person.name, bold=True) + ("  ♥ safe" if view.person.safe else "")
        lines += ["", head, fill(_evidence_line(view), "  ")]
        if view.latest:
            lines.append(fill("Latest: " + _ratings_line(view.latest), "  "))
    lines += ["", fill(messages.PATH_OPTIONAL)]
    return "\n".join(lines)


# --- step 2: share --------------------------------------------------------------------
@cli.command()
@click.argument("name", required=False)
@click.option(
    "--size",
    "-s",
    metavar="SIZE",
    help="feeling, preference, small_memory, vulnerable_thought or bigger_story.",
)
@click.option(
    "--response",
    "-r",
    metavar="RESPONSE",
    help="How they responded: supportive, neutral, dismissive or hurtful.",
)
@click.option("--felt", "-f", type=int, metavar="1-5", help="How you felt afterwards, 1 to 5.")
@click.option("--note", "-n", metavar="TEXT", help="A few words about it (optional).")
@click.option("--when", "-w", metavar="DATE", help=WHEN_HELP)
@click.option("--ladder", is_flag=True, help="Show the ladder, with NAME or with everyone.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def share(
    app: App,
    name: str | None,
    size: str | None,
    response: str | None,
    felt: int | None,
    note: str | None,
    when: str | None,
    ladder: bool,
    fmt: str,
) -> None:
    """Step 2: practise micro-sharing. Log something small you shared with NAME.

    The share is kept as a journal entry (kind micro_share) about NAME. --ladder shows
    the sizes from small to big and, with people who met you well, a gentle next step;
    never with someone whose last response was dismissive or hurtful.
    """
    from bondlens import path_service as service
    from bondlens import sharing
    from bondlens.errors import InvalidInput

    journal = app.journal
    if ladder:
        steps = service.ladder(journal, name)
        if fmt == "json":
            emit_json(
                {"sizes": sharing.ladder_json(), "people": [sharing.step_json(s) for s in steps]}
            )
        else:
            lines = [fill(messages.SHARE_LADDER_INTRO), ""]
            lines += [f"  {i}. {messages.SHARE_SIZES[s]}" for i, s in enumerate(sharing.SIZES, 1)]
            lines += [""] + [fill(s.text, "", "• ") for s in steps]
            click.echo("\n".join(lines))
        return
    if name is None or size is None or response is None or felt is None:
        raise InvalidInput(messages.SHARE_NONE)
    saved = service.log_share(
        journal, sharing.Share(name, size, response, felt, when_given(when), note or "")
    )
    crisis = screened(app, saved.note)
    if fmt == "json":
        emit_json({**sharing.share_json(saved), "crisis": crisis_json(app, crisis)})
        return
    click.echo(messages.SHARE_SAVED.format(name=saved.person, id=saved.entry_id))
    click.echo(fill(service.ladder(journal, saved.person)[0].text))
    offer_support(app, crisis)


# --- step 7: give ---------------------------------------------------------------------
@cli.command()
@click.argument("name", required=False)
@click.argument("text", nargs=-1)
@click.option(
    "--left", "-l", metavar="FEELING", help="How it left you: energised, fine or drained."
)
@click.option("--when", "-w", metavar="DATE", help=WHEN_HELP)
@click.option("--summary", is_flag=True, help="Given and received per person, and how giving felt.")
@click.option("--today", metavar="DATE", help="For --summary: look from this day.")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def give(
    app: App,
    name: str | None,
    text: tuple[str, ...],
    left: str | None,
    when: str | None,
    summary: bool,
    today: str | None,
    fmt: str,
) -> None:
    """Step 7: give support too, within your limits. Log support you gave NAME.

    Kept as a journal entry (kind support_given) with how it left you. --summary shows
    support given and received with each person, with a gentle note when giving keeps
    draining you or far outweighs what comes back.
    """
    from bondlens import giving
    from bondlens import path_service as service
    from bondlens.errors import InvalidInput

    journal = app.journal
    if summary:
        reciprocity, rows = service.giving_summary(journal, today_or(today))
        if fmt == "json":
            emit_json(giving.summary_json(reciprocity, rows))
        elif not rows:
            click.echo(messages.GIVE_NONE)
        else:
            lines = []
            for row in rows:
                felt = ", ".join(f"{row.left.count(k)} {k}" for k in giving.LEFT if k in row.left)
                line = messages.INSIGHTS_RECIPROCITY_PERSON.format(
                    name=row.person, given=row.given, received=row.received
                )
                lines.append(fill(line + (f" ({felt})" if felt else ""), "", "• "))
                lines += [fill(n, "  ") for n in row.notes]
            click.echo("\n".join(lines))
        return
    words = " ".join(text).strip()
    if name is None or not words or left is None:
        raise InvalidInput(messages.GIVE_NONE)
    saved = service.give(journal, giving.Given(name, words, left, when_given(when)))
    crisis = screened(app, saved.text)
    if fmt == "json":
        emit_json({**giving.given_json(saved), "crisis": crisis_json(app, crisis)})
        return
    click.echo(messages.GIVE_SAVED.format(name=saved.person, id=saved.entry_id))
    offer_support(app, crisis)
