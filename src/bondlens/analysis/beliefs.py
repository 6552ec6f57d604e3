"""Beliefs about support (shared/domain.md §5), found sentence by sentence.

The detector is an exemplar model (``exemplars.py``) fitted on
``data/beliefs_examples.jsonl`` with per-belief thresholds chosen on a separate dev set;
``bench/calibrate_beliefs.py`` writes the fitted parameters to ``data/beliefs.npz``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bondlens.analysis.exemplars import ExemplarModel, strongest
from bondlens.analysis.results import Scored

if TYPE_CHECKING:
    from numpy.typing import NDArray

#: The belief ids, in the order of shared/domain.md §5. Stable: stored results use them.
BELIEFS = (
    "self_reliance",
    "burden",
    "abandonment",
    "not_understood",
    "guard_up",
    "distrust",
    "weakness",
    "unworthy",
)
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = DATA / "beliefs_examples.jsonl"
FITTED = DATA / "beliefs.npz"


#: Sentence embeddings barely change when a belief is denied or put in the past ("I used
#: to think everyone leaves" sits next to "everyone leaves"), so these few unambiguous
#: wordings are caught by pattern: such a sentence is not evidence of any belief.
_DISOWNED = re.compile(
    r"\b(used to|no longer) (think|believe|feel|be sure|be convinced|tell myself)\b"
    r"|\b(is|are|am|was|i'm|it's|that's)(\s+not|n't|\s+never)\s+(a\s+|a sign of\s+)?"
    r"(burden|bother|nuisance|weak|weakness)\b",
    re.IGNORECASE,
)


def disowned(sentence: str) -> bool:
    """Whether a sentence puts a belief in the past or denies it in so many words."""
    return _DISOWNED.search(sentence.replace("’", "'")) is not None


class BeliefHead:
    """Scores sentences for the eight beliefs; loads its parameters once, in milliseconds."""

    def __init__(self, path: Path = FITTED, model: ExemplarModel | None = None) -> None:
        self.model = model if model is not None else ExemplarModel.load(path)
        if self.model.labels != BELIEFS:
            raise ValueError(f"{path.name} holds labels {self.model.labels}, not {BELIEFS}")

    def sentence_scores(
        self, sentences: Sequence[str], vectors: NDArray[np.float32]
    ) -> NDArray[np.float32]:
        """[sentences, beliefs] scores from 0 to 1; disowning sentences score 0."""
        if len(sentences) != len(vectors):
            raise ValueError(f"{len(sentences)} sentences but {len(vectors)} vectors")
        scores = self.model.scores(vectors)
        scores[[disowned(s) for s in sentences]] = 0.0
        return scores

    @property
    def thresholds(self) -> dict[str, float]:
        return {b: float(t) for b, t in zip(BELIEFS, self.model.thresholds, strict=True)}

    def score(self, sentences: Sequence[str], vectors: NDArray[np.float32]) -> tuple[Scored, ...]:
        """The beliefs over their threshold, strongest first, each quoting its best sentence.

        ``vectors[i]`` is the embedding of ``sentences[i]``; a belief's score is the best
        of its sentences' scores.
        """
        scores = self.sentence_scores(sentences, vectors)
        return strongest(BELIEFS, scores, self.model.thresholds, sentences)
