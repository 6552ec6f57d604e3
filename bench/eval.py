"""The analysis engine's evaluation: a Markdown report on the public evaluation sets.

    .venv/bin/python bench/eval.py > bench/out/eval.md

Each section is a function in ``SECTIONS`` that returns Markdown; add one per module as
it lands. Distortions and interpersonal-risk posts are read through ``evalsets.py``.
Nothing here tunes anything: thresholds are set by each module's own training or
calibration, on train/dev data, and this report reads test sets as they are.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evalsets  # bench/ is not a package: found through the path above
import goemotions

COMMAND = ".venv/bin/python bench/eval.py"


def emotions_section() -> str:
    """GoEmotions test: macro-F1 of the shipped head, and F1 per label."""
    from bondlens.analysis.emotions import EmotionHead

    head = EmotionHead()
    texts, y = goemotions.read_split("test")
    x = goemotions.vectors("test", texts)
    predicted = head.probabilities(x) >= head.thresholds
    truth = y > 0
    tp = (truth & predicted).sum(axis=0)
    support = truth.sum(axis=0)
    denominator = support + predicted.sum(axis=0)
    f1 = np.divide(2.0 * tp, denominator, out=np.zeros(len(tp)), where=denominator > 0)
    lines = [
        "## Emotions (GoEmotions test)",
        "",
        f"Head `src/bondlens/analysis/data/emotions.npz` over {len(texts):,} test comments, "
        "thresholds as saved (tuned on dev by `bench/train_emotions.py`).",
        "",
        f"**Macro-F1 {f1.mean():.3f}** over {len(head.labels)} labels "
        "(published reference: BERT-base 0.46).",
        "",
        f"A comment gets {predicted.sum(axis=1).mean():.2f} emotions on average "
        f"({truth.sum(axis=1).mean():.2f} in the labels); "
        f"{(predicted.sum(axis=1) == 0).mean():.1%} get none.",
        "",
        "| label | support | threshold | F1 | called for | labelled |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    columns = (head.labels, support, head.thresholds, f1, predicted.mean(axis=0), y.mean(axis=0))
    for name, n, threshold, score, called, labelled in zip(*columns, strict=True):
        lines.append(
            f"| {name} | {n} | {threshold:.2f} | {score:.3f} | {called:.1%} | {labelled:.1%} |"
        )
    return "\n".join(lines)


def _prf(found: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    tp = float((found & truth).sum())
    precision = tp / max(float(found.sum()), 1.0)
    recall = tp / max(float(truth.sum()), 1.0)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def _row(name: str, found: np.ndarray, truth: np.ndarray) -> str:
    p, r, f = _prf(found, truth)
    return f"| {name} | {p:.3f} | {r:.3f} | **{f:.3f}** | {found.mean():.1%} |"


def distortions_section() -> str:
    """Any distortion vs "No Distortion" on the 20% test part: the detector and baselines."""
    from calibrate_distortions import auc, post_scores

    from bondlens.analysis.distortions import DistortionHead

    split = evalsets.distortions_split()
    posts, sentences = evalsets.distortions("test")
    head = DistortionHead()
    scores = post_scores(head, sentences)
    truth = posts.truth
    return "\n".join(
        [
            "## Distortions (Shreevastava & Foltz 2021, test part)",
            "",
            f"Split: `bench/data/distortions_split.json`, seed {split.seed}, "
            f"{len(split.dev)} dev / {len(split.test)} test. Evaluation only: the detector "
            "is fitted on our own examples; its threshold "
            f"({head.threshold:.3f}) was chosen on dev by `bench/calibrate_distortions.py`.",
            "",
            f"Any distortion vs No Distortion, {int(truth.sum())} of {len(truth)} distorted:",
            "",
            "| detector | precision | recall | F1 | called distorted |",
            "|---|---:|---:|---:|---:|",
            _row(
                "`distortions.py` (mean of a post's two best sentences)",
                scores >= head.threshold,
                truth,
            ),
            _row("all-positive baseline", np.ones(len(truth), dtype=bool), truth),
            "",
            f"Ranking AUC (does not reward always saying yes): {auc(scores, truth):.3f}. "
            "Published reference: SBERT + SVM F1 0.79 (trained on the data, their own split).",
        ]
    )


def _belief_table(rows: list[tuple[str, float, float, float]], thresholds: object) -> list[str]:
    from calibrate_beliefs import macro_f1

    lines = ["| belief | threshold | precision | recall | F1 |", "|---|---:|---:|---:|---:|"]
    for (belief, p, r, f), t in zip(rows, thresholds, strict=True):  # type: ignore[call-overload]
        lines.append(f"| {belief} | {t:.3f} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return [*lines, f"| **macro-F1** | | | | **{macro_f1(rows):.3f}** |"]


def beliefs_section() -> str:
    """The belief sets: per-belief precision and recall at the shipped thresholds."""
    from calibrate_beliefs import (
        DEV,
        DEV2,
        HOLDOUT,
        CachedEmbedder,
        halves_estimate,
        load_calibration,
        load_dev,
        text_scores,
    )
    from calibrate_beliefs import report as belief_report

    from bondlens.analysis.beliefs import BeliefHead

    head = BeliefHead()
    embedder = CachedEmbedder()
    thresholds = list(head.model.thresholds)
    notes = {
        DEV: "ours, written apart from the examples; thresholds were chosen on it",
        DEV2: "a quarter of the independent writer's `beliefs_voices.jsonl`; thresholds "
        "were chosen on it (with dev, each set weighted equally)",
        HOLDOUT: "another quarter of `beliefs_voices.jsonl`, never tuned on: the fairest "
        "figure here for text by another writer (but that writer's other half is in "
        "the examples)",
    }
    lines = ["## Beliefs", ""]
    for path, note in notes.items():
        texts, truth = load_dev(path)
        scores = text_scores(texts, embedder, head.sentence_scores)
        lines += [
            f"`bench/data/{path.name}`: {len(texts)} texts, "
            f"{int(truth.any(axis=1).sum())} with a belief; {note}.",
            "",
            *_belief_table(belief_report(scores, truth, thresholds), head.model.thresholds),
            "",
        ]
    texts, truth, weights = load_calibration()
    scores = text_scores(texts, embedder, head.sentence_scores)
    lines.append(
        "Thresholds chosen on one half of dev + dev2 and scored on the other (the "
        f"held-out estimate, sets weighted equally): macro-F1 "
        f"{halves_estimate(scores, truth, weights):.3f}."
    )
    return "\n".join(lines)


def burden_section() -> str:
    """Interpersonal-risk ``burden`` (perceived burdensomeness) on val."""
    from calibrate_beliefs import risk_scores

    from bondlens.analysis.beliefs import BELIEFS, RISK_CRISIS_KINDS, BeliefHead, PerceivedBurden
    from bondlens.analysis.crisis import screen

    head = PerceivedBurden()
    posts, combined = risk_scores(head, "val")
    sentences = evalsets.sentences_of("ir-val", posts.texts)
    beliefs = BeliefHead()
    column = BELIEFS.index("burden")
    belief = sentences.per_text_max(
        beliefs.sentence_scores(sentences.sentences, sentences.vectors)[:, column]
    )
    crisis = np.array([bool(RISK_CRISIS_KINDS.intersection(screen(t).kinds)) for t in posts.texts])
    truth = posts.truth
    return "\n".join(
        [
            "## Perceived burdensomeness (interpersonal-risk val)",
            "",
            f"Garg et al. 2023, `val_data.csv`: {len(truth)} posts, {int(truth.sum())} labelled "
            "`burden`. Evaluation only; the combined head's threshold "
            f"({head.threshold:.3f}) was chosen on train by "
            "`bench/calibrate_beliefs.py --burden-risk`.",
            "",
            "| detector | precision | recall | F1 | called |",
            "|---|---:|---:|---:|---:|",
            _row(
                "`PerceivedBurden`: burden-family sentences, or crisis kinds",
                combined >= head.threshold,
                truth,
            ),
            _row("crisis screen alone (suicidal thoughts, plan, self-harm)", crisis, truth),
            _row(
                f"`burden` belief alone (its own threshold {beliefs.thresholds['burden']:.3f})",
                belief >= beliefs.thresholds["burden"],
                truth,
            ),
            _row("all-positive baseline", np.ones(len(truth), dtype=bool), truth),
        ]
    )


def crisis_section() -> str:
    """Crisis sets, from ``bench/eval_crisis.py``'s ``report`` when it has one."""
    import eval_crisis

    if not hasattr(eval_crisis, "report"):
        return "## Crisis language\n\n`bench/eval_crisis.py` has no `report` yet."
    lines = [
        "## Crisis language (our own sets)",
        "",
        "From `bench/eval_crisis.py` (see its notes on which sets were tuned on).",
        "",
        "| set | detector | texts | recall | false alarms |",
        "|---|---|---:|---:|---:|",
    ]
    for name in getattr(eval_crisis, "SET_NAMES", ("dev",)):
        for use_model in (False, True):
            found = eval_crisis.report(name, use_model)
            detector = "screen + embeddings" if use_model else "fast screen"
            if not isinstance(found, dict):
                lines.append(f"| {name} | {detector} | | {found!r} | |")
                continue
            alarms = f"{found.get('false_alarms', '?')} of {found.get('calm', '?')}"
            recall = found.get("recall")
            shown = f"{recall:.1%}" if isinstance(recall, float) else str(recall)
            lines.append(
                f"| {name} | {detector} | {found.get('texts', '?')} | {shown} | {alarms} |"
            )
    return "\n".join(lines)


SECTIONS: list[Callable[[], str]] = [
    emotions_section,
    distortions_section,
    beliefs_section,
    burden_section,
    crisis_section,
]


def main() -> None:
    print("# Analysis engine evaluation\n")
    print(f"Made with `{COMMAND}`.\n")
    for section in SECTIONS:
        print(section() + "\n", flush=True)


if __name__ == "__main__":
    main()
