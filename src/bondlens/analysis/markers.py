"""Relationship markers (shared/domain.md §2) in journal sentences, precision first.

Markers are evidence for the bond lens, so a marker is reported only when its
development-set precision was high; markers the head cannot yet separate well enough
are switched off (threshold above 1) rather than guessed.

The head is ``belief_head.WordsAndVectors``: a softmax over the markers and "none" that
reads each sentence's vector together with the words and word pairs of the examples.
On held-out halves of the development set it found about three times the markers the
vector-only exemplar classifier found, at higher precision (docs/analysis.md,
Relationship markers; ``bench/calibrate_markers.py --compare``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bondlens.analysis.belief_head import WordsAndVectors
from bondlens.analysis.exemplars import strongest
from bondlens.analysis.results import Scored
from bondlens.vocabulary import MARKERS

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = DATA / "markers_examples.jsonl"
FITTED = DATA / "markers.npz"


class MarkerHead:
    """Scores sentences for every marker; loads its parameters once, in milliseconds."""

    def __init__(self, path: Path = FITTED, model: WordsAndVectors | None = None) -> None:
        self.model = model if model is not None else WordsAndVectors.load(path)
        if tuple(self.model.labels) != MARKERS:
            raise ValueError(f"{path.name} holds labels {self.model.labels}, not {MARKERS}")

    @property
    def enabled(self) -> tuple[str, ...]:
        """The markers reported at all (the others had too little precision)."""
        return tuple(m for m, t in zip(MARKERS, self.model.thresholds, strict=True) if t <= 1)

    def score(self, sentences: Sequence[str], vectors: NDArray[np.float32]) -> tuple[Scored, ...]:
        """Markers over their threshold, strongest first, each quoting its best sentence."""
        if not sentences:
            return ()
        scores = self.model.scores(sentences, vectors)
        return strongest(MARKERS, scores, self.model.thresholds, sentences)
