"""Beliefs about support: the shipped detector on real sentences, and the exemplar model
under it (fitting, saving, loading, reproducing the shipped parameters)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from bondlens.analysis import belief_head, exemplars
from bondlens.analysis.beliefs import (
    BELIEFS,
    EXAMPLES,
    FITTED,
    PERCEIVED_BURDEN,
    RISK_EXAMPLES,
    BeliefHead,
    PerceivedBurden,
    disowned,
)
from bondlens.analysis.model import Embedder
from bondlens.analysis.results import Scored
from bondlens.analysis.sentences import split


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="module")
def head() -> BeliefHead:
    return BeliefHead()


def found_in(text: str, embedder: Embedder, head: BeliefHead) -> tuple[Scored, ...]:
    sentences = split(text)
    return head.score(sentences, embedder.embed(sentences))


@pytest.mark.parametrize(
    ("sentence", "belief"),
    [
        (
            "My sister just had twins, the last thing she needs is me crying down the phone.",
            "burden",
        ),
        ("Everyone I've ever let in has ended up walking out on me.", "abandonment"),
        ("I honestly believe I'm not worth anyone's love.", "unworthy"),
        ("There's nobody in the world I can trust.", "distrust"),
        ("I'll get through this on my own, I always have.", "self_reliance"),
    ],
)
def test_a_clear_belief_is_found_and_quoted(
    sentence: str, belief: str, embedder: Embedder, head: BeliefHead
) -> None:
    text = f"Long day at work. {sentence} Then I made some tea."
    found = {s.id: s for s in found_in(text, embedder, head)}
    assert belief in found, found
    assert found[belief].quote == sentence
    assert head.thresholds[belief] <= found[belief].score <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Needing people is not a weakness, it is part of being human.",
        "I used to think everyone would leave me, but my friends have stayed for years.",
        "We went to the market and bought apples and bread.",
        "The security guard waved at us on the way in.",
    ],
)
def test_negations_past_beliefs_and_plain_days_find_nothing(
    text: str, embedder: Embedder, head: BeliefHead
) -> None:
    assert found_in(text, embedder, head) == ()


def test_results_are_sorted_known_and_each_quotes_a_sentence(
    embedder: Embedder, head: BeliefHead
) -> None:
    sentences = [
        "I can't trust anyone, not even my family.",
        "Nobody would ever understand what that house was like.",
        "I don't deserve the kindness my friends keep showing me.",
        "The weather was mild.",
    ]
    found = head.score(sentences, embedder.embed(sentences))
    assert len(found) >= 2
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert len({s.id for s in found}) == len(found)
    assert all(s.id in BELIEFS and s.quote in sentences[:3] for s in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I used to think I had to do it all alone.", True),
        ("I’m not a burden for needing help.", True),
        ("Asking for help is not a sign of weakness.", True),
        ("I'm not worth anyone's time.", False),  # a belief, not its denial
        ("I don't trust anyone anymore.", False),
        ("I'm such a burden.", False),
    ],
)
def test_denied_or_past_beliefs_are_disowned(sentence: str, expected: bool) -> None:
    assert disowned(sentence) is expected


def test_no_sentences_find_nothing(head: BeliefHead) -> None:
    assert head.score([], np.zeros((0, 384), dtype=np.float32)) == ()
    with pytest.raises(ValueError, match="2 sentences but 1 vectors"):
        head.score(["a", "b"], np.zeros((1, 384), dtype=np.float32))


def test_thresholds_are_loaded_from_the_calibration(head: BeliefHead) -> None:
    assert tuple(head.thresholds) == BELIEFS
    assert all(0.05 < t < 0.95 for t in head.thresholds.values())
    assert len({round(t, 4) for t in head.thresholds.values()}) > 1  # calibrated, not default


def test_example_file_has_enough_varied_examples() -> None:
    examples = exemplars.load_examples(EXAMPLES)
    assert exemplars.label_ids(examples) == BELIEFS
    for belief in BELIEFS:
        assert sum(e.id == belief and e.label == 1 for e in examples) >= 90
        assert sum(e.id == belief and e.label == 0 for e in examples) >= 38
    assert sum(e.id == exemplars.NEUTRAL for e in examples) >= 100
    texts = [e.text.lower() for e in examples]
    assert len(set(texts)) == len(texts)


def test_refitting_reproduces_the_shipped_parameters(embedder: Embedder) -> None:
    examples = exemplars.load_examples(EXAMPLES)
    refitted = belief_head.fit(examples, embedder.embed([e.text for e in examples]), BELIEFS)
    shipped = belief_head.WordsAndVectors.load(FITTED)
    assert refitted.labels == shipped.labels
    assert refitted.vocabulary == shipped.vocabulary
    np.testing.assert_allclose(refitted.weights, shipped.weights, atol=2e-2, rtol=2e-2)
    np.testing.assert_allclose(refitted.word_weights, shipped.word_weights, atol=2e-2, rtol=2e-2)
    np.testing.assert_allclose(refitted.biases, shipped.biases, atol=2e-2, rtol=2e-2)


def test_one_best_belief_takes_most_of_a_sentence(embedder: Embedder, head: BeliefHead) -> None:
    sentences = ["I don't want to be a burden on my kids.", "We bought bread."]
    scores = head.sentence_scores(sentences, embedder.embed(sentences))
    assert scores[0].argmax() == BELIEFS.index("burden")
    assert scores[0].sum() <= 1.0 + 1e-5  # probabilities shared with "none"
    assert scores[1].max() < min(head.thresholds.values())


def test_words_are_lower_case_words_and_pairs() -> None:
    assert belief_head.words("I’ll do it On my own.") == {
        "i'll",
        "do",
        "it",
        "on",
        "my",
        "own",
        "i'll do",
        "do it",
        "it on",
        "on my",
        "my own",
    }
    assert belief_head.vocabulary(["on my own", "all on my own", "my own way"], 2) == (
        "my",
        "my own",
        "on",
        "on my",
        "own",
    )


BENCH = Path(__file__).parent.parent / "bench"


def _rows(name: str) -> list[dict[str, object]]:
    path = BENCH / "data" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _texts(rows: list[dict[str, object]]) -> set[str]:
    return {str(r["text"]).lower() for r in rows}


def test_dev_set_is_separate_from_the_examples() -> None:
    rows = _rows("beliefs_dev.jsonl")
    examples = {e.text.lower() for e in exemplars.load_examples(EXAMPLES)}
    assert not examples & _texts(rows)
    assert sum(not r["beliefs"] for r in rows) >= 150
    for belief in BELIEFS:
        assert sum(belief in r["beliefs"] for r in rows) >= 25  # type: ignore[operator]


def test_voices_split_is_reproducible_and_its_parts_are_separate() -> None:
    sys.path.insert(0, str(BENCH))
    import split_beliefs_voices as voices  # bench/ is not a package

    source = _rows("beliefs_voices.jsonl")
    train, dev2, holdout = voices.split_rows(source)
    assert _rows("beliefs_dev2.jsonl") == dev2
    assert _rows("beliefs_voices_holdout.jsonl") == holdout
    examples = exemplars.load_examples(EXAMPLES)
    in_examples = {e.text.lower() for e in examples}
    assert _texts(train) <= in_examples  # the training half was added ...
    assert not in_examples & (_texts(dev2) | _texts(holdout))  # ... and nothing else
    assert not _texts(dev2) & _texts(holdout)
    assert sum(e.note == voices.NOTE for e in examples) == len(train)
    for belief in BELIEFS:
        assert sum(belief in r["beliefs"] for r in holdout) >= 11  # type: ignore[operator]
    assert sum(not r["beliefs"] for r in holdout) >= 30


def test_second_voices_set_is_split_reproducibly_and_kept_out_of_the_examples() -> None:
    sys.path.insert(0, str(BENCH))
    import split_beliefs_voices as voices  # bench/ is not a package

    calibration, held_out = voices.load_voices2()
    assert (calibration, held_out) == voices.load_voices2()
    assert len(calibration) + len(held_out) == len(_rows("beliefs_voices2.jsonl"))
    assert not _texts(calibration) & _texts(held_out)
    examples = {e.text.lower() for e in exemplars.load_examples(EXAMPLES)}
    assert not examples & (_texts(calibration) | _texts(held_out))
    for belief in BELIEFS:
        assert sum(belief in r["beliefs"] for r in held_out) >= 11  # type: ignore[operator]


# The exemplar model itself, on small made-up vectors (no model needed).


def _toy() -> tuple[list[exemplars.Example], np.ndarray]:
    rng = np.random.default_rng(7)
    centres = {"a": np.eye(8)[0], "b": np.eye(8)[1], "none": np.eye(8)[2]}
    examples, vectors = [], []
    for label, centre in centres.items():
        for i in range(12):
            positive = int(label != "none" and i < 9)
            examples.append(exemplars.Example(label, f"{label}{i}", positive))
            vectors.append(centre * (1 if positive or label == "none" else -1))
    noisy = np.array(vectors) + rng.normal(0, 0.1, (len(vectors), 8))
    return examples, (noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).astype(np.float32)


def test_fit_separates_labels_and_round_trips_through_npz(tmp_path: Path) -> None:
    examples, vectors = _toy()
    model = exemplars.fit(examples, vectors).with_thresholds([0.4, 0.6])
    assert model.labels == ("a", "b")
    scores = model.scores(np.eye(8, dtype=np.float32)[:3])
    assert scores.shape == (3, 2)
    assert scores[0, 0] > 0.9 > 0.1 > scores[0, 1]
    assert scores[1, 1] > 0.9 > 0.1 > scores[1, 0]
    assert scores[2].max() < 0.1
    model.save(tmp_path / "toy.npz")
    loaded = exemplars.ExemplarModel.load(tmp_path / "toy.npz")
    assert loaded.labels == model.labels
    np.testing.assert_array_equal(loaded.weights, model.weights)
    np.testing.assert_array_equal(loaded.thresholds, np.array([0.4, 0.6], dtype=np.float32))


def test_softmax_head_separates_labels_and_round_trips_through_npz(tmp_path: Path) -> None:
    examples, vectors = _toy()
    model = belief_head.fit(examples, vectors, ("a", "b")).with_thresholds([0.4, 0.6])
    scores = model.scores(["x", "y", "z"], np.eye(8, dtype=np.float32)[:3])
    assert scores.shape == (3, 2)
    assert scores[0, 0] > 0.8 > 0.1 > scores[0, 1]
    assert scores[1, 1] > 0.8 > 0.1 > scores[1, 0]
    assert scores[2].max() < 0.2
    model.save(tmp_path / "toy.npz")
    loaded = belief_head.WordsAndVectors.load(tmp_path / "toy.npz")
    assert loaded.labels == model.labels
    assert loaded.vocabulary == model.vocabulary
    np.testing.assert_array_equal(loaded.weights, model.weights)
    np.testing.assert_array_equal(loaded.thresholds, np.array([0.4, 0.6], dtype=np.float32))


def test_bad_example_lines_say_where(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "fine", "label": 1}\n\n{"id": "a", "text": "x"}\n')
    with pytest.raises(exemplars.ExampleError, match=r"bad\.jsonl line 3"):
        exemplars.load_examples(path)
    path.write_text('{"id": "none", "text": "neutral cannot be positive", "label": 1}\n')
    with pytest.raises(exemplars.ExampleError, match="line 1"):
        exemplars.load_examples(path)


# Perceived burdensomeness: the evaluation-facing head for interpersonal-risk ``burden``.


@pytest.fixture(scope="module")
def burden_risk() -> PerceivedBurden:
    return PerceivedBurden()


def test_perceived_burden_ranks_its_wider_sense_above_plain_days_idioms_and_denials(
    embedder: Embedder, burden_risk: PerceivedBurden
) -> None:
    # The threshold (chosen on interpersonal-risk train) is high, as crisis kinds carry
    # most of that label; the sentence model is checked by how it ranks.
    meant = [
        "My family would honestly have an easier time if I wasn't around anymore.",
        "I hate myself and I feel like a burden on everybody.",
        "I'm a waste of everyone's time and money, I give nothing back.",
    ]
    plain = [
        "Had a lovely lunch with my sister and we planned a trip.",
        "This deadline is killing me, but it will be over on Friday.",
        "I'm not a burden for needing help.",
        "I asked my brother for a lift and he was glad to help.",
    ]
    scores = burden_risk.sentence_scores(meant + plain, embedder.embed(meant + plain))
    assert scores[: len(meant)].min() > 0.6 > scores[len(meant) :].max()
    for text in plain:
        sentences = split(text)
        assert burden_risk.score(sentences, embedder.embed(sentences), ()) < burden_risk.threshold


def test_perceived_burden_counts_crisis_kinds_as_certain(burden_risk: PerceivedBurden) -> None:
    assert burden_risk.combine(0.1, ["suicidal_thoughts"]) == 1.0
    assert burden_risk.combine(0.1, ["self_harm", "danger_now"]) == 1.0
    assert burden_risk.combine(0.1, ["danger_now"]) == pytest.approx(0.1)
    assert burden_risk.combine(0.4, ()) == pytest.approx(0.4)
    assert 0.05 < burden_risk.threshold < 1.0
    assert burden_risk.threshold != pytest.approx(exemplars.DEFAULT_THRESHOLD)


def test_perceived_burden_examples_are_ours_and_separate() -> None:
    risk = exemplars.load_examples(RISK_EXAMPLES)
    beliefs = {e.text.lower() for e in exemplars.load_examples(EXAMPLES)}
    assert exemplars.label_ids(risk) == (PERCEIVED_BURDEN,)
    assert sum(e.label == 1 for e in risk) >= 60
    assert sum(e.label == 0 for e in risk) >= 40
    assert not beliefs & {e.text.lower() for e in risk}
