"""Throughput of the analysis engine on journal-like entries, and the one-text command.

Uses the seeded journal from ``make_journal.py`` (its entries average about 3.8
sentences). Run from the repository root::

    .venv/bin/python bench/analysis_speed.py --entries 1000
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import make_journal

from bondlens.analysis.engine import Engine
from bondlens.analysis.sentences import split

BONDLENS = Path(sys.executable).parent / "bondlens"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="timed `bondlens analyze` runs")
    args = parser.parse_args(argv)
    _, generated = make_journal.generate(args.entries)
    texts = [entry.text for entry in generated]
    sentences = sum(len(split(t)) for t in texts)
    engine = Engine()
    engine.analyze_many(texts[:50])  # warm up
    start = time.perf_counter()
    engine.analyze_many(texts)
    seconds = time.perf_counter() - start
    print(
        f"{len(texts):,} entries ({sentences / len(texts):.1f} sentences each): "
        f"{len(texts) / seconds:.0f} entries/s, {sentences / seconds:.0f} sentences/s"
    )
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(
            [str(BONDLENS), "analyze", "Coffee with Sam, it felt easy."],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    print(f"`bondlens analyze TEXT`, whole process: median {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
