"""The lens service: gathers what the pure lens needs from the journal, and remembers it.

A thin layer like ``reading.py``: it reads people, entries as lens moments (with the
person's verdicts on findings applied, ``Store.lens``) and check-ins in one read
transaction of the :class:`~bondlens.journal.Journal`'s database, and hands them to
``lens.lens`` and ``insights.insights``. Results are remembered per state of the journal,
so asking twice without a change in between costs nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bondlens import checkins as checkin_rules
from bondlens import messages
from bondlens.checkins import CheckIn
from bondlens.dates import utc_now
from bondlens.errors import NotFound
from bondlens.insights import Insights, insights
from bondlens.journal import Journal, existing_person
from bondlens.lens import Lens, lens
from bondlens.people import Person, name_key
from bondlens.storage import Store


def person_lens(journal: Journal, name: str) -> Lens:
    """The lens for one person, from every entry about them and their check-ins."""
    person = journal.person(name)  # a clear message if there is no such person

    def compute() -> Lens:
        with journal.db.read() as store:
            history = store.lens.moments(int(person.id or 0))
            checkins = store.checkins.of_person(int(person.id or 0))
        return lens(person, history, checkins)

    return journal.remember(("lens", name_key(person.name)), compute)


def journal_insights(journal: Journal, today: date | None = None) -> Insights:
    """Patterns across everyone in the journal, as of ``today``."""
    day = today or date.today()

    def compute() -> Insights:
        people = [summary.person for summary in journal.people()]
        with journal.db.read() as store:
            every = store.lens.moments()
        return insights(people, every, day)

    return journal.remember(("insights", day), compute)


# --- check-ins: the person's own answers about one relationship ------------------------
def add_checkin(journal: Journal, name: str, checkin: CheckIn) -> CheckIn:
    """Store a check-in about one person (its answers are validated here)."""
    checkin = replace(checkin, answers=checkin_rules.validated(checkin.answers))
    with journal.db.write() as store:
        person = existing_person(store, name)
        ident = store.checkins.add(int(person.id or 0), checkin, utc_now())
    return replace(checkin, person=person.name, id=ident)


def checkins(journal: Journal, name: str) -> list[CheckIn]:
    """Every check-in about one person, oldest first."""
    with journal.db.read() as store:
        return store.checkins.of_person(int(existing_person(store, name).id or 0))


def checkin(journal: Journal, name: str, checkin_id: int) -> CheckIn:
    """One check-in about this person (to show it before deleting it)."""
    with journal.db.read() as store:
        return _existing_checkin(store, existing_person(store, name), checkin_id)


def delete_checkin(journal: Journal, name: str, checkin_id: int) -> CheckIn:
    """Take back one check-in about this person; the lens stops counting it at once."""
    with journal.db.write() as store:
        person = existing_person(store, name)
        found = _existing_checkin(store, person, checkin_id)
        store.checkins.delete(checkin_id, int(person.id or 0))
    return found


def _existing_checkin(store: Store, person: Person, checkin_id: int) -> CheckIn:
    found = [c for c in store.checkins.of_person(int(person.id or 0)) if c.id == checkin_id]
    if not found:
        raise NotFound(messages.CHECKIN_NOT_FOUND.format(id=checkin_id, name=person.name))
    return found[0]
