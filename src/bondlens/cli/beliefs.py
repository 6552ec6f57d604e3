"""Step 3 of the path on the command line: ``bondlens beliefs``, the beliefs workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, emit_json
from bondlens.cli.path import WHEN_HELP, fill, screened, when_or_now
from bondlens.cli.support import crisis_json, offer_support

if TYPE_CHECKING:
    from bondlens.analysis.results import Crisis
    from bondlens.workbook import Counter, Page


@cli.command()
@click.argument("belief", required=False, metavar="[ID]")
@click.option("--counter", "-c", metavar="TEXT", help="Your own counter-belief to ID.")
@click.option("--pin", is_flag=True, help="Pin ID's counter-belief where you will see it.")
@click.option("--unpin", is_flag=True, help="Pin nothing.")
@click.option("--rate-belief", type=int, metavar="0-100", help="How strongly you believe ID now.")
@click.option(
    "--rate-counter", type=int, metavar="0-100", help="How strongly you believe your counter now."
)
@click.option("--when", "-w", metavar="DATE", help=WHEN_HELP)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def beliefs(
    app: App,
    belief: str | None,
    counter: str | None,
    pin: bool,
    unpin: bool,
    rate_belief: int | None,
    rate_counter: int | None,
    when: str | None,
    fmt: str,
) -> None:
    """Step 3: the beliefs workbook. Beliefs about support that can hold you back.

    Without ID: the eight beliefs, what each can cost, your pinned counter-belief and
    how strongly you have believed each. With ID (like burden): its suggestions, your own
    counter-belief, and the moments in your journal where it showed up.
    """
    from bondlens import path_service as service
    from bondlens import workbook

    journal = app.journal
    if unpin:
        service.pin(journal, None)
    if belief is None:
        pages = service.workbook_pages(journal)
        mine = service.pinned(journal)
        if fmt == "json":
            emit_json(
                {
                    "pinned": workbook.counter_json(mine),
                    "beliefs": [workbook.page_json(p, with_moments=False) for p in pages],
                }
            )
        else:
            click.echo(_workbook_text(pages, mine))
        return
    said = [messages.BELIEF_UNPINNED] if unpin else []
    ident = workbook.belief_id(belief)
    crisis: Crisis | None = None
    if counter is not None:
        saved = service.set_counter(journal, ident, counter, pin=pin)
        crisis = screened(app, saved.text)
        said.append(messages.BELIEF_COUNTER_SAVED.format(belief=messages.BELIEF_WORDS[ident]))
        if saved.pinned:
            said.append(messages.BELIEF_PINNED.format(counter=saved.text))
    elif pin:
        pinned = service.pin(journal, ident)
        said.append(messages.BELIEF_PINNED.format(counter=pinned.text if pinned else ""))
    if rate_belief is not None or rate_counter is not None:
        service.rate_belief(
            journal, workbook.Strength(ident, when_or_now(when), rate_belief, rate_counter)
        )
        said.append(messages.BELIEF_RATED)
    page = service.belief_page(journal, ident)
    if fmt == "json":
        shown = workbook.page_json(page)
        emit_json(shown if crisis is None else {**shown, "crisis": crisis_json(app, crisis)})
    elif said:
        click.echo("\n".join(fill(s) for s in said))
        if crisis is not None:
            offer_support(app, crisis)
    else:
        click.echo(_page_text(page))


def _strengths_line(page: Page) -> str:
    parts = []
    for s in page.strengths:
        belief = "–" if s.strength is None else str(s.strength)
        counter = "–" if s.counter is None else str(s.counter)
        parts.append(f"{s.taken.date().isoformat()} {belief}/{counter}")
    return "Belief/counter over time: " + ", ".join(parts)


def _workbook_text(pages: list[Page], mine: Counter | None) -> str:
    lines = [
        fill(
            messages.BELIEF_PIN_LINE.format(counter=mine.text) if mine else messages.BELIEF_NO_PIN
        ),
        "",
    ]
    for page in pages:
        b = page.belief
        lines.append(click.style(f"{b.id}", bold=True) + f"  “{b.words}”")
        lines.append(fill(f"In life: {b.costs_life}", "    "))
        lines.append(fill(f"At work: {b.costs_work}", "    "))
        if page.counter:
            lines.append(fill(f"Your counter-belief: {page.counter.text}", "    "))
        if page.strengths:
            lines.append(fill(_strengths_line(page), "    "))
        if page.moment_count:
            lines.append(f"    Showed up in {page.moment_count} of your entries.")
    lines += ["", fill(messages.PATH_OPTIONAL)]
    return "\n".join(lines)


def _page_text(page: Page) -> str:
    from bondlens.render import format_when

    b = page.belief
    lines = [click.style(b.id, bold=True) + f"  “{b.words}”", ""]
    lines += [fill(f"In life: {b.costs_life}"), fill(f"At work: {b.costs_work}"), ""]
    lines.append("Counter-beliefs to start from:")
    lines += [fill(s, "  ", "• ") for s in b.suggestions]
    if page.counter:
        pinned = " (pinned)" if page.counter.pinned else ""
        lines += ["", fill(f"Your counter-belief{pinned}: {page.counter.text}")]
    if page.strengths:
        lines += ["", fill(_strengths_line(page))]
    lines.append("")
    if not page.moments:
        lines.append(messages.BELIEF_MOMENTS_NONE)
    else:
        lines.append(messages.BELIEF_MOMENTS)
        for m in page.moments:
            quote = f": “{m.quote}”" if m.quote else ""
            lines.append(fill(f"#{m.entry_id} {format_when(m.when)}{quote}", "  ", "• "))
    return "\n".join(lines)
