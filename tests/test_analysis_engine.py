"""The engine end to end on the real model and heads: one call, every kind of finding."""

from __future__ import annotations

import pytest

from bondlens.analysis.engine import Engine
from bondlens.analysis.markers import MARKERS, MarkerHead
from bondlens.analysis.model import MODEL_ID


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(region="US")


def test_a_belief_is_found_and_quoted(engine: Engine) -> None:
    result = engine.analyze(
        "Lunch was fine. She has a newborn, the last thing she needs is my mess."
    )
    assert result.beliefs[0].id == "burden"
    assert result.beliefs[0].quote == "She has a newborn, the last thing she needs is my mess."
    assert result.model == MODEL_ID
    assert not result.crisis.flag


def test_the_cycle_moments_are_markers(engine: Engine) -> None:
    found = engine.analyze(
        "Jordan screamed at me and threw my phone against the wall. "
        "The next morning he cried, said sorry and brought me flowers."
    )
    ids = [m.id for m in found.markers]
    assert "harm" in ids
    assert "apology" in ids
    scores = [m.score for m in found.markers]
    assert scores == sorted(scores, reverse=True)


def test_crisis_comes_with_resources_for_the_region(engine: Engine) -> None:
    result = engine.analyze("Honestly I want to sleep and not wake up.")
    assert result.crisis.flag
    assert "suicidal_thoughts" in result.crisis.kinds
    assert any("988" in r.contact for r in result.crisis.resources)


def test_many_texts_keep_their_order_and_empty_text_is_fine(engine: Engine) -> None:
    texts = ["Thank you so much, that meant the world to me.", "", "Rainy Tuesday."]
    results = engine.analyze_many(texts, batch_size=2)
    assert len(results) == 3
    assert results[0].emotions[0].id == "gratitude"
    assert results[1].beliefs == results[1].markers == results[1].emotions == ()
    json_shape = results[0].to_json()
    assert set(json_shape) == {"beliefs", "markers", "emotions", "crisis", "model"}
    assert set(json_shape["crisis"]) >= {"flag", "kinds", "resources"}


def test_texts_in_many_chunks_are_analysed_as_one_at_a_time(engine: Engine) -> None:
    texts = [
        "Lunch was fine. She has a newborn, the last thing she needs is my mess.",
        "Thank you so much, that meant the world to me.",
        "",
        "Honestly I want to sleep and not wake up.",
        "Rainy Tuesday. Rainy Tuesday.",
    ]
    chunked = engine.analyze_many(texts, batch_size=2)  # the next chunk embeds ahead
    for text, result in zip(texts, chunked, strict=True):
        alone = engine.analyze(text)
        assert [(b.id, b.quote) for b in result.beliefs] == [(b.id, b.quote) for b in alone.beliefs]
        assert [e.id for e in result.emotions] == [e.id for e in alone.emotions]
        assert [m.id for m in result.markers] == [m.id for m in alone.markers]
        assert result.crisis == alone.crisis


def test_one_text_is_read_by_the_quick_session_and_many_by_the_optimised_one() -> None:
    fresh = Engine(region="US")
    text = "She has a newborn, the last thing she needs is my mess. I want to sleep forever."
    quick = fresh.analyze(text)
    assert not fresh.embedder.optimised
    many = fresh.analyze_many([text, "Tea with Sam."] * 2, batch_size=2)  # two chunks
    assert fresh.embedder.optimised
    assert many[0].crisis == quick.crisis
    assert [(b.id, round(b.score, 4)) for b in many[0].beliefs] == [
        (b.id, round(b.score, 4)) for b in quick.beliefs
    ]


def test_markers_that_could_not_be_made_precise_are_switched_off() -> None:
    head = MarkerHead()
    assert set(head.enabled) <= set(MARKERS)
    assert {"harm", "apology", "reconciliation"} <= set(head.enabled)


def test_every_analysis_carries_the_texts_meaning(engine: Engine) -> None:
    import numpy as np

    from bondlens.analysis.sentences import split

    text = "We walked by the river. It felt calm and easy."
    (result,) = engine.analyze_many([text])
    assert result.vector is not None
    vector = np.frombuffer(result.vector, dtype=np.float16).astype(np.float32)
    rows = engine.embedder.embed(split(text))
    mean = rows.mean(axis=0)
    expected = mean / np.linalg.norm(mean)
    assert vector.shape == (384,)
    assert float(vector @ expected) > 0.999
