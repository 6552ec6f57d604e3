"""Step 4 of the path on the command line: ``bondlens nudges``, small ideas for today."""

from __future__ import annotations

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, emit_json
from bondlens.cli.path import fill, today_or
from bondlens.cli.support import crisis_json, offer_support, screened

TODAY_HELP = "Look from this day (default: today)."


@cli.group(invoke_without_command=True)
@click.option("--today", metavar="DATE", help=TODAY_HELP)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.pass_context
def nudges(ctx: click.Context, today: str | None, fmt: str) -> None:
    """Step 4: nourish a connection. A few small ideas for today.

    Suggestions go to people you haven't written about for a while, safe people first,
    with check-in messages to copy and change. Nothing is ever required: say "done"
    (it becomes a check_in entry) or "not now". Never prompts, so it can run from cron.
    """
    if ctx.invoked_subcommand is not None:
        return
    from bondlens import nudges as rules
    from bondlens import path_service as service

    app = ctx.find_object(App)
    assert app is not None
    day = today_or(today)
    found = service.todays_nudges(app.journal, day)
    if fmt == "json":
        emit_json(rules.nudges_json(found, day))
        return
    if not found:
        click.echo(messages.NUDGE_NONE)
        return
    lines = [fill(messages.NUDGE_INTRO)]
    for item in found:
        lines += [
            "",
            click.style(item.id, bold=True) + "  " + item.text,
            fill(f"({item.why})", "  "),
        ]
        lines += [fill(f"“{d}”", "    ") for d in item.drafts]
    lines += ["", "Done: bondlens nudges done ID   Not now: bondlens nudges not-now ID"]
    click.echo("\n".join(lines))


def _answer(app: App, nudge_id: str, answer: str, today: str | None, note: str, fmt: str) -> None:
    from bondlens import nudges as rules
    from bondlens import path_service as service
    from bondlens.render import entry_json

    done = service.answer_nudge(app.journal, nudge_id, answer, today_or(today), note)
    crisis = screened(app, note)
    if fmt == "json":
        emit_json(
            {
                "nudge": rules.nudge_json(done.nudge),
                "answer": done.answer,
                "entry": entry_json(done.entry) if done.entry else None,
                "crisis": crisis_json(app, crisis),
            }
        )
        return
    if done.entry is not None:
        click.echo(messages.NUDGE_DONE.format(entry=done.entry.id))
    else:
        click.echo(messages.NUDGE_NOT_NOW)
    offer_support(app, crisis)


@nudges.command(name="done")
@click.argument("nudge_id", metavar="ID")
@click.option("--note", "-n", default="", metavar="TEXT", help="What you did, in your words.")
@click.option("--today", metavar="DATE", help=TODAY_HELP)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def nudge_done(app: App, nudge_id: str, note: str, today: str | None, fmt: str) -> None:
    """Mark today's suggestion ID as done: it becomes a check_in entry."""
    _answer(app, nudge_id, "done", today, note, fmt)


@nudges.command(name="not-now")
@click.argument("nudge_id", metavar="ID")
@click.option("--today", metavar="DATE", help=TODAY_HELP)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def nudge_not_now(app: App, nudge_id: str, today: str | None, fmt: str) -> None:
    """Put today's suggestion ID away for a few days. No reason needed."""
    _answer(app, nudge_id, "not_now", today, "", fmt)
