"""Speed of the bond lens and of insights on a big journal whose entries are already read.

Builds a 20,000-entry journal in a temporary folder (40 people; one of them, "Jordan",
in 2,000 entries), then stores a synthetic reading for every entry directly through
``Journal.save_readings`` with ``findings.Reading`` values (markers, emotions and a zero
vector) instead of running the model on 20,000 entries: the lens and insights only read
stored results, so how they were produced does not change what is measured. Each
figure is the median of several cold runs (the journal's memo is cleared before each),
measured in-process: gathering from the database plus the pure computation.

Requirements (issue 5): lens for a person with 2,000 entries <= 100 ms; insights over a
20,000-entry journal <= 1 s. Run from the repository root::

    .venv/bin/python bench/lens_speed.py
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bondlens.config import Settings
from bondlens.entries import Entry
from bondlens.exchange import ImportBatch, Located
from bondlens.exchange_service import import_batch
from bondlens.findings import VECTOR_SIZE, Finding, Reading
from bondlens.journal import Journal
from bondlens.lens_service import journal_insights, person_lens
from bondlens.people import Person

READER = "bench-reader"
SIGNS = ("harm", "apology", "reconciliation", "mutual_growth", "self_outside", "hard_to_leave")
KINDS = ("interaction", "interaction", "check_in", "support_given", "support_received")


def build(home: Path, entries: int, focus: int, people: int, seed: int = 7) -> Journal:
    rng = random.Random(seed)
    journal = Journal(Settings.load(home, env={}))
    names = ["Jordan", *(f"Person {i:02d}" for i in range(1, people))]
    batch = ImportBatch(
        people=[
            Located(f"person {i}", Person(n, relationship="friend", safe=i % 5 == 1))
            for i, n in enumerate(names)
        ]
    )
    start = date(2020, 1, 1)
    for i in range(entries):
        who = "Jordan" if i < focus else names[1 + i % (people - 1)]
        entry = Entry(
            text=f"Entry {i}: time with {who}, some words about how it went.",
            when=start + timedelta(days=rng.randrange(0, 6 * 365)),
            people=(who,),
            safety=rng.randint(1, 5) if rng.random() < 0.8 else None,
            kind=rng.choice(KINDS),
            tags=(rng.choice(("walk", "call", "dinner", "work")),),
        )
        batch.entries.append(Located(f"entry {i}", entry))
    import_batch(journal, batch)
    vector = bytes(2 * VECTOR_SIZE)
    while unread := journal.unread(READER, limit=2000):
        readings = []
        for ident, words in unread:
            found = [
                Finding(ident, "marker", s, round(rng.uniform(0.5, 1), 3), "a sentence")
                for s in SIGNS
                if rng.random() < 0.15
            ]
            found.append(Finding(ident, "emotion", "sadness", 0.6))
            readings.append(Reading(ident, words, (), tuple(found), vector))
        journal.save_readings(readings, READER)
    return journal


def timed(
    journal: Journal, work: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each cold run."""
    wall, cpu = [], []
    for _ in range(runs):
        journal._memo.clear()  # cold: nothing remembered from the run before
        began, began_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--focus", type=int, default=2_000, help="entries about Jordan")
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        journal = build(Path(folder), args.entries, args.focus, args.people)
        print(f"built and read {args.entries:,} entries in {time.perf_counter() - began:.1f} s")
        with journal:
            checks = [
                ("lens Jordan", lambda: person_lens(journal, "Jordan"), 0.100),
                ("insights", lambda: journal_insights(journal, date(2026, 1, 1)), 1.0),
            ]
            for label, work, limit in checks:
                work()  # warm the interpreter and the SQLite page cache
                times, cpu = timed(journal, work, args.runs)
                mid = statistics.median(times)
                print(
                    f"{label:<12} median {mid * 1000:7.1f} ms  max {max(times) * 1000:7.1f} ms"
                    f"  CPU median {statistics.median(cpu) * 1000:7.1f} ms"
                    f"  limit {limit * 1000:.0f} ms  {'met' if mid <= limit else 'NOT MET'}"
                    f"  (load {os.getloadavg()[0]:.1f})"
                )


if __name__ == "__main__":
    main()
