"""The marker head: a words-and-vectors softmax with precision-first thresholds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bondlens.analysis.belief_head import WordsAndVectors
from bondlens.analysis.markers import MARKERS, MarkerHead
from bondlens.analysis.model import Embedder


def tiny_head(thresholds: list[float]) -> MarkerHead:
    """Two dimensions; only ``harm`` has a vector weight and only the word "shoved"
    speaks for ``fear``; every other marker scores like "none"."""
    classes = len(MARKERS) + 1
    weights = np.zeros((classes, 2), dtype=np.float32)
    weights[MARKERS.index("harm"), 0] = 6.0
    word_weights = np.zeros((1, classes), dtype=np.float32)
    word_weights[0, MARKERS.index("fear")] = 4.0
    model = WordsAndVectors(
        labels=MARKERS,
        vocabulary=("shoved",),
        weights=weights,
        word_weights=word_weights,
        biases=np.zeros(classes, dtype=np.float32),
        thresholds=np.asarray(thresholds, dtype=np.float32),
    )
    return MarkerHead(model=model)


def test_markers_come_from_the_vector_and_from_the_words() -> None:
    head = tiny_head([0.5] * len(MARKERS))
    sentences = ["We ate soup.", "He shoved me.", "Something happened."]
    vectors = np.array([[0.0, 1.0], [0.0, 1.0], [1.0, 0.0]], dtype=np.float32)
    found = head.score(sentences, vectors)
    assert [(s.id, s.quote) for s in found] == [
        ("harm", "Something happened."),
        ("fear", "He shoved me."),
    ]
    assert found[0].score > found[1].score


def test_switched_off_markers_are_never_reported() -> None:
    thresholds = [0.5] * len(MARKERS)
    thresholds[MARKERS.index("fear")] = 1.01
    head = tiny_head(thresholds)
    assert "fear" not in head.enabled
    assert len(head.enabled) == len(MARKERS) - 1
    vectors = np.array([[0.0, 1.0]], dtype=np.float32)
    assert head.score(["He shoved me."], vectors) == ()
    assert head.score([], np.zeros((0, 2), dtype=np.float32)) == ()


def test_a_file_for_other_labels_is_refused(tmp_path: Path) -> None:
    model = WordsAndVectors(
        labels=("harm",),
        vocabulary=(),
        weights=np.zeros((2, 2), dtype=np.float32),
        word_weights=np.zeros((0, 2), dtype=np.float32),
        biases=np.zeros(2, dtype=np.float32),
        thresholds=np.full(1, 0.5, dtype=np.float32),
    )
    path = tmp_path / "markers.npz"
    model.save(path)
    with pytest.raises(ValueError, match="not"):
        MarkerHead(path)


@pytest.fixture(scope="module")
def shipped() -> tuple[MarkerHead, Embedder]:
    return MarkerHead(), Embedder()


def test_the_shipped_head_has_a_threshold_per_marker(shipped: tuple[MarkerHead, Embedder]) -> None:
    head, _ = shipped
    assert head.model.labels == MARKERS
    assert head.model.thresholds.shape == (len(MARKERS),)
    assert {"harm", "apology", "reconciliation", "fear"} <= set(head.enabled)


def test_the_shipped_head_reads_plain_cases(shipped: tuple[MarkerHead, Embedder]) -> None:
    head, embedder = shipped

    def found(sentence: str) -> set[str]:
        return {s.id for s in head.score([sentence], embedder.embed([sentence]))}

    assert "harm" in found("He grabbed my wrist hard enough to bruise and told me to shut up.")
    assert "apology" in found("Next day he cried and said sorry, and brought me a bunch of tulips.")
    assert (
        found("I fixed the leaky kitchen tap and then walked to the post office in the rain.")
        == set()
    )
