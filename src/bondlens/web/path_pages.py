"""The Path on the web: the overview, a safe person, micro-sharing, nudges and giving.

The beliefs workbook has its own module (``belief_pages.py``). Thin like every page:
parse the form, call ``path_service``, render. A failed save shows the page again with
the problem and what was typed (status 400); a saved share, check-in or gift of support
is screened for crisis language on the page it returns to, as Write does.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bondlens import messages
from bondlens import path_service as service
from bondlens.dates import When, parse_when
from bondlens.errors import BondlensError, InvalidInput
from bondlens.giving import LEFT, Given
from bondlens.safe_person import CRITERIA
from bondlens.safe_person import SCALE as SAFE_SCALE
from bondlens.sharing import RESPONSES, SIZES, Share
from bondlens.web import confirm
from bondlens.web.pages import (
    CheckedForm,
    entry_support,
    journal_of,
    read_soon,
    redirect,
    render,
    text,
)

if TYPE_CHECKING:
    from bondlens.journal import Journal

router = APIRouter(include_in_schema=False)


# --- helpers --------------------------------------------------------------------------
def now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def when_from(form_day: str) -> When:
    """The day typed in a form (empty: now)."""
    return parse_when(form_day) if form_day.strip() else now()


def active_names(journal: Journal) -> list[str]:
    return [s.person.name for s in journal.people() if s.person.active]


def saved_support(request: Request) -> dict[str, Any]:
    """After a save, the crisis of the entry it made (its id is in the address), and
    while its closer reading is still to come, where to ask again (``entry_support``)."""
    saved = request.query_params.get("entry", "")
    if not saved.isdigit():
        return {}
    try:
        return entry_support(request, journal_of(request).entry(int(saved)))
    except BondlensError:
        return {}


def _path_form(request: Request, template: str, error: str | None, **context: Any) -> Response:
    """A Path page with a form: after a failed save, the problem (status 400); otherwise
    the support for the entry a save made (``saved_support``)."""
    found = saved_support(request) if error is None else {}
    return render(
        request,
        template,
        200 if error is None else 400,
        nav="path",
        error=error,
        crisis=found.get("crisis"),
        watch=found.get("watch"),
        **context,
    )


def whole(raw: str, low: int, high: int) -> int | None:
    """A whole number from a form, within [low, high]; None when it isn't one."""
    value = raw.strip()
    if not value.lstrip("-").isdigit():
        return None
    number = int(value)
    return number if low <= number <= high else None


# --- the overview ---------------------------------------------------------------------
@router.get("/path")
async def path_page(request: Request) -> Response:
    return render(request, "path.html", nav="path", steps=messages.WEB_PATH_STEPS)


# --- step 1: a safe person ------------------------------------------------------------
@router.get("/path/safe")
async def safe_page(request: Request) -> Response:
    return _safe_page(request)


def _safe_page(
    request: Request,
    chosen: dict[str, str] | None = None,
    person_id: int | None = None,
    error: str | None = None,
) -> Response:
    views = service.safe_overview(journal_of(request))
    return render(
        request,
        "path_safe.html",
        200 if error is None else 400,
        nav="path",
        views=views,
        criteria=[(c, messages.SAFE_CRITERIA[c]) for c in CRITERIA],
        scale=SAFE_SCALE,
        chosen=chosen or {},
        error_for=person_id,
        error=error,
    )


@router.post("/path/safe/{person_id}/reflect")
def save_reflection(request: Request, person_id: int, form: CheckedForm) -> Response:
    journal = journal_of(request)
    person = journal.person_by_id(person_id)
    chosen = {c: text(form, c) for c in CRITERIA if text(form, c) not in ("", "skip")}
    if not chosen:
        return _safe_page(request, chosen, person_id, messages.WEB_SAFE_EMPTY)
    try:
        service.reflect(journal, person.name, dict(chosen), now())
    except InvalidInput as exc:
        return _safe_page(request, chosen, person_id, exc.message)
    return redirect(f"/path/safe?done=reflection#person-{person_id}")


@router.post("/path/safe/{person_id}/mark")
def mark_safe(request: Request, person_id: int, form: CheckedForm) -> Response:
    journal = journal_of(request)
    person = journal.person_by_id(person_id)
    safe = text(form, "action") != "unmark"
    service.mark_safe(journal, person.name, safe)
    done = "marked" if safe else "unmarked"
    return redirect(f"/path/safe?done={done}#person-{person_id}")


@router.get("/path/safe/{person_id}/reflections/{reflection_id}/delete")
def delete_reflection_page(request: Request, person_id: int, reflection_id: int) -> Response:
    return _ask_reflection(request, person_id, reflection_id)


@router.post("/path/safe/{person_id}/reflections/{reflection_id}/delete")
def delete_reflection(
    request: Request, person_id: int, reflection_id: int, form: CheckedForm
) -> Response:
    if not confirm.confirmed(form):
        return _ask_reflection(request, person_id, reflection_id)
    journal = journal_of(request)
    service.delete_reflection(journal, journal.person_by_id(person_id).name, reflection_id)
    return redirect(f"/path/safe?done=reflection-deleted#person-{person_id}")


def _ask_reflection(request: Request, person_id: int, reflection_id: int) -> Response:
    from bondlens.render import format_when

    journal = journal_of(request)
    person = journal.person_by_id(person_id)
    item = service.reflection(journal, person.name, reflection_id)
    asked = confirm.Asked(
        heading=messages.WEB_CONFIRM_REFLECTION,
        title=messages.WEB_ITEM_ABOUT.format(name=person.name, when=format_when(item.taken)),
        lines=[f"{messages.SAFE_CRITERIA[c]} {SAFE_SCALE[r]}" for c, r in item.ratings.items()],
        action=f"/path/safe/{person_id}/reflections/{reflection_id}/delete",
        back=f"/path/safe#person-{person_id}",
        back_label=messages.WEB_BACK_SAFE,
    )
    return confirm.ask(request, asked, "path")


# --- step 2: micro-sharing ------------------------------------------------------------
@router.get("/path/sharing")
async def sharing_page(request: Request) -> Response:
    return _sharing_page(request, {})


def _sharing_page(request: Request, values: dict[str, str], error: str | None = None) -> Response:
    journal = journal_of(request)
    recent = list(reversed(service.shares(journal)))[:10]
    return _path_form(
        request,
        "path_sharing.html",
        error,
        values=values,
        names=active_names(journal),
        sizes=[(s, messages.SHARE_SIZES[s]) for s in SIZES],
        responses=[(r, messages.SHARE_RESPONSES[r]) for r in RESPONSES],
        felt_words=messages.WEB_FELT_WORDS,
        steps=service.ladder(journal),
        recent=recent,
    )


@router.post("/path/sharing")
def log_share(request: Request, form: CheckedForm) -> Response:
    values = {k: text(form, k) for k in ("person", "size", "response", "felt", "note", "day")}
    felt = whole(values["felt"], 1, 5)
    if not values["person"].strip():
        return _sharing_page(request, values, messages.WEB_SHARE_WHO)
    if felt is None:
        return _sharing_page(request, values, messages.WEB_FELT_BAD)
    try:
        share = Share(
            person=values["person"],
            size=values["size"],
            response=values["response"],
            felt=felt,
            when=when_from(values["day"]),
            note=values["note"],
        )
        saved = service.log_share(journal_of(request), share)
    except BondlensError as exc:
        return _sharing_page(request, values, exc.message)
    return redirect(f"/path/sharing?done=share&entry={saved.entry_id}", read_soon(request))


# --- step 4: nourishing a connection --------------------------------------------------
@router.get("/path/nudges")
def nudges_page(request: Request) -> Response:
    return _nudges_page(request)


def _nudges_page(
    request: Request, error: str | None = None, notes: dict[str, str] | None = None
) -> Response:
    found = service.todays_nudges(journal_of(request), date.today())
    return _path_form(request, "path_nudges.html", error, nudges=found, notes=notes or {})


@router.post("/path/nudges/{nudge_id}")
def answer_nudge(request: Request, nudge_id: str, form: CheckedForm) -> Response:
    answer, note = text(form, "answer"), text(form, "note")
    try:
        answered = service.answer_nudge(
            journal_of(request), nudge_id, answer or "not_now", date.today(), note
        )
    except BondlensError:
        return _nudges_page(request, messages.WEB_NUDGE_GONE, {nudge_id: note})
    if answered.entry is None:
        return redirect("/path/nudges?done=not-now")
    return redirect(f"/path/nudges?done=nudge-done&entry={answered.entry.id}", read_soon(request))


# --- step 7: giving support -----------------------------------------------------------
@router.get("/path/giving")
def giving_page(request: Request) -> Response:
    return _giving_page(request, {})


def _giving_page(request: Request, values: dict[str, str], error: str | None = None) -> Response:
    journal = journal_of(request)
    reciprocity, rows = service.giving_summary(journal, date.today())
    return _path_form(
        request,
        "path_giving.html",
        error,
        values=values,
        names=active_names(journal),
        left=[(k, messages.GIVE_LEFT[k]) for k in LEFT],
        reciprocity=reciprocity,
        rows=rows,
    )


@router.post("/path/giving")
def log_given(request: Request, form: CheckedForm) -> Response:
    values = {k: text(form, k) for k in ("person", "what", "left", "day")}
    if not values["person"].strip():
        return _giving_page(request, values, messages.WEB_GIVE_WHO)
    if values["left"] not in LEFT:
        return _giving_page(request, values, messages.WEB_GIVE_LEFT)
    try:
        item = Given(values["person"], values["what"], values["left"], when_from(values["day"]))
        saved = service.give(journal_of(request), item)
    except BondlensError as exc:
        return _giving_page(request, values, exc.message)
    return redirect(f"/path/giving?done=given&entry={saved.entry_id}", read_soon(request))
