"""The beliefs workbook on the web (step 3 of the Path): the eight beliefs, my own
counter-belief and its pin, how strongly I believe each over time, and the moments a
belief showed up in the journal. Thin: parse, call ``path_service``, render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from bondlens import messages, workbook
from bondlens import path_service as service
from bondlens.dates import when_to_str
from bondlens.errors import InvalidInput, NotFound
from bondlens.web import confirm
from bondlens.web.charts import strength_chart
from bondlens.web.pages import CheckedForm, journal_of, redirect, render, text
from bondlens.web.path_pages import now, whole
from bondlens.workbook import Page, Strength
from bondlens.workbook import belief_id as check_belief

if TYPE_CHECKING:
    from bondlens.analysis.results import Crisis

router = APIRouter(include_in_schema=False)


def known(belief: str) -> str:
    """The belief's id, or "not found" for an address that names none."""
    try:
        return check_belief(belief)
    except InvalidInput:
        raise NotFound(messages.WEB_BELIEF_NOT_FOUND) from None


@router.get("/path/beliefs")
async def workbook_page(request: Request) -> Response:
    pages = service.workbook_pages(journal_of(request))
    pinned = workbook.pinned([p.counter for p in pages if p.counter])  # no second read
    return render(request, "path_beliefs.html", nav="path", pages=pages, pinned=pinned)


@router.get("/path/beliefs/{belief}")
def belief_page(request: Request, belief: str) -> Response:
    return _belief_page(request, known(belief))


def _belief_page(
    request: Request,
    belief: str,
    values: dict[str, str] | None = None,
    error: str | None = None,
    error_in: str = "",
    crisis: Crisis | None = None,
) -> Response:
    page = service.belief_page(journal_of(request), belief)
    return render(
        request,
        "path_belief.html",
        200 if error is None else 400,
        nav="path",
        page=page,
        item=page.belief,
        values=values or {},
        error=error,
        error_in=error_in,
        crisis=crisis,
        chart_html=_chart(request, page),
    )


def _chart(request: Request, page: Page) -> Markup:
    rated = [(when_to_str(s.taken), s.strength, s.counter) for s in page.strengths]
    fragment = request.app.state.templates.get_template("_strength_chart.html")
    return Markup(fragment.render(chart=strength_chart(rated), item=page.belief))


@router.post("/path/beliefs/{belief}/counter")
def save_counter(request: Request, belief: str, form: CheckedForm) -> Response:
    from bondlens.analysis.crisis import screen
    from bondlens.preferences_service import region

    ident = known(belief)
    values = {"counter": text(form, "counter"), "pin": text(form, "pin")}
    try:
        saved = service.set_counter(
            journal_of(request), ident, values["counter"], pin=values["pin"] == "on"
        )
    except InvalidInput as exc:
        return _belief_page(request, ident, values, exc.message, "counter")
    crisis = screen(saved.text, region(journal_of(request)))
    if crisis.flag:  # the words call for support: show it at once, not after a redirect
        return _belief_page(request, ident, crisis=crisis)
    return redirect(f"/path/beliefs/{ident}?done=counter")


@router.post("/path/beliefs/{belief}/pin")
def pin_counter(request: Request, belief: str, form: CheckedForm) -> Response:
    ident = known(belief)
    try:
        service.pin(journal_of(request), None if text(form, "action") == "unpin" else ident)
    except InvalidInput as exc:
        return _belief_page(request, ident, None, exc.message, "counter")
    return redirect(f"/path/beliefs/{ident}?done=pin")


@router.post("/path/beliefs/{belief}/rate")
def rate(request: Request, belief: str, form: CheckedForm) -> Response:
    ident = known(belief)
    values = {k: text(form, k) for k in ("strength", "counter_strength")}
    parsed = {k: whole(v, 0, 100) for k, v in values.items()}
    typed = {k for k, v in values.items() if v.strip()}
    if not typed or any(parsed[k] is None for k in typed):
        return _belief_page(request, ident, values, messages.WEB_STRENGTH_BAD, "rate")
    item = Strength(ident, now(), parsed["strength"], parsed["counter_strength"])
    service.rate_belief(journal_of(request), item)
    return redirect(f"/path/beliefs/{ident}?done=rated#strength")


# --- taking back a rating or the counter-belief ---------------------------------------
@router.get("/path/beliefs/{belief}/ratings/{strength_id}/delete")
def delete_rating_page(request: Request, belief: str, strength_id: int) -> Response:
    return _ask_rating(request, known(belief), strength_id)


@router.post("/path/beliefs/{belief}/ratings/{strength_id}/delete")
def delete_rating(request: Request, belief: str, strength_id: int, form: CheckedForm) -> Response:
    ident = known(belief)
    if not confirm.confirmed(form):
        return _ask_rating(request, ident, strength_id)
    service.delete_strength(journal_of(request), ident, strength_id)
    return redirect(f"/path/beliefs/{ident}?done=rating-deleted#strength")


def _ask_rating(request: Request, ident: str, strength_id: int) -> Response:
    from bondlens.render import format_when

    item = service.strength(journal_of(request), ident, strength_id)
    lines = [
        said.format(value=value)
        for said, value in (
            (messages.WEB_RATING_BELIEF, item.strength),
            (messages.WEB_RATING_COUNTER, item.counter),
        )
        if value is not None
    ]
    asked = confirm.Asked(
        heading=messages.WEB_CONFIRM_STRENGTH,
        title=messages.WEB_ITEM_BELIEF.format(
            belief=messages.BELIEF_WORDS[ident], when=format_when(item.taken)
        ),
        lines=lines,
        action=f"/path/beliefs/{ident}/ratings/{strength_id}/delete",
        back=f"/path/beliefs/{ident}#strength",
        back_label=messages.BELIEF_WORDS[ident],
    )
    return confirm.ask(request, asked, "path")


@router.get("/path/beliefs/{belief}/counter/delete")
def clear_counter_page(request: Request, belief: str) -> Response:
    return _ask_counter(request, known(belief))


@router.post("/path/beliefs/{belief}/counter/delete")
def clear_counter(request: Request, belief: str, form: CheckedForm) -> Response:
    ident = known(belief)
    if not confirm.confirmed(form):
        return _ask_counter(request, ident)
    service.clear_counter(journal_of(request), ident)
    return redirect(f"/path/beliefs/{ident}?done=counter-cleared#counter")


def _ask_counter(request: Request, ident: str) -> Response:
    mine = service.my_counter(journal_of(request), ident)
    asked = confirm.Asked(
        heading=messages.WEB_CONFIRM_COUNTER,
        title=messages.WEB_ITEM_COUNTER.format(belief=messages.BELIEF_WORDS[ident]),
        lines=[mine.text, *([messages.WEB_COUNTER_PINNED] if mine.pinned else [])],
        action=f"/path/beliefs/{ident}/counter/delete",
        back=f"/path/beliefs/{ident}#counter",
        back_label=messages.BELIEF_WORDS[ident],
        yes=messages.WEB_CONFIRM_YES_CLEAR,
    )
    return confirm.ask(request, asked, "path")
