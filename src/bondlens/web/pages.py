"""The HTML pages: Write, Journal, People, Person and Settings. Thin: parse, call, render.

Showing a page reads a few rows from SQLite (a millisecond or two), so page views run
straight on the event loop; saving (which waits for the disk), import and export run in
the thread pool.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException

from bondlens import messages
from bondlens.dates import parse_day
from bondlens.entries import Entry, EntryFilter, entry_words
from bondlens.entries import kind as check_kind
from bondlens.entries import tag as check_tag
from bondlens.errors import BondlensError, InvalidInput
from bondlens.journal import Journal

if TYPE_CHECKING:
    from bondlens.analysis.results import Crisis
from bondlens.people import ORIGINS, RELATIONSHIPS, Person, PersonChanges
from bondlens.web.charts import safety_chart
from bondlens.web.forms import EntryForm
from bondlens.web.security import same_token

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20
NOTICES = {
    "saved": messages.WEB_SAVED,
    "updated": messages.WEB_UPDATED,
    "deleted": messages.WEB_DELETED,
    "person": messages.WEB_PERSON_SAVED,
}


def journal_of(request: Request) -> Journal:
    journal: Journal = request.app.state.journal
    return journal


async def checked_form(request: Request) -> AsyncIterator[FormData]:
    """The submitted form, once its CSRF token has been checked; uploads closed after."""
    form = await request.form()
    try:
        token = form.get("csrf_token")
        if not isinstance(token, str) or not same_token(token, request.app.state.csrf):
            raise HTTPException(403)
        yield form
    finally:
        await form.close()


CheckedForm = Annotated[FormData, Depends(checked_form)]


def render(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    notice = NOTICES.get(request.query_params.get("done", ""))
    context = {"csrf": request.app.state.csrf, "notice": notice, **context}
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, template, context, status_code=status
    )


def page_number(request: Request) -> int:
    """The ``page`` asked for in the address: 1 when missing or not a number."""
    raw = request.query_params.get("page", "1")
    return max(int(raw), 1) if raw.isdigit() else 1


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def text(form: FormData, name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


# --- Write ---------------------------------------------------------------------------
def _write_page(
    request: Request,
    form: EntryForm,
    error: str | None = None,
    status: int = 200,
    crisis: Crisis | None = None,
) -> Response:
    journal = journal_of(request)
    recent = journal.entries(EntryFilter(limit=3))
    return render(
        request,
        "write.html",
        status,
        nav="write",
        form=form,
        error=error,
        names=journal.names(),
        recent=recent,
        crisis=crisis,
    )


@router.get("/")
async def write(request: Request) -> Response:
    crisis = None
    saved = request.query_params.get("entry", "")
    if request.query_params.get("done") == "saved" and saved.isdigit():
        crisis = screen_entry(request, journal_of(request).entry(int(saved)))
    return _write_page(request, EntryForm(), crisis=crisis)


def screen_entry(request: Request, entry: Entry) -> Crisis:
    """The fast crisis screen (no model): resources show the moment an entry is saved."""
    from bondlens.analysis.crisis import screen

    return screen(entry_words(entry), request.app.state.settings.region)


@router.post("/entries")
def create_entry(request: Request, form: CheckedForm) -> Response:
    values = EntryForm.from_form(form)
    try:
        saved = journal_of(request).add_entry(values.to_entry())
    except BondlensError as exc:
        return _write_page(request, values, exc.message, status=400)
    return redirect(f"/?done=saved&entry={saved.entry.id}")


# --- Journal -------------------------------------------------------------------------
@router.get("/journal")
async def journal_page(request: Request) -> Response:
    params = request.query_params
    chosen = {
        key: params.get(key, "").strip() for key in ("person", "tag", "kind", "since", "until", "q")
    }
    page = page_number(request)
    journal = journal_of(request)
    error = None
    found: list[Any] = []
    total = 0
    try:
        query = EntryFilter(
            person=chosen["person"] or None,
            tags=(check_tag(chosen["tag"]),) if chosen["tag"] else (),
            kind=check_kind(chosen["kind"]) if chosen["kind"] else None,
            since=parse_day(chosen["since"]) if chosen["since"] else None,
            until=parse_day(chosen["until"]) if chosen["until"] else None,
            limit=PAGE_SIZE,
            offset=(page - 1) * PAGE_SIZE,
        )
        if chosen["q"]:
            found = journal.search(chosen["q"], query)
            total = journal.count_matches(chosen["q"], replace(query, limit=None))
        else:
            found = journal.entries(query)
            total = journal.count(replace(query, limit=None, offset=0))
    except InvalidInput as exc:
        error = exc.message
    pages = max(math.ceil(total / PAGE_SIZE), 1)
    active = {k: v for k, v in chosen.items() if v}

    def page_url(number: int) -> str:
        return "/journal?" + urlencode({**active, "page": number})

    template = "_results.html" if request.headers.get("hx-request") else "journal.html"
    return render(
        request,
        template,
        nav="journal",
        entries=found,
        total=total,
        page=page,
        pages=pages,
        page_url=page_url,
        chosen=chosen,
        filtered=bool(active),
        error=error,
        names=journal.names(),
        tags=[t for t, _ in journal.tags()],
    )


@router.get("/entries/{entry_id}")
async def entry_page(request: Request, entry_id: int) -> Response:
    entry = journal_of(request).entry(entry_id)
    crisis = screen_entry(request, entry)
    return render(request, "entry.html", nav="journal", entry=entry, crisis=crisis)


@router.get("/entries/{entry_id}/edit")
async def edit_entry_page(request: Request, entry_id: int) -> Response:
    journal = journal_of(request)
    entry = journal.entry(entry_id)
    return render(
        request,
        "edit.html",
        nav="journal",
        entry=entry,
        form=EntryForm.from_entry(entry),
        names=journal.names(),
        error=None,
    )


@router.post("/entries/{entry_id}")
def update_entry(request: Request, entry_id: int, form: CheckedForm) -> Response:
    journal = journal_of(request)
    values = EntryForm.from_form(form)
    try:
        journal.edit_entry(entry_id, values.to_changes())
    except InvalidInput as exc:
        entry = journal.entry(entry_id)
        return render(
            request,
            "edit.html",
            400,
            nav="journal",
            entry=entry,
            form=values,
            names=journal.names(),
            error=exc.message,
        )
    return redirect(f"/entries/{entry_id}?done=updated")


@router.get("/entries/{entry_id}/delete")
async def delete_entry_page(request: Request, entry_id: int) -> Response:
    entry = journal_of(request).entry(entry_id)
    return render(request, "delete.html", nav="journal", entry=entry)


@router.post("/entries/{entry_id}/delete")
def delete_entry(request: Request, entry_id: int, form: CheckedForm) -> Response:
    journal_of(request).delete_entry(entry_id)
    return redirect("/journal?done=deleted")


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


# --- Settings and data ---------------------------------------------------------------
@router.get("/settings")
async def settings_page(request: Request) -> Response:
    return _settings_page(request)


def _settings_page(
    request: Request, error: str | None = None, result: str | None = None, status: int = 200
) -> Response:
    from bondlens.formats import export_names, import_names

    settings = request.app.state.settings
    journal = journal_of(request)
    return render(
        request,
        "settings.html",
        status,
        nav="settings",
        settings=settings,
        db_path=journal.db.path,
        import_formats=import_names(),
        export_formats=[n for n in export_names() if n != "md"],
        entry_count=journal.count(EntryFilter()),
        error=error,
        result=result,
    )


@router.post("/import")
async def import_file(request: Request, form: CheckedForm) -> Response:
    from starlette.concurrency import run_in_threadpool

    from bondlens.formats import ImportOptions, importer

    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _settings_page(request, error=messages.WEB_NO_FILE, status=400)
    raw = await upload.read()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _settings_page(
            request, error=messages.FILE_NOT_TEXT.format(path=upload.filename), status=400
        )
    options = ImportOptions(people_from_tags=text(form, "people_from_tags") == "on")
    try:
        batch = importer(text(form, "format")).read(content, options)
        result = await run_in_threadpool(journal_of(request).import_batch, batch)
    except InvalidInput as exc:
        message = f"{exc.message} {messages.IMPORT_NOTHING_CHANGED}"
        return _settings_page(request, error=message, status=400)
    summary = messages.WEB_IMPORTED.format(entries=result.entries, people=result.people)
    if result.skipped:
        summary += " " + messages.IMPORT_SKIPPED.format(count=result.skipped)
    return _settings_page(request, result=summary)


@router.get("/export")
def export_file(request: Request, format: str = "jsonl") -> Response:
    from io import StringIO

    from bondlens.formats import exporter

    writer = exporter(format)
    out = StringIO()
    writer.write(journal_of(request).export_data(), out)
    media = {"jsonl": "application/x-ndjson", "json": "application/json"}.get(
        format, "text/markdown"
    )
    filename = f"bondlens-journal.{writer.extension}"
    return Response(
        out.getvalue(),
        media_type=f"{media}; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )
