"""The ``burden`` belief against interpersonal-risk's perceived-burdensomeness labels.

Evaluation only (shared/eval/README.md: this data may not be trained or tuned on). Each
Reddit post is scored the way the product scores an entry: split into sentences, each
sentence embedded and scored, the post counted as ``burden`` when the shipped
``BeliefHead`` reports it (its threshold comes from our own dev set, never from here).

Run from the repository root::

    .venv/bin/python bench/eval_beliefs.py                   # val_data.csv
    .venv/bin/python bench/eval_beliefs.py --split train     # train_data.csv
    .venv/bin/python bench/eval_beliefs.py --split val --split train --misses 10

Besides precision, recall and F1 at the shipped threshold it prints, for diagnosis only,
the F1 the same scores would reach at the best threshold for this file (an upper bound,
not a result), and with ``--misses N`` the N highest-scored false positives and the N
lowest-scored false negatives.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bondlens.analysis.beliefs import BELIEFS, BeliefHead
from bondlens.analysis.model import Embedder
from bondlens.analysis.sentences import split

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "interpersonal-risk"


def load(name: str) -> tuple[list[str], np.ndarray]:
    with (DATA / f"{name}_data.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return [r["text"] for r in rows], np.array([r["burden"].strip() == "1" for r in rows])


def burden_scores(texts: Sequence[str], embedder: Embedder, head: BeliefHead) -> np.ndarray:
    """Each post's best sentence score for ``burden`` (0 for a post without sentences)."""
    sentences: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(texts):
        pieces = split(text)
        sentences.extend(pieces)
        owner.extend([index] * len(pieces))
    column = BELIEFS.index("burden")
    per_sentence = head.sentence_scores(sentences, embedder.embed(sentences))[:, column]
    result = np.zeros(len(texts), dtype=np.float32)
    np.maximum.at(result, np.array(owner, dtype=np.int64), per_sentence)
    return result


def prf(found: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    tp = float((found & truth).sum())
    precision = tp / max(float(found.sum()), 1.0)
    recall = tp / max(float(truth.sum()), 1.0)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def evaluate(name: str, embedder: Embedder, head: BeliefHead, misses: int) -> None:
    texts, truth = load(name)
    started = time.perf_counter()
    scores = burden_scores(texts, embedder, head)
    seconds = time.perf_counter() - started
    threshold = head.thresholds["burden"]
    p, r, f = prf(scores >= threshold, truth)
    best = max(prf(scores >= t, truth)[2] for t in np.unique(scores))
    print(
        f"{name}: {len(texts)} posts, {int(truth.sum())} burden; threshold {threshold:.3f}: "
        f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (diagnosis only: best-threshold F1 {best:.3f}); "
        f"{seconds:.0f} s"
    )
    if misses:
        found = scores >= threshold
        for label, picks in (
            ("false positive", np.flatnonzero(found & ~truth)[np.argsort(-scores[found & ~truth])]),
            ("false negative", np.flatnonzero(~found & truth)[np.argsort(scores[~found & truth])]),
        ):
            for i in picks[:misses]:
                print(f"  {label} {scores[i]:.2f}: {texts[i][:200]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", choices=("val", "train"))
    parser.add_argument("--misses", type=int, default=0, help="show N errors of each kind")
    args = parser.parse_args(argv)
    embedder, head = Embedder(), BeliefHead()
    for name in args.split or ["val"]:
        evaluate(name, embedder, head, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
