"""The analysis engine: one model load, every head, many texts at a time.

A text is split into sentences; every sentence of every text is embedded in one pass.
Beliefs and crisis language are read sentence by sentence (so a match can be quoted);
emotions from the text as a whole (the mean of its sentence vectors).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import numpy as np

from bondlens.analysis.beliefs import BeliefHead
from bondlens.analysis.crisis import screen
from bondlens.analysis.crisis_model import CrisisHead
from bondlens.analysis.emotions import EmotionHead
from bondlens.analysis.markers import MarkerHead
from bondlens.analysis.model import MODEL_ID, Embedder
from bondlens.analysis.results import Analysis
from bondlens.analysis.sentences import split

if TYPE_CHECKING:
    from numpy.typing import NDArray

_Embedded = tuple[list[list[str]], "NDArray[np.float32]"]


class Engine:
    """Loads the model and the heads once (about half a second); then analyses quickly."""

    def __init__(self, region: str = "") -> None:
        self.region = region or None
        self.embedder = Embedder()
        self.beliefs = BeliefHead()
        self.emotions = EmotionHead()
        self.markers = MarkerHead()
        self.crisis = CrisisHead(self.embedder)

    def analyze(self, text: str) -> Analysis:
        return self.analyze_many([text])[0]

    def analyze_many(self, texts: Sequence[str], batch_size: int = 64) -> list[Analysis]:
        """One Analysis per text, in order."""
        chunks = [texts[start : start + batch_size] for start in range(0, len(texts), batch_size)]
        if len(chunks) <= 1:
            return [a for chunk in chunks for a in self._score(chunk, self._embed(chunk))]
        self.embedder.optimise()  # many runs ahead: worth the slower-loading session
        # The heads are Python and the model is not: while the heads read one chunk,
        # the next one is already being embedded (onnxruntime lets go of the GIL).
        results: list[Analysis] = []
        with ThreadPoolExecutor(1, thread_name_prefix="bondlens-ahead") as ahead:
            upcoming = ahead.submit(self._embed, chunks[0])
            for index, chunk in enumerate(chunks):
                embedded = upcoming.result()
                if index + 1 < len(chunks):
                    upcoming = ahead.submit(self._embed, chunks[index + 1])
                results.extend(self._score(chunk, embedded))
        return results

    def _embed(self, texts: Sequence[str]) -> _Embedded:
        sentences = [split(text) for text in texts]
        return sentences, self.embedder.embed([s for group in sentences for s in group])

    def _score(self, texts: Sequence[str], embedded: _Embedded) -> list[Analysis]:
        sentences, vectors = embedded
        groups = []
        offset = 0
        for text, group in zip(texts, sentences, strict=True):
            groups.append((group, vectors[offset : offset + len(group)], screen(text, self.region)))
            offset += len(group)
        # The crisis examples are compared with every text's sentences in one product.
        crises = self.crisis.score_many(groups, self.region)
        results = []
        for (group, rows, _), crisis in zip(groups, crises, strict=True):
            if not group:
                results.append(Analysis(crisis=crisis, model=MODEL_ID))
                continue
            mean = rows.mean(axis=0)
            mean = (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
            results.append(
                Analysis(
                    beliefs=self.beliefs.score(group, rows),
                    markers=self.markers.score(group, rows),
                    emotions=self.emotions.score(mean),
                    crisis=crisis,
                    model=MODEL_ID,
                    vector=mean.astype(np.float16).tobytes(),
                )
            )
        return results
