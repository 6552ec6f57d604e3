"""Emotions in a text: 27 GoEmotions emotions plus "neutral", read from its vector.

A small linear head (one logistic regression per emotion) over the sentence vectors of
``model.py``, trained on the GoEmotions training set by ``bench/train_emotions.py``.
Each emotion has its own threshold, chosen on the GoEmotions dev set; an emotion is
reported only when its probability is over that threshold. Measured by ``bench/eval.py``
(see docs/analysis.md). Pure: takes vectors, returns numbers.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from bondlens.analysis.results import Scored

HEAD = Path(__file__).resolve().parent / "data" / "emotions.npz"


class EmotionHead:
    """The trained head: ``labels``, ``weights`` [28, 384], ``bias`` and ``thresholds``."""

    def __init__(self, path: Path = HEAD) -> None:
        with np.load(path, allow_pickle=False) as data:
            self.labels: tuple[str, ...] = tuple(str(name) for name in data["labels"])
            self.weights: NDArray[np.float32] = data["weights"].astype(np.float32)
            self.bias: NDArray[np.float32] = data["bias"].astype(np.float32)
            self.thresholds: NDArray[np.float32] = data["thresholds"].astype(np.float32)

    def probabilities(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        """One row per vector, one column per label (in ``labels`` order), each 0 to 1."""
        logits = np.atleast_2d(vectors).astype(np.float32) @ self.weights.T + self.bias
        # The sigmoid written with tanh, which cannot overflow for large logits.
        result: NDArray[np.float32] = (0.5 + 0.5 * np.tanh(0.5 * logits)).astype(np.float32)
        return result

    def score(self, vector: NDArray[np.float32]) -> tuple[Scored, ...]:
        """The emotions over their thresholds for one text's vector, strongest first."""
        (probabilities,) = self.probabilities(vector.reshape(1, -1))
        found = [
            Scored(label, float(p))
            for label, p, threshold in zip(self.labels, probabilities, self.thresholds, strict=True)
            if p >= threshold
        ]
        return tuple(sorted(found, key=lambda s: (-s.score, s.id)))
