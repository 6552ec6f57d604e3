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
    .venv/bin/python bench/calibrate_distortions.py --compare  # heads and rules, dev only
    .venv/bin/python bench/calibrate_distortions.py --affect   # + negative emotions, dev only
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evalsets  # bench/ is not a package: found through the path above
from calibrate_beliefs import CachedEmbedder, best_threshold

from bondlens.analysis import belief_head, exemplars
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
Halves = list[tuple[NDArray[np.int64], NDArray[np.int64]]]
#: The threshold is the best plain F1 point (calibrate_beliefs' default leans to recall).
BETA = 1.0
#: Held-out halves for --compare: this many seeded shuffles of dev, each cut in two.
COMPARE_SEEDS = 20
#: The GoEmotions emotions summed into "negative affect" by --affect (fixed in advance).
NEGATIVE = ("sadness", "fear", "nervousness", "remorse", "disappointment", "grief", "embarrassment")
#: Sentences the --affect comparison scores: worried or sad, but not distorted.
FEELINGS = ("I feel sad when I think about my grandmother.", "I'm scared of having panic attacks.")


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
        threshold = best_threshold(scores[tune], truth[tune], beta=BETA)
        results.append(prf(scores[test] >= threshold, truth[test])[2])
    return float(np.mean(results))


def top(k: int) -> Callable[[NDArray[np.float32]], float]:
    """A text's score as the mean of its ``k`` best sentence scores."""

    def reduce(scores: NDArray[np.float32]) -> float:
        best = np.sort(np.asarray(scores, dtype=np.float64))[::-1][:k]
        return float(best.mean()) if len(best) else 0.0

    return reduce


def seeded_halves(count: int) -> Halves:
    """(tune, score) index pairs: ``COMPARE_SEEDS`` shuffles of dev, each half both ways."""
    pairs = []
    for seed in range(COMPARE_SEEDS):
        order = np.random.default_rng(evalsets.DISTORTIONS_SEED + seed).permutation(count)
        first, second = order[: count // 2], order[count // 2 :]
        pairs += [(first, second), (second, first)]
    return pairs


def held_out(scores: NDArray[np.float32], truth: NDArray[np.bool_], pairs: Halves) -> float:
    """Mean F1 on the scored halves, the threshold chosen on the tuning halves."""
    return float(
        np.mean(
            [
                prf(scores[b] >= best_threshold(scores[a], truth[a], beta=BETA), truth[b])[2]
                for a, b in pairs
            ]
        )
    )


def compare() -> int:
    """The shipped head against the vector + words logistic (``belief_head.fit`` with
    the one label), on dev only: ranking AUC, held-out halves F1 (thresholds chosen on
    one half, scored on the other, ``COMPARE_SEEDS`` shuffles), and the whole choice
    among the word heads made on the tuning halves (config and threshold together)."""
    posts, sentences = evalsets.distortions("dev")
    truth = posts.truth
    examples = merged(exemplars.load_examples(EXAMPLES))
    vectors = CachedEmbedder().embed([e.text for e in examples])
    pairs = seeded_halves(len(truth))
    shipped = exemplars.fit(examples, vectors, labels=(DISTORTION,), l2=L2)
    heads = {"shipped: vector, L2 0.003": shipped.scores(sentences.vectors)[:, 0]}
    for scale, l2, count in [
        (0.0, 0.003, 3),
        *[(0.1, l2, 3) for l2 in (0.001, 0.003, 0.01)],
        *[(0.3, l2, 3) for l2 in (0.0003, 0.001, 0.003, 0.01)],
        *[(0.3, 0.003, count) for count in (2, 5)],
        *[(0.6, l2, 3) for l2 in (0.003, 0.01)],
    ]:
        head = belief_head.fit(
            examples, vectors, (DISTORTION,), l2=l2, word_scale=scale, min_count=count
        )
        name = f"words x{scale}, min {count}, L2 {l2}" if scale else f"vector only, L2 {l2}"
        heads[name] = head.scores(sentences.sentences, sentences.vectors)[:, 0]
    rules = {"top1": top(1), "top2": top(2), "top3": top(3)}
    print(f"dev: {len(truth)} posts; held-out halves: {len(pairs)} (seeded shuffles)")
    print("| head | rule | dev AUC | held-out F1 | vs shipped |")
    print("|---|---|---:|---:|---:|")
    base = held_out(sentences.per_text(heads["shipped: vector, L2 0.003"], top(2)), truth, pairs)
    post = {}
    for name, sentence_scores in heads.items():
        for rule, reduce in rules.items():
            scores = post[name, rule] = sentences.per_text(sentence_scores, reduce)
            f = held_out(scores, truth, pairs)
            print(f"| {name} | {rule} | {auc(scores, truth):.3f} | {f:.4f} | {f - base:+.4f} |")
    # the choice itself, held out: pick head, rule and threshold on one half only
    chosen, shipped_f = [], []
    candidates = [key for key in post if not key[0].startswith("shipped")]
    for a, b in pairs:
        best = max(candidates, key=lambda key: _tuned_f1(post[key], truth, a)[0])
        chosen.append(prf(post[best][b] >= _tuned_f1(post[best], truth, a)[1], truth[b])[2])
        ship = post["shipped: vector, L2 0.003", "top2"]
        shipped_f.append(prf(ship[b] >= _tuned_f1(ship, truth, a)[1], truth[b])[2])
    gain = np.array(chosen) - np.array(shipped_f)
    print(f"choosing among the new heads on one half: {np.mean(chosen):.4f} against the")
    print(
        f"shipped {np.mean(shipped_f):.4f} ({gain.mean():+.4f}, ahead in {np.mean(gain > 0):.0%})"
    )
    rng = np.random.default_rng(evalsets.DISTORTIONS_SEED)
    ship = post["shipped: vector, L2 0.003", "top2"]
    for key in [("words x0.3, min 3, L2 0.003", "top2"), ("words x0.3, min 3, L2 0.01", "top2")]:
        draws = [rng.integers(0, len(truth), len(truth)) for _ in range(300)]
        deltas = [auc(post[key][i], truth[i]) - auc(ship[i], truth[i]) for i in draws]
        low, high = np.percentile(deltas, [2.5, 97.5])
        spread = f"95% bootstrap {low:+.4f} to {high:+.4f}"
        print(f"{key[0]}, {key[1]}: AUC {np.mean(deltas):+.4f} against shipped ({spread})")
    return 0


def affect() -> int:
    """The shipped head with the emotion head's negative affect added to each sentence's
    logit (``logit(d) + w * logit(sum of NEGATIVE)``), on dev only: ranking AUC, held-out
    halves F1, the weight chosen on one half, and a bootstrap of the AUC gain; then what
    it does to two worried or sad sentences that are not distorted."""
    from bondlens.analysis.emotions import EmotionHead

    posts, sentences = evalsets.distortions("dev")
    truth = posts.truth
    pairs = seeded_halves(len(truth))
    embedder = CachedEmbedder()
    model, emotions = fit(), EmotionHead()
    columns = [emotions.labels.index(name) for name in NEGATIVE]

    def scores(vectors: NDArray[np.float32], weight: float) -> NDArray[np.float32]:
        distortion = _logit(model.scores(vectors)[:, 0])
        negative = _logit(emotions.probabilities(vectors)[:, columns].sum(axis=1))
        return (0.5 + 0.5 * np.tanh(0.5 * (distortion + weight * negative))).astype(np.float32)

    weights = (0.25, 0.5, 1.0)
    post = {
        w: sentences.per_text(scores(sentences.vectors, w), text_score) for w in (0.0, *weights)
    }
    print(f"dev: {len(truth)} posts; held-out halves: {len(pairs)} (seeded shuffles)")
    print("| negative affect weight | dev AUC | held-out F1 | " + " | ".join(FEELINGS) + " |")
    print("|---:|---:|---:|" + "---:|" * len(FEELINGS))
    feelings = embedder.embed(list(FEELINGS))
    for w, values in post.items():
        quoted = " | ".join(f"{s:.2f}" for s in scores(feelings, w))
        print(
            f"| {w} | {auc(values, truth):.3f} | {held_out(values, truth, pairs):.4f} | {quoted} |"
        )
    chosen, shipped = [], []
    for a, b in pairs:
        best = max(weights, key=lambda w: _tuned_f1(post[w], truth, a)[0])
        chosen.append(prf(post[best][b] >= _tuned_f1(post[best], truth, a)[1], truth[b])[2])
        shipped.append(prf(post[0.0][b] >= _tuned_f1(post[0.0], truth, a)[1], truth[b])[2])
    gain = np.array(chosen) - np.array(shipped)
    print(f"weight chosen on one half: {np.mean(chosen):.4f} against {np.mean(shipped):.4f}")
    print(f"({gain.mean():+.4f}, ahead in {np.mean(gain > 0):.0%})")
    rng = np.random.default_rng(evalsets.DISTORTIONS_SEED)
    draws = [rng.integers(0, len(truth), len(truth)) for _ in range(500)]
    deltas = [auc(post[0.25][i], truth[i]) - auc(post[0.0][i], truth[i]) for i in draws]
    low, high = np.percentile(deltas, [2.5, 97.5])
    print(f"weight 0.25: AUC {np.mean(deltas):+.4f} (95% bootstrap {low:+.4f} to {high:+.4f})")
    return 0


def _logit(p: NDArray[np.float32]) -> NDArray[np.float64]:
    clipped = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    result: NDArray[np.float64] = np.log(clipped / (1 - clipped))
    return result


def _tuned_f1(
    scores: NDArray[np.float32], truth: NDArray[np.bool_], rows: NDArray[np.int64]
) -> tuple[float, float]:
    threshold = best_threshold(scores[rows], truth[rows], beta=BETA)
    return prf(scores[rows] >= threshold, truth[rows])[2], threshold


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="do not write the .npz")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument(
        "--compare", action="store_true", help="compare heads on dev, write nothing"
    )
    parser.add_argument(
        "--affect", action="store_true", help="compare adding negative emotions, write nothing"
    )
    args = parser.parse_args(argv)
    if args.compare:
        return compare()
    if args.affect:
        return affect()
    posts, sentences = evalsets.distortions("dev")
    model = fit(args.l2)
    scores = post_scores(DistortionHead(model=model), sentences)
    threshold = best_threshold(scores, posts.truth, beta=BETA)
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
