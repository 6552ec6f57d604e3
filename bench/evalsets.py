"""The distortions and interpersonal-risk evaluation sets, as our benchmarks read them.

Both are evaluation only (shared/eval/README.md): nothing is trained on them. Thresholds
may be chosen on the distortions "dev" part (80% of a fixed seeded split) and on
interpersonal-risk "train"; the distortions "test" part and interpersonal-risk "val"
are where figures are reported.

Their posts run to many sentences, so each post is split the way the product splits an
entry and every distinct sentence is embedded once by the real ``Embedder``, cached
under ``bench/out/`` (not committed), keyed by the set, its sentences and the model id.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from bondlens.analysis.sentences import split

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
EVAL = ROOT.parent / "shared" / "eval"

DISTORTIONS = EVAL / "distortions" / "Annotated_data.csv"
DISTORTIONS_SPLIT = ROOT / "bench" / "data" / "distortions_split.json"
DISTORTIONS_SEED = 20261122  # fixed once; the split file is the record, keep it
NO_DISTORTION = "No Distortion"
RISK = EVAL / "interpersonal-risk"


@dataclass(frozen=True)
class Split:
    seed: int
    dev: tuple[int, ...]
    test: tuple[int, ...]


@dataclass(frozen=True)
class Posts:
    """Texts with a yes/no label each."""

    texts: list[str]
    truth: NDArray[np.bool_]


def distortion_rows() -> list[dict[str, str]]:
    with DISTORTIONS.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def distortions_split() -> Split:
    """The fixed 80/20 split of the distortions set, by Id_Number: "dev" and "test".

    Made once with ``DISTORTIONS_SEED`` and saved to bench/data/distortions_split.json;
    after that the file is read, never remade. Evaluation only: detectors may set
    thresholds on "dev" and report "test"; nothing trains on either part.
    """
    if not DISTORTIONS_SPLIT.exists():
        ids = sorted(int(row["Id_Number"]) for row in distortion_rows())
        shuffled = np.random.default_rng(DISTORTIONS_SEED).permutation(ids).tolist()
        cut = round(len(shuffled) * 0.8)
        parts = {"dev": sorted(shuffled[:cut]), "test": sorted(shuffled[cut:])}
        lines = [f'  "{name}": {json.dumps(members)}' for name, members in parts.items()]
        text = "{\n" + f'  "seed": {DISTORTIONS_SEED},\n' + ",\n".join(lines) + "\n}\n"
        DISTORTIONS_SPLIT.parent.mkdir(parents=True, exist_ok=True)
        DISTORTIONS_SPLIT.write_text(text, encoding="utf-8")
    saved = json.loads(DISTORTIONS_SPLIT.read_text(encoding="utf-8"))
    return Split(int(saved["seed"]), tuple(saved["dev"]), tuple(saved["test"]))


def distortions(part: str) -> tuple[Posts, Sentences]:
    """The "dev" or "test" part (truth: any distortion) and its sentences.

    The whole set is embedded once, under one cache file, whichever part is asked for."""
    rows = distortion_rows()
    members = set(getattr(distortions_split(), part))
    chosen = [i for i, row in enumerate(rows) if int(row["Id_Number"]) in members]
    every = sentences_of("distortions", [row["Patient Question"] for row in rows])
    posts = Posts(
        [rows[i]["Patient Question"] for i in chosen],
        np.array([rows[i]["Dominant Distortion"].strip() != NO_DISTORTION for i in chosen]),
    )
    return posts, every.subset(chosen)


def risk(name: str, label: str = "burden") -> Posts:
    """Interpersonal-risk "train" or "val": each post, truth = ``label`` is 1."""
    with (RISK / f"{name}_data.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return Posts([r["text"] for r in rows], np.array([r[label].strip() == "1" for r in rows]))


@dataclass(frozen=True)
class Sentences:
    """Every sentence of a list of texts, with its text's index and its vector."""

    sentences: list[str]
    owner: NDArray[np.int64]  # [sentences], the index of the text each came from
    vectors: NDArray[np.float32]  # [sentences, 384]
    count: int  # how many texts

    def subset(self, texts: Sequence[int]) -> Sentences:
        """The sentences of the chosen texts only, numbered in the order given."""
        new = np.full(self.count, -1, dtype=np.int64)
        new[np.asarray(texts, dtype=np.int64)] = np.arange(len(texts))
        keep = np.flatnonzero(new[self.owner] >= 0)
        order = keep[np.argsort(new[self.owner[keep]], kind="stable")]
        return Sentences(
            [self.sentences[i] for i in order],
            new[self.owner[order]],
            self.vectors[order],
            len(texts),
        )

    def of(self, index: int) -> NDArray[np.int64]:
        """The rows of text ``index``'s sentences."""
        return np.flatnonzero(self.owner == index)

    def per_text_max(self, scores: NDArray[np.float32], empty: float = 0.0) -> NDArray[np.float32]:
        """Each text's highest sentence score; ``empty`` for a text without sentences."""
        result = np.full(self.count, -np.inf, dtype=np.float32)
        np.maximum.at(result, self.owner, scores)
        result[~np.isfinite(result)] = empty
        return result

    def per_text(
        self, scores: NDArray[np.float32], reduce: Callable[[NDArray[np.float32]], float]
    ) -> NDArray[np.float32]:
        """Each text's sentence scores passed to ``reduce`` (a function of a 1-D array)."""
        order = np.argsort(self.owner, kind="stable")
        bounds = np.searchsorted(self.owner[order], np.arange(self.count + 1))
        return np.array(
            [reduce(scores[order[bounds[i] : bounds[i + 1]]]) for i in range(self.count)],
            dtype=np.float32,
        )


def sentences_of(name: str, texts: Sequence[str]) -> Sentences:
    """Split and embed ``texts`` (cached in bench/out/ under ``name``)."""
    from bondlens.analysis.model import MODEL_ID, Embedder

    pieces: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(texts):
        for sentence in split(text):
            pieces.append(sentence)
            owner.append(index)
    digest = hashlib.sha256("\n".join(pieces).encode("utf-8")).hexdigest()[:12]
    tag = re.sub(r"[^A-Za-z0-9.-]+", "_", MODEL_ID)
    cache = OUT / f"sentences-{name}-{digest}-{tag}.npy"
    if cache.exists():
        vectors: NDArray[np.float32] = np.load(cache)
    else:
        OUT.mkdir(parents=True, exist_ok=True)
        distinct = list(dict.fromkeys(pieces))
        # Batches are padded to their longest text: embedding in order of length is
        # much faster, and a sentence's vector does not depend on its batch.
        order = sorted(range(len(distinct)), key=lambda i: len(distinct[i]))
        found = np.zeros((len(distinct), 384), dtype=np.float32)
        embedder = Embedder()
        started = time.perf_counter()
        for start in range(0, len(order), 2048):
            chunk = order[start : start + 2048]
            found[chunk] = embedder.embed([distinct[i] for i in chunk], batch_size=64)
            done = start + len(chunk)
            rate = done / (time.perf_counter() - started)
            print(f"  {name}: {done}/{len(distinct)} sentences, {rate:.0f}/s", file=sys.stderr)
        where = {text: i for i, text in enumerate(distinct)}
        vectors = found[[where[p] for p in pieces]] if pieces else found[:0]
        np.save(cache, vectors)
    return Sentences(pieces, np.array(owner, dtype=np.int64), vectors, len(texts))
