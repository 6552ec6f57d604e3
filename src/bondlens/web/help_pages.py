""" "Get help now" on the web: one calm page for a hard moment, linked from every page.

Emergency services first (on this page we can't know whether the danger is now), then
the person's own contacts from their care team, the region's lines and their safety
plan: the same bundle, in the same order, as the support block shown after a save
(``support_service.help_now``). Reads only; thin like every page.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bondlens import support_service
from bondlens.preferences_service import region_choice
from bondlens.web.pages import journal_of, render

router = APIRouter(include_in_schema=False)


@router.get("/help")
async def help_page(request: Request) -> Response:
    journal = journal_of(request)
    region = region_choice(journal)
    return render(
        request,
        "help.html",
        nav="help",
        help=support_service.help_now(journal, region.code),
        region=region,
    )
