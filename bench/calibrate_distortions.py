"""Fit the distortion detector on our examples and pick its threshold on the dev part.

The model (``bondlens.analysis.distortions``) is fitted on
``src/bondlens/analysis/data/distortions_examples.jsonl`` only. Its one threshold is
then chosen on the **dev** part (80%) of the distortions evaluation set
(``bench/data/distortions_split.json``), which is never trained on: the threshold with
the best F1 for "any distortion", among ties the highest. The **test** part is not read
here; ``bench/eval.py`` reports it.

Run from the repository root::

    .venv/bin/python bench/calibrate_distortions.py            # fit, choose, write the .npz
    .venv/bin/python bench/calibrate_distortions.py --dry-run  # print only
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evalsets  # bench/ is not a package: found through the path above
from calibrate_beliefs import CachedEmbedder, best_threshold

from bondlens.analysis import exemplars
from bondlens.analysis.distortions import (
    DISTORTION,
    EXAMPLES,
    FITTED,
    DistortionHead,
    merged,
    text_score,
)

ROOT = Path(__file__).resolve().parent.parent
#: Compared on dev (with their own dev-chosen thresholds) and kept: see docs/analysis.md.
L2 = 0.003


def fit(l2: float = L2) -> exemplars.ExemplarModel:
    examples = merged(exemplars.load_examples(EXAMPLES))
    vectors = CachedEmbedder().embed([e.text for e in examples])
    return exemplars.fit(examples, vectors, labels=(DISTORTION,), l2=l2)


def post_scores(head: DistortionHead, sentences: evalsets.Sentences) -> NDArray[np.float32]:
    return sentences.per_text(head.sentence_scores(sentences.vectors), text_score)


def prf(found: NDArray[np.bool_], truth: NDArray[np.bool_]) -> tuple[float, float, float]:
    tp = float((found & truth).sum())
    precision = tp / max(float(found.sum()), 1.0)
    recall = tp / max(float(truth.sum()), 1.0)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def auc(scores: NDArray[np.float32], truth: NDArray[np.bool_]) -> float:
    """The chance that a distorted post scores above a plain one (ties count half)."""
    positives, negatives = scores[truth], scores[~truth]
    above = (positives[:, None] > negatives[None, :]).mean()
    tied = (positives[:, None] == negatives[None, :]).mean()
    return float(above + tied / 2)


def halves_estimate(scores: NDArray[np.float32], truth: NDArray[np.bool_]) -> float:
    """F1 with the threshold chosen on one seeded half of dev and scored on the other."""
    order = np.random.default_rng(evalsets.DISTORTIONS_SEED).permutation(len(truth))
    halves = (order[: len(order) // 2], order[len(order) // 2 :])
    results = []
    for tune, test in (halves, halves[::-1]):
        threshold = best_threshold(scores[tune], truth[tune])
        results.append(prf(scores[test] >= threshold, truth[test])[2])
    return float(np.mean(results))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="do not write the .npz")
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args(argv)
    posts, sentences = evalsets.distortions("dev")
    model = fit(args.l2)
    scores = post_scores(DistortionHead(model=model), sentences)
    threshold = best_threshold(scores, posts.truth)
    model = model.with_thresholds([threshold])
    p, r, f = prf(scores >= threshold, posts.truth)
    rate = float(posts.truth.mean())
    print(f"dev part: {len(posts.texts)} posts, {int(posts.truth.sum())} distorted")
    called = float(np.mean(scores >= threshold))
    print(f"threshold {threshold:.3f}: P {p:.3f} R {r:.3f} F1 {f:.3f}, called {called:.1%}")
    print(f"all-positive baseline F1 {2 * rate / (1 + rate):.3f}")
    print(f"ranking AUC {auc(scores, posts.truth):.3f}")
    halves = halves_estimate(scores, posts.truth)
    print(f"threshold chosen on one half of dev, scored on the other: {halves:.3f}")
    if not args.dry_run:
        model.save(FITTED)
        print(f"wrote {FITTED.relative_to(ROOT)} ({FITTED.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
