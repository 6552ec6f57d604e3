"""The embedding backstop for crisis language: it catches what the rules did not.

The fast screen (``crisis.py``) runs first and its findings always stand. This head then
compares every sentence's vector with crisis example sentences written in our own words
(``data/crisis_examples.jsonl``, the same line format as the other example files:
``{"id": kind or "none", "text": ..., "label": 1 or 0}``). A sentence adds a kind when it
is close enough to that kind's examples and not clearly closer to the calm ones (idioms,
negations, films, everyday tiredness). The thresholds lean towards recall: a false alarm
shows resources gently, a miss can cost a life.

The examples' vectors are stored beside them (``data/crisis_examples.npz``, with a
fingerprint of the example texts and the model id) so that loading the head costs no
embedding; when the texts change, the vectors are recomputed until the file is rebuilt
with ``.venv/bin/python bench/eval_crisis.py --model --save-vectors``.

numpy is imported lazily so that importing this module stays cheap.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from bondlens.analysis.crisis import KINDS, crisis_from, has_idiom, negated_kinds, sentences
from bondlens.analysis.results import Crisis

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

EXAMPLES = Path(__file__).resolve().parent / "data" / "crisis_examples.jsonl"
VECTORS = EXAMPLES.with_suffix(".npz")
NEUTRAL = "none"
# Cosine similarities, chosen on bench/data/crisis_dev.jsonl (see bench/eval_crisis.py).
#: A sentence this close to a crisis example is flagged whatever else it resembles.
SURE = 0.7
#: Between ``CLOSE`` and ``SURE`` it is flagged when it is closer to that kind's examples
#: than to every calm example by at least ``LEAD``. A sentence holding an idiom the
#: rules set aside ("this commute is killing me") must reach ``SURE``.
CLOSE = 0.5
LEAD = 0.03


class _Embeds(Protocol):
    def embed(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]: ...


def fingerprint(texts: Sequence[str], model_id: str) -> str:
    """Identifies a set of example texts embedded by one model."""
    digest = hashlib.sha256(model_id.encode())
    for text in texts:
        digest.update(b"\0" + text.encode())
    return digest.hexdigest()


def load_examples(path: Path = EXAMPLES) -> list[tuple[str, str]]:
    """(kind or "none", text) for every example line."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        data = json.loads(line)
        kind = str(data["id"])
        if kind not in (*KINDS, NEUTRAL):
            raise ValueError(f"{path.name} line {number}: unknown kind {kind!r}")
        found.append((kind if int(data["label"]) == 1 else NEUTRAL, str(data["text"])))
    return found


class CrisisHead:
    """Adds crisis kinds found by similarity to example sentences; never removes any."""

    def __init__(
        self, embedder: _Embeds, examples: Path = EXAMPLES, vectors: Path | None = VECTORS
    ) -> None:
        import numpy as np

        from bondlens.analysis.model import MODEL_ID

        pairs = load_examples(examples)
        texts = [text for _, text in pairs]
        self.labels: tuple[str, ...] = tuple(kind for kind, _ in pairs)
        self.fingerprint = fingerprint(texts, MODEL_ID)
        self.vectors: Any = None
        if vectors is not None and vectors.is_file():
            with np.load(vectors) as stored:
                if str(stored["fingerprint"]) == self.fingerprint:
                    self.vectors = stored["vectors"].astype(np.float32)
        if self.vectors is None:
            self.vectors = embedder.embed(texts)
        self._np = np
        self._embedder = embedder

    def save_vectors(self, path: Path = VECTORS) -> None:
        """Store the examples' vectors so the next load needs no embedding."""
        self._np.savez_compressed(
            path, vectors=self.vectors, fingerprint=self._np.array(self.fingerprint)
        )

    def score(
        self,
        sentences: Sequence[str],
        vectors: NDArray[np.float32],
        screened: Crisis,
        region: str | None = None,
    ) -> Crisis:
        """The union of ``screened`` (the rules) and what the examples find in ``sentences``.

        ``vectors`` holds one unit-length row per sentence, from the same embedder. Pass
        the ``region`` given to the screen, for the resources.
        """
        np = self._np
        kinds = set(screened.kinds)
        quotes = list(screened.quotes)
        if len(sentences):
            labels = np.array(self.labels)
            similarity = np.asarray(vectors) @ self.vectors.T  # [sentences, examples]
            calm = similarity[:, labels == NEUTRAL].max(axis=1)
            denied = [negated_kinds(sentence) for sentence in sentences]
            close = np.array([SURE if has_idiom(s) else CLOSE for s in sentences])
            for kind in KINDS:
                if not (labels == kind).any():
                    continue
                best = similarity[:, labels == kind].max(axis=1)
                hits = (best >= SURE) | ((best >= close) & (best >= calm + LEAD))
                for index in np.flatnonzero(hits):
                    if kind in denied[int(index)]:
                        continue
                    kinds.add(kind)
                    quotes.append(sentences[int(index)])
        if kinds == set(screened.kinds) and len(quotes) == len(screened.quotes):
            return screened  # nothing new: keep the rules' answer and its resources
        return crisis_from(kinds, quotes, region)

    def check(self, text: str, screened: Crisis, region: str | None = None) -> Crisis:
        """Split ``text``, embed its sentences and :meth:`score` them."""
        found = sentences(text)
        return self.score(found, self._embedder.embed(found), screened, region)
