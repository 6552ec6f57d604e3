"""Throughput of the analysis engine on journal-like entries, and the one-text command.

Two sets of entries:

* the seeded journal from ``make_journal.py`` (entries of about 3.7 sentences). It is
  built from templates, so only about a quarter of its sentences are distinct, and the
  embedder embeds a repeated sentence once;
* entries in which every sentence is distinct: GoEmotions test comments (from
  ``shared/eval``), split into sentences and put together 3 or 4 to an entry. This is
  the figure for a journal that never repeats itself; it is skipped when the data is
  not there.

The machine is often shared, so the one-minute load average is printed with each
figure. Run from the repository root::

    .venv/bin/python bench/analysis_speed.py --entries 1000
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import make_journal

from bondlens.analysis.engine import Engine
from bondlens.analysis.sentences import split

BONDLENS = Path(sys.executable).parent / "bondlens"
GOEMOTIONS = Path(__file__).resolve().parent.parent.parent / "shared/eval/goemotions/test.tsv"


def distinct_entries(count: int) -> list[str]:
    """``count`` entries of 3 or 4 sentences (3.8 on average), no sentence repeated."""
    if not GOEMOTIONS.is_file():
        return []
    comments = [line.split("\t")[0] for line in GOEMOTIONS.read_text("utf-8").splitlines()]
    sentences = list(dict.fromkeys(s for comment in comments for s in split(comment)))
    entries = []
    start = 0
    while len(entries) < count and start < len(sentences):
        size = 3 if len(entries) % 5 == 0 else 4
        entries.append("\n".join(sentences[start : start + size]))
        start += size
    return entries


def throughput(engine: Engine, name: str, texts: Sequence[str]) -> None:
    sentences = [s for t in texts for s in split(t)]
    engine.analyze_many(texts[:200])  # warm up (and load the optimised session, see model.py)
    start, cpu = time.perf_counter(), time.process_time()
    engine.analyze_many(texts)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"{name}: {len(texts):,} entries ({len(sentences) / len(texts):.1f} sentences each, "
        f"{len(set(sentences)) / len(sentences):.0%} distinct): "
        f"{len(texts) / seconds:.0f} entries/s, {len(sentences) / seconds:.0f} sentences/s "
        f"(CPU {cpu / seconds:.1f} cores; load {os.getloadavg()[0]:.1f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="timed `bondlens analyze` runs")
    args = parser.parse_args(argv)
    _, generated = make_journal.generate(args.entries)
    engine = Engine()
    throughput(engine, "journal", [entry.text for entry in generated])
    distinct = distinct_entries(args.entries)
    if distinct:
        throughput(engine, "distinct sentences", distinct)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(
            [str(BONDLENS), "analyze", "Coffee with Sam, it felt easy."],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    print(
        f"`bondlens analyze TEXT`, whole process: median {statistics.median(times):.2f} s "
        f"(load {os.getloadavg()[0]:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
