"""The relationship-marker sentences stay well-formed, big enough and leak-free.

Runs the checks of ``bench/check_marker_data.py`` on the committed exemplars
(``src/bondlens/analysis/data/markers_examples.jsonl``) and the separate development
set (``bench/data/markers_dev.jsonl``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench.check_marker_data import (
    KNOWN_IDS,
    MARKER_IDS,
    Loaded,
    count,
    duplicates,
    find_duplicates,
    load,
    shortfalls,
)


@pytest.fixture(scope="module")
def loaded() -> Loaded:
    return load()


def test_both_files_follow_the_schema(loaded: Loaded) -> None:
    assert loaded.problems == []
    assert loaded.examples
    assert loaded.dev


def test_every_id_is_known(loaded: Loaded) -> None:
    assert {e.id for e in loaded.examples} <= KNOWN_IDS
    assert {m for line in loaded.dev for m in line.markers} <= set(MARKER_IDS)


def test_neutral_sentences_are_never_positive(loaded: Loaded) -> None:
    assert all(e.label == 0 for e in loaded.examples if e.id == "none")


def test_every_marker_has_enough_sentences(loaded: Loaded) -> None:
    counts = count(loaded)
    assert shortfalls(counts) == []
    assert set(counts.example_positives) == set(MARKER_IDS)


def test_no_duplicates_within_or_across_files(loaded: Loaded) -> None:
    assert duplicates(loaded) == []


def test_duplicate_check_catches_exact_and_near_copies() -> None:
    texts = [
        ("a:1", "Alex shouted at me in the car."),
        ("b:1", "alex shouted at me in the car!"),
        ("a:2", "Sam made soup and we ate it on the balcony tonight."),
        ("b:2", "Sam made soup and we ate it out on the balcony tonight."),
        ("a:3", "The train was late."),
    ]
    found = find_duplicates(texts)
    assert len(found) == 2
    assert found[0].startswith("exact duplicate: a:1 and b:1")
    assert found[1].startswith("near duplicate")
    assert "a:2" in found[1]
    assert "b:2" in found[1]


def test_schema_problems_are_reported(tmp_path: Path) -> None:
    examples = tmp_path / "examples.jsonl"
    dev = tmp_path / "dev.jsonl"
    rows = [
        {"id": "harm", "text": "He shoved me.", "label": 1},
        {"id": "shouting", "text": "He shouted.", "label": 1},
        {"id": "none", "text": "Rainy day.", "label": 1},
        {"id": "fear", "text": "", "label": 1},
        {"id": "fear", "text": "I tiptoe round him.", "label": 2},
    ]
    examples.write_text("".join(json.dumps(r) + "\n" for r in rows) + "not json\n")
    dev.write_text(
        json.dumps({"text": "He pushed me.", "markers": ["harm", "bruise"]})
        + "\n"
        + json.dumps({"text": "Tea with Maya.", "markers": "none"})
        + "\n"
    )
    result = load(examples, dev)
    assert [e.text for e in result.examples] == ["He shoved me.", "Rainy day."]
    assert result.dev == []
    assert len(result.problems) == 7
