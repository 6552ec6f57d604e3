"""Search by meaning over many entry vectors, fast enough to run on every keystroke.

Pure NumPy, no model: the caller brings the query's vector. Up to ``EXACT_UP_TO``
entries, every vector is compared with the query. Beyond that, a first pass compares
the query with a shorter summary of each vector (its first ``REDUCED`` principal
components, learned from the journal's own vectors), and only the best few hundred
are then compared in full. The final order is always by the full comparison.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

#: Below this many entries a full comparison is already quick.
EXACT_UP_TO = 20_000
#: Numbers kept per vector for the first pass.
REDUCED = 96
#: How many first-pass candidates are compared in full (at least ten per result wanted).
CANDIDATES = 400
#: Rows used to learn the principal components.
SAMPLE = 4_000


class MeaningIndex:
    def __init__(self, ids: NDArray[np.int64], matrix: NDArray[np.float32]) -> None:
        self.ids = ids
        self.matrix = matrix
        self.basis: NDArray[np.float32] | None = None
        self.reduced: NDArray[np.float32] | None = None
        if len(ids) > EXACT_UP_TO:
            step = max(len(ids) // SAMPLE, 1)
            sample = matrix[::step]
            center = sample.mean(axis=0)
            _, _, components = np.linalg.svd(sample - center, full_matrices=False)
            self.basis = np.ascontiguousarray(components[:REDUCED].T, dtype=np.float32)
            self.reduced = np.ascontiguousarray((matrix - center) @ self.basis, dtype=np.float32)

    def __len__(self) -> int:
        return len(self.ids)

    def search(
        self, vector: NDArray[np.float32], k: int, allowed: NDArray[np.bool_] | None = None
    ) -> list[tuple[int, float]]:
        """(entry id, similarity) of the ``k`` closest vectors, closest first."""
        if not len(self.ids) or k < 1:
            return []
        if self.basis is None or self.reduced is None:
            rows = np.arange(len(self.ids))
            scores = self.matrix @ vector
            if allowed is not None:
                rows, scores = rows[allowed], scores[allowed]
        else:
            rough = self.reduced @ (vector @ self.basis)
            if allowed is not None:
                rough = np.where(allowed, rough, -np.inf)
            rows = np.asarray(top(rough, max(CANDIDATES, 10 * k)), dtype=np.int64)
            if allowed is not None:
                rows = rows[allowed[rows]]
            scores = self.matrix[rows] @ vector
        best = top(scores, k)
        return [(int(self.ids[rows[i]]), float(scores[i])) for i in best]


def top(values: NDArray[np.floating], k: int) -> list[int]:
    """Indexes of the ``k`` highest values, highest first."""
    if k >= len(values):
        return [int(i) for i in np.argsort(-values, kind="stable")]
    part = np.argpartition(-values, k)[:k]
    return [int(i) for i in part[np.argsort(-values[part], kind="stable")]]
