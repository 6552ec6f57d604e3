"""The lens service: gathers what the pure lens needs from the journal, and remembers it.

A thin layer like ``reading.py``: it reads people, entries as lens moments (with the
person's verdicts on findings applied, ``Store.lens``) and check-ins in one read
transaction of the :class:`~bondlens.journal.Journal`'s database, and hands them to
``lens.lens`` and ``insights.insights``. Results are remembered per state of the journal,
so asking twice without a change in between costs nothing.
"""

from __future__ import annotations

from datetime import date

from bondlens.insights import Insights, insights
from bondlens.journal import Journal
from bondlens.lens import Lens, lens
from bondlens.people import name_key


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
