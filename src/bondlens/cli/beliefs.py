"""Step 3 of the path on the command line: ``bondlens beliefs``, the beliefs workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, confirmed, emit_json, on_its_own
from bondlens.cli.path import WHEN_HELP, fill, when_or_now
from bondlens.cli.support import crisis_json, offer_support, screened

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
@click.option(
    "--delete-rating",
    "delete_id",
    type=click.IntRange(min=1),
    metavar="NUMBER",
    help="Delete one of ID's strength ratings (its number in `bondlens beliefs ID`); asks "
    "first at a terminal.",
)
@click.option(
    "--clear-counter", is_flag=True, help="Clear your counter-belief to ID (and its pin)."
)
@click.option(
    "--yes",
    "-y",
    is_flag=True,
    help="With --delete-rating or --clear-counter: don't ask for confirmation.",
)
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
    delete_id: int | None,
    clear_counter: bool,
    yes: bool,
    fmt: str,
) -> None:
    """Step 3: the beliefs workbook. Beliefs about support that can hold you back.

    Without ID: the eight beliefs, what each can cost, your pinned counter-belief and
    how strongly you have believed each. With ID (like burden): its suggestions, your own
    counter-belief, your ratings and the moments in your journal where it showed up.
    --delete-rating and --clear-counter take a rating or your counter-belief back.
    """
    from bondlens import path_service as service
    from bondlens import workbook

    journal = app.journal
    if delete_id is not None or clear_counter:
        from bondlens.errors import InvalidInput

        option = "--delete-rating" if delete_id is not None else "--clear-counter"
        if belief is None:
            raise InvalidInput(messages.BELIEF_DELETE_NEEDS_ID.format(option=option))
        others = {
            "--counter": counter is not None,
            "--pin": pin,
            "--unpin": unpin,
            "--rate-belief": rate_belief is not None,
            "--rate-counter": rate_counter is not None,
            "--when": when is not None,
        }
        on_its_own(option, others)
        _take_back(app, workbook.belief_id(belief), delete_id, clear_counter, yes, fmt)
        return
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


def _take_back(
    app: App, ident: str, delete_id: int | None, clear: bool, yes: bool, fmt: str
) -> None:
    """Delete a rating and/or clear the counter-belief, asking first at a terminal."""
    from bondlens import path_service as service
    from bondlens import workbook
    from bondlens.render import format_when

    journal = app.journal
    words = messages.BELIEF_WORDS[ident]
    if not yes:
        asks = []
        if delete_id is not None:
            item = service.strength(journal, ident, delete_id)
            when = format_when(item.taken)
            asks.append(
                messages.CONFIRM_STRENGTH_DELETE.format(id=delete_id, belief=words, when=when)
            )
        if clear:
            mine = service.my_counter(journal, ident)
            asks.append(messages.CONFIRM_COUNTER_CLEAR.format(belief=words, counter=mine.text))
        if not all(confirmed(ask) for ask in asks):
            return
    done: dict[str, object] = {}
    said = []
    if delete_id is not None:
        done["deleted"] = workbook.strength_json(service.delete_strength(journal, ident, delete_id))
        said.append(messages.STRENGTH_DELETED.format(id=delete_id, belief=words))
    if clear:
        done["cleared"] = workbook.counter_json(service.clear_counter(journal, ident))
        said.append(messages.COUNTER_CLEARED.format(belief=words))
    if fmt == "json":
        emit_json({**workbook.page_json(service.belief_page(journal, ident)), **done})
    else:
        click.echo("\n".join(said))


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
        lines += ["", messages.BELIEF_RATINGS]
        for s in page.strengths:
            belief = "–" if s.strength is None else str(s.strength)
            counter = "–" if s.counter is None else str(s.counter)
            lines.append(f"  #{s.id}  {format_when(s.taken)}: {belief} / {counter}")
    if page.strengths or page.counter:
        lines += ["", fill(messages.BELIEF_DELETE_HINT.format(id=b.id))]
    lines.append("")
    if not page.moments:
        lines.append(messages.BELIEF_MOMENTS_NONE)
    else:
        lines.append(messages.BELIEF_MOMENTS)
        for m in page.moments:
            quote = f": “{m.quote}”" if m.quote else ""
            lines.append(fill(f"#{m.entry_id} {format_when(m.when)}{quote}", "  ", "• "))
    return "\n".join(lines)
