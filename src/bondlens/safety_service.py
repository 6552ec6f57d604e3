"""The safety plan service: read the plan, save it whole, add or remove one line.

Validates with the pure ``safety_plan`` module and writes through the journal's
database, each change in one ``Database.write()`` transaction, so a plan is never
half saved. The CLI and the web call these functions and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from bondlens import safety_plan
from bondlens.dates import utc_now
from bondlens.journal import Journal
from bondlens.safety_plan import SafetyPlan


def get_plan(journal: Journal) -> SafetyPlan:
    """The person's plan (empty, never saved, when there is none yet)."""
    with journal.db.read() as store:
        return store.safety.plan() or SafetyPlan()


def save_plan(journal: Journal, items: Mapping[str, Iterable[str]]) -> SafetyPlan:
    """Replace the whole plan with these lines, validated first, all or nothing."""
    checked = safety_plan.validated(items)
    return _change(journal, lambda _current: checked)


def add_item(journal: Journal, section: str, text: str) -> SafetyPlan:
    """One more line at the end of a section."""
    return _change(journal, lambda current: safety_plan.with_item(current, section, text))


def remove_item(journal: Journal, section: str, number: int) -> SafetyPlan:
    """Take line ``number`` (from 1, as ``bondlens safety`` shows it) out of a section."""
    return _change(journal, lambda current: safety_plan.without_item(current, section, number))


def _change(
    journal: Journal, change: Callable[[SafetyPlan], Mapping[str, tuple[str, ...]]]
) -> SafetyPlan:
    """Read the plan, change it and store it in one transaction; return it as stored."""
    with journal.db.write() as store:
        store.safety.save(change(store.safety.plan() or SafetyPlan()), utc_now())
        saved = store.safety.plan()
    return saved or SafetyPlan()
