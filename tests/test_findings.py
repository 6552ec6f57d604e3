"""Findings and verdicts: the person's word always wins over the reader."""

from __future__ import annotations

import pytest

from bondlens.errors import InvalidInput
from bondlens.findings import Finding, checked_verdict, dismissed, merged, notes


def found(label: str, score: float, kind: str = "belief") -> Finding:
    return Finding(7, kind, label, score, f"quote for {label}")


def said(label: str, verdict: str, kind: str = "belief") -> Finding:
    return Finding(7, kind, label, verdict=verdict)


def test_verdicts_are_applied_to_what_was_found() -> None:
    result = merged(
        [found("burden", 0.9), found("harm", 0.8, "marker")], [said("burden", "dismissed")]
    )
    assert [(f.label, f.verdict) for f in result] == [("burden", "dismissed"), ("harm", None)]
    by_label = {f.label: f for f in result}
    assert by_label["burden"].verdict == "dismissed"
    assert by_label["burden"].quote == "quote for burden"
    assert by_label["harm"].verdict is None


def test_confirmed_first_then_strongest() -> None:
    result = merged(
        [found("burden", 0.6), found("unworthy", 0.95), found("distrust", 0.7)],
        [said("burden", "confirmed")],
    )
    assert [f.label for f in result] == ["burden", "unworthy", "distrust"]


def test_a_confirmed_label_the_reader_no_longer_finds_is_kept() -> None:
    result = merged([found("harm", 0.8, "marker")], [said("burden", "confirmed")])
    assert {(f.label, f.verdict, f.score) for f in result} == {
        ("harm", None, 0.8),
        ("burden", "confirmed", None),
    }
    assert all(f.counts for f in result)


def test_a_dismissed_label_the_reader_no_longer_finds_disappears() -> None:
    assert merged([], [said("burden", "dismissed")]) == []


def test_notes_hide_dismissed_findings_and_emotions() -> None:
    result = merged(
        [found("burden", 0.9), found("fear", 0.7, "marker"), found("joy", 0.5, "emotion")],
        [said("fear", "dismissed", "marker")],
    )
    assert [f.label for f in notes(result)] == ["burden"]
    assert [f.label for f in dismissed(result)] == ["fear"]
    assert not next(f for f in result if f.label == "fear").counts


@pytest.mark.parametrize(
    ("kind", "label", "verdict", "expected"),
    [
        ("belief", " Burden ", "confirmed", ("belief", "burden", "confirmed")),
        ("marker", "hard-to-leave", "dismissed", ("marker", "hard_to_leave", "dismissed")),
        ("marker", "isolation by other", None, ("marker", "isolation_by_other", None)),
    ],
)
def test_verdicts_are_normalised(
    kind: str, label: str, verdict: str | None, expected: tuple[str, str, str | None]
) -> None:
    assert checked_verdict(kind, label, verdict) == expected


@pytest.mark.parametrize(
    ("kind", "label", "verdict", "problem"),
    [
        ("emotion", "joy", "confirmed", "belief or marker"),
        ("belief", "harm", "confirmed", "no belief called 'harm'"),
        ("marker", "", "confirmed", "no marker called ''"),
        ("belief", "burden", "maybe", "'maybe' is not an answer"),
    ],
)
def test_unknown_verdicts_are_refused(kind: str, label: str, verdict: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        checked_verdict(kind, label, verdict)
