"""The care team on the web: the team with an add form, and a page to change or remove
one member. Thin like every page: parse, call ``care_service``, render. A failed save
shows the form again with the problem and what was typed (status 400)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from bondlens import care_service as service
from bondlens import care_team, messages
from bondlens.errors import InvalidInput
from bondlens.web.pages import CheckedForm, journal_of, redirect, render, text

router = APIRouter(include_in_schema=False)

FIELDS = ("name", "kind", "reach", "status", "notes")


def _typed(form: FormData) -> dict[str, str]:
    return {f: text(form, f) for f in FIELDS}


@router.get("/care")
async def care_page(request: Request) -> Response:
    return _team_page(request)


@router.post("/care")
def add_member(request: Request, form: CheckedForm) -> Response:
    typed = _typed(form)
    try:
        service.add_member(journal_of(request), **typed)
    except InvalidInput as exc:
        return _team_page(request, typed, exc.message)
    return redirect("/care?done=care-added")


@router.get("/care/{member_id}/edit")
async def edit_page(request: Request, member_id: int) -> Response:
    return _edit_page(request, member_id)


@router.post("/care/{member_id}")
def edit_member(request: Request, member_id: int, form: CheckedForm) -> Response:
    typed = _typed(form)
    try:
        service.edit_member(journal_of(request), member_id, **typed)
    except InvalidInput as exc:
        return _edit_page(request, member_id, typed, exc.message)
    return redirect("/care?done=care-edited")


@router.post("/care/{member_id}/remove")
def remove_member(request: Request, member_id: int, form: CheckedForm) -> Response:
    service.remove_member(journal_of(request), member_id)
    return redirect("/care?done=care-removed")


def _team_page(
    request: Request, typed: dict[str, str] | None = None, error: str | None = None
) -> Response:
    return render(
        request,
        "care.html",
        200 if error is None else 400,
        nav="care",
        members=service.list_members(journal_of(request)),
        kinds=messages.CARE_KINDS,
        values=typed or {"kind": care_team.KINDS[0]},
        error=error,
    )


def _edit_page(
    request: Request,
    member_id: int,
    typed: dict[str, str] | None = None,
    error: str | None = None,
) -> Response:
    member = service.get_member(journal_of(request), member_id)
    values = typed or {f: getattr(member, f) for f in FIELDS}
    return render(
        request,
        "care_edit.html",
        200 if error is None else 400,
        nav="care",
        member=member,
        kinds=messages.CARE_KINDS,
        values=values,
        error=error,
    )
