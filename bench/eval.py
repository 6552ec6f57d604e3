"""The analysis engine's evaluation: a Markdown report on the public evaluation sets.

    .venv/bin/python bench/eval.py > bench/out/eval.md

Each section is a function in ``SECTIONS`` that returns Markdown; add one per module as
it lands (beliefs dev set, crisis dev set, distortion and interpersonal-risk detectors).
Nothing here tunes anything: thresholds are set by each module's own training or
calibration, on train/dev data, and this report reads test sets as they are.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goemotions  # bench/ is not a package: found through the path above

COMMAND = ".venv/bin/python bench/eval.py"
EVAL = goemotions.ROOT.parent / "shared" / "eval"

DISTORTIONS = EVAL / "distortions" / "Annotated_data.csv"
DISTORTIONS_SPLIT = goemotions.ROOT / "bench" / "data" / "distortions_split.json"
DISTORTIONS_SEED = 20261122  # fixed once; the split file is the record, keep it
NO_DISTORTION = "No Distortion"


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


def distortion_rows() -> list[dict[str, str]]:
    with DISTORTIONS.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@dataclass(frozen=True)
class Split:
    seed: int
    dev: tuple[int, ...]
    test: tuple[int, ...]


def distortions_split() -> Split:
    """The fixed 80/20 split of the distortions set, by Id_Number: "dev" and "test".

    Made once with ``DISTORTIONS_SEED`` and saved to bench/data/distortions_split.json;
    after that the file is read, never remade. Evaluation only: detectors may set
    thresholds on "dev" and report "test"; nothing trains on either part.
    """
    if not DISTORTIONS_SPLIT.exists():
        ids = sorted(int(row["Id_Number"]) for row in distortion_rows())
        shuffled = np.random.default_rng(DISTORTIONS_SEED).permutation(ids).tolist()
        cut = round(len(shuffled) * 0.8)
        parts = {"dev": sorted(shuffled[:cut]), "test": sorted(shuffled[cut:])}
        lines = [f'  "{name}": {json.dumps(members)}' for name, members in parts.items()]
        text = "{\n" + f'  "seed": {DISTORTIONS_SEED},\n' + ",\n".join(lines) + "\n}\n"
        DISTORTIONS_SPLIT.parent.mkdir(parents=True, exist_ok=True)
        DISTORTIONS_SPLIT.write_text(text, encoding="utf-8")
    saved = json.loads(DISTORTIONS_SPLIT.read_text(encoding="utf-8"))
    return Split(int(saved["seed"]), tuple(saved["dev"]), tuple(saved["test"]))


def distortions_section() -> str:
    """Any distortion vs "No Distortion" on the 20% test part: baselines until a detector."""
    split = distortions_split()
    test = set(split.test)
    rows = [row for row in distortion_rows() if int(row["Id_Number"]) in test]
    positives = sum(row["Dominant Distortion"].strip() != NO_DISTORTION for row in rows)
    rate = positives / len(rows)
    all_positive_f1 = 2 * rate / (1 + rate)  # precision = rate, recall = 1
    return "\n".join(
        [
            "## Distortions (Shreevastava & Foltz 2021, test part)",
            "",
            f"Split: `bench/data/distortions_split.json`, seed {split.seed}, "
            f"{len(split.dev)} dev / {len(split.test)} test. Evaluation only.",
            "",
            "| task | detector | F1 |",
            "|---|---|---:|",
            f"| any distortion vs No Distortion ({positives} of {len(rows)} distorted) "
            f"| all-positive baseline | {all_positive_f1:.3f} |",
            "",
            "Published reference: SBERT + SVM F1 0.79 (on their own split).",
        ]
    )


SECTIONS: list[Callable[[], str]] = [emotions_section, distortions_section]


def main() -> None:
    print("# Analysis engine evaluation\n")
    print(f"Made with `{COMMAND}`.\n")
    for section in SECTIONS:
        print(section() + "\n", flush=True)


if __name__ == "__main__":
    main()
