"""Check the relationship-marker sentence data: schema, ids, counts and duplicates.

Two files hold hand-written sentences (in our own words) about relationship markers:

* ``src/bondlens/analysis/data/markers_examples.jsonl`` — the exemplars the classifier
  learns from, one ``{"id", "text", "label", "note"?}`` per line (``label`` 1 means the
  sentence shows the marker, 0 means it does not; ``id`` ``"none"`` marks neutral
  journal sentences, always label 0);
* ``bench/data/markers_dev.jsonl`` — a separately written development set, one
  ``{"text", "markers": [...]}`` per line (multi-label; an empty list means no marker).

The dev set must not leak into the exemplars, so texts are compared within and across
both files: exactly (after lowercasing and dropping punctuation) and nearly (word-set
Jaccard similarity at or above ``NEAR_DUPLICATE``).

Run from the repository root::

    .venv/bin/python bench/check_marker_data.py

It prints a table of counts and every problem found, and exits 1 if there were any.
``tests/test_marker_data.py`` runs the same checks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bondlens.analysis.markers import EXAMPLES, MARKERS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_PATH = EXAMPLES
DEV_PATH = ROOT / "bench" / "data" / "markers_dev.jsonl"

#: The marker ids, from the product itself, so the data is checked against what it serves.
MARKER_IDS: tuple[str, ...] = MARKERS
NONE_ID = "none"
KNOWN_IDS = frozenset((*MARKER_IDS, NONE_ID))

MIN_EXAMPLE_POSITIVES = 30
MIN_EXAMPLE_NEGATIVES = 12
MIN_EXAMPLE_NONE = 120
MIN_DEV_POSITIVES = 15
MIN_DEV_EMPTY = 150
#: Word-set Jaccard similarity at or above which two texts count as near-duplicates.
NEAR_DUPLICATE = 0.8

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Example:
    """One exemplar sentence: ``label`` 1 shows marker ``id``, 0 does not."""

    id: str
    text: str
    label: int
    note: str
    line: int


@dataclass(frozen=True)
class DevLine:
    """One development sentence with every marker it shows (possibly none)."""

    text: str
    markers: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Loaded:
    """Both files, parsed, with every schema problem found on the way."""

    examples: list[Example]
    dev: list[DevLine]
    problems: list[str]


def _read_jsonl(path: Path, problems: list[str]) -> list[tuple[int, dict[str, object]]]:
    rows: list[tuple[int, dict[str, object]]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            problems.append(f"{path.name}:{number}: blank line")
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            problems.append(f"{path.name}:{number}: not JSON ({error.msg})")
            continue
        if not isinstance(value, dict):
            problems.append(f"{path.name}:{number}: not a JSON object")
            continue
        rows.append((number, value))
    return rows


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip() and value == value.strip():
        return value
    return None


def load_examples(path: Path, problems: list[str]) -> list[Example]:
    """Parse the exemplar file, appending a message to ``problems`` for each bad line."""
    examples: list[Example] = []
    for number, row in _read_jsonl(path, problems):
        where = f"{path.name}:{number}"
        extra = set(row) - {"id", "text", "label", "note"}
        if extra:
            problems.append(f"{where}: unexpected keys {sorted(extra)}")
        marker, text, label, note = (
            row.get("id"),
            row.get("text"),
            row.get("label"),
            row.get("note", ""),
        )
        if not isinstance(marker, str) or marker not in KNOWN_IDS:
            problems.append(f"{where}: unknown id {marker!r}")
            continue
        clean = _text(text)
        if clean is None:
            problems.append(f"{where}: text must be a non-empty string without outer spaces")
            continue
        if isinstance(label, bool) or label not in (0, 1):
            problems.append(f"{where}: label must be 0 or 1, not {label!r}")
            continue
        if marker == NONE_ID and label != 0:
            problems.append(f"{where}: id 'none' must have label 0")
        if not isinstance(note, str):
            problems.append(f"{where}: note must be a string")
            note = ""
        examples.append(Example(marker, clean, int(label), note, number))
    return examples


def load_dev(path: Path, problems: list[str]) -> list[DevLine]:
    """Parse the development file, appending a message to ``problems`` for each bad line."""
    lines: list[DevLine] = []
    for number, row in _read_jsonl(path, problems):
        where = f"{path.name}:{number}"
        extra = set(row) - {"text", "markers"}
        if extra:
            problems.append(f"{where}: unexpected keys {sorted(extra)}")
        clean = _text(row.get("text"))
        markers = row.get("markers")
        if clean is None:
            problems.append(f"{where}: text must be a non-empty string without outer spaces")
            continue
        if not isinstance(markers, list) or not all(isinstance(m, str) for m in markers):
            problems.append(f"{where}: markers must be a list of strings")
            continue
        unknown = [m for m in markers if m not in MARKER_IDS]
        if unknown:
            problems.append(f"{where}: unknown markers {unknown}")
            continue
        if len(set(markers)) != len(markers):
            problems.append(f"{where}: a marker is listed twice")
        lines.append(DevLine(clean, tuple(markers), number))
    return lines


def load(examples_path: Path = EXAMPLES_PATH, dev_path: Path = DEV_PATH) -> Loaded:
    """Load both files; schema problems are collected, not raised."""
    problems: list[str] = []
    examples = load_examples(examples_path, problems)
    dev = load_dev(dev_path, problems)
    return Loaded(examples, dev, problems)


def normalise(text: str) -> str:
    """Lowercase, keep only words, single spaces: the key for exact duplicates."""
    return " ".join(words(text))


def words(text: str) -> list[str]:
    """The words of ``text``, lowercased (curly apostrophes count as straight ones)."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    """Size of the intersection over size of the union (0.0 for two empty sets)."""
    union = len(left | right)
    return len(left & right) / union if union else 0.0


def find_duplicates(
    texts: Sequence[tuple[str, str]], threshold: float = NEAR_DUPLICATE
) -> list[str]:
    """Pairs of exact or near-duplicate texts among ``(where, text)`` items.

    Two texts are near-duplicates when their word sets have Jaccard similarity of at
    least ``threshold``; that needs the smaller set to be at least ``threshold`` times
    the larger, so after sorting by size each text is compared only with close sizes.
    """
    found: list[str] = []
    seen: dict[str, str] = {}
    for where, text in texts:
        key = normalise(text)
        if key in seen:
            found.append(f"exact duplicate: {seen[key]} and {where}: {text!r}")
        else:
            seen[key] = where
    items = sorted(
        ((frozenset(words(text)), normalise(text), where, text) for where, text in texts),
        key=lambda item: len(item[0]),
    )
    for i, (left, left_key, left_where, left_text) in enumerate(items):
        for right, right_key, right_where, right_text in items[i + 1 :]:
            if len(left) < threshold * len(right):
                break
            if left_key == right_key:
                continue  # already reported as exact
            score = jaccard(left, right)
            if score >= threshold:
                found.append(
                    f"near duplicate ({score:.2f}): {left_where} {left_text!r}"
                    f" ~ {right_where} {right_text!r}"
                )
    return found


def duplicates(loaded: Loaded, threshold: float = NEAR_DUPLICATE) -> list[str]:
    """Duplicates within the exemplars, within the dev set and across the two."""
    texts = [(f"examples:{e.line}", e.text) for e in loaded.examples]
    texts += [(f"dev:{d.line}", d.text) for d in loaded.dev]
    return find_duplicates(texts, threshold)


@dataclass(frozen=True)
class Counts:
    """How many sentences each id has in each file."""

    example_positives: Counter[str]
    example_negatives: Counter[str]
    dev_positives: Counter[str]
    dev_empty: int


def count(loaded: Loaded) -> Counts:
    """Count exemplar positives and negatives per id, and dev positives per marker."""
    positives = Counter(e.id for e in loaded.examples if e.label == 1)
    negatives = Counter(e.id for e in loaded.examples if e.label == 0)
    dev = Counter(marker for line in loaded.dev for marker in line.markers)
    empty = sum(1 for line in loaded.dev if not line.markers)
    return Counts(positives, negatives, dev, empty)


def shortfalls(counts: Counts) -> list[str]:
    """Every id whose counts are below the agreed minimums."""
    found: list[str] = []
    for marker in MARKER_IDS:
        if counts.example_positives[marker] < MIN_EXAMPLE_POSITIVES:
            found.append(f"{marker}: fewer than {MIN_EXAMPLE_POSITIVES} example positives")
        if counts.example_negatives[marker] < MIN_EXAMPLE_NEGATIVES:
            found.append(f"{marker}: fewer than {MIN_EXAMPLE_NEGATIVES} example negatives")
        if counts.dev_positives[marker] < MIN_DEV_POSITIVES:
            found.append(f"{marker}: fewer than {MIN_DEV_POSITIVES} dev positives")
    if counts.example_negatives[NONE_ID] < MIN_EXAMPLE_NONE:
        found.append(f"none: fewer than {MIN_EXAMPLE_NONE} neutral example sentences")
    if counts.dev_empty < MIN_DEV_EMPTY:
        found.append(f"dev: fewer than {MIN_DEV_EMPTY} lines without a marker")
    return found


def table(counts: Counts) -> str:
    """A plain-text table: one row per id with example pos/neg and dev positives."""
    header = f"{'id':<20} {'ex pos':>6} {'ex neg':>6} {'dev pos':>7}"
    rows = [header, "-" * len(header)]
    for marker in MARKER_IDS:
        rows.append(
            f"{marker:<20} {counts.example_positives[marker]:>6}"
            f" {counts.example_negatives[marker]:>6} {counts.dev_positives[marker]:>7}"
        )
    rows.append(f"{NONE_ID:<20} {0:>6} {counts.example_negatives[NONE_ID]:>6} {'-':>7}")
    rows.append("-" * len(header))
    total_pos = sum(counts.example_positives.values())
    total_neg = sum(counts.example_negatives.values())
    rows.append(
        f"{'total':<20} {total_pos:>6} {total_neg:>6} {sum(counts.dev_positives.values()):>7}"
    )
    rows.append(f"dev lines with no marker: {counts.dev_empty}")
    return "\n".join(rows)


def check(loaded: Loaded) -> list[str]:
    """Every problem: schema, counts below the minimums, duplicates."""
    return [*loaded.problems, *shortfalls(count(loaded)), *duplicates(loaded)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--examples", type=Path, default=EXAMPLES_PATH)
    parser.add_argument("--dev", type=Path, default=DEV_PATH)
    args = parser.parse_args(argv)
    loaded = load(args.examples, args.dev)
    print(table(count(loaded)))
    problems = check(loaded)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
