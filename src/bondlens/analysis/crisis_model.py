"""The embedding backstop for crisis language: it catches what the rules did not.

The fast screen (``crisis.py``) runs first and its findings always stand. This head then
reads every sentence's vector, and every pair of neighbouring sentences (an indirect
statement is often spread over two: "I sorted out who gets the cat. I won't need her
where I'm going."), in two ways:

- **Nearest examples.** Crisis example sentences written in our own words
  (``data/crisis_examples.jsonl``, the same line format as the other example files:
  ``{"id": kind or "none", "text": ..., "label": 1 or 0}``) against calm ones: the
  example file's own calm lines (idioms, denials, stories, sad and angry days, pills for
  a headache) and about two thousand everyday journal sentences taken from the belief
  and marker example files (stored as vectors only). A sentence is flagged when it is
  very close to a crisis example, or fairly close and at least as close to it as to
  anything calm.
- **A logistic head** for "any crisis" against everything calm, from the sentence
  vector and the words and word pairs of the examples together (``belief_head``, one
  label: ``data/crisis_words.npz``), for phrasings no single example is near. Reading
  the words too ranks other writers' crisis lines above their idioms far better than
  the vector alone (docs/analysis.md, sixth round).

Either may flag. The kind is the nearest crisis example's kind, plus any kind whose own
logistic head (``exemplars.fit`` over the vectors, ``data/crisis_head.npz``) is sure.
Sentences the rules set aside (an idiom, a plain denial, a film) need to be very close
to a crisis example to flag. Thresholds lean towards recall: a false alarm shows
resources gently, a miss can cost a life. They were chosen with
``bench/crisis_thresholds.py`` so that few idioms and few everyday sentences raise an
alarm.

The examples' vectors, the everyday vectors and the fitted heads are stored beside the
examples (``data/crisis_examples.npz``, ``data/crisis_head.npz``,
``data/crisis_words.npz``) so that loading costs no embedding. Rebuild them with
``.venv/bin/python bench/crisis_train.py`` after changing the examples; until then the
examples are embedded at load and only the nearest-examples reading runs.

numpy is imported lazily so that importing this module stays cheap.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from bondlens.analysis.crisis import (
    KINDS,
    crisis_from,
    in_context,
    sentences,
    set_aside,
)
from bondlens.analysis.results import Crisis

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = DATA / "crisis_examples.jsonl"
VECTORS = EXAMPLES.with_suffix(".npz")
HEAD = DATA / "crisis_head.npz"
#: The "any crisis" head that reads words as well as vectors.
WORDS_HEAD = DATA / "crisis_words.npz"
NEUTRAL = "none"
#: The logistic head's label for "any crisis kind".
ANY = "crisis"
# Cosine similarities and head scores, chosen with bench/eval_crisis.py on every tuning
# set (recall first; pooled over them idioms flagged at most 8%, journal sentences at most
# 6%: bench/crisis_thresholds.py). A gentle block of crisis lines shown by mistake costs
# little; a miss can cost a life.
#: A sentence this close to a crisis example is flagged whatever else it resembles.
SURE = 0.7
#: From ``CLOSE`` up it is flagged when no calm example is closer than the crisis one
#: plus ``LEAD``.
CLOSE = 0.3
LEAD = 0.0
#: A logistic "any crisis" score (0 to 1) from which a sentence is flagged.
LIKELY = 0.8
#: Below this "any crisis" score a sentence near a crisis example is still calm: the
#: nearest-example reading is fooled by shared words ("a breathing exercise" and "stop
#: breathing"), the head much less.
FLOOR = 0.25
#: The head's score alone does not flag a sentence this much closer to a calm example.
VETO = 0.1
#: A sentence the rules set aside (idiom, denial, story) flags only from here.
SURE_ASIDE = 0.8
#: A pair of neighbouring sentences must clear every threshold by this much more.
PAIR_MARGIN = 0.05
#: Runs of up to this many neighbouring sentences are read together too. Three, and
#: the whole entry read as one, were measured and found nothing pairs do not already find.
WINDOW = 2
#: A run of three sentences or more needs this much more.
WINDOW_MARGIN = 0.05


class _Embeds(Protocol):
    def embed(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]: ...


def fingerprint(texts: Sequence[str], model_id: str) -> str:
    """Identifies a set of example texts embedded by one model."""
    digest = hashlib.sha256(model_id.encode())
    for text in texts:
        digest.update(b"\0" + text.encode())
    return digest.hexdigest()


def source_digest(path: Path, model_id: str) -> str:
    """Identifies an examples file, byte for byte, read by one model (cheaper to check
    than :func:`fingerprint`, which needs the file parsed)."""
    digest = hashlib.sha256(model_id.encode() + b"\0")
    digest.update(path.read_bytes())
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
        self,
        embedder: _Embeds,
        examples: Path = EXAMPLES,
        vectors: Path | None = VECTORS,
        head: Path | None = HEAD,
        words_head: Path | None = WORDS_HEAD,
    ) -> None:
        import numpy as np

        from bondlens.analysis.model import MODEL_ID

        self.vectors: Any = None
        #: Everyday journal sentences (vectors only), calm references for the examples.
        self.everyday: Any = np.zeros((0, 0), dtype=np.float32)
        self.source = source_digest(examples, MODEL_ID)
        stored: dict[str, Any] = {}
        if vectors is not None and vectors.is_file():
            with np.load(vectors) as file:
                stored = {key: file[key] for key in file.files}
        texts: list[str] = []
        if str(stored.get("source", "")) == self.source:
            # The very file the vectors were made from: its kinds and fingerprint are
            # stored beside them, so its 7,000 lines need not be parsed again.
            self.labels: tuple[str, ...] = tuple(str(x) for x in stored["labels"])
            self.fingerprint = str(stored["fingerprint"])
        else:
            pairs = load_examples(examples)
            texts = [text for _, text in pairs]
            self.labels = tuple(kind for kind, _ in pairs)
            self.fingerprint = fingerprint(texts, MODEL_ID)
        if str(stored.get("fingerprint", "")) == self.fingerprint:
            self.vectors = stored["vectors"].astype(np.float32)
            if "everyday" in stored:
                self.everyday = stored["everyday"].astype(np.float32)
        current = self.vectors is not None
        if self.vectors is None:
            self.vectors = embedder.embed(texts)
        # The fitted head belongs to these examples; with other examples it is not used.
        self.model: Any = None
        if current and head is not None and head.is_file():
            from bondlens.analysis.exemplars import ExemplarModel

            self.model = ExemplarModel.load(head)
        self.words: Any = None
        if current and words_head is not None and words_head.is_file():
            from bondlens.analysis.belief_head import WordsAndVectors

            self.words = WordsAndVectors.load(words_head)
        self._np = np
        self._embedder = embedder
        self._prepare()

    @classmethod
    def fitted(
        cls,
        embedder: _Embeds,
        labels: Sequence[str],
        vectors: Any,
        everyday: Any,
        model: Any,
        words: Any,
    ) -> CrisisHead:
        """A head from examples and heads in memory (``bench/crisis_cv.py`` fits one per
        left-out set): each example's kind or "none", its vector, the everyday vectors,
        the per-kind heads and the words head."""
        import numpy as np

        head = cls.__new__(cls)
        head.labels = tuple(labels)
        head.fingerprint = head.source = ""
        head.vectors = np.asarray(vectors, dtype=np.float32)
        head.everyday = np.asarray(everyday, dtype=np.float32)
        head.model, head.words = model, words
        head._np, head._embedder = np, embedder
        head._prepare()
        return head

    def _prepare(self) -> None:
        """What every call of :meth:`_read` needs, computed once: the crisis examples'
        vectors and kinds, and one matrix of everything calm (calm examples, everyday)."""
        np = self._np
        labels = np.array(self.labels)
        crisis = labels != NEUTRAL
        self._crisis_vectors = self.vectors[crisis]
        self._crisis_kinds = labels[crisis]
        self._calm_vectors = np.vstack(
            [self.vectors[~crisis], *([self.everyday] if self.everyday.size else [])]
        ).astype(np.float32)
        model_labels = self.model.labels if self.model is not None else ()
        self._any_column = model_labels.index(ANY) if ANY in model_labels else None
        self._kind_columns = [(k, model_labels.index(k)) for k in KINDS if k in model_labels]

    def save_vectors(self, path: Path = VECTORS, everyday: Any = None) -> None:
        """Store the examples' vectors (and the everyday ones) so loading needs no model."""
        np = self._np
        calm = self.everyday if everyday is None else everyday
        # Not compressed: half-precision vectors shrink by a tenth and cost 30 ms to inflate.
        np.savez(
            path,
            vectors=self.vectors.astype(np.float16),
            everyday=np.asarray(calm, dtype=np.float16),
            fingerprint=np.array(self.fingerprint),
            labels=np.array(self.labels),
            source=np.array(self.source),
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
        return self.score_many([(sentences, vectors, screened)], region)[0]

    def score_many(
        self,
        texts: Sequence[tuple[Sequence[str], NDArray[np.float32], Crisis]],
        region: str | None = None,
    ) -> list[Crisis]:
        """:meth:`score` for several texts (sentences, their vectors, the screen's
        answer) at once: their sentences are compared with the examples in one matrix
        product, which reads the examples once instead of once a text."""
        np = self._np
        spans = [_spans(len(said)) for said, _, _ in texts]
        stacked = [
            _span_vectors(np, np.asarray(vectors, dtype=np.float32), text_spans)
            for (said, vectors, _), text_spans in zip(texts, spans, strict=True)
            if said
        ]
        every_span = [span for text_spans in spans for span in text_spans]
        span_texts = [
            " ".join(said[start:end])
            for (said, _, _), text_spans in zip(texts, spans, strict=True)
            for start, end in text_spans
        ]
        readings = self._read(np.vstack(stacked), every_span, span_texts) if stacked else []
        results = []
        offset = 0
        for (said, _, screened), text_spans in zip(texts, spans, strict=True):
            found = readings[offset : offset + len(text_spans)]
            offset += len(text_spans)
            results.append(self._decide(said, text_spans, found, screened, region))
        return results

    def _decide(
        self,
        sentences: Sequence[str],
        spans: Sequence[tuple[int, int]],
        readings: Sequence[tuple[set[str], float, float] | None],
        screened: Crisis,
        region: str | None,
    ) -> Crisis:
        """One text's crisis from the readings of its spans and the screen's answer."""
        kinds = set(screened.kinds)
        quotes = list(screened.quotes)
        if sentences:
            contexts = in_context(list(sentences))
            aside = [set_aside(s, light, literal) for s, light, literal in contexts]
            for (start, end), found in zip(spans, readings, strict=True):
                if not found:
                    continue
                kind_set, strength, likely = found
                quoted = list(sentences[start:end])
                reasons = {reason for reason in aside[start:end] if reason}
                if not _stands(end - start > 1, reasons, strength, likely) or (
                    end - start > 1 and any(q in quotes for q in quoted)
                ):
                    continue  # a sentence of the run already speaks for itself
                kinds.update(kind_set)
                quotes.extend(quoted)
        if kinds == set(screened.kinds) and len(quotes) == len(screened.quotes):
            return screened  # nothing new: keep the rules' answer and its resources
        ordered = sorted(dict.fromkeys(quotes), key=_position(sentences))
        return crisis_from(kinds, ordered, region, " ".join(sentences))

    def _read(
        self, rows: Any, spans: Sequence[tuple[int, int]], texts: Sequence[str]
    ) -> list[tuple[set[str], float, float] | None]:
        """For each row (the words of its span in ``texts``), None when calm, else the
        kinds found, the nearest crisis example's similarity and the "any crisis" score
        (1 without a head). A row that reads several sentences together (its span) needs
        ``margin`` more."""
        np = self._np
        total = len(rows)
        margin = np.array([_margin(end - start) for start, end in spans])
        if len(self._crisis_kinds):
            similarity = rows @ self._crisis_vectors.T
            best = similarity.max(axis=1)
            nearest = self._crisis_kinds[similarity.argmax(axis=1)]
        else:
            best, nearest = np.zeros(total), None
        calm = np.full(total, -1.0)
        if len(self._calm_vectors):
            calm = np.maximum(calm, (rows @ self._calm_vectors.T).max(axis=1))
        likely: Any = np.zeros((total, 0))
        if self.model is not None:
            likely = self.model.scores(rows).astype(np.float64)
        # Without an "any crisis" score, the nearest examples decide alone.
        scored = self._any_crisis(rows, texts, likely)
        any_near = np.ones(total) if scored is None else scored
        any_sure = np.zeros(total) if scored is None else scored
        # float32 thresholds, as comparing one float32 with a Python float does
        sure_at = (SURE + margin).astype(np.float32)
        close_at = (CLOSE + margin).astype(np.float32)
        near = (any_near >= FLOOR) & (
            (best >= sure_at) | ((best >= close_at) & (best >= calm + LEAD))
        )
        # The head alone is not trusted where a calm example is clearly nearer than
        # any crisis one ("a new rope for the dog's tug toy").
        sure = (any_sure >= LIKELY + margin) & (calm < best + VETO)
        found: list[tuple[set[str], float, float] | None] = [None] * total
        for index in np.flatnonzero(near | sure).tolist():
            kind_set = {
                kind
                for kind, at in self._kind_columns
                if likely[index, at] >= LIKELY + margin[index]
            }
            if nearest is not None:
                kind_set.add(str(nearest[index]))
            found[index] = (kind_set, float(best[index]), float(any_near[index]))
        return found

    def _any_crisis(self, rows: Any, texts: Sequence[str], likely: Any) -> Any:
        """The "any crisis" score of each row: the words head's, else the vector head's
        column, else None (no head at all)."""
        if self.words is not None:
            return self.words.scores(texts, rows)[:, 0].astype(self._np.float64)
        if self._any_column is not None:
            return likely[:, self._any_column]
        return None

    def check(self, text: str, screened: Crisis, region: str | None = None) -> Crisis:
        """Split ``text``, embed its sentences and :meth:`score` them."""
        found = sentences(text)
        return self.score(found, self._embedder.embed(found), screened, region)


def _stands(joined: bool, reasons: set[str], strength: float, likely: float) -> bool:
    """Whether a finding stands, given why the screen set its sentences aside.

    Sentences read together may not hold anything set aside: that is left to the rules.
    One sentence that is a denial or a story is left to the rules too; an idiom needs a
    very close example and a sure head.
    """
    if joined:
        return not reasons
    if reasons & {"denial", "story"}:
        return False
    return not reasons or (strength >= SURE_ASIDE and likely >= LIKELY)


def _spans(count: int) -> list[tuple[int, int]]:
    """What is read, as slices (start, end): each sentence, then each run of two to
    ``WINDOW`` neighbouring sentences."""
    return [
        (start, start + width)
        for width in range(1, WINDOW + 1)
        for start in range(count - width + 1)
    ]


def _span_vectors(np: Any, rows: Any, spans: Sequence[tuple[int, int]]) -> Any:
    """One unit-length row per span: the normalised sum of its sentences' vectors."""
    cumulative = np.vstack([np.zeros((1, rows.shape[1]), dtype=np.float32), rows.cumsum(axis=0)])
    starts = np.array([start for start, _ in spans])
    ends = np.array([end for _, end in spans])
    summed = cumulative[ends] - cumulative[starts]
    summed /= np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)
    return summed.astype(np.float32)


def _margin(width: int) -> float:
    """How much more a span of ``width`` sentences must clear every threshold by."""
    if width == 1:
        return 0.0
    return PAIR_MARGIN if width == 2 else WINDOW_MARGIN


def _position(sentences: Sequence[str]) -> Any:
    order = {sentence: index for index, sentence in reversed(list(enumerate(sentences)))}
    return lambda quote: order.get(quote, -1)
