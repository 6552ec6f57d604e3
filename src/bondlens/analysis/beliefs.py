"""Beliefs about support (shared/domain.md §5), found sentence by sentence.

The detector is a softmax over the eight beliefs and "none" from each sentence's vector
and words (``belief_head.py``), fitted on ``data/beliefs_examples.jsonl`` with
per-belief thresholds chosen on three separate calibration sets (ours and two
independent writers'); ``bench/calibrate_beliefs.py`` writes the fitted parameters to
``data/beliefs.npz``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bondlens.analysis.belief_head import WordsAndVectors
from bondlens.analysis.exemplars import ExemplarModel, strongest
from bondlens.analysis.results import Scored
from bondlens.vocabulary import BELIEFS

if TYPE_CHECKING:
    from numpy.typing import NDArray

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

    def __init__(self, path: Path = FITTED, model: WordsAndVectors | None = None) -> None:
        self.model = model if model is not None else WordsAndVectors.load(path)
        if self.model.labels != BELIEFS:
            raise ValueError(f"{path.name} holds labels {self.model.labels}, not {BELIEFS}")

    def sentence_scores(
        self, sentences: Sequence[str], vectors: NDArray[np.float32]
    ) -> NDArray[np.float32]:
        """[sentences, beliefs] probabilities (they and "none" sum to 1 in each sentence);
        disowning sentences score 0."""
        if len(sentences) != len(vectors):
            raise ValueError(f"{len(sentences)} sentences but {len(vectors)} vectors")
        scores = self.model.scores(sentences, vectors)
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


#: Perceived burdensomeness as suicide research uses the words (Garg et al. 2023's
#: interpersonal-risk ``burden`` label): wider than the ``burden`` belief. Feeling a
#: drain, worthless or unwanted, thinking others would be better off, wishing not to
#: exist. Scored by its own exemplar model (``data/beliefs_burden_risk.jsonl``: our
#: sentences, fitted against the belief examples as everyday contrast) together with the
#: crisis kinds found in the same text.
PERCEIVED_BURDEN = "perceived_burden"
RISK_EXAMPLES = DATA / "beliefs_burden_risk.jsonl"
RISK_FITTED = DATA / "beliefs_burden_risk.npz"
#: Crisis kinds that count as the strongest sign of perceived burdensomeness.
RISK_CRISIS_KINDS = frozenset({"suicidal_thoughts", "plan_or_means", "self_harm"})


class PerceivedBurden:
    """A whole text's perceived-burdensomeness score; an evaluation-facing head.

    Not part of ``bondlens analyze``: it exists to measure how our burden signals map to
    the interpersonal-risk label (``bench/eval.py``)."""

    def __init__(self, path: Path = RISK_FITTED, model: ExemplarModel | None = None) -> None:
        self.model = model if model is not None else ExemplarModel.load(path)
        if self.model.labels != (PERCEIVED_BURDEN,):
            raise ValueError(f"{path.name} holds labels {self.model.labels}")

    @property
    def threshold(self) -> float:
        return float(self.model.thresholds[0])

    def sentence_scores(
        self, sentences: Sequence[str], vectors: NDArray[np.float32]
    ) -> NDArray[np.float32]:
        """One score from 0 to 1 per sentence; disowning sentences score 0."""
        if len(sentences) != len(vectors):
            raise ValueError(f"{len(sentences)} sentences but {len(vectors)} vectors")
        scores: NDArray[np.float32] = self.model.scores(vectors)[:, 0]
        scores[[disowned(s) for s in sentences]] = 0.0
        return scores

    @staticmethod
    def combine(best_sentence: float, crisis_kinds: Iterable[str]) -> float:
        """A text's score: 1 when the crisis screen found suicidal thoughts, a plan or
        self-harm in it, else its best sentence's score."""
        return 1.0 if RISK_CRISIS_KINDS.intersection(crisis_kinds) else float(best_sentence)

    def score(
        self, sentences: Sequence[str], vectors: NDArray[np.float32], crisis_kinds: Iterable[str]
    ) -> float:
        best = float(self.sentence_scores(sentences, vectors).max()) if len(sentences) else 0.0
        return self.combine(best, crisis_kinds)
