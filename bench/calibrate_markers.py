"""Fit the marker detector on its examples and pick precision-first thresholds on dev.

Fitted on ``src/bondlens/analysis/data/markers_examples.jsonl`` only; each marker's
threshold is then the lowest score at which the development set
(``bench/data/markers_dev.jsonl``, written apart from the examples) is at least
``--precision`` precise (default 0.8) with at least 3 correct finds. A marker that never
gets there is switched off (threshold 1.01) and listed as such.

Run from the repository root::

    .venv/bin/python bench/calibrate_markers.py            # fit, print, write markers.npz
    .venv/bin/python bench/calibrate_markers.py --dry-run  # print only
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from calibrate_beliefs import CachedEmbedder, load_dev, text_scores
from numpy.typing import NDArray

from bondlens.analysis import exemplars
from bondlens.analysis.markers import EXAMPLES, FITTED, MARKERS

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "bench" / "data" / "markers_dev.jsonl"
OFF = 1.01
MIN_HITS = 3


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    embedder = CachedEmbedder()
    examples = exemplars.load_examples(EXAMPLES)
    model = exemplars.fit(examples, embedder.embed([e.text for e in examples]), MARKERS)
    texts, truth = load_dev(DEV, "markers", MARKERS)
    scores = text_scores(texts, embedder, lambda _s, v: model.scores(v))
    thresholds = [
        precise_threshold(scores[:, c], truth[:, c], args.precision) for c in range(len(MARKERS))
    ]
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
        print(f"\nwrote {FITTED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
