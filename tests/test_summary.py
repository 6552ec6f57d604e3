"""The session summary, pure: nothing goes in unless chosen, and it reads the same in
Markdown, JSON and the plain lines the HTML template shows."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bondlens import messages
from bondlens import summary as rules
from bondlens.checkins import CheckIn
from bondlens.entries import Entry
from bondlens.errors import InvalidInput
from bondlens.lens import Lens, lens
from bondlens.patterns import Moment
from bondlens.people import Person
from bondlens.safety_plan import SafetyPlan
from bondlens.summary import ALL, Choice
from bondlens.workbook import Counter, Page, Strength, belief

MAR_1, MAR_14 = date(2026, 3, 1), date(2026, 3, 14)
ENTRIES = (
    Entry("Before the range.", date(2026, 2, 28), ("Sam",), 4, id=1),
    Entry("Walk with Sam.\n# not a heading", date(2026, 3, 2), ("Sam",), 5, tags=("walk",), id=2),
    Entry(
        "Jordan shouted *again*.",
        datetime(2026, 3, 9, 21, 30),
        ("Jordan",),
        1,
        unsafe_text="His voice",
        id=3,
    ),
    Entry("A quiet evening alone.", date(2026, 3, 14), (), kind="reflection", id=4),
    Entry("After the range.", date(2026, 3, 15), ("Sam",), id=5),
)


def a_lens(name: str) -> Lens:
    moments = [
        Moment(2, date(2026, 3, 2), 5, "interaction", (), frozenset({"mutual_growth"})),
        Moment(6, date(2026, 3, 5), 4, "interaction", (), frozenset({"mutual_growth"})),
    ]
    return lens(Person(name=name, relationship="friend"), moments)


def test_the_range_defaults_to_the_last_14_days_and_refuses_to_run_backwards() -> None:
    assert rules.date_range(None, None, MAR_14) == (date(2026, 2, 28), MAR_14)
    assert rules.date_range(MAR_1, None, MAR_14) == (MAR_1, MAR_14)
    assert rules.date_range(None, MAR_1, MAR_14) == (date(2026, 2, 15), MAR_1)
    with pytest.raises(InvalidInput, match=r"14 Mar 2026.*comes after the last day.*1 Mar 2026"):
        rules.date_range(MAR_14, MAR_1, MAR_14)


def test_nothing_chosen_is_refused_and_repeats_are_dropped() -> None:
    with pytest.raises(InvalidInput) as refused:
        rules.validated(Choice(MAR_1, MAR_14))
    assert refused.value.message == messages.SUMMARY_NOTHING_CHOSEN
    with pytest.raises(InvalidInput):
        rules.validated(Choice(MAR_14, MAR_1, entries=ALL))
    checked = rules.validated(Choice(MAR_1, MAR_14, entries=(3, 2, 3), lens=("sam", " Sam ", "Jo")))
    assert checked.entries == (3, 2)
    assert checked.lens == ("sam", "Jo")


def test_only_the_chosen_entries_in_the_range_go_in_oldest_first() -> None:
    picked = rules.assemble(Choice(MAR_1, MAR_14, entries=(3, 2, 1, 5)), entries=ENTRIES)
    assert picked.entries is not None
    assert [e.id for e in picked.entries] == [2, 3]  # 1 and 5 are outside the range
    every = rules.assemble(Choice(MAR_1, MAR_14, entries=ALL), entries=ENTRIES)
    assert [e.id for e in every.entries or ()] == [2, 3, 4]
    # nothing else was chosen, so nothing else is there, even when it was gathered
    assert (every.lenses, every.checkins, every.workbook, every.safety_plan) == (None,) * 4


def test_parts_not_chosen_stay_out_even_when_gathered() -> None:
    only_lens = rules.assemble(
        Choice(MAR_1, MAR_14, lens=("jordan",)),
        entries=ENTRIES,
        lenses=[a_lens("Sam"), a_lens("Jordan")],
        checkins=[CheckIn(datetime(2026, 3, 3, 9), {"fear": 2}, "Jordan", 1)],
        pages=[Page(belief("burden"), Counter("burden", "People want to help"), (), (), 0)],
        moments={"burden": 3},
        plan=SafetyPlan({"reasons": ("Miso",)}),
    )
    assert only_lens.entries is None
    assert [v.person.name for v in only_lens.lenses or ()] == ["Jordan"]
    assert (only_lens.checkins, only_lens.workbook, only_lens.safety_plan) == (None, None, None)
    data = rules.to_json(only_lens)
    assert set(data) == {"since", "until", "prepared", "note", "chosen", "lens"}
    assert "checkins" not in data["lens"][0]  # the lens's check-in history is not chosen
    text = rules.to_markdown(only_lens)
    assert "Jordan" in text
    assert "Sam" not in text
    assert "Miso" not in text
    assert "People want to help" not in text


def test_checkins_strengths_and_moments_only_from_the_range() -> None:
    checkins = [
        CheckIn(datetime(2026, 2, 27, 9), {"fear": 3}, "Jordan", 1),
        CheckIn(datetime(2026, 3, 14, 23, 59), {"fear": 2, "mutual_growth": 1}, "Jordan", 2),
        CheckIn(datetime(2026, 3, 3, 8), {"codependence": 0}, "Sam", 3),
    ]
    strengths = (
        Strength("burden", datetime(2026, 2, 1, 9), 90, 10),
        Strength("burden", datetime(2026, 3, 10, 9), 70, 40),
    )
    pages = [
        Page(belief("burden"), Counter("burden", "People want to help"), strengths, (), 9),
        Page(
            belief("abandonment"), None, (Strength("abandonment", datetime(2026, 1, 1), 50),), (), 4
        ),
        Page(belief("distrust"), None, (), (), 0),
        Page(belief("weakness"), None, (), (), 3),
    ]
    made = rules.assemble(
        Choice(MAR_1, MAR_14, checkins=True, workbook=True),
        checkins=checkins,
        pages=pages,
        moments={"burden": 2, "weakness": 1},
    )
    assert [c.id for c in made.checkins or ()] == [3, 2]
    parts = {p.belief.id: p for p in made.workbook or ()}
    assert set(parts) == {"burden", "weakness"}  # abandonment's only rating is from January
    assert [s.strength for s in parts["burden"].strengths] == [70]
    assert (parts["burden"].moments, parts["weakness"].moments) == (2, 1)

    text = rules.to_markdown(made)
    assert "### About Sam, Tue 03 Mar 2026, 08:00" in text
    assert "- needing each other to feel okay: never" in text
    assert "- walking on eggshells: sometimes" in text
    assert "- Your counter-belief: People want to help" in text
    assert "10 Mar 2026 70/40" in text
    assert "90/10" not in text
    assert "Showed up in 2 entries in these dates." in text
    assert "Showed up in 1 entry in these dates." in text
    assert "people always leave" not in text


def test_markdown_keeps_the_persons_words_as_written() -> None:
    made = rules.assemble(Choice(MAR_1, MAR_14, entries=(2, 3)), entries=ENTRIES)
    text = rules.to_markdown(made)
    head, _, body = text.partition("## Entries")
    assert head.startswith("# Session summary\n")
    assert "Prepared by you with bondlens, 1 Mar 2026 to 14 Mar 2026." in head
    assert messages.SUMMARY_NOT_DIAGNOSIS in head
    assert "### Mon 02 Mar 2026 · Sam" in body
    assert "*Entry #2 · interaction · safety 5 of 5 (very safe) · #walk*" in body
    assert "\\# not a heading" in body  # a line starting with # stays text
    assert "Jordan shouted \\*again\\*." in body
    assert "> What felt unsafe: His voice" in body
    assert body.index("Walk with Sam") < body.index("Jordan shouted")


def test_an_empty_part_says_so_and_the_safety_plan_shows_only_filled_sections() -> None:
    made = rules.assemble(
        Choice(MAR_14, MAR_14, entries=(2,), checkins=True, workbook=True, safety_plan=True),
        entries=ENTRIES,
        plan=SafetyPlan({"reasons": ("My cat, Miso",), "on_my_own": ()}),
    )
    shown = rules.view(made)
    assert shown.prepared == "Prepared by you with bondlens, 14 Mar 2026."
    parts = {part: (empty, items) for part, _, empty, items in shown.parts}
    assert list(parts) == ["entries", "checkins", "workbook", "safety_plan"]
    assert parts["entries"] == (messages.SUMMARY_NO_ENTRIES, ())
    assert parts["checkins"][1] == ()
    assert parts["workbook"][1] == ()
    plan = parts["safety_plan"][1]
    assert [(b.heading, b.lines) for b in plan] == [  # type: ignore[union-attr]
        (messages.SAFETY_SECTIONS["reasons"][0], ("My cat, Miso",))
    ]
    text = rules.to_markdown(made)
    assert messages.SUMMARY_NO_CHECKINS in text
    assert messages.SUMMARY_NO_WORKBOOK in text
    assert "- My cat, Miso" in text


def test_the_lens_part_says_what_the_lens_looks_at() -> None:
    made = rules.assemble(Choice(MAR_1, MAR_14, lens=("Sam",)), lenses=[a_lens("Sam")])
    (block,) = rules.view(made).parts[0][3]
    assert isinstance(block, rules.Block)
    assert block.heading == "Sam"
    assert block.facts.startswith("Pattern: ")
    assert block.lead.endswith(messages.LENS_CLOSING)
    assert block.note == messages.SUMMARY_LENS_SCOPE.format(name="Sam")
    assert any(line.startswith("growing together: 2 entries (#2 and #6)") for line in block.lines)
    data = rules.to_json(made)
    assert data["lens"][0]["person"] == "Sam"
    assert data["chosen"] == {
        "entries": [],
        "lens": ["Sam"],
        "workbook": False,
        "checkins": False,
        "safety_plan": False,
    }


def test_people_in_entries_once_each_alphabetically() -> None:
    assert rules.people_in(ENTRIES) == ["Jordan", "Sam"]
    assert rules.people_in([]) == []
