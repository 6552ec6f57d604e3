"""Fit the crisis backstop from its examples and store what it loads.

    .venv/bin/python bench/crisis_train.py

Run it after changing ``src/bondlens/analysis/data/crisis_examples.jsonl``. It writes:

- ``data/crisis_examples.npz``: the examples' vectors (with a fingerprint of their texts
  and the model id) and the vectors of everyday journal sentences, the calm references:
  every example line of ``beliefs_examples.jsonl`` and ``markers_examples.jsonl`` except
  the markers about harm and fear (hurt by someone is not an everyday sentence here);
- ``data/crisis_head.npz``: logistic heads (``exemplars.fit``) over the same vectors, one
  for "any crisis" and one per kind. The crisis examples' calm lines (idioms, denials,
  stories, hard days) are the hard negatives, weighted ``HARD``; the everyday sentences
  are plain negatives.
- ``data/crisis_words.npz``: the "any crisis" head the backstop uses, a logistic over
  the vector and the words and word pairs of the examples (``belief_head.fit`` with one
  label, words counting ``WORD_SCALE``), with the same positives and negatives.

Nothing here is random, so the same examples always give the same files. The thresholds
that use these scores live in ``crisis_model.py`` and are checked with
``bench/eval_crisis.py``; no evaluation set is read here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from bondlens.analysis import belief_head, crisis_model  # noqa: E402
from bondlens.analysis.crisis import KINDS  # noqa: E402
from bondlens.analysis.exemplars import Example, fit, load_examples  # noqa: E402

DATA = ROOT / "src" / "bondlens" / "analysis" / "data"
EVERYDAY = (DATA / "beliefs_examples.jsonl", DATA / "markers_examples.jsonl")
#: Marker ids whose sentences describe being hurt or afraid: not calm references.
NOT_EVERYDAY = frozenset({"harm", "fear", "unpredictability", "isolation_by_other"})
L2 = 0.0003
HARD = 4.0
#: The words head: see docs/analysis.md (sixth round) for how these were chosen.
WORD_SCALE = 0.6
WORDS_L2 = 0.0001


def everyday_texts() -> list[str]:
    texts = []
    for path in EVERYDAY:
        for example in load_examples(path):
            if example.id in NOT_EVERYDAY or "harm" in example.note:
                continue
            texts.append(example.text)
    return list(dict.fromkeys(texts))


def main() -> None:
    from bondlens.analysis.model import Embedder

    embedder = Embedder(optimised=True)  # the session every stored vector was made with
    head = crisis_model.CrisisHead(embedder, vectors=None, head=None)
    calm = everyday_texts()
    calm_vectors = embedder.embed(calm)
    head.save_vectors(crisis_model.VECTORS, everyday=calm_vectors)
    print(f"saved {crisis_model.VECTORS.relative_to(ROOT)}: {len(head.labels)} examples")
    print(f"  and {len(calm)} everyday sentences")

    examples = [
        Example(kind if kind in KINDS else crisis_model.NEUTRAL, text, int(kind in KINDS))
        for kind, text in crisis_model.load_examples()
    ]
    model, words = fit_heads(examples, head.vectors, calm, calm_vectors)
    model.save(crisis_model.HEAD)
    print(f"saved {crisis_model.HEAD.relative_to(ROOT)}: heads {', '.join(model.labels)}")
    words.save(crisis_model.WORDS_HEAD)
    print(
        f"saved {crisis_model.WORDS_HEAD.relative_to(ROOT)}: "
        f"{len(words.vocabulary)} words and pairs"
    )


def fit_heads(
    examples: list[Example], example_vectors: Any, calm: list[str], calm_vectors: Any
) -> tuple[Any, Any]:
    """The per-kind logistic heads and the "any crisis" words head, fitted on
    ``examples`` (kind or "none", text, label) and the everyday ``calm`` sentences."""
    import numpy as np

    # Calm lines of the crisis file are hard negatives for every head: give them the
    # head's own id with label 0 (exemplars.fit weighs those ``HARD``).
    vectors = np.vstack([example_vectors, calm_vectors]).astype(np.float32)
    everyday = [Example(crisis_model.NEUTRAL, text, 0) for text in calm]
    heads = []
    for label in (crisis_model.ANY, *KINDS):
        lines = []
        for example in examples:
            positive = example.label == 1 and label in (crisis_model.ANY, example.id)
            lines.append(Example(label, example.text, int(positive)))
        fitted = fit([*lines, *everyday], vectors, labels=(label,), l2=L2, hard_weight=HARD)
        heads.append(fitted)
    model = type(heads[0])(
        labels=tuple(h.labels[0] for h in heads),
        weights=np.vstack([h.weights for h in heads]),
        biases=np.concatenate([h.biases for h in heads]),
        thresholds=np.concatenate([h.thresholds for h in heads]),
    )
    lines = [Example(crisis_model.ANY, e.text, e.label) for e in examples]
    words = belief_head.fit(
        [*lines, *everyday],
        vectors,
        labels=(crisis_model.ANY,),
        l2=WORDS_L2,
        hard_weight=HARD,
        word_scale=WORD_SCALE,
    )
    return model, words


if __name__ == "__main__":
    main()
