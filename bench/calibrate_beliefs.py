"""Fit the belief detector on its examples and pick its thresholds on the dev set.

The model (``bondlens.analysis.exemplars``) is fitted on
``src/bondlens/analysis/data/beliefs_examples.jsonl`` only. Each belief's threshold is
then chosen on ``bench/data/beliefs_dev.jsonl``, a separate set of sentences written
apart from the examples: the one with the best F1 (among equally good ones the higher,
so precision wins over recall), pulled half-way towards the single threshold that suits
all beliefs best. Both are scored the way the product scores an
entry: split into sentences, each sentence scored, the maximum kept.

Run from the repository root::

    .venv/bin/python bench/calibrate_beliefs.py            # fit, print, write the .npz
    .venv/bin/python bench/calibrate_beliefs.py --compare  # also the other methods tried
    .venv/bin/python bench/calibrate_beliefs.py --dry-run  # print only
    .venv/bin/python bench/calibrate_beliefs.py --burden-risk  # the perceived-burden head

``--burden-risk`` fits the perceived-burdensomeness head instead (``PerceivedBurden`` in
``beliefs.py``: ``data/beliefs_burden_risk.jsonl`` against the belief examples) and
chooses its one threshold on interpersonal-risk **train** (thresholds may be tuned there;
nothing is trained on it); ``bench/eval.py`` reports it on **val**.

``--compare`` prints dev macro-F1 for the logistic model at several penalties and for a
nearest-example margin score (best similarity to a positive minus best similarity to
anything else), each with its own dev-chosen thresholds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evalsets  # bench/ is not a package: found through the path above

from bondlens.analysis import exemplars
from bondlens.analysis.beliefs import (
    BELIEFS,
    EXAMPLES,
    FITTED,
    PERCEIVED_BURDEN,
    RISK_EXAMPLES,
    RISK_FITTED,
    BeliefHead,
    PerceivedBurden,
)
from bondlens.analysis.crisis import screen
from bondlens.analysis.model import Embedder
from bondlens.analysis.sentences import split

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "bench" / "data" / "beliefs_dev.jsonl"

Scorer = Callable[[Sequence[str], NDArray[np.float32]], NDArray[np.float32]]


class CachedEmbedder(Embedder):
    """Embeds each distinct text once per run (the comparison scores the dev set often)."""

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[str, NDArray[np.float32]] = {}

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            self._cache.update(zip(missing, super().embed(missing, batch_size), strict=True))
        if not texts:
            return super().embed([])
        return np.stack([self._cache[t] for t in texts])


def load_dev(
    path: Path = DEV, key: str = "beliefs", labels: Sequence[str] = BELIEFS
) -> tuple[list[str], NDArray[np.bool_]]:
    """Dev texts and a [texts, labels] truth matrix (each line lists its labels under key)."""
    texts, truth = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts.append(row["text"])
            truth.append([label in row[key] for label in labels])
    return texts, np.array(truth, dtype=bool)


def text_scores(texts: Sequence[str], embedder: Embedder, scorer: Scorer) -> NDArray[np.float32]:
    """[texts, labels]: each text split into sentences, the best sentence's score kept."""
    sentences: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(texts):
        pieces = split(text) or [text]
        sentences.extend(pieces)
        owner.extend([index] * len(pieces))
    per_sentence = scorer(sentences, embedder.embed(sentences))
    result = np.full((len(texts), per_sentence.shape[1]), -np.inf, dtype=np.float32)
    np.maximum.at(result, np.array(owner), per_sentence)
    return result


def best_threshold(scores: NDArray[np.float32], truth: NDArray[np.bool_]) -> float:
    """The threshold with the best F1; among ties the highest. Half-way to the next score
    below, so that a sentence scored a hair under the last positive is not lost."""
    order = np.argsort(-scores, kind="stable")
    ranked, hits = scores[order], truth[order]
    true_positives = np.cumsum(hits)
    predicted = np.arange(1, len(ranked) + 1)
    f1 = 2 * true_positives / (predicted + hits.sum())
    # only cut where the next score differs, so a threshold splits the set exactly there
    cuttable = np.append(ranked[1:] < ranked[:-1], True)
    f1 = np.where(cuttable, f1, -1.0)
    best = float(f1.max())
    cut = int(np.flatnonzero(f1 >= best - 1e-9)[0])  # the first (highest) of the ties
    below = float(ranked[cut + 1]) if cut + 1 < len(ranked) else float(ranked[cut]) - 0.02
    return (float(ranked[cut]) + below) / 2


def shared_threshold(scores: NDArray[np.float32], truth: NDArray[np.bool_]) -> float:
    """The one threshold, the same for every label, with the best macro-F1."""
    candidates = np.unique(scores[np.isfinite(scores)])
    results = [macro_f1(report(scores, truth, [float(t)] * len(BELIEFS))) for t in candidates]
    return float(candidates[int(np.argmax(results))])


def choose_thresholds(scores: NDArray[np.float32], truth: NDArray[np.bool_]) -> list[float]:
    """Each label's best-F1 threshold, pulled half-way to the shared one: with 25 or so
    positives a label's own best cut is noisy (on held-out halves of dev, the pulled
    thresholds score about 0.02 macro-F1 better than the labels' own)."""
    shared = shared_threshold(scores, truth)
    return [(best_threshold(scores[:, c], truth[:, c]) + shared) / 2 for c in range(len(BELIEFS))]


def report(
    scores: NDArray[np.float32], truth: NDArray[np.bool_], thresholds: Sequence[float]
) -> list[tuple[str, float, float, float]]:
    rows = []
    for column, belief in enumerate(BELIEFS):
        found = scores[:, column] >= thresholds[column]
        tp = float((found & truth[:, column]).sum())
        precision = tp / max(found.sum(), 1)
        recall = tp / max(truth[:, column].sum(), 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        rows.append((belief, precision, recall, f1))
    return rows


def macro_f1(rows: list[tuple[str, float, float, float]]) -> float:
    return float(np.mean([row[3] for row in rows]))


def fit_model(
    embedder: Embedder, l2: float = exemplars.DEFAULT_L2
) -> tuple[exemplars.ExemplarModel, list[exemplars.Example], NDArray[np.float32]]:
    examples = exemplars.load_examples(EXAMPLES)
    vectors = embedder.embed([e.text for e in examples])
    return exemplars.fit(examples, vectors, labels=BELIEFS, l2=l2), examples, vectors


def calibrate(embedder: Embedder, l2: float = exemplars.DEFAULT_L2) -> exemplars.ExemplarModel:
    """The fitted model with dev-chosen thresholds (what gets written to the .npz)."""
    model, _, _ = fit_model(embedder, l2)
    texts, truth = load_dev()
    scores = text_scores(texts, embedder, BeliefHead(model=model).sentence_scores)
    return model.with_thresholds(choose_thresholds(scores, truth))


def margin_scorer(examples: Sequence[exemplars.Example], vectors: NDArray[np.float32]) -> Scorer:
    """Best cosine to a positive of the label minus best cosine to any other example."""
    ids = np.array([e.id for e in examples])
    positive = np.array([e.label == 1 for e in examples])

    def score(_: Sequence[str], sentences: NDArray[np.float32]) -> NDArray[np.float32]:
        sims = sentences @ vectors.T
        columns = []
        for belief in BELIEFS:
            mine = (ids == belief) & positive
            columns.append(sims[:, mine].max(axis=1) - sims[:, ~mine].max(axis=1))
        return np.stack(columns, axis=1).astype(np.float32)

    return score


def _tuned_macro(
    embedder: Embedder, texts: list[str], truth: NDArray[np.bool_], s: Scorer
) -> float:
    scores = text_scores(texts, embedder, s)
    return macro_f1(report(scores, truth, choose_thresholds(scores, truth)))


def halves_estimate(scores: NDArray[np.float32], truth: NDArray[np.bool_]) -> float:
    """Macro-F1 with thresholds chosen on one seeded half of the dev set and scored on the
    other (both ways round, averaged): how much choosing thresholds on dev flatters it."""
    order = np.random.default_rng(20261122).permutation(len(truth))
    halves = (order[: len(order) // 2], order[len(order) // 2 :])
    results = []
    for tune, test in (halves, halves[::-1]):
        thresholds = [best_threshold(scores[tune, c], truth[tune, c]) for c in range(len(BELIEFS))]
        results.append(macro_f1(report(scores[test], truth[test], thresholds)))
    return float(np.mean(results))


def _plain(model: exemplars.ExemplarModel) -> Scorer:
    return lambda _, vectors: model.scores(vectors)


def compare(embedder: Embedder) -> None:
    texts, truth = load_dev()
    _, examples, vectors = fit_model(embedder)
    print("dev macro-F1, each with its own dev-chosen thresholds; without / with the")
    print("disowning patterns of beliefs.py")
    for l2 in (0.0003, 0.001, 0.003, 0.01, 0.03, 0.1):
        for hard in (1.0, 2.0, 4.0):
            fitted = exemplars.fit(examples, vectors, BELIEFS, l2=l2, hard_weight=hard)
            plain = _tuned_macro(embedder, texts, truth, _plain(fitted))
            score = _tuned_macro(embedder, texts, truth, BeliefHead(model=fitted).sentence_scores)
            print(f"  logistic, l2={l2:<6} own negatives x{hard:<3}  {plain:.3f}  {score:.3f}")
    print(
        f"  margin (max sim positive - max sim other)   "
        f"{_tuned_macro(embedder, texts, truth, margin_scorer(examples, vectors)):.3f}"
    )


#: Compared on interpersonal-risk train (0.0003, 0.003): the two were within 0.002 F1.
RISK_L2 = 0.003


def fit_risk(embedder: Embedder, l2: float = RISK_L2) -> exemplars.ExemplarModel:
    """The perceived-burden model: its own examples positive, the belief examples (and
    its own everyday sentences) as the contrast."""
    examples = exemplars.load_examples(RISK_EXAMPLES) + exemplars.load_examples(EXAMPLES)
    vectors = embedder.embed([e.text for e in examples])
    return exemplars.fit(examples, vectors, labels=(PERCEIVED_BURDEN,), l2=l2)


def risk_scores(head: PerceivedBurden, name: str) -> tuple[evalsets.Posts, NDArray[np.float32]]:
    """Interpersonal-risk ``name`` ("train" or "val") and each post's combined score."""
    posts = evalsets.risk(name)
    sentences = evalsets.sentences_of(f"ir-{name}", posts.texts)
    best = sentences.per_text_max(head.sentence_scores(sentences.sentences, sentences.vectors))
    kinds = [screen(text).kinds for text in posts.texts]
    scores = [head.combine(b, k) for b, k in zip(best.tolist(), kinds, strict=True)]
    return posts, np.array(scores, dtype=np.float32)


def calibrate_risk(embedder: Embedder, dry_run: bool) -> None:
    model = fit_risk(embedder)
    posts, scores = risk_scores(PerceivedBurden(model=model), "train")
    threshold = best_threshold(scores, posts.truth)
    found = scores >= threshold
    tp = float((found & posts.truth).sum())
    p, r = tp / max(float(found.sum()), 1.0), tp / max(float(posts.truth.sum()), 1.0)
    print(f"interpersonal-risk train: {len(posts.texts)} posts, {int(posts.truth.sum())} burden")
    print(f"threshold {threshold:.3f}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")
    if not dry_run:
        model.with_thresholds([threshold]).save(RISK_FITTED)
        print(f"wrote {RISK_FITTED.relative_to(ROOT)} ({RISK_FITTED.stat().st_size} bytes)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", action="store_true", help="also score the other methods")
    parser.add_argument("--dry-run", action="store_true", help="do not write the .npz")
    parser.add_argument("--burden-risk", action="store_true", help="fit the perceived-burden head")
    args = parser.parse_args(argv)
    embedder = CachedEmbedder()
    if args.burden_risk:
        calibrate_risk(embedder, args.dry_run)
        return 0
    if args.compare:
        compare(embedder)
    started = time.perf_counter()
    model = calibrate(embedder)
    seconds = time.perf_counter() - started
    texts, truth = load_dev()
    scores = text_scores(texts, embedder, BeliefHead(model=model).sentence_scores)
    rows = report(scores, truth, list(model.thresholds))
    print(f"\ndev set: {len(texts)} texts, {int(truth.any(axis=1).sum())} with a belief")
    print(f"{'belief':<16}{'threshold':>10}{'P':>7}{'R':>7}{'F1':>7}")
    for (belief, p, r, f), t in zip(rows, model.thresholds, strict=True):
        print(f"{belief:<16}{t:>10.3f}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    print(f"{'macro-F1':<16}{'':>10}{'':>7}{'':>7}{macro_f1(rows):>7.3f}")
    halves = halves_estimate(scores, truth)
    print(f"thresholds chosen on one half of dev, scored on the other: {halves:.3f}")
    print(f"(fit + calibrate: {seconds:.1f} s)")
    if not args.dry_run:
        model.save(FITTED)
        print(f"wrote {FITTED.relative_to(ROOT)} ({FITTED.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
