"""Patterns across people: reciprocity, losing touch, isolation, triggers, the week."""

from __future__ import annotations

from datetime import date, timedelta

from bondlens.entries import Entry
from bondlens.findings import Finding
from bondlens.insights import insights as from_moments
from bondlens.insights import insights_json, sentences
from bondlens.patterns import moments
from bondlens.people import Person

TODAY = date(2026, 3, 31)


def e(ident: int, days_ago: int, people: tuple[str, ...], safety: int | None = 4, **f: object):  # type: ignore[no-untyped-def]
    return Entry("x", TODAY - timedelta(days=days_ago), people, safety=safety, id=ident, **f)  # type: ignore[arg-type]


def insights(
    people: list[Person], entries: list[Entry], found: dict[int, list[Finding]], today: date
):  # type: ignore[no-untyped-def]
    return from_moments(people, moments(entries, found), today)


PEOPLE = [
    Person("Sam", relationship="friend", safe=True),
    Person("Jordan", relationship="partner"),
    Person("Priya", relationship="friend"),
    Person("Dana", relationship="ex_partner", ended_on=date(2025, 1, 1)),
]


def test_an_empty_journal_says_so() -> None:
    found = insights(PEOPLE, [], {}, TODAY)
    assert sentences(found) == ["No entries about people yet, so there are no patterns to show."]


def test_reciprocity_counts_support_given_and_received() -> None:
    entries = [
        e(1, 3, ("Sam",), kind="support_given"),
        e(2, 2, ("Sam",), kind="support_received"),
        e(3, 1, ("Priya",), kind="support_given"),
    ]
    found = insights(PEOPLE, entries, {}, TODAY).reciprocity
    assert (found["given"], found["received"]) == (2, 1)
    assert found["people"][0] == {"person": "Sam", "given": 1, "received": 1}


def test_losing_touch_puts_safe_people_first_and_skips_past_ones() -> None:
    entries = [
        e(1, 90, ("Sam",)),
        e(2, 80, ("Sam",)),
        e(3, 70, ("Sam",)),
        e(4, 60, ("Priya",), safety=3),
        e(5, 55, ("Priya",), safety=3),
        e(6, 50, ("Priya",), safety=3),
        e(7, 300, ("Dana",)),
        e(8, 299, ("Dana",)),
        e(9, 2, ("Jordan",)),
        e(10, 1, ("Jordan",)),
    ]
    found = insights(PEOPLE, entries, {}, TODAY)
    assert [(r["person"], r["days"], r["safe"]) for r in found.losing_touch] == [
        ("Sam", 70, True),
        ("Priya", 50, False),
    ]
    iso = found.isolation
    assert iso["safe_people"] == ["Sam"]
    assert (iso["days_without_safe_contact"], iso["isolated"]) == (70, True)
    assert iso["longest_gap"] == {"days": 70, "from": "2026-01-20", "to": "2026-03-31"}
    assert any(
        "70 days since you wrote about Sam, one of your safe people" in s for s in sentences(found)
    )


def test_narrowing_notices_one_relationship_growing_while_others_drop() -> None:
    earlier = [e(i, 35 + i, (("Sam", "Priya", "Jordan")[i % 3],)) for i in range(1, 10)]
    recent = [e(20 + i, i, ("Jordan",)) for i in range(1, 6)] + [e(30, 3, ("Sam",))]
    narrowing = insights(PEOPLE, earlier + recent, {}, TODAY).isolation["narrowing"]
    assert narrowing is not None
    assert narrowing["person"] == "Jordan"
    assert narrowing["recent_share"] == 0.83
    steady = earlier + [e(40 + i, i, (("Sam", "Priya", "Jordan")[i % 3],)) for i in range(9)]
    assert insights(PEOPLE, steady, {}, TODAY).isolation["narrowing"] is None


def test_triggers_name_people_and_tags_that_come_with_hard_moments() -> None:
    entries = [
        e(1, 10, ("Jordan",), safety=2, tags=("family-dinner",)),
        e(2, 9, ("Jordan",), safety=4),
        e(3, 8, ("Jordan",), safety=4, tags=("family-dinner",)),
        e(4, 7, ("Priya",), safety=4, tags=("family-dinner",)),
        e(5, 6, ("Sam",), safety=5),
    ]
    found = {3: [Finding(3, "marker", "retraumatizing", 0.9)]}
    rows = insights(PEOPLE, entries, found, TODAY).triggers
    assert [(r["what"], r["id"], r["hard"], r["total"]) for r in rows] == [
        ("person", "Jordan", 2, 3),
        ("tag", "family-dinner", 2, 3),
    ]
    assert rows[0]["entries"] == [1, 3]


def test_the_week_in_short() -> None:
    entries = [
        e(1, 1, ("Sam",), safety=5, kind="support_received"),
        e(2, 3, ("Jordan", "Sam"), safety=2),
        e(3, 9, ("Priya",), safety=3),
    ]
    found = insights(PEOPLE, entries, {}, TODAY)
    week = found.week
    assert (week["from"], week["to"], week["entries"]) == ("2026-03-25", "2026-03-31", 2)
    assert week["people"] == ["Jordan", "Sam"]
    assert (week["average_safety"], week["previous_average_safety"]) == (3.5, 3.0)
    assert (week["hard"], week["safest"], week["support_received"]) == ([2], 1, 1)
    assert sentences(found)[0] == (
        "This week: 2 entries about 2 people, feeling 3.5 of 5 safe on average "
        "(the week before: 3.0)."
    )
    assert insights_json(found)["summary"] == sentences(found)
