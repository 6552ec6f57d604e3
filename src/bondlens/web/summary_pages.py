"""The session summary on the web: choose dates, tick what to bring, print or download.

Thin like every page: parse the form, call ``summary_service``, render. Nothing is
stored: the printable page carries the choice in hidden fields, so "Download as a text file"
and "Change what's included" send it again. "Select all" and "Select none" are submit
buttons that show the form again with every entry ticked or none (``app.js`` does the
same on the spot when scripts run).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from bondlens import messages
from bondlens import summary as rules
from bondlens import summary_service as service
from bondlens.dates import parse_day
from bondlens.errors import InvalidInput
from bondlens.summary import Choice
from bondlens.web.pages import CheckedForm, journal_of, read_soon, render, text

router = APIRouter(include_in_schema=False)
#: Up to this many entries of a range (the newest) are listed to choose from.
LISTED = 500


def dates(since: str, until: str) -> tuple[date, date]:
    """The range typed in the form; empty fields take the defaults (the last 14 days)."""
    return rules.date_range(
        parse_day(since) if since.strip() else None,
        parse_day(until) if until.strip() else None,
        date.today(),
    )


def chosen(form: FormData) -> Choice:
    """What the form ticked (not validated yet: it may still be empty)."""
    since, until = dates(text(form, "since"), text(form, "until"))
    ids = [v for v in form.getlist("entry") if isinstance(v, str)]
    if not all(v.isdigit() for v in ids):
        raise InvalidInput(messages.WEB_BAD_REQUEST)
    return Choice(
        since,
        until,
        entries=tuple(dict.fromkeys(int(v) for v in ids)),
        lens=tuple(v for v in form.getlist("lens") if isinstance(v, str)),
        workbook=text(form, "workbook") == "on",
        checkins=text(form, "checkins") == "on",
        safety_plan=text(form, "safety_plan") == "on",
    )


@router.get("/summary")
async def summary_form(request: Request) -> Response:
    since, until = (request.query_params.get(k, "").strip() for k in ("since", "until"))
    try:
        first, last = dates(since, until)
    except InvalidInput as exc:
        return _form(request, None, typed=(since, until), error=exc.message)
    return _form(request, Choice(first, last))


@router.post("/summary")
def make_summary(request: Request, form: CheckedForm) -> Response:
    action = text(form, "action") or "make"
    try:
        choice = chosen(form)
    except InvalidInput as exc:
        typed = (text(form, "since"), text(form, "until"))
        return _form(request, None, typed=typed, error=exc.message)
    if action in ("all", "none", "change"):
        return _form(request, choice, every=action == "all", none=action == "none")
    if choice.empty:
        return _form(request, choice, error=messages.SUMMARY_NOTHING_CHOSEN)
    from bondlens import reading

    journal = journal_of(request)
    summary = service.build(journal, choice)
    # the lens and the workbook see only read entries: say so (not in print), read soon
    waiting = reading.waiting(journal) if choice.lens or choice.workbook else 0
    response = render(
        request,
        "summary_result.html",
        nav="path",
        view=rules.view(summary),
        choice=summary.choice,
        waiting=waiting,
    )
    if waiting:
        response.background = read_soon(request)
    return response


@router.post("/summary/markdown")
def download_markdown(request: Request, form: CheckedForm) -> Response:
    choice = chosen(form)
    summary = service.build(journal_of(request), choice)
    name = f"bondlens-summary-{choice.since.isoformat()}-to-{choice.until.isoformat()}.md"
    return Response(
        rules.to_markdown(summary),
        media_type="text/markdown; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


def _form(
    request: Request,
    choice: Choice | None,
    *,
    typed: tuple[str, str] = ("", ""),
    error: str | None = None,
    every: bool = False,
    none: bool = False,
) -> Response:
    """The form: the dates, and (for a valid range) what there is to choose from."""
    from bondlens import reading
    from bondlens.safety_service import get_plan

    journal = journal_of(request)
    offer = None
    if choice is not None:
        offer = service.offer(journal, choice.since, choice.until, LISTED)
        if every:
            choice = replace(choice, entries=tuple(int(e.id or 0) for e in offer.entries))
        elif none:
            choice = replace(choice, entries=())
    waiting = reading.waiting(journal) if offer is not None else 0
    about = Counter(c.person for c in offer.checkins) if offer is not None else Counter()
    response = render(
        request,
        "summary.html",
        200 if error is None else 400,
        nav="path",
        since=choice.since.isoformat() if choice else typed[0],
        until=choice.until.isoformat() if choice else typed[1],
        offer=offer,
        chosen=choice,
        chosen_entries=set(choice.entries) if choice and choice.entries != rules.ALL else set(),
        chosen_lens=set(choice.lens) if choice else set(),
        range=rules.range_text(choice.since, choice.until) if choice else "",
        checkins_about=", ".join(
            messages.WEB_SUMMARY_CHECKINS_ABOUT.format(count=n, name=name)
            for name, n in sorted(about.items(), key=lambda i: i[0].casefold())
        )
        or messages.WEB_SUMMARY_CHECKINS_NONE,
        plan_empty=get_plan(journal).empty,
        waiting=waiting,
        error=error,
    )
    if waiting:
        response.background = read_soon(request)
    return response
