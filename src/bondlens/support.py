"""Support in a hard moment, pure: who to turn to and in what order (shared/domain.md §7).

Whenever words call for support (the crisis screen flags them) and on the "Get help
now" page, bondlens shows one block, the same on the web and the command line:

1. **Emergency services, when the danger may be now** (crisis kind ``danger_now``, and
   always on "Get help now", where we can't know): a trusted person can't reach someone
   as fast as an emergency number can, and the danger may come from someone close.
2. **The person's own contacts** from their care team: the people they trust first,
   then the crisis lines they chose themselves. A familiar, calm voice is the most
   personal first call (co-regulation, domain §4); it is also the order of the safety
   plan, where "People I can ask for help" comes before "Professionals and crisis lines".
3. **The region's lines**, in the order the screen chose for the crisis (a crisis line
   first for thoughts of dying, the abuse line first for danger), so a trained listener
   is always right there too.
4. **The safety plan**, the sections with lines in them.

Nothing is invented: a contact is shown with how to reach them only if the person wrote
it down. No SQL, no printing: ``support_service.py`` gathers the bundle, the CLI and the
web show it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bondlens.analysis.resources import DANGER_KINDS, EMERGENCY
from bondlens.analysis.results import Resource
from bondlens.care_team import CareMember, label
from bondlens.safety_plan import SafetyPlan
from bondlens.safety_plan import to_json as plan_json

#: The care team's kinds that count as someone to reach in a hard moment, in order.
CONTACT_KINDS: tuple[str, ...] = ("trusted_person", "crisis_line")
#: Where each kind of contact belongs in the safety plan (``bondlens safety`` lists
#: them under these sections, after the plan's own lines).
PLAN_SECTION: dict[str, str] = {"trusted_person": "ask_for_help", "crisis_line": "professionals"}

#: A reach that is only a phone number: digits, spaces, dots, dashes, brackets, a "+".
_PHONE = re.compile(r"\+?[\d\s().\-]+")
_DIGITS = re.compile(r"\d")
MIN_DIGITS, MAX_DIGITS = 3, 15  # 3 for short lines ("988", "111"); 15 is the E.164 limit


@dataclass(frozen=True)
class Contact:
    """One of the person's own contacts: a trusted person or a crisis line they chose."""

    name: str
    kind: str
    reach: str

    @property
    def kind_label(self) -> str:
        return label(self.kind)

    @property
    def phone(self) -> str | None:
        """What to dial when ``reach`` is just a phone number (for a ``tel:`` link)."""
        return phone_number(self.reach)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "reach": self.reach}


@dataclass(frozen=True)
class Support:
    """Everything to show in a hard moment, each part in the order to show it."""

    #: Emergency services, shown before anything else (empty unless the danger may be now).
    urgent: tuple[Resource, ...] = ()
    #: The person's own contacts: trusted people, then their own crisis lines.
    contacts: tuple[Contact, ...] = ()
    #: The region's crisis lines and services (those in ``urgent`` left out).
    lines: tuple[Resource, ...] = ()
    plan: SafetyPlan = field(default_factory=SafetyPlan)
    #: The crisis kinds this support answers (none on "Get help now").
    kinds: tuple[str, ...] = ()
    #: The words that raised it tell of a past time: the same support, gentler words.
    looking_back: bool = False


def own_contacts(members: Iterable[CareMember]) -> tuple[Contact, ...]:
    """The care team's trusted people, then its crisis lines, each by name; the rest
    of the team (therapists, groups, doctors) is left for calmer days."""
    chosen = [m for m in members if m.kind in CONTACT_KINDS]
    chosen.sort(key=lambda m: (CONTACT_KINDS.index(m.kind), m.name.casefold(), m.id))
    return tuple(Contact(m.name, m.kind, m.reach) for m in chosen)


def gathered(
    resources: Iterable[Resource],
    members: Iterable[CareMember],
    plan: SafetyPlan,
    kinds: Iterable[str] = (),
    *,
    emergency_first: bool | None = None,
    looking_back: bool = False,
) -> Support:
    """The support for a crisis of these ``kinds`` with the region's ``resources`` (in the
    screen's order). Emergency services go first when the danger is now, or whenever
    ``emergency_first`` says so ("Get help now")."""
    kinds = tuple(kinds)
    resources = tuple(resources)
    if emergency_first is None:
        emergency_first = bool(DANGER_KINDS & set(kinds))
    urgent = tuple(r for r in resources if r.kind == EMERGENCY) if emergency_first else ()
    return Support(
        urgent=urgent,
        contacts=own_contacts(members),
        lines=tuple(r for r in resources if r not in urgent),
        plan=plan,
        kinds=kinds,
        looking_back=looking_back,
    )


def by_section(contacts: Iterable[Contact]) -> dict[str, tuple[Contact, ...]]:
    """The contacts grouped by the safety plan section they belong to."""
    grouped: dict[str, tuple[Contact, ...]] = {}
    for contact in contacts:
        section = PLAN_SECTION[contact.kind]
        grouped[section] = (*grouped.get(section, ()), contact)
    return grouped


def phone_number(reach: str) -> str | None:
    """``reach`` as a number to dial ("+44 7700 900123" -> "+447700900123"), or None
    when it is anything else (an address, a website, words around the number)."""
    text = reach.strip()
    if not _PHONE.fullmatch(text):
        return None
    digits = "".join(_DIGITS.findall(text))
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    return ("+" if text.startswith("+") else "") + digits


def contacts_json(contacts: Iterable[Contact]) -> list[dict[str, Any]]:
    return [c.to_json() for c in contacts]


def safety_json(
    plan: SafetyPlan, resources: Iterable[Resource], contacts: Iterable[Contact]
) -> dict[str, Any]:
    """The plan as ``bondlens safety --format json`` and ``GET /api/safety-plan`` give it:
    its sections, the region's crisis lines and the person's own contacts."""
    return {
        **plan_json(plan),
        "crisis_lines": [r.to_json() for r in resources],
        "contacts": contacts_json(contacts),
    }


def to_json(support: Support) -> dict[str, Any]:
    """The bundle for scripts (``GET /api/help``): each part in the order shown."""
    return {
        "kinds": list(support.kinds),
        "urgent": [r.to_json() for r in support.urgent],
        "contacts": contacts_json(support.contacts),
        "lines": [r.to_json() for r in support.lines],
        "safety_plan": plan_json(support.plan),
    }
