"""The lens on the web: the lens on a person's page, the check-in, and Insights.

The lens itself is computed by ``lens_service`` (pure rules over stored readings); these
routes only gather the form, call the service and render. Entries still waiting to be
read are read in the background, and the page says so.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from bondlens import messages
from bondlens.checkins import QUESTIONS, SCALE, CheckIn, validated
from bondlens.errors import InvalidInput
from bondlens.journal import Journal
from bondlens.people import Person
from bondlens.web import confirm
from bondlens.web.pages import CheckedForm, journal_of, read_soon, redirect, render, text

router = APIRouter(include_in_schema=False)
_ENTRY_REF = re.compile(r"#(\d+)")


def linked(words: str) -> Markup:
    """Plain words with every "#12" made a link to that entry (everything else escaped)."""
    return Markup(_ENTRY_REF.sub(r'<a href="/entries/\1">#\1</a>', str(escape(words))))


def lens_context(journal: Journal, person: Person) -> dict[str, Any]:
    """What the lens section of a person's page shows."""
    from bondlens import reading
    from bondlens.lens_report import explanation, lens_json
    from bondlens.lens_service import person_lens

    view = person_lens(journal, person.name)
    return {
        "lens": lens_json(view),
        "lens_text": linked(explanation(view)),
        "lens_waiting": reading.waiting(journal),
    }


@router.get("/people/{person_id}/checkin")
async def checkin_page(request: Request, person_id: int) -> Response:
    person = journal_of(request).person_by_id(person_id)
    return _checkin_page(request, person, {}, None)


def _checkin_page(
    request: Request, person: Person, chosen: dict[str, str], error: str | None
) -> Response:
    from bondlens import lens_service
    from bondlens.checkins import changes
    from bondlens.lens_report import sign_words

    journal = journal_of(request)
    history = lens_service.checkins(journal, person.name)
    return render(
        request,
        "checkin.html",
        200 if error is None else 400,
        nav="people",
        person=person,
        questions=[(m, messages.CHECKIN_QUESTIONS[m]) for m in QUESTIONS],
        scale=SCALE,
        chosen=chosen,
        error=error,
        history=list(reversed(history)),
        changes=changes(history),
        sign_words={m: sign_words(m) for m in QUESTIONS},
    )


@router.post("/people/{person_id}/checkin")
def save_checkin(request: Request, person_id: int, form: CheckedForm) -> Response:
    from bondlens import lens_service

    journal = journal_of(request)
    person = journal.person_by_id(person_id)
    chosen = {m: text(form, m) for m in QUESTIONS if text(form, m) not in ("", "skip")}
    try:
        answers = validated(chosen)
        lens_service.add_checkin(
            journal,
            person.name,
            CheckIn(taken=datetime.now().replace(microsecond=0), answers=answers),
        )
    except InvalidInput as exc:
        return _checkin_page(request, person, chosen, exc.message)
    return redirect(f"/people/{person_id}?done=checkin#lens")


@router.get("/people/{person_id}/checkins/{checkin_id}/delete")
def delete_checkin_page(request: Request, person_id: int, checkin_id: int) -> Response:
    return _ask_checkin(request, person_id, checkin_id)


@router.post("/people/{person_id}/checkins/{checkin_id}/delete")
def delete_checkin(
    request: Request, person_id: int, checkin_id: int, form: CheckedForm
) -> Response:
    if not confirm.confirmed(form):
        return _ask_checkin(request, person_id, checkin_id)
    from bondlens import lens_service

    journal = journal_of(request)
    lens_service.delete_checkin(journal, journal.person_by_id(person_id).name, checkin_id)
    return redirect(f"/people/{person_id}/checkin?done=checkin-deleted#history-title")


def _ask_checkin(request: Request, person_id: int, checkin_id: int) -> Response:
    from bondlens import lens_service
    from bondlens.lens_report import sign_words
    from bondlens.render import format_when

    journal = journal_of(request)
    person = journal.person_by_id(person_id)
    item = lens_service.checkin(journal, person.name, checkin_id)
    lines = [f"{sign_words(m)}: {SCALE[a]}" for m, a in item.answers.items()]
    asked = confirm.Asked(
        heading=messages.WEB_CONFIRM_CHECKIN,
        title=messages.WEB_ITEM_ABOUT.format(name=person.name, when=format_when(item.taken)),
        lines=lines,
        action=f"/people/{person_id}/checkins/{checkin_id}/delete",
        back=f"/people/{person_id}/checkin#history-title",
        back_label=messages.WEB_BACK_CHECKINS.format(name=person.name),
    )
    return confirm.ask(request, asked, "people")


@router.get("/insights")
async def insights_page(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from bondlens import reading
    from bondlens.insights import insights_json, sentences
    from bondlens.lens_service import journal_insights

    journal = journal_of(request)
    found = await run_in_threadpool(journal_insights, journal)
    waiting = reading.waiting(journal)
    response = render(
        request,
        "insights.html",
        nav="insights",
        insights=insights_json(found),
        summary=[linked(line) for line in sentences(found)],
        waiting=waiting,
    )
    if waiting:
        response.background = read_soon(request)
    return response
