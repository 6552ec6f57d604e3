"""Cognitive distortions: the shipped detector on real sentences, the text score, and the
example file and split it is built from."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bondlens.analysis import exemplars
from bondlens.analysis.distortions import (
    DISTORTION,
    EXAMPLES,
    FITTED,
    KINDS,
    TOP,
    DistortionHead,
    merged,
    text_score,
)
from bondlens.analysis.model import Embedder
from bondlens.analysis.sentences import split

SPLIT = Path(__file__).parent.parent / "bench" / "data" / "distortions_split.json"


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="module")
def head() -> DistortionHead:
    return DistortionHead()


def scored(text: str, embedder: Embedder, head: DistortionHead) -> float:
    sentences = split(text)
    return text_score(head.sentence_scores(embedder.embed(sentences)))


@pytest.mark.parametrize(
    "text",
    [
        "I burnt the dinner again. I ruin everything I touch, I always have.",
        "My friend hasn't replied all day. She must be sick of me by now.",
        "If I stumble over one word in the meeting my whole career is finished.",
        "I'm a hopeless case. Nobody will ever want to be with someone like me.",
    ],
)
def test_distorted_thinking_is_found_and_quoted(
    text: str, embedder: Embedder, head: DistortionHead
) -> None:
    sentences = split(text)
    found = head.score(sentences, embedder.embed(sentences))
    assert found is not None
    assert found.id == DISTORTION
    assert found.quote in sentences
    assert head.threshold <= found.score <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "We went to the market on Saturday and bought apples and bread.",
        "My appointment is on Tuesday at ten. What should I bring to it?",
        "I made a mistake on the report, so I fixed it and told my manager.",
    ],
)
def test_plain_facts_questions_and_balanced_thoughts_are_not_flagged(
    text: str, embedder: Embedder, head: DistortionHead
) -> None:
    sentences = split(text)
    assert head.score(sentences, embedder.embed(sentences)) is None


def test_a_distorted_sentence_outscores_its_balanced_counterpart(
    embedder: Embedder, head: DistortionHead
) -> None:
    distorted, balanced = head.sentence_scores(
        embedder.embed(
            [
                "I failed one exam, so I'm a failure at everything.",
                "I failed one exam and I'll retake it next term.",
            ]
        )
    )
    # the threshold is low (most posts in the calibration set are distorted), so a
    # balanced sentence can reach it too: what matters is the margin between them
    assert distorted > head.threshold
    assert distorted - balanced > 0.25


def test_text_score_averages_the_best_sentences() -> None:
    assert TOP == 2
    assert text_score(np.array([0.2, 0.9, 0.5], dtype=np.float32)) == pytest.approx(0.7)
    assert text_score(np.array([0.6], dtype=np.float32)) == pytest.approx(0.6)
    assert text_score(np.zeros(0, dtype=np.float32)) == 0.0


def test_no_sentences_find_nothing_and_mismatches_are_refused(head: DistortionHead) -> None:
    assert head.score([], np.zeros((0, 384), dtype=np.float32)) is None
    with pytest.raises(ValueError, match="2 sentences but 1 vectors"):
        head.score(["a", "b"], np.zeros((1, 384), dtype=np.float32))


def test_a_file_of_other_labels_is_refused(tmp_path: Path) -> None:
    wrong = exemplars.ExemplarModel.load(FITTED)
    other = exemplars.ExemplarModel(("other",), wrong.weights, wrong.biases, wrong.thresholds)
    other.save(tmp_path / "other.npz")
    with pytest.raises(ValueError, match="not 'distortion'"):
        DistortionHead(tmp_path / "other.npz")


def test_threshold_is_calibrated_not_default(head: DistortionHead) -> None:
    assert 0.05 < head.threshold < 0.95
    assert head.threshold != pytest.approx(exemplars.DEFAULT_THRESHOLD)


def test_example_file_covers_every_kind_with_counterparts() -> None:
    examples = exemplars.load_examples(EXAMPLES)
    assert exemplars.label_ids(examples) == KINDS
    for kind in KINDS:
        assert sum(e.id == kind and e.label == 1 for e in examples) >= 20, kind
        assert sum(e.id == kind and e.label == 0 for e in examples) >= 5, kind
    assert sum(e.id == exemplars.NEUTRAL for e in examples) >= 250
    texts = [e.text.lower() for e in examples]
    assert len(set(texts)) == len(texts)


def test_merging_keeps_counterparts_as_hard_negatives() -> None:
    examples = merged(exemplars.load_examples(EXAMPLES))
    assert {e.id for e in examples} == {DISTORTION, exemplars.NEUTRAL}
    assert {e.note for e in examples if e.id == DISTORTION} == set(KINDS)
    assert any(e.id == DISTORTION and e.label == 0 for e in examples)


def test_refitting_reproduces_the_shipped_parameters(embedder: Embedder) -> None:
    examples = merged(exemplars.load_examples(EXAMPLES))
    vectors = embedder.embed([e.text for e in examples])
    shipped = exemplars.ExemplarModel.load(FITTED)
    refitted = exemplars.fit(examples, vectors, (DISTORTION,), l2=0.003)
    np.testing.assert_allclose(refitted.weights, shipped.weights, atol=2e-3, rtol=2e-2)
    np.testing.assert_allclose(refitted.biases, shipped.biases, atol=2e-3, rtol=2e-2)


def test_the_evaluation_split_is_kept_as_made() -> None:
    saved = json.loads(SPLIT.read_text(encoding="utf-8"))
    dev, test = set(saved["dev"]), set(saved["test"])
    assert saved["seed"] == 20261122
    assert (len(dev), len(test)) == (2024, 506)
    assert not dev & test
