"""Search by meaning over a big journal: time per query, in one process.

Builds a journal of ``--entries`` seeded entries (``make_journal.py``), gives every
entry a real meaning vector (the model embeds each distinct sentence once and an
entry's vector is the mean of its sentences' vectors, exactly as the engine does),
then times ``reading.search`` for a set of queries written for this benchmark.

Run from the repository root::

    .venv/bin/python bench/search_speed.py --entries 100000
    .venv/bin/python bench/search_speed.py --entries 100000 --check   # exit 1 over 10 ms

Reported per query (median and 95th percentile over all queries and rounds):
``embed`` (the query through the model), ``index`` (comparing with every entry and
picking the best 20: the search itself) and ``total`` (``reading.search`` end to end for
a query not seen before: embedding, index and fetching the entries).
The first search also loads the vectors from SQLite and builds the index: reported
once as ``load``. ``agree@20`` is how many of the exact best 20 the index returned.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import make_journal
import numpy as np

from bondlens import reading
from bondlens.analysis.sentences import split
from bondlens.config import Settings
from bondlens.exchange_service import import_batch
from bondlens.findings import Reading
from bondlens.formats import ImportOptions, importer
from bondlens.journal import Journal
from bondlens.meaning import MeaningIndex

QUERIES = (
    "afraid to ask anyone for help",
    "a calm evening with a friend",
    "he shouted and then apologised",
    "feeling left out at a family dinner",
    "we laughed on a long walk",
    "I felt like a burden",
    "my sister called to check on me",
    "panic before the therapy session",
    "saying no and it went fine",
    "an argument about money",
    "nobody understands what happened to me",
    "grateful for the support group",
)
TARGET_MS = 10.0


def build(home: Path, entries: int) -> Journal:
    journal = Journal(Settings.load(home, env={}))
    path = make_journal.write_jsonl(home / "journal.jsonl", entries)
    batch = importer("jsonl").read(path.read_text("utf-8"), ImportOptions())
    import_batch(journal, batch)
    reader = reading.reader_id()
    waiting = journal.unread(reader, limit=entries + 1)
    sentences = {s for _, words in waiting for s in split(words)}
    ordered = sorted(sentences)
    print(f"embedding {len(ordered):,} distinct sentences for {len(waiting):,} entries …")
    vectors = reading.engine().embedder.embed(ordered)
    row = {s: i for i, s in enumerate(ordered)}
    readings = []
    for entry_id, words in waiting:
        mean = vectors[[row[s] for s in split(words)]].mean(axis=0)
        mean /= max(float(np.linalg.norm(mean)), 1e-12)
        readings.append(Reading(entry_id, words, (), (), mean.astype(np.float16).tobytes()))
    for start in range(0, len(readings), 5_000):
        journal.save_readings(readings[start : start + 5_000], reader)
    return journal


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--check", action="store_true", help=f"fail if the index takes over {TARGET_MS:.0f} ms"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        journal = build(Path(folder) / "home", args.entries)
        embedder = reading.engine().embedder
        start = time.perf_counter()
        reading.search(journal, "warm up")
        print(f"load: {time.perf_counter() - start:.2f} s (first search: vectors and index)")
        index: MeaningIndex = journal.remember("meaning-index", lambda: None)  # built above
        ids, matrix = journal.vectors()
        embed_t, index_t, total_t, agree = [], [], [], []
        for _ in range(args.rounds):
            for query in QUERIES:
                t0 = time.perf_counter()
                vector = embedder.embed([query])[0]
                t1 = time.perf_counter()
                found = index.search(vector, 20)
                reading.forget_queries()  # time the whole search, query embedding included
                t2 = time.perf_counter()
                reading.search(journal, query)
                t3 = time.perf_counter()
                embed_t.append(t1 - t0)
                index_t.append(t2 - t1)
                total_t.append(t3 - t2)
                exact = set(ids[np.argsort(-(matrix @ vector))[:20]].tolist())
                agree.append(len(exact & {i for i, _ in found}) / 20)
        journal.close()
    print(f"{len(ids):,} entries searched, {len(QUERIES) * args.rounds} queries")
    print(f"embed: {ms(embed_t)}")
    print(f"index: {ms(index_t)}")
    print(f"total: {ms(total_t)}")
    print(f"agree@20 with the exact search: {statistics.mean(agree):.3f}")
    if args.check and statistics.median(index_t) * 1000 > TARGET_MS:
        print(f"slower than {TARGET_MS:.0f} ms per query", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
