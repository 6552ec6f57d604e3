"""The search-by-meaning index: exact for small journals, two passes for big ones."""

from __future__ import annotations

import numpy as np
import pytest

from bondlens import meaning
from bondlens.meaning import MeaningIndex, top


def unit_rows(n: int, seed: int = 7, dims: int = 384) -> np.ndarray:
    """Vectors with some structure (a few themes plus noise), like sentence embeddings."""
    rng = np.random.default_rng(seed)
    themes = rng.standard_normal((40, dims))
    rows = themes[rng.integers(0, 40, n)] + 0.8 * rng.standard_normal((n, dims))
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def exact(matrix: np.ndarray, ids: np.ndarray, vector: np.ndarray, k: int) -> list[int]:
    scores = matrix @ vector
    return [int(ids[i]) for i in np.argsort(-scores, kind="stable")[:k]]


def test_top_picks_the_highest_in_order() -> None:
    values = np.array([0.1, 0.9, 0.5, 0.7, 0.3], dtype=np.float32)
    assert top(values, 3) == [1, 3, 2]
    assert top(values, 10) == [1, 3, 2, 4, 0]


def test_a_small_index_is_exact() -> None:
    matrix = unit_rows(500)
    ids = np.arange(1000, 1500, dtype=np.int64)
    index = MeaningIndex(ids, matrix)
    assert index.basis is None
    query = matrix[42]
    found = index.search(query, 10)
    assert [i for i, _ in found] == exact(matrix, ids, query, 10)
    assert found[0] == (1042, pytest.approx(1.0, abs=1e-5))


def test_a_filter_keeps_only_allowed_entries() -> None:
    matrix = unit_rows(300)
    ids = np.arange(1, 301, dtype=np.int64)
    allowed = ids % 3 == 0
    found = MeaningIndex(ids, matrix).search(matrix[0], 5, allowed)
    assert len(found) == 5
    assert all(i % 3 == 0 for i, _ in found)
    assert 1 not in {i for i, _ in found}


def test_an_empty_index_finds_nothing() -> None:
    index = MeaningIndex(np.zeros(0, dtype=np.int64), np.zeros((0, 384), dtype=np.float32))
    assert index.search(unit_rows(1)[0], 5) == []


def test_a_big_index_agrees_with_the_exact_search(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "EXACT_UP_TO", 1_000)
    matrix = unit_rows(6_000)
    ids = np.arange(6_000, dtype=np.int64) * 2
    index = MeaningIndex(ids, matrix)
    assert index.basis is not None
    assert index.reduced is not None
    assert index.reduced.shape == (6_000, meaning.REDUCED)
    overlap = []
    for row in range(0, 6_000, 150):
        query = matrix[row] + 0.3 * unit_rows(1, seed=row)[0]
        query /= np.linalg.norm(query)
        found = [i for i, _ in index.search(query, 20)]
        overlap.append(len(set(found) & set(exact(matrix, ids, query, 20))) / 20)
        assert found[0] == exact(matrix, ids, query, 1)[0]
    assert np.mean(overlap) >= 0.95


def test_a_big_index_with_a_narrow_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "EXACT_UP_TO", 1_000)
    matrix = unit_rows(5_000)
    ids = np.arange(5_000, dtype=np.int64)
    allowed = np.zeros(5_000, dtype=bool)
    allowed[[10, 2_000, 4_999]] = True
    found = MeaningIndex(ids, matrix).search(matrix[2_000], 20, allowed)
    assert found[0][0] == 2_000
    assert {i for i, _ in found} == {10, 2_000, 4_999}
