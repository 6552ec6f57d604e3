"""The safety plan on the web: the plan, and a form to edit it (a textarea a section,
one line an item). Thin like every page: parse, call ``safety_service``, render. A
failed save shows the form again with the problem and what was typed (status 400).
The person's own contacts from the care team are listed in the sections they belong to
(``support.PLAN_SECTION``), as ``bondlens safety`` lists them."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bondlens import safety_plan
from bondlens import safety_service as service
from bondlens.errors import InvalidInput
from bondlens.web.pages import CheckedForm, journal_of, redirect, render, text

router = APIRouter(include_in_schema=False)


@router.get("/safety")
async def safety_page(request: Request) -> Response:
    return _page(request)


@router.post("/safety")
def save_safety_plan(request: Request, form: CheckedForm) -> Response:
    typed = {s: text(form, s) for s in safety_plan.SECTIONS}
    try:
        service.save_plan(journal_of(request), safety_plan.from_lines(typed))
    except InvalidInput as exc:
        return _page(request, typed, exc.message)
    return redirect("/safety?done=safety")


def _page(
    request: Request, typed: dict[str, str] | None = None, error: str | None = None
) -> Response:
    from bondlens.analysis.resources import resources_for
    from bondlens.preferences_service import region_choice
    from bondlens.support import by_section
    from bondlens.support_service import contacts

    journal = journal_of(request)
    region = region_choice(journal)
    plan = service.get_plan(journal)
    values = typed or {s.id: "\n".join(s.items) for s in plan.sections()}
    return render(
        request,
        "safety.html",
        200 if error is None else 400,
        nav="safety",
        plan=plan,
        values=values,
        error=error,
        crisis_section=safety_plan.CRISIS_SECTION,
        region=region,
        region_lines=resources_for(region.code),
        from_care=by_section(contacts(journal)),
    )
