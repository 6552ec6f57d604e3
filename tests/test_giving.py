"""Step 7 of the path: how giving left you, and gentle notes (pure)."""

from __future__ import annotations

from datetime import date

import pytest

from bondlens import giving
from bondlens.errors import InvalidInput
from bondlens.giving import Given


def gave(name: str, left: str, day: int) -> Given:
    return Given(name, "helped", left, date(2026, 3, day), entry_id=day)


def reciprocity(*rows: tuple[str, int, int]) -> dict[str, object]:
    return {
        "given": sum(r[1] for r in rows),
        "received": sum(r[2] for r in rows),
        "people": [{"person": p, "given": g, "received": r} for p, g, r in rows],
    }


def test_how_it_left_you_is_checked() -> None:
    assert giving.left("Energised") == "energised"
    with pytest.raises(InvalidInput):
        giving.left("tired")


def test_a_note_when_giving_keeps_draining() -> None:
    gives = [gave("Kai", "energised", 1), gave("Kai", "drained", 2), gave("Kai", "drained", 3)]
    [row] = giving.summary(reciprocity(("Kai", 3, 2)), gives)
    assert row.left == ("energised", "drained", "drained")
    assert len(row.notes) == 1
    assert "drained 2 of the last 3" in row.notes[0]


def test_no_note_when_the_draining_is_in_the_past() -> None:
    gives = [gave("Kai", "drained", 1), gave("Kai", "drained", 2)] + [
        gave("Kai", "fine", d) for d in (3, 4, 5)
    ]
    [row] = giving.summary(reciprocity(("Kai", 5, 4)), gives)
    assert row.notes == ()


def test_a_note_when_giving_far_outweighs_receiving() -> None:
    rows = giving.summary(reciprocity(("Kai", 6, 1), ("Sam", 3, 0), ("Noa", 6, 3)), [])
    notes = {r.person: r.notes for r in rows}
    assert len(notes["Kai"]) == 1
    assert "6 times and received it 1" in notes["Kai"][0]
    assert notes["Sam"] == ()  # too few to say
    assert notes["Noa"] == ()  # uneven, not far


def test_summary_json() -> None:
    rows = giving.summary(reciprocity(("Kai", 1, 1)), [gave("kai", "fine", 1)])
    data = giving.summary_json(reciprocity(("Kai", 1, 1)), rows)
    assert data["people"][0]["left"] == {"energised": 0, "fine": 1, "drained": 0}
