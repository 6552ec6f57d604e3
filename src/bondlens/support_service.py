"""The support service: gather, in one read, what to show in a hard moment.

The person's own contacts (from the care team) and their safety plan come from the
journal in one read transaction; the region's lines come from the crisis screen (or
``resources_for`` on "Get help now"). Standard library and SQLite only, so the CLI can
answer a crisis the moment an entry is saved. The order is decided in ``support.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bondlens import support
from bondlens.safety_plan import SafetyPlan
from bondlens.support import Support

if TYPE_CHECKING:
    from bondlens.analysis.results import Crisis
    from bondlens.care_team import CareMember
    from bondlens.journal import Journal


def for_crisis(journal: Journal, crisis: Crisis) -> Support:
    """The support for a text the crisis screen flagged: its kinds and its lines."""
    members, plan = _read(journal)
    return support.gathered(
        crisis.resources, members, plan, crisis.kinds, looking_back=crisis.looking_back
    )


def help_now(journal: Journal, region: str) -> Support:
    """The "Get help now" support: every line known for the region, emergency first."""
    from bondlens.analysis.resources import resources_for

    members, plan = _read(journal)
    return support.gathered(resources_for(region), members, plan, emergency_first=True)


def contacts(journal: Journal) -> tuple[support.Contact, ...]:
    """Only the person's own contacts (for ``bondlens safety``)."""
    with journal.db.read() as store:
        return support.own_contacts(store.care.members())


def _read(journal: Journal) -> tuple[list[CareMember], SafetyPlan]:
    with journal.db.read() as store:
        return store.care.members(), store.safety.plan() or SafetyPlan()
