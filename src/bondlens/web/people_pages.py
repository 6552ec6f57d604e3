"""The People pages: everyone in the journal, one person, and editing them."""

from __future__ import annotations

import math

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup
from starlette.datastructures import FormData

from bondlens.dates import parse_day
from bondlens.entries import EntryFilter
from bondlens.errors import BondlensError, InvalidInput
from bondlens.people import ORIGINS, RELATIONSHIPS, Person, PersonChanges
from bondlens.web.charts import safety_chart
from bondlens.web.lens_pages import lens_context
from bondlens.web.pages import (
    PAGE_SIZE,
    CheckedForm,
    journal_of,
    page_number,
    redirect,
    render,
    text,
)

router = APIRouter(include_in_schema=False)


# --- People --------------------------------------------------------------------------
@router.get("/people")
async def people_page(request: Request) -> Response:
    return _people_page(request, Person(name=""), None)


def _people_page(request: Request, draft: Person, error: str | None, status: int = 200) -> Response:
    summaries = journal_of(request).people()
    return render(
        request,
        "people.html",
        status,
        nav="people",
        people=summaries,
        draft=draft,
        error=error,
        relationships=RELATIONSHIPS,
        origins=ORIGINS,
    )


def _person_from(form: FormData) -> Person:
    return Person(
        name=text(form, "name"),
        relationship=text(form, "relationship") or "other",
        origin=text(form, "origin") or "unknown",
        notes=text(form, "notes"),
        safe=text(form, "safe") == "on",
        triggers=tuple(line for line in text(form, "triggers").splitlines() if line.strip()),
        boundaries=tuple(line for line in text(form, "boundaries").splitlines() if line.strip()),
    )


@router.post("/people")
def create_person(request: Request, form: CheckedForm) -> Response:
    draft = _person_from(form)
    try:
        saved = journal_of(request).add_person(draft)
    except BondlensError as exc:
        return _people_page(request, draft, exc.message, status=400)
    return redirect(f"/people/{saved.id}?done=person")


@router.get("/people/{person_id}")
async def person_page(request: Request, person_id: int) -> Response:
    journal = journal_of(request)
    person = journal.person_by_id(person_id)
    page = page_number(request)
    query = EntryFilter(person=person.name, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    found = journal.entries(query)
    total = journal.count(query)

    def draw_chart() -> Markup:
        chart = safety_chart(journal.safety_points(person.name))
        fragment = request.app.state.templates.get_template("_chart.html")
        return Markup(fragment.render(chart=chart, person=person))

    def page_url(number: int) -> str:
        return f"/people/{person_id}?page={number}"

    return render(
        request,
        "person.html",
        nav="people",
        person=person,
        entries=found,
        total=total,
        page=page,
        pages=max(math.ceil(total / PAGE_SIZE), 1),
        page_url=page_url,
        chart_html=journal.remember(("chart", person.id, person.name), draw_chart),
        **lens_context(journal, person),
    )


@router.get("/people/{person_id}/edit")
async def edit_person_page(request: Request, person_id: int) -> Response:
    return _edit_person_page(request, journal_of(request).person_by_id(person_id))


def _edit_person_page(
    request: Request, person: Person, draft: Person | None = None, error: str | None = None
) -> Response:
    return render(
        request,
        "person_edit.html",
        200 if error is None else 400,
        nav="people",
        person=person,
        draft=draft or person,
        error=error,
        relationships=RELATIONSHIPS,
        origins=ORIGINS,
    )


@router.post("/people/{person_id}")
def update_person(request: Request, person_id: int, form: CheckedForm) -> Response:
    journal = journal_of(request)
    current = journal.person_by_id(person_id)
    draft = _person_from(form)
    changes = PersonChanges(
        name=draft.name,
        relationship=draft.relationship,
        origin=draft.origin,
        notes=draft.notes,
        safe=draft.safe,
        triggers=draft.triggers,
        boundaries=draft.boundaries,
    )
    try:
        journal.edit_person(current.name, changes)
    except BondlensError as exc:
        return _edit_person_page(request, current, draft, exc.message)
    return redirect(f"/people/{person_id}?done=person")


@router.post("/people/{person_id}/status")
def person_status(request: Request, person_id: int, form: CheckedForm) -> Response:
    journal = journal_of(request)
    current = journal.person_by_id(person_id)
    try:
        if text(form, "action") == "reopen":
            journal.edit_person(current.name, PersonChanges(reopen=True))
        else:
            journal.end_person(current.name, parse_day(text(form, "ended_on") or "today"))
    except InvalidInput as exc:
        return _edit_person_page(request, current, None, exc.message)
    return redirect(f"/people/{person_id}?done=person")
