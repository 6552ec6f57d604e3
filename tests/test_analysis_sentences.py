from __future__ import annotations

import pytest

from bondlens.analysis.sentences import MAX_SENTENCE_CHARS, split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("One line", ["One line"]),
        (
            "She said sorry. Then flowers! Was it real?",
            ["She said sorry.", "Then flowers!", "Was it real?"],
        ),
        ("Dr. Lee is kind", ["Dr. Lee is kind"]),
        ("First line\nsecond line\n\nthird", ["First line", "second line", "third"]),
        (
            'He said "never again." It happened again.',
            ['He said "never again."', "It happened again."],
        ),
        ("It cost 3.50 today. Fine.", ["It cost 3.50 today.", "Fine."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_very_long_runs_are_cut_at_a_space() -> None:
    pieces = split("word " * 400)
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces).split() == ["word"] * 400
