"""GoEmotions as our benchmarks read it: texts, label matrices, and cached vectors.

Shared by ``bench/train_emotions.py`` (which trains the emotions head) and
``bench/eval.py`` (which measures it). Vectors are cached under ``bench/out/`` (not
committed); the cache is keyed by the model id, so a different model embeds again.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "goemotions"
OUT = ROOT / "bench" / "out"
HEAD = ROOT / "src" / "bondlens" / "analysis" / "data" / "emotions.npz"


def label_names() -> list[str]:
    return (DATA / "emotions.txt").read_text(encoding="utf-8").split()


def read_split(split: str) -> tuple[list[str], NDArray[np.float32]]:
    """Texts and a [n, 28] 0/1 matrix of their labels, in file order."""
    names = label_names()
    texts: list[str] = []
    rows: list[list[int]] = []
    for line in (DATA / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
        text, ids, _comment_id = line.split("\t")
        texts.append(text)
        rows.append([int(i) for i in ids.split(",")])
    labels = np.zeros((len(texts), len(names)), dtype=np.float32)
    for row, label_ids in enumerate(rows):
        labels[row, label_ids] = 1.0
    return texts, labels


def vectors(split: str, texts: list[str]) -> NDArray[np.float32]:
    """The texts' vectors from the real Embedder, from the cache when it is there."""
    from bondlens.analysis.model import MODEL_ID, Embedder

    tag = re.sub(r"[^A-Za-z0-9.-]+", "_", MODEL_ID)
    cache = OUT / f"goemotions-{split}-{tag}.npy"
    if cache.exists():
        cached: NDArray[np.float32] = np.load(cache)
        if cached.shape[0] == len(texts):
            return cached
    OUT.mkdir(parents=True, exist_ok=True)
    embedder = Embedder()
    # Batches are padded to their longest text, so embedding in order of length is
    # much faster; a text's vector does not depend on its batch.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    result = np.zeros((len(texts), 384), dtype=np.float32)
    started = time.perf_counter()
    step = 2048
    for start in range(0, len(order), step):
        chunk = order[start : start + step]
        result[chunk] = embedder.embed([texts[i] for i in chunk], batch_size=64)
        done = start + len(chunk)
        rate = done / (time.perf_counter() - started)
        print(f"  {split}: {done}/{len(texts)} texts, {rate:.0f}/s", file=sys.stderr)
    np.save(cache, result)
    return result
