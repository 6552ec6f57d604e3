"""The shipped emotions head, read through the real model."""

from __future__ import annotations

import numpy as np
import pytest

from bondlens.analysis.emotions import EmotionHead
from bondlens.analysis.model import DIMENSIONS, Embedder


@pytest.fixture(scope="module")
def head() -> EmotionHead:
    return EmotionHead()


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


def test_the_head_has_28_labels_with_thresholds_between_0_and_1(head: EmotionHead) -> None:
    assert len(head.labels) == 28
    assert {"gratitude", "sadness", "grief", "neutral"} <= set(head.labels)
    assert head.weights.shape == (28, DIMENSIONS)
    assert head.weights.dtype == np.float32
    assert head.bias.shape == head.thresholds.shape == (28,)
    assert ((head.thresholds > 0) & (head.thresholds < 1)).all()


def test_probabilities_are_one_row_per_vector(head: EmotionHead, embedder: Embedder) -> None:
    vectors = embedder.embed(["Tea with Sam.", "I am furious with him.", "Lovely day."])
    p = head.probabilities(vectors)
    assert p.shape == (3, 28)
    assert ((p >= 0) & (p <= 1)).all()
    np.testing.assert_allclose(head.probabilities(vectors[1])[0], p[1], atol=1e-6)


def test_score_keeps_labels_over_their_threshold_strongest_first(
    head: EmotionHead, embedder: Embedder
) -> None:
    (vector,) = embedder.embed(["I am furious with him for lying to me again."])
    probabilities = dict(zip(head.labels, head.probabilities(vector)[0], strict=True))
    thresholds = dict(zip(head.labels, head.thresholds, strict=True))
    found = head.score(vector)
    assert len(found) >= 2  # anger, and at least one neighbour of it
    assert found[0].id == "anger"
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    expected = {label for label, p in probabilities.items() if p >= thresholds[label]}
    assert {s.id for s in found} == expected
    assert all(s.quote is None for s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you so much, this means a lot", {"gratitude"}),
        ("I miss her so much it hurts", {"sadness", "grief"}),
        ("That is hilarious, I can't stop laughing", {"amusement", "joy"}),
    ],
)
def test_plain_sentences_get_their_emotion_first(
    head: EmotionHead, embedder: Embedder, text: str, expected: set[str]
) -> None:
    found = head.score(embedder.embed([text])[0])
    assert found, text
    assert expected & {s.id for s in found[:2]}, found
