"""The shipped model against vectors of the float model (made once with torch; see
scripts/make_reference_vectors.py), and the pooling, scaling and batching around it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bondlens.analysis.model import DIMENSIONS, QUICK_RUNS, Embedder

REFERENCE = Path(__file__).parent / "data" / "reference"


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


def test_vectors_match_the_float_model(embedder: Embedder) -> None:
    sentences = json.loads((REFERENCE / "sentences.json").read_text(encoding="utf-8"))
    reference = np.load(REFERENCE / "minilm_fp32.npy")
    reference = reference / np.linalg.norm(reference, axis=1, keepdims=True)
    for batch_size in (1, 7, 32):
        vectors = embedder.embed(sentences, batch_size=batch_size)
        cosines = (vectors * reference).sum(axis=1)
        assert cosines.min() >= 0.99, (batch_size, int(cosines.argmin()), cosines.min())


def test_vectors_are_unit_length_and_independent_of_their_batch(embedder: Embedder) -> None:
    texts = ["Tea with Sam.", "A much longer sentence about a difficult evening at home."] * 3
    together = embedder.embed(texts, batch_size=6)
    alone = np.stack([embedder.embed([t])[0] for t in texts])
    assert together.shape == (6, DIMENSIONS)
    assert together.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_repeated_texts_and_concurrent_batches_give_the_same_rows(embedder: Embedder) -> None:
    sentences = json.loads((REFERENCE / "sentences.json").read_text(encoding="utf-8"))
    texts = [*sentences, *sentences[:5], "Tea with Sam."]  # repeats are embedded once
    one_at_a_time = Embedder(threads=1).embed(texts, batch_size=3)
    concurrent = embedder.embed(texts, batch_size=3)  # many batches, two at once
    np.testing.assert_allclose(concurrent, one_at_a_time, atol=1e-5)
    np.testing.assert_array_equal(concurrent[len(sentences) :][:5], concurrent[:5])
    assert concurrent.shape == (len(texts), DIMENSIONS)


def test_the_quick_session_gives_way_to_the_optimised_one_with_the_same_vectors() -> None:
    """One text is read by the session that loads fast; once a workload is bigger than a
    handful of runs, the embedder loads the optimised session, and nothing else changes."""
    sentences = json.loads((REFERENCE / "sentences.json").read_text(encoding="utf-8"))
    fresh = Embedder()
    quick = fresh.embed(sentences[:3], batch_size=32)
    assert (fresh.optimised, fresh.runs) == (False, 1)
    many = fresh.embed(sentences, batch_size=1)  # one run a sentence: past QUICK_RUNS
    assert len(sentences) > QUICK_RUNS
    assert fresh.optimised
    np.testing.assert_allclose(fresh.embed(sentences[:3]), quick, atol=1e-5)
    np.testing.assert_allclose(many[:3], quick, atol=1e-5)
    # asked for at the start (the benchmarks that store vectors): the same session at once
    started = Embedder(optimised=True)
    assert started.optimised
    np.testing.assert_array_equal(started.embed(sentences[:3]), fresh.embed(sentences[:3]))


def test_meaning_not_words_decides_similarity(embedder: Embedder) -> None:
    burden, bother, weather = embedder.embed(
        [
            "I don't want to be a burden to anyone.",
            "I can't bother people with my problems.",
            "It rained all afternoon in the city.",
        ]
    )
    assert float(burden @ bother) > float(burden @ weather) + 0.2


def test_no_text_and_empty_text(embedder: Embedder) -> None:
    assert embedder.embed([]).shape == (0, DIMENSIONS)
    (empty,) = embedder.embed([""])
    assert np.isfinite(empty).all()


def test_loading_the_model_writes_nothing_and_asks_no_network(tmp_path: Path) -> None:
    code = (
        "import sys; from bondlens.analysis.model import Embedder; "
        "Embedder().embed(['hello']); "
        "print('huggingface_hub' in sys.modules, 'torch' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.split() == ["False", "False"]
    assert list(tmp_path.iterdir()) == []  # no telemetry or cache files in the home folder
