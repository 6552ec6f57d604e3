"""Step 1 of the path: the safe-person criteria, reflections and evidence (pure)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bondlens import messages, safe_person
from bondlens.errors import InvalidInput
from bondlens.people import Person
from bondlens.safe_person import Evidence, Reflection, SafeView


def test_the_criteria_are_ours_and_cover_the_domain() -> None:
    assert safe_person.CRITERIA == (
        "consistent",
        "kind",
        "respects_limits",
        "listens",
        "believes_me",
    )
    assert len(messages.SAFE_PROMPTS) >= 3
    assert all(p.endswith("?") for p in messages.SAFE_PROMPTS)


def test_ratings_are_read_the_way_people_type_them() -> None:
    assert safe_person.parse_rating("Respects-limits=3") == ("respects_limits", 3)
    assert safe_person.parse_rating("listens=mostly") == ("listens", 2)
    assert safe_person.validated({"kind": "1", "consistent": 0}) == {"consistent": 0, "kind": 1}
    for bad in ("kind", "kind=4", "kind=-1", "kind=maybe", "funny=2"):
        with pytest.raises(InvalidInput):
            safe_person.parse_rating(bad)
    with pytest.raises(InvalidInput, match="at least one rating"):
        safe_person.validated({})


def test_the_latest_rating_of_each_criterion_wins_and_a_skip_keeps_the_older() -> None:
    history = [
        Reflection(datetime(2026, 3, 8), {"kind": 3}, id=2),
        Reflection(datetime(2026, 3, 1), {"kind": 1, "listens": 2}, id=1),
    ]
    assert safe_person.latest(history) == {"kind": 3, "listens": 2}


def test_the_evidence_and_its_json() -> None:
    evidence = Evidence(3, (("2026-03-01", 4), ("2026-03-05", 5)), datetime(2026, 3, 5, 9, 0))
    assert evidence.average == 4.5
    view = SafeView(Person("Sam", safe=True, id=1), (), evidence)
    data = safe_person.view_json(view)
    assert data["safe"] is True
    assert data["evidence"]["entries"] == 3
    assert data["evidence"]["average_safety"] == 4.5
    assert data["evidence"]["safety"][0] == {"when": "2026-03-01", "safety": 4}
    assert data["evidence"]["last_contact"] == "2026-03-05T09:00"
    assert Evidence(0, (), None).average is None
