"""A small classifier over sentence vectors, fitted from labelled example sentences.

Used for the beliefs about support and, with other example files, for the relationship
markers: label ids are plain strings, nothing here knows what they mean. Pure numpy.

An example file holds one JSON object per line::

    {"id": "burden", "text": "She has a newborn, the last thing she needs is my mess.", "label": 1}
    {"id": "burden", "text": "I used to think I was a burden; now I ask.", "label": 0}
    {"id": "none", "text": "Made soup and watched the rain.", "label": 0}

``label`` 1 is a positive for ``id``; 0 is a negative (a negation, a recovered or past
belief, advice to someone else, a near miss). Lines with id ``none`` are neutral.

For every label the model is a logistic regression on the vectors (one against the
rest): its positives against its own negatives (weighted double: they are the hard
cases), the neutral lines and every other label's lines. It is fitted by Newton's
method with an L2 penalty, which needs no randomness, so the same examples and vectors
always give the same parameters. The fitted weights, biases and per-label thresholds
are saved together in one small ``.npz`` file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bondlens.analysis.results import Scored

if TYPE_CHECKING:
    from numpy.typing import NDArray

NEUTRAL = "none"
#: How strongly large weights are held back, per example (with examples weighted so
#: that each label's positives and negatives count the same in total).
DEFAULT_L2 = 0.0003
DEFAULT_THRESHOLD = 0.5
#: How much more a label's own negatives (negations, past beliefs, near misses) weigh
#: than the other labels' examples and the neutral lines.
DEFAULT_HARD_WEIGHT = 2.0
_NEWTON_STEPS = 50


class ExampleError(ValueError):
    """An example file line that cannot be used."""


@dataclass(frozen=True)
class Example:
    id: str  # a label id, or "none" for a neutral sentence
    text: str
    label: int  # 1: says what ``id`` means; 0: does not (negation, past, near miss)
    note: str = ""


def load_examples(path: Path) -> list[Example]:
    """Every example in a ``.jsonl`` file, in order; blank lines are skipped."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            example = Example(
                id=str(data["id"]),
                text=str(data["text"]),
                label=int(data["label"]),
                note=str(data.get("note", "")),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise ExampleError(f"{path.name} line {number}: {error}") from error
        if example.label not in (0, 1) or (example.id == NEUTRAL and example.label == 1):
            raise ExampleError(f"{path.name} line {number}: label must be 0 or 1")
        examples.append(example)
    return examples


def label_ids(examples: Iterable[Example]) -> tuple[str, ...]:
    """The label ids that have positives, in order of first appearance."""
    return tuple(dict.fromkeys(e.id for e in examples if e.label == 1 and e.id != NEUTRAL))


@dataclass(frozen=True, eq=False)
class ExemplarModel:
    """Per-label logistic regressions over unit sentence vectors."""

    labels: tuple[str, ...]
    weights: NDArray[np.float32]  # [labels, dimensions]
    biases: NDArray[np.float32]  # [labels]
    thresholds: NDArray[np.float32]  # [labels], a score at or above it counts as found

    def scores(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        """A score from 0 to 1 for every row of ``vectors`` and every label: [rows, labels]."""
        logits = vectors.astype(np.float32, copy=False) @ self.weights.T + self.biases
        result: NDArray[np.float32] = _sigmoid(logits).astype(np.float32)
        return result

    def with_thresholds(self, thresholds: Sequence[float]) -> ExemplarModel:
        if len(thresholds) != len(self.labels):
            raise ValueError(f"expected {len(self.labels)} thresholds, got {len(thresholds)}")
        return ExemplarModel(
            self.labels, self.weights, self.biases, np.asarray(thresholds, dtype=np.float32)
        )

    def save(self, path: Path) -> None:
        with path.open("wb") as file:
            np.savez_compressed(
                file,
                labels=np.array(self.labels, dtype=np.str_),
                weights=self.weights,
                biases=self.biases,
                thresholds=self.thresholds,
            )

    @classmethod
    def load(cls, path: Path) -> ExemplarModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                labels=tuple(str(label) for label in data["labels"]),
                weights=data["weights"].astype(np.float32),
                biases=data["biases"].astype(np.float32),
                thresholds=data["thresholds"].astype(np.float32),
            )


def fit(
    examples: Sequence[Example],
    vectors: NDArray[np.float32],
    labels: Sequence[str] | None = None,
    l2: float = DEFAULT_L2,
    hard_weight: float = DEFAULT_HARD_WEIGHT,
) -> ExemplarModel:
    """Fit one regression per label; ``vectors[i]`` is the vector of ``examples[i]``."""
    if len(examples) != len(vectors):
        raise ValueError(f"{len(examples)} examples but {len(vectors)} vectors")
    chosen = tuple(labels) if labels is not None else label_ids(examples)
    ids = np.array([e.id for e in examples])
    positive = np.array([e.label == 1 for e in examples])
    x = vectors.astype(np.float64)
    weights = np.zeros((len(chosen), x.shape[1]), dtype=np.float64)
    biases = np.zeros(len(chosen), dtype=np.float64)
    for row, label in enumerate(chosen):
        y = ((ids == label) & positive).astype(np.float64)
        if not y.any() or y.all():
            raise ValueError(f"label {label!r} needs both positive and negative examples")
        hard = np.where((ids == label) & ~positive, hard_weight, 1.0)
        weights[row], biases[row] = _logistic(x, y, hard, l2)
    return ExemplarModel(
        labels=chosen,
        weights=weights.astype(np.float32),
        biases=biases.astype(np.float32),
        thresholds=np.full(len(chosen), DEFAULT_THRESHOLD, dtype=np.float32),
    )


def _logistic(
    x: NDArray[np.float64], y: NDArray[np.float64], emphasis: NDArray[np.float64], l2: float
) -> tuple[NDArray[np.float64], float]:
    """Class-balanced, L2-penalised logistic regression by Newton's method.

    ``emphasis`` multiplies each example's weight within its class (the two classes
    still count the same in total)."""
    count, dimensions = x.shape
    positives, negatives = emphasis * y, emphasis * (1 - y)
    share = (0.5 * positives / positives.sum() + 0.5 * negatives / negatives.sum()) * count
    design = np.hstack([x, np.ones((count, 1))])
    penalty = np.full(dimensions + 1, l2 * count)
    penalty[-1] = 0.0  # the bias is not held back
    theta = np.zeros(dimensions + 1)
    for _ in range(_NEWTON_STEPS):
        p = _sigmoid(design @ theta)
        gradient = design.T @ (share * (p - y)) + penalty * theta
        curvature = (design * (share * p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(curvature, gradient)
        theta -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return theta[:-1], float(theta[-1])


def _sigmoid(z: NDArray[np.floating]) -> NDArray[np.float64]:
    result: NDArray[np.float64] = 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))
    return result


def strongest(
    labels: Sequence[str],
    scores: NDArray[np.float32],
    thresholds: NDArray[np.float32],
    sentences: Sequence[str],
) -> tuple[Scored, ...]:
    """Per label, its best sentence; labels over their threshold, strongest first.

    ``scores`` is [sentences, labels]; the best sentence is quoted as the evidence.
    """
    if not len(sentences):
        return ()
    best = scores.argmax(axis=0)
    found = [
        Scored(label, float(scores[best[i], i]), sentences[int(best[i])])
        for i, label in enumerate(labels)
        if scores[best[i], i] >= thresholds[i]
    ]
    return tuple(sorted(found, key=lambda s: -s.score))
