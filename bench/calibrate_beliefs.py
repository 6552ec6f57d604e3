"""Fit the belief detector on its examples and pick its thresholds on three calibration sets.

The head (``bondlens.analysis.belief_head``: a softmax over the eight beliefs and "none"
from each sentence's vector and words) is fitted on
``src/bondlens/analysis/data/beliefs_examples.jsonl`` only. Each belief's threshold is
then chosen on three sets of sentences kept apart from the examples, weighted so that
each set counts the same: ``bench/data/beliefs_dev.jsonl`` (ours),
``bench/data/beliefs_dev2.jsonl`` (a quarter of an independent writer's
``beliefs_voices.jsonl``) and 75% of a second writer's ``beliefs_voices2.jsonl`` (both
split by ``bench/split_beliefs_voices.py``). The threshold is the one with the best
F-beta, beta 1.25 (a mild preference for recall; among equally good ones the higher),
pulled half-way towards the single threshold that suits all beliefs best. All sets are
scored the way the product scores an entry: split into sentences, each sentence
scored, the maximum kept. The run also prints the two held-out parts
(``beliefs_voices_holdout.jsonl`` and the other 25% of ``beliefs_voices2.jsonl``),
which no choice is made on.

Run from the repository root::

    .venv/bin/python bench/calibrate_beliefs.py            # fit, print, write the .npz
    .venv/bin/python bench/calibrate_beliefs.py --compare  # also the other heads tried
    .venv/bin/python bench/calibrate_beliefs.py --dry-run  # print only
    .venv/bin/python bench/calibrate_beliefs.py --burden-risk  # the perceived-burden head

``--burden-risk`` fits the perceived-burdensomeness head instead (``PerceivedBurden`` in
``beliefs.py``: ``data/beliefs_burden_risk.jsonl`` against the belief examples) and
chooses its one threshold on interpersonal-risk **train** (thresholds may be tuned there;
nothing is trained on it); ``bench/eval.py`` reports it on **val**.

``--compare`` prints held-out-halves macro-F1 per calibration set (thresholds chosen on
one half of every set, scored on the other half, three seeds) for the heads tried: the
earlier one-regression-per-belief head, the softmax on vectors alone, and the softmax
on vectors and words at several word scales and penalties.
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
import split_beliefs_voices as voices

from bondlens.analysis import belief_head, exemplars
from bondlens.analysis.beliefs import (
    BELIEFS,
    EXAMPLES,
    FITTED,
    PERCEIVED_BURDEN,
    RISK_EXAMPLES,
    RISK_FITTED,
    BeliefHead,
    PerceivedBurden,
    disowned,
)
from bondlens.analysis.crisis import screen
from bondlens.analysis.model import Embedder
from bondlens.analysis.sentences import split

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "bench" / "data" / "beliefs_dev.jsonl"
#: A quarter of the independent writer's ``beliefs_voices.jsonl`` (``split_beliefs_voices.py``).
DEV2 = ROOT / "bench" / "data" / "beliefs_dev2.jsonl"
#: Another quarter, never tuned on: ``bench/eval.py`` scores it.
HOLDOUT = ROOT / "bench" / "data" / "beliefs_voices_holdout.jsonl"
#: The thresholds maximise F-beta with this beta: a mild preference for recall, because
#: text by other writers loses recall far more than precision (see docs/analysis.md).
BETA = 1.25

Rows = list[dict[str, object]]
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


def as_truth(rows: Rows) -> tuple[list[str], NDArray[np.bool_]]:
    """Texts and their [texts, beliefs] truth matrix from ``{"text", "beliefs"}`` rows."""
    beliefs = [set(map(str, row["beliefs"])) for row in rows]  # type: ignore[call-overload]
    truth = [[b in found for b in BELIEFS] for found in beliefs]
    return [str(row["text"]) for row in rows], np.array(truth, dtype=bool)


Named = tuple[str, list[str], NDArray[np.bool_]]


def calibration_sets() -> list[Named]:
    """The three sets the thresholds are chosen on: (name, texts, truth)."""
    voices2, _ = voices.load_voices2()
    return [
        ("dev", *load_dev(DEV)),
        ("dev2", *load_dev(DEV2)),
        ("voices2 (75%)", *as_truth(voices2)),
    ]


def held_out_sets() -> list[Named]:
    """The two parts of other writers' sets that nothing is chosen on."""
    _, voices2 = voices.load_voices2()
    return [("voices holdout", *load_dev(HOLDOUT)), ("voices2 (25%)", *as_truth(voices2))]


def pooled(sets: Sequence[Named]) -> tuple[list[str], NDArray[np.bool_], NDArray[np.float64]]:
    """Sets together, with weights that make each set count the same in total; mean 1."""
    texts: list[str] = []
    truths, weights = [], []
    for _, part, truth in sets:
        texts += part
        truths.append(truth)
        weights.append(np.full(len(part), 1.0 / len(part)))
    weight = np.concatenate(weights)
    return texts, np.concatenate(truths), weight * len(weight) / weight.sum()


def load_calibration() -> tuple[list[str], NDArray[np.bool_], NDArray[np.float64]]:
    """dev and dev2 together, each counting the same (``bench/eval.py``'s halves figure)."""
    return pooled(calibration_sets()[:2])


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


def best_threshold(
    scores: NDArray[np.float32],
    truth: NDArray[np.bool_],
    weights: NDArray[np.float64] | None = None,
    beta: float = BETA,
) -> float:
    """The threshold with the best (weighted) F-beta; among ties the highest. Half-way to
    the next score below, so that a sentence scored a hair under the last positive is not
    lost."""
    weight = np.ones(len(scores)) if weights is None else weights
    order = np.argsort(-scores, kind="stable")
    ranked, hits, weight = scores[order], truth[order], weight[order]
    true_positives = np.cumsum(weight * hits)
    predicted = np.cumsum(weight)
    b2 = beta * beta
    f = (1 + b2) * true_positives / (predicted + b2 * (weight * hits).sum())
    # only cut where the next score differs, so a threshold splits the set exactly there
    cuttable = np.append(ranked[1:] < ranked[:-1], True)
    f = np.where(cuttable, f, -1.0)
    best = float(f.max())
    cut = int(np.flatnonzero(f >= best - 1e-9)[0])  # the first (highest) of the ties
    below = float(ranked[cut + 1]) if cut + 1 < len(ranked) else float(ranked[cut]) - 0.02
    return (float(ranked[cut]) + below) / 2


def shared_threshold(
    scores: NDArray[np.float32],
    truth: NDArray[np.bool_],
    weights: NDArray[np.float64] | None = None,
    beta: float = BETA,
) -> float:
    """The one threshold, the same for every label, with the best macro F-beta."""
    candidates = np.unique(scores[np.isfinite(scores)])
    results = [
        macro_f1(report(scores, truth, [float(t)] * len(BELIEFS), weights, beta))
        for t in candidates
    ]
    return float(candidates[int(np.argmax(results))])


def choose_thresholds(
    scores: NDArray[np.float32],
    truth: NDArray[np.bool_],
    weights: NDArray[np.float64] | None = None,
    beta: float = BETA,
) -> list[float]:
    """Each label's best-F-beta threshold, pulled half-way to the shared one: with 25 or
    so positives a label's own best cut is noisy (on held-out halves of dev, the pulled
    thresholds scored about 0.02 macro-F1 better than the labels' own)."""
    shared = shared_threshold(scores, truth, weights, beta)
    return [
        (best_threshold(scores[:, c], truth[:, c], weights, beta) + shared) / 2
        for c in range(len(BELIEFS))
    ]


def report(
    scores: NDArray[np.float32],
    truth: NDArray[np.bool_],
    thresholds: Sequence[float],
    weights: NDArray[np.float64] | None = None,
    beta: float = 1.0,
) -> list[tuple[str, float, float, float]]:
    """(belief, precision, recall, F-beta) per belief; plain F1 and counts by default."""
    weight = np.ones(len(scores)) if weights is None else weights
    b2 = beta * beta
    rows = []
    for column, belief in enumerate(BELIEFS):
        found = scores[:, column] >= thresholds[column]
        tp = float(weight[found & truth[:, column]].sum())
        precision = tp / max(float(weight[found].sum()), 1e-9) if found.any() else 0.0
        recall = tp / max(float(weight[truth[:, column]].sum()), 1e-9)
        f = (1 + b2) * precision * recall / max(b2 * precision + recall, 1e-9)
        rows.append((belief, precision, recall, f))
    return rows


def macro_f1(rows: list[tuple[str, float, float, float]]) -> float:
    return float(np.mean([row[3] for row in rows]))


def examples_and_vectors(
    embedder: Embedder,
) -> tuple[list[exemplars.Example], NDArray[np.float32]]:
    examples = exemplars.load_examples(EXAMPLES)
    return examples, embedder.embed([e.text for e in examples])


def calibrate(embedder: Embedder) -> belief_head.WordsAndVectors:
    """The fitted head with thresholds chosen on the three calibration sets (the .npz)."""
    model = belief_head.fit(*examples_and_vectors(embedder), labels=BELIEFS)
    texts, truth, weights = pooled(calibration_sets())
    scores = text_scores(texts, embedder, BeliefHead(model=model).sentence_scores)
    return model.with_thresholds(choose_thresholds(scores, truth, weights))


def halves_estimate(
    scores: NDArray[np.float32],
    truth: NDArray[np.bool_],
    weights: NDArray[np.float64] | None = None,
) -> float:
    """Macro-F1 with thresholds chosen (as ``choose_thresholds`` does) on one seeded half
    of the calibration texts and scored on the other (both ways round, averaged): how
    much choosing thresholds on them flatters them."""
    order = np.random.default_rng(20261122).permutation(len(truth))
    halves = (order[: len(order) // 2], order[len(order) // 2 :])
    weight = np.ones(len(truth)) if weights is None else weights
    results = []
    for tune, test in (halves, halves[::-1]):
        thresholds = choose_thresholds(scores[tune], truth[tune], weight[tune])
        results.append(macro_f1(report(scores[test], truth[test], thresholds, weight[test])))
    return float(np.mean(results))


def halves_per_set(
    sets: Sequence[Named], embedder: Embedder, scorer: Scorer, seeds: int = 3
) -> list[float]:
    """Per set, macro-F1 with thresholds chosen on one seeded half of every set (sets
    counting the same) and scored on its other half; both ways round, ``seeds`` seeds."""
    scores = [text_scores(texts, embedder, scorer) for _, texts, _ in sets]
    results: list[list[float]] = [[] for _ in sets]
    for seed in range(seeds):
        rng = np.random.default_rng(20261122 + seed)
        orders = [rng.permutation(len(texts)) for _, texts, _ in sets]
        for first in (0, 1):
            halves = [np.array_split(order, 2) for order in orders]
            tune = [
                (name, [texts[i] for i in h[first]], truth[h[first]])
                for (name, texts, truth), h in zip(sets, halves, strict=True)
            ]
            _, tune_truth, tune_weights = pooled(tune)
            tune_scores = np.concatenate([s[h[first]] for s, h in zip(scores, halves, strict=True)])
            thresholds = choose_thresholds(tune_scores, tune_truth, tune_weights)
            for k, ((_, _, truth), s, h) in enumerate(zip(sets, scores, halves, strict=True)):
                test = h[1 - first]
                results[k].append(macro_f1(report(s[test], truth[test], thresholds)))
    return [float(np.mean(r)) for r in results]


def compare(embedder: Embedder) -> None:
    sets = calibration_sets()
    examples, vectors = examples_and_vectors(embedder)
    print("held-out halves macro-F1 per calibration set (3 seeds); 'others' is the mean")
    print("of the two other writers' sets")
    print(f"{'head':<44}" + "".join(f"{name:>15}" for name, _, _ in sets) + f"{'others':>9}")

    def line(name: str, scorer: Scorer) -> None:
        figures = halves_per_set(sets, embedder, scorer)
        others = (figures[1] + figures[2]) / 2
        print(f"{name:<44}" + "".join(f"{f:>15.3f}" for f in figures) + f"{others:>9.3f}")

    per_belief = exemplars.fit(examples, vectors, BELIEFS)
    line("one logistic regression per belief (before)", _disowning(per_belief.scores))
    for scale, l2 in ((0.0, 0.0003), (0.1, 0.0003), (0.3, 0.0001), (0.3, 0.0003), (0.3, 0.001)):
        head = belief_head.fit(examples, vectors, BELIEFS, l2=l2, word_scale=scale)
        line(f"softmax, words x{scale}, l2={l2}", BeliefHead(model=head).sentence_scores)


def _disowning(scores: Callable[[NDArray[np.float32]], NDArray[np.float32]]) -> Scorer:
    def score(sentences: Sequence[str], vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        result = scores(vectors)
        result[[disowned(s) for s in sentences]] = 0.0
        return result

    return score


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


def print_rows(rows: list[tuple[str, float, float, float]], thresholds: Sequence[float]) -> None:
    print(f"{'belief':<16}{'threshold':>10}{'P':>7}{'R':>7}{'F1':>7}")
    for (belief, p, r, f), t in zip(rows, thresholds, strict=True):
        print(f"{belief:<16}{t:>10.3f}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    print(f"{'macro-F1':<16}{'':>10}{'':>7}{'':>7}{macro_f1(rows):>7.3f}")


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
    scorer = BeliefHead(model=model).sentence_scores
    for kind, sets in (("calibration", calibration_sets()), ("held out", held_out_sets())):
        for name, texts, truth in sets:
            rows = report(text_scores(texts, embedder, scorer), truth, list(model.thresholds))
            print(
                f"\n{name} ({kind}): {len(texts)} texts, {int(truth.any(axis=1).sum())} "
                "with a belief"
            )
            print_rows(rows, model.thresholds.tolist())
    texts, truth, weights = pooled(calibration_sets())
    scores = text_scores(texts, embedder, scorer)
    rows = report(scores, truth, list(model.thresholds), weights)
    print(f"\ncalibration sets, each weighted equally: macro-F1 {macro_f1(rows):.3f}")
    halves = halves_estimate(scores, truth, weights)
    print(f"thresholds chosen on one half of them, scored on the other: {halves:.3f}")
    print(f"(fit + calibrate: {seconds:.1f} s)")
    if not args.dry_run:
        model.save(FITTED)
        print(f"wrote {FITTED.relative_to(ROOT)} ({FITTED.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
