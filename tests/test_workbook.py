"""Step 3 of the path: the beliefs workbook (pure)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bondlens import messages, workbook
from bondlens.errors import InvalidInput
from bondlens.findings import Finding
from bondlens.vocabulary import BELIEFS
from bondlens.workbook import Strength

#: The domain brief's own wording (shared/domain.md §5), which the product must not ship.
BRIEF_WORDING = (
    "isolation, bottled-up feelings, slower healing",
    "burnout, avoiding help, not delegating",
    "pulling away from support, going silent",
    "strong people let others help",
    "people who care about me want to help",
    "some people stay; I can notice who does",
    "everyone deserves support, me included",
)


def test_the_library_has_every_belief_with_costs_and_suggestions_in_our_words() -> None:
    assert [b.id for b in workbook.LIBRARY] == list(BELIEFS)
    shipped = " ".join(
        " ".join((b.costs_life, b.costs_work, *b.suggestions)) for b in workbook.LIBRARY
    ).lower()
    for phrase in BRIEF_WORDING:
        assert phrase.lower() not in shipped
    for item in workbook.LIBRARY:
        assert item.words == messages.BELIEF_WORDS[item.id]
        assert item.costs_life
        assert item.costs_work
        assert len(item.suggestions) >= 2


def test_ids_counter_beliefs_and_strengths_are_checked() -> None:
    assert workbook.belief_id("Self-reliance") == "self_reliance"
    with pytest.raises(InvalidInput):
        workbook.belief_id("laziness")
    assert workbook.counter_text("  I can   ask.  ") == "I can ask."
    with pytest.raises(InvalidInput):
        workbook.counter_text("   ")
    with pytest.raises(InvalidInput):
        workbook.counter_text("x" * 301)
    now = datetime(2026, 3, 1)
    assert workbook.validated_strength(Strength("burden", now, 0, 100)).counter == 100
    for bad in (
        Strength("burden", now),
        Strength("burden", now, 101),
        Strength("burden", now, None, -1),
    ):
        with pytest.raises(InvalidInput):
            workbook.validated_strength(bad)


def test_only_findings_that_count_are_moments() -> None:
    found = {
        1: [Finding(1, "belief", "burden", 0.8, "I hate asking")],
        2: [Finding(2, "belief", "burden", 0.7, "again", verdict="dismissed")],
        3: [Finding(3, "belief", "burden", verdict="confirmed")],
        4: [Finding(4, "marker", "harm", 0.9)],
    }
    counted = workbook.counted(found)
    assert [f.entry_id for f in counted["burden"]] == [1, 3]
    assert counted["abandonment"] == []
