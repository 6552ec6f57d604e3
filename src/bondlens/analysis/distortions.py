"""Cognitive distortions in a text: whether any sentence reads as distorted thinking.

A distortion is a habit of thought that bends what happened: all-or-nothing thinking,
overgeneralising, a mental filter, "should" statements, labelling, personalising, mind
reading, fortune-telling, catastrophising, emotional reasoning, magnifying. The detector
is the exemplar model of ``exemplars.py`` with a single label, ``distortion``, fitted on
``data/distortions_examples.jsonl`` (our own sentences: every kind above, their balanced
counterparts, and plain facts and questions). The example file keeps each sentence's
kind for reading; the fit merges the kinds, as one label separates distorted from
plain sentences better than eleven.

A text's score is the mean of its two highest sentence scores (the one score when it
has one sentence): a single stray sentence counts for less than two. The threshold is
chosen by ``bench/calibrate_distortions.py`` on the dev part of the distortions
evaluation set, which is never trained on.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bondlens.analysis.exemplars import NEUTRAL, Example, ExemplarModel
from bondlens.analysis.results import Scored

if TYPE_CHECKING:
    from numpy.typing import NDArray

DISTORTION = "distortion"
#: The kinds written in the example file, in the order of the usual CBT lists.
KINDS = (
    "all_or_nothing",
    "overgeneralisation",
    "mental_filter",
    "should_statements",
    "labelling",
    "personalisation",
    "mind_reading",
    "fortune_telling",
    "catastrophising",
    "emotional_reasoning",
    "magnification",
)
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = DATA / "distortions_examples.jsonl"
FITTED = DATA / "distortions.npz"
#: How many of a text's best sentences are averaged into its score.
TOP = 2


def merged(examples: Sequence[Example]) -> list[Example]:
    """The examples with every kind folded into the one ``distortion`` label.

    A kind's own negatives (balanced counterparts) stay hard negatives of the label."""
    return [e if e.id == NEUTRAL else Example(DISTORTION, e.text, e.label, e.id) for e in examples]


def text_score(sentence_scores: NDArray[np.float32]) -> float:
    """A text's score from its sentences' scores: the mean of the best ``TOP``."""
    if not len(sentence_scores):
        return 0.0
    best = np.sort(np.asarray(sentence_scores, dtype=np.float64))[::-1][:TOP]
    return float(best.mean())


class DistortionHead:
    """Scores sentences and texts for distorted thinking; loads in milliseconds."""

    def __init__(self, path: Path = FITTED, model: ExemplarModel | None = None) -> None:
        self.model = model if model is not None else ExemplarModel.load(path)
        if self.model.labels != (DISTORTION,):
            raise ValueError(f"{path.name} holds labels {self.model.labels}, not {DISTORTION!r}")

    @property
    def threshold(self) -> float:
        return float(self.model.thresholds[0])

    def sentence_scores(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        """One score from 0 to 1 per sentence vector."""
        scores: NDArray[np.float32] = self.model.scores(vectors)[:, 0]
        return scores

    def score(self, sentences: Sequence[str], vectors: NDArray[np.float32]) -> Scored | None:
        """The text's distortion score, quoting its most distorted sentence, when it is at
        or over the threshold; otherwise None."""
        if len(sentences) != len(vectors):
            raise ValueError(f"{len(sentences)} sentences but {len(vectors)} vectors")
        if not len(sentences):
            return None
        scores = self.sentence_scores(vectors)
        value = text_score(scores)
        if value < self.threshold:
            return None
        return Scored(DISTORTION, value, sentences[int(scores.argmax())])
