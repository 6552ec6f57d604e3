"""Fit the marker detector on its examples and pick precision-first thresholds on dev.

The head (``bondlens.analysis.belief_head``: a softmax over the markers and "none" from
each sentence's vector and its words, words x``WORD_SCALE``, L2 ``L2``) is fitted on
``src/bondlens/analysis/data/markers_examples.jsonl`` only; each marker's
threshold is then the lowest score at which the development set
(``bench/data/markers_dev.jsonl``, written apart from the examples) is at least
``--precision`` precise (default 0.8) with at least 3 correct finds. A marker that never
gets there is switched off (threshold 1.01) and listed as such.

Run from the repository root::

    .venv/bin/python bench/calibrate_markers.py            # fit, print, write markers.npz
    .venv/bin/python bench/calibrate_markers.py --dry-run  # print only
    .venv/bin/python bench/calibrate_markers.py --compare  # also the heads tried, held out

``--compare`` scores each head tried on held-out halves: the development set is shuffled
20 times (seeded, split in two halves stratified by marker), each marker's threshold is
chosen on one half and scored on the other, both ways round. It compares the earlier
vector-only exemplar classifier, the softmax on vectors alone, the softmax on vectors
and words, and one words-and-vectors logistic regression per marker (ten heads).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from calibrate_beliefs import CachedEmbedder, load_dev, text_scores
from numpy.typing import NDArray

from bondlens.analysis import belief_head, exemplars
from bondlens.analysis.exemplars import NEUTRAL, Example
from bondlens.analysis.markers import EXAMPLES, FITTED, MARKERS

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "bench" / "data" / "markers_dev.jsonl"
OFF = 1.01
MIN_HITS = 3
SEEDS = 20
#: The shipped head's settings, chosen with ``--compare`` (the beliefs' defaults).
WORD_SCALE = 0.3
L2 = 0.0003

Scorer = Callable[[Sequence[str], NDArray[np.float32]], NDArray[np.float32]]


def precise_threshold(scores: NDArray[np.float32], truth: NDArray[np.bool_], goal: float) -> float:
    """The lowest cut with precision >= goal and >= MIN_HITS hits, else OFF."""
    order = np.argsort(-scores, kind="stable")
    ranked, hits = scores[order], truth[order]
    found = np.cumsum(hits)
    precision = found / np.arange(1, len(ranked) + 1)
    good = np.flatnonzero((precision >= goal) & (found >= MIN_HITS) & hits)
    if not len(good):
        return OFF
    cut = int(good[-1])
    below = float(ranked[cut + 1]) if cut + 1 < len(ranked) else float(ranked[cut]) - 0.02
    return (float(ranked[cut]) + below) / 2


def thresholds_for(
    scores: NDArray[np.float32], truth: NDArray[np.bool_], goal: float
) -> list[float]:
    return [precise_threshold(scores[:, c], truth[:, c], goal) for c in range(truth.shape[1])]


def own_label(examples: Sequence[Example], marker: str) -> list[Example]:
    """The examples as one marker sees them: other markers' lines become neutral."""
    return [e if e.id == marker else Example(NEUTRAL, e.text, 0) for e in examples]


def per_marker_words(
    examples: Sequence[Example], vectors: NDArray[np.float32], l2: float, scale: float
) -> Scorer:
    """One words-and-vectors logistic regression per marker, each on its own."""
    heads = [
        belief_head.fit(own_label(examples, m), vectors, (m,), l2=l2, word_scale=scale)
        for m in MARKERS
    ]

    def score(sentences: Sequence[str], rows: NDArray[np.float32]) -> NDArray[np.float32]:
        return np.hstack([h.scores(sentences, rows) for h in heads])

    return score


def halves(truth: NDArray[np.bool_], seed: int) -> tuple[NDArray[np.int_], NDArray[np.int_]]:
    """Two halves of the dev lines, shuffled by ``seed``, stratified by first marker."""
    rng = np.random.default_rng(20261201 + seed)
    first = np.where(truth.any(axis=1), truth.argmax(axis=1), -1)
    one: list[int] = []
    two: list[int] = []
    for stratum in np.unique(first):
        members = rng.permutation(np.flatnonzero(first == stratum))
        flip = int(rng.integers(2))
        one += members[flip::2].tolist()
        two += members[1 - flip :: 2].tolist()
    return np.array(sorted(one)), np.array(sorted(two))


def held_out(
    scores: NDArray[np.float32], truth: NDArray[np.bool_], goal: float
) -> dict[str, NDArray[np.float64]]:
    """Per marker, over SEEDS shuffles both ways: tp, found and positives summed, how
    often the marker was switched on by the tuning half and passed the bar on the other;
    and per run the macro recall (switched-off markers count 0)."""
    labels = truth.shape[1]
    tally = {k: np.zeros(labels) for k in ("tp", "found", "positives", "on", "passed")}
    recalls = []
    for seed in range(SEEDS):
        one, two = halves(truth, seed)
        for tune, test in ((one, two), (two, one)):
            cut = np.array(thresholds_for(scores[tune], truth[tune], goal))
            found = scores[test] >= cut
            tp = (found & truth[test]).sum(axis=0)
            tally["tp"] += tp
            tally["found"] += found.sum(axis=0)
            tally["positives"] += truth[test].sum(axis=0)
            tally["on"] += cut < OFF
            tally["passed"] += (tp >= MIN_HITS) & (tp >= goal * found.sum(axis=0))
            recalls.append(float((tp / np.maximum(truth[test].sum(axis=0), 1)).mean()))
    tally["recalls"] = np.array(recalls)
    return tally


def compare(
    examples: Sequence[Example],
    vectors: NDArray[np.float32],
    dev: tuple[list[str], NDArray[np.bool_]],
    embedder: CachedEmbedder,
    goal: float,
) -> None:
    texts, truth = dev
    exemplar = exemplars.fit(examples, vectors, MARKERS)
    heads: list[tuple[str, Scorer]] = [("exemplar (before)", lambda _s, v: exemplar.scores(v))]
    for scale, l2 in ((0.0, 0.0003), (0.3, 0.0003), (0.6, 0.0003), (0.3, 0.003), (0.6, 0.003)):
        softmax = belief_head.fit(examples, vectors, MARKERS, l2=l2, word_scale=scale)
        heads.append((f"softmax, words x{scale}, l2={l2}", softmax.scores))
    for scale, l2 in ((0.3, 0.0003), (0.6, 0.0003), (0.3, 0.003), (0.6, 0.003)):
        heads.append(
            (f"per marker, words x{scale}, l2={l2}", per_marker_words(examples, vectors, l2, scale))
        )
    runs = 2 * SEEDS
    print(f"\nheld-out halves ({SEEDS} shuffles x 2): thresholds on one half, scored on the other")
    print("recall/precision pooled per marker; 'on' and 'bar' are mean counts of markers")
    print("switched on by the tuning half and reaching P>=0.8 with >=3 hits on the other;")
    print("'vs exemplar' is the macro-recall gain per run: mean, sd, runs better/worse.")
    print(f"{'head':<38}{'recall':>7}{'P':>6}{'on':>6}{'bar':>6}   vs exemplar")
    results = []
    for name, scorer in heads:
        tally = held_out(text_scores(texts, embedder, scorer), truth, goal)
        results.append((name, tally))
        gain = tally["recalls"] - results[0][1]["recalls"]
        precision = tally["tp"].sum() / max(tally["found"].sum(), 1)
        print(
            f"{name:<38}{tally['recalls'].mean():>7.3f}{precision:>6.2f}"
            f"{tally['on'].sum() / runs:>6.1f}{tally['passed'].sum() / runs:>6.1f}"
            f"   {gain.mean():+.3f} ±{gain.std():.3f} {(gain > 0).sum()}/{(gain < 0).sum()}"
        )
    print("\nper marker, held-out recall (precision):")
    print(f"{'marker':<20}" + "".join(f"{i:>12}" for i in range(len(results))))
    for c, marker in enumerate(MARKERS):
        cells = [
            f"{t['tp'][c] / t['positives'][c]:.2f} ({t['tp'][c] / max(t['found'][c], 1):.2f})"
            for _, t in results
        ]
        print(f"{marker:<20}" + "".join(f"{cell:>12}" for cell in cells))
    print("columns: " + "; ".join(f"{i} {name}" for i, (name, _) in enumerate(results)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--compare", action="store_true", help="also the heads tried, held out")
    args = parser.parse_args(argv)
    embedder = CachedEmbedder()
    examples = exemplars.load_examples(EXAMPLES)
    vectors = embedder.embed([e.text for e in examples])
    dev = load_dev(DEV, "markers", MARKERS)
    if args.compare:
        compare(examples, vectors, dev, embedder, args.precision)
    model = belief_head.fit(examples, vectors, MARKERS, l2=L2, word_scale=WORD_SCALE)
    texts, truth = dev
    scores = text_scores(texts, embedder, model.scores)
    thresholds = thresholds_for(scores, truth, args.precision)
    print("| marker | threshold | precision | recall | dev positives |")
    print("|---|---:|---:|---:|---:|")
    for c, marker in enumerate(MARKERS):
        found = scores[:, c] >= thresholds[c]
        tp = int((found & truth[:, c]).sum())
        precision = tp / max(int(found.sum()), 1)
        recall = tp / max(int(truth[:, c].sum()), 1)
        shown = "off" if thresholds[c] >= OFF else f"{thresholds[c]:.3f}"
        print(f"| {marker} | {shown} | {precision:.2f} | {recall:.2f} | {int(truth[:, c].sum())} |")
    if not args.dry_run:
        model.with_thresholds(thresholds).save(FITTED)
        print(f"\nwrote {FITTED.relative_to(ROOT)} ({FITTED.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
