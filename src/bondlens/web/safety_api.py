"""The JSON API for getting support: the safety plan, the care team, "Get help now" and
the country whose crisis lines are shown.

Over the same services as the pages and the CLI (``safety_service``, ``care_service``,
``support_service``, ``preferences_service``), with the API's usual protections
(``api.py``): JSON bodies only, changes from another site refused, errors as
``{"error": …}``. What a person typed is checked by the domain, so a mistake gets the
same plain sentence as on the command line (status 400); an unknown member is a 404.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from bondlens import care_service, preferences_service, safety_service, support, support_service
from bondlens.care_team import KINDS
from bondlens.care_team import to_json as member_json
from bondlens.safety_plan import SECTIONS
from bondlens.web.pages import journal_of

router = APIRouter(prefix="/api", tags=["api"])

SECTION_HELP = "One of: " + ", ".join(SECTIONS) + "."
KIND_HELP = "One of: " + ", ".join(KINDS) + "."


class SectionIn(BaseModel):
    id: str = Field(description=SECTION_HELP)
    items: list[str] = Field(default_factory=list, description="Short lines, in order.")


class PlanIn(BaseModel):
    """The whole plan; a section left out is emptied. ``GET``'s answer can be sent back."""

    sections: list[SectionIn]


class SectionOut(BaseModel):
    id: str
    title: str
    items: list[str]


class ResourceOut(BaseModel):
    name: str
    contact: str
    region: str
    kind: str
    hours: str


class ContactOut(BaseModel):
    name: str
    kind: str
    reach: str


class PlanOut(BaseModel):
    updated: str | None
    sections: list[SectionOut]
    crisis_lines: list[ResourceOut] = Field(description="The region's lines, always shown.")
    contacts: list[ContactOut] = Field(
        description="Your own contacts from the care team: trusted people, then crisis lines."
    )


class MemberIn(BaseModel):
    name: str
    kind: str = Field(description=KIND_HELP)
    reach: str = Field("", description="How to reach them: a number, an address, a website.")
    status: str = Field("", description='Where you are on the path to care: "waitlist".')
    notes: str = ""


class MemberPatch(BaseModel):
    """Fields left out stay as they are; an empty string clears one."""

    name: str | None = None
    kind: str | None = Field(None, description=KIND_HELP)
    reach: str | None = None
    status: str | None = None
    notes: str | None = None


class MemberOut(BaseModel):
    id: int
    name: str
    kind: str
    kind_label: str
    reach: str
    status: str
    notes: str
    added: str
    updated: str


class Team(BaseModel):
    members: list[MemberOut]


class HelpOut(BaseModel):
    region: str = Field(description='The region in use ("" for the international list).')
    kinds: list[str]
    urgent: list[ResourceOut] = Field(description="Emergency services, shown first.")
    contacts: list[ContactOut]
    lines: list[ResourceOut]
    safety_plan: dict[str, Any]


class RegionIn(BaseModel):
    region: str = Field(
        description='A country code such as "GB" ("UK" works too), "international" for the'
        ' list from several countries whatever BONDLENS_REGION says, or "" to go back to the'
        " default."
    )


class RegionOut(BaseModel):
    region: str = Field(description='The region in use ("" for the international list).')
    name: str = Field(description='The country\'s name ("" for the international list).')
    source: str = Field(
        description='"chosen" (in the app), "environment" (BONDLENS_REGION) or "none".'
    )
    default: str = Field(description='BONDLENS_REGION ("" when not set).')


def _region(request: Request) -> str:
    return preferences_service.region(journal_of(request))


# --- the safety plan ------------------------------------------------------------------
@router.get("/safety-plan", response_model=PlanOut)
def get_safety_plan(request: Request) -> dict[str, Any]:
    """Your safety plan, with the region's crisis lines and your own contacts."""
    from bondlens.analysis.resources import resources_for

    journal = journal_of(request)
    plan = safety_service.get_plan(journal)
    contacts = support_service.contacts(journal)
    return support.safety_json(plan, resources_for(_region(request)), contacts)


@router.put("/safety-plan", response_model=PlanOut)
def put_safety_plan(request: Request, body: PlanIn) -> dict[str, Any]:
    """Replace the whole plan, checked first: all of it is saved, or none of it."""
    items: dict[str, list[str]] = {}
    for section in body.sections:
        items.setdefault(section.id, []).extend(section.items)
    safety_service.save_plan(journal_of(request), items)
    return get_safety_plan(request)


# --- the care team --------------------------------------------------------------------
@router.get("/care", response_model=Team)
def list_care(request: Request) -> dict[str, Any]:
    """Your care team, therapists first."""
    return {"members": [member_json(m) for m in care_service.list_members(journal_of(request))]}


@router.post("/care", response_model=MemberOut, status_code=201)
def add_care(request: Request, body: MemberIn) -> dict[str, Any]:
    member = care_service.add_member(
        journal_of(request), body.name, body.kind, body.reach, body.status, body.notes
    )
    return member_json(member)


@router.get("/care/{member_id}", response_model=MemberOut)
def get_care(request: Request, member_id: int) -> dict[str, Any]:
    return member_json(care_service.get_member(journal_of(request), member_id))


@router.patch("/care/{member_id}", response_model=MemberOut)
def edit_care(request: Request, member_id: int, body: MemberPatch) -> dict[str, Any]:
    """Change one member; fields left out stay as they are."""
    journal = journal_of(request)
    changes = body.model_dump(exclude_none=True)
    if not changes:
        return member_json(care_service.get_member(journal, member_id))
    return member_json(care_service.edit_member(journal, member_id, **changes))


@router.delete("/care/{member_id}", status_code=204)
def remove_care(request: Request, member_id: int) -> Response:
    care_service.remove_member(journal_of(request), member_id)
    return Response(status_code=204)


# --- get help now ---------------------------------------------------------------------
@router.get("/help", response_model=HelpOut)
def get_help(request: Request) -> dict[str, Any]:
    """What "Get help now" shows, in its order: emergency services, your own contacts,
    the region's lines, your safety plan."""
    region = _region(request)
    bundle = support_service.help_now(journal_of(request), region)
    return {"region": region, **support.to_json(bundle)}


# --- the country for crisis lines -----------------------------------------------------
@router.get("/region", response_model=RegionOut)
def get_region(request: Request) -> dict[str, str]:
    """Which country's crisis lines are shown, and where that comes from."""
    return preferences_service.region_choice(journal_of(request)).to_json()


@router.put("/region", response_model=RegionOut)
def put_region(request: Request, body: RegionIn) -> dict[str, str]:
    """Choose the country ("" goes back to the default); an unknown code is a 400."""
    return preferences_service.set_region(journal_of(request), body.region).to_json()
