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
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from bondlens import messages
from bondlens.dates import parse_day
from bondlens.entries import Entry, EntryFilter
from bondlens.entries import kind as check_kind
from bondlens.entries import tag as check_tag
from bondlens.errors import BondlensError, InvalidInput
from bondlens.journal import Journal

if TYPE_CHECKING:
    from starlette.background import BackgroundTask

    from bondlens.analysis.results import Crisis
from bondlens.web.forms import EntryForm
from bondlens.web.security import same_token

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20
NOTICES = {
    "saved": messages.WEB_SAVED,
    "updated": messages.WEB_UPDATED,
    "deleted": messages.WEB_DELETED,
    "person": messages.WEB_PERSON_SAVED,
    "note": messages.WEB_NOTE_SAVED,
    "checkin": messages.WEB_CHECKIN_SAVED,
    "reflection": messages.WEB_REFLECTION_SAVED,
    "marked": messages.WEB_SAFE_MARKED,
    "unmarked": messages.WEB_SAFE_UNMARKED,
    "share": messages.WEB_SHARE_SAVED,
    "counter": messages.WEB_COUNTER_SAVED,
    "pin": messages.WEB_PIN_CHANGED,
    "rated": messages.WEB_RATED,
    "nudge-done": messages.WEB_NUDGE_DONE,
    "not-now": messages.WEB_NUDGE_NOT_NOW,
    "given": messages.WEB_GIVE_SAVED,
    "safety": messages.WEB_SAFETY_SAVED,
    "checkin-deleted": messages.WEB_CHECKIN_DELETED,
    "reflection-deleted": messages.WEB_REFLECTION_DELETED,
    "rating-deleted": messages.WEB_STRENGTH_DELETED,
    "counter-cleared": messages.WEB_COUNTER_CLEARED,
    "care-added": messages.WEB_CARE_ADDED,
    "care-edited": messages.WEB_CARE_EDITED,
    "care-removed": messages.WEB_CARE_REMOVED,
}


def read_soon(request: Request) -> BackgroundTask | None:
    """A task that reads new or edited entries once the response is on its way."""
    from starlette.background import BackgroundTask

    from bondlens.reading import read_in_background

    journal = journal_of(request)
    return BackgroundTask(read_in_background, journal) if journal.settings.reading else None


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
    crisis = context.get("crisis")
    if crisis is not None and crisis.flag and "support" not in context:
        # the support block (_support.html): own contacts, the region's lines, the plan
        from bondlens.support_service import for_crisis

        context["support"] = for_crisis(journal_of(request), crisis)
        context.setdefault("safety_plan", context["support"].plan)
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, template, context, status_code=status
    )


def page_number(request: Request) -> int:
    """The ``page`` asked for in the address: 1 when missing or not a number."""
    raw = request.query_params.get("page", "1")
    return max(int(raw), 1) if raw.isdigit() else 1


def redirect(url: str, background: BackgroundTask | None = None) -> RedirectResponse:
    return RedirectResponse(url, status_code=303, background=background)


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
    watch: str | None = None,
) -> Response:
    from bondlens.path_service import pinned

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
        watch=watch,
        pinned=pinned(journal),
    )


@router.get("/")
async def write(request: Request) -> Response:
    found: dict[str, Any] = {}
    saved = request.query_params.get("entry", "")
    if request.query_params.get("done") == "saved" and saved.isdigit():
        found = entry_support(request, journal_of(request).entry(int(saved)))
    return _write_page(request, EntryForm(), **found)


#: How often the support fragment asks again while an entry waits for its closer
#: reading (``_support.html`` asks every 3 seconds): about a minute in all.
WATCH_TRIES = 20


def entry_support(request: Request, entry: Entry, tries: int = 0) -> dict[str, Any]:
    """The crisis for an entry (``crisis``: the quick check and the closer reading, see
    ``reading.entry_crisis``) and, while the closer reading may still find more than the
    quick check did, the address to ask again (``watch``; the support block's place on
    the page asks it through htmx). The address names the kinds already shown, so the
    answer can tell whether the block on the page has to change.
    """
    from bondlens.reading import entry_crisis

    journal = journal_of(request)
    found = entry_crisis(journal, entry)
    watch = None
    waiting = journal.settings.reading and not found.read
    if waiting and tries < WATCH_TRIES:
        watch = f"/entries/{entry.id}/support?try={tries + 1}"
        if found.crisis.kinds:
            watch += "&shown=" + ",".join(found.crisis.kinds)
    return {"crisis": found.crisis, "watch": watch}


@router.post("/entries")
def create_entry(request: Request, form: CheckedForm) -> Response:
    values = EntryForm.from_form(form)
    try:
        saved = journal_of(request).add_entry(values.to_entry())
    except BondlensError as exc:
        return _write_page(request, values, exc.message, status=400)
    return redirect(f"/?done=saved&entry={saved.entry.id}", read_soon(request))


# --- Journal -------------------------------------------------------------------------
@router.get("/journal")
async def journal_page(request: Request) -> Response:
    params = request.query_params
    chosen = {
        key: params.get(key, "").strip()
        for key in ("person", "tag", "kind", "since", "until", "q", "meaning")
    }
    page = page_number(request)
    journal = journal_of(request)
    error = None
    found: list[Any] = []
    total = 0
    unread = 0
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
        if chosen["q"] and chosen["meaning"]:
            found, unread = await _search_meaning(journal, chosen["q"], query)
            total = len(found)
        elif chosen["q"]:
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
    response = render(
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
        unread=unread,
        names=journal.names(),
        tags=[t for t, _ in journal.tags()],
    )
    if unread:
        response.background = read_soon(request)
    return response


async def _search_meaning(
    journal: Journal, words: str, query: EntryFilter
) -> tuple[list[Entry], int]:
    """Entries closest in meaning (one page of the best), and how many are not read yet.

    Runs in the thread pool: the first search loads the model, which takes a moment.
    """
    from starlette.concurrency import run_in_threadpool

    from bondlens import reading

    if not journal.settings.reading:
        raise InvalidInput(messages.NOTES_OFF)
    where = replace(query, limit=None, offset=0)
    matches = await run_in_threadpool(reading.search, journal, words, where, limit=PAGE_SIZE)
    unread = reading.waiting(journal)
    return [m.entry for m in matches], unread


@router.get("/entries/{entry_id}")
async def entry_page(request: Request, entry_id: int) -> Response:
    from bondlens.web.notes import notes_context

    entry = journal_of(request).entry(entry_id)
    return render(
        request,
        "entry.html",
        nav="journal",
        entry=entry,
        **entry_support(request, entry),
        **notes_context(request, entry_id),
    )


@router.get("/entries/{entry_id}/support")
async def support_fragment(request: Request, entry_id: int) -> Response:
    """The support block's place, asked again while the entry waits for its closer
    reading (for about a minute): the same question again while it waits, then the
    block if crisis language was found, else nothing.

    ``shown`` names the kinds whose block is already on the page. While they are all
    there is to show, the answer leaves that block alone; when the closer reading finds
    more (danger now puts the emergency number first), the answer replaces it in place
    (an htmx out-of-band swap of ``#support-block``).
    """
    raw = request.query_params.get("try", "")
    tries = int(raw) if raw.isdigit() else WATCH_TRIES
    shown = {kind for kind in request.query_params.get("shown", "").split(",") if kind}
    entry = journal_of(request).entry(entry_id)
    found = entry_support(request, entry, tries)
    said = bool(shown) and set(found["crisis"].kinds) <= shown
    if said:
        found["crisis"] = None  # the block on the page already says it all
    return render(request, "_support.html", **found, replace=bool(shown) and not said)


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
    return redirect(f"/entries/{entry_id}?done=updated", read_soon(request))


@router.get("/entries/{entry_id}/delete")
async def delete_entry_page(request: Request, entry_id: int) -> Response:
    entry = journal_of(request).entry(entry_id)
    return render(request, "delete.html", nav="journal", entry=entry)


@router.post("/entries/{entry_id}/delete")
def delete_entry(request: Request, entry_id: int, form: CheckedForm) -> Response:
    journal_of(request).delete_entry(entry_id)
    return redirect("/journal?done=deleted")
