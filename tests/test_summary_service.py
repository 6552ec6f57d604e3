"""The session summary service on real SQLite files: it gathers only what was chosen, and
the workbook's moments come from the real on-device reader."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime

import pytest

from bondlens import lens_service, path_service, reading, safety_service
from bondlens import summary_service as service
from bondlens.checkins import CheckIn
from bondlens.entries import Entry
from bondlens.errors import InvalidInput, NotFound
from bondlens.journal import Journal
from bondlens.people import Person
from bondlens.summary import ALL, Choice, to_markdown
from bondlens.workbook import Strength

MAR_1, MAR_14 = date(2026, 3, 1), date(2026, 3, 14)
BURDEN = (
    "I didn't call anyone. I don't want to be a burden to my friends, they have enough "
    "going on without my problems."
)

MakeEntry = Callable[..., Entry]


def database_rows(journal: Journal) -> dict[str, int]:
    path = journal.settings.home / "journal.db"
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_checkins_between_whole_days_for_everyone(
    journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Sam")
    make_person("Jordan")
    lens_service.add_checkin(journal, "Sam", CheckIn(datetime(2026, 2, 28, 23, 59), {"fear": 0}))
    lens_service.add_checkin(journal, "Sam", CheckIn(datetime(2026, 3, 1, 0, 0), {"fear": 1}))
    lens_service.add_checkin(journal, "Jordan", CheckIn(datetime(2026, 3, 14, 23, 59), {"fear": 3}))
    lens_service.add_checkin(journal, "Jordan", CheckIn(datetime(2026, 3, 15, 0, 0), {"fear": 2}))
    found = service.checkins_between(journal, MAR_1, MAR_14)
    assert [(c.person, dict(c.answers)) for c in found] == [
        ("Sam", {"fear": 1}),
        ("Jordan", {"fear": 3}),
    ]


def test_the_offer_lists_a_ranges_entries_people_and_checkins(
    journal: Journal, make_entry: MakeEntry, make_person: Callable[..., Person]
) -> None:
    make_entry("before", date(2026, 2, 27), ("Kai",))
    for day in range(1, 8):
        make_entry(f"day {day}", date(2026, 3, day), ("Sam",) if day % 2 else ("Jordan", "sam"))
    lens_service.add_checkin(journal, "Jordan", CheckIn(datetime(2026, 3, 2, 9), {"fear": 2}))
    offer = service.offer(journal, MAR_1, MAR_14, limit=5)
    assert [e.text for e in offer.entries] == ["day 7", "day 6", "day 5", "day 4", "day 3"]
    assert offer.total == 7
    assert offer.people == ("Jordan", "Sam")  # Kai is only before the range
    assert [c.person for c in offer.checkins] == ["Jordan"]


def test_build_gathers_exactly_what_was_chosen_and_writes_nothing(
    journal: Journal, make_entry: MakeEntry
) -> None:
    inside = make_entry("Coffee with Sam, easy.", date(2026, 3, 3), ("Sam",), safety=5)
    other = make_entry("Jordan was cold all evening.", date(2026, 3, 4), ("Jordan",), safety=2)
    outside = make_entry("Long before.", date(2026, 1, 4), ("Sam",))
    lens_service.add_checkin(journal, "Sam", CheckIn(datetime(2026, 3, 5, 9), {"mutual_growth": 3}))
    safety_service.save_plan(journal, {"reasons": ["Miso"]})
    before = database_rows(journal)

    picked = service.build(
        journal, Choice(MAR_1, MAR_14, entries=(int(inside.id or 0), int(outside.id or 0)))
    )
    assert [e.id for e in picked.entries or ()] == [inside.id]
    assert (picked.lenses, picked.checkins, picked.workbook, picked.safety_plan) == (None,) * 4
    text = to_markdown(picked)
    assert "Coffee with Sam" in text
    assert other.text not in text
    assert "Long before" not in text
    assert "Miso" not in text

    everything = service.build(
        journal,
        Choice(MAR_1, MAR_14, entries=ALL, lens=("sam",), checkins=True, safety_plan=True),
    )
    assert [e.id for e in everything.entries or ()] == [inside.id, other.id]
    assert [v.person.name for v in everything.lenses or ()] == ["Sam"]
    assert [c.person for c in everything.checkins or ()] == ["Sam"]
    assert everything.safety_plan is not None
    assert everything.safety_plan.of("reasons") == ("Miso",)
    assert everything.choice.lens == ("Sam",)  # the name as the journal spells it
    assert database_rows(journal) == before  # a summary is never stored


def test_build_refuses_an_unknown_person_a_backwards_range_and_an_empty_choice(
    journal: Journal, make_entry: MakeEntry
) -> None:
    make_entry("Coffee with Sam.", date(2026, 3, 3), ("Sam",))
    with pytest.raises(NotFound, match="Nobody"):
        service.build(journal, Choice(MAR_1, MAR_14, lens=("Sam", "Nobody")))
    with pytest.raises(InvalidInput):
        service.build(journal, Choice(MAR_14, MAR_1, entries=ALL))
    with pytest.raises(InvalidInput):
        service.build(journal, Choice(MAR_1, MAR_14))


def test_workbook_moments_from_the_real_reader_count_only_the_range(
    journal: Journal, make_entry: MakeEntry
) -> None:
    make_entry(BURDEN, date(2026, 3, 3))
    make_entry(BURDEN + " Again.", date(2026, 2, 3))
    make_entry("Lunch with Sam by the sea, we laughed.", date(2026, 3, 4), ("Sam",))
    assert reading.read_waiting(journal) == 3
    path_service.set_counter(journal, "burden", "People who care about me want to help")
    path_service.rate_belief(journal, Strength("burden", datetime(2026, 3, 10, 9), 70, 30))
    path_service.rate_belief(journal, Strength("burden", datetime(2026, 2, 10, 9), 90, 5))

    made = service.build(journal, Choice(MAR_1, MAR_14, workbook=True))
    parts = {p.belief.id: p for p in made.workbook or ()}
    assert "burden" in parts
    burden = parts["burden"]
    assert burden.moments == 1  # the February entry is outside the range
    assert [(s.strength, s.counter) for s in burden.strengths] == [(70, 30)]
    assert burden.counter == "People who care about me want to help"
    assert made.entries is None
    text = to_markdown(made)
    assert BURDEN not in text  # moments are counted, their words stay in the journal
    assert "Showed up in 1 entry in these dates." in text
