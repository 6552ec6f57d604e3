"""CPU cost of the crisis screen: importing it, and screening one entry.

``bondlens add`` runs :func:`bondlens.analysis.crisis.screen` when an entry is saved, in a
process whose whole budget is 0.15 s, so importing the screen and running it on a
typical entry should cost at most about 10 ms of CPU. Measured here, each number the
median of many runs:

* ``import (whole)``: ``import bondlens.analysis.crisis`` in a fresh interpreter,
  everything it pulls in included (dataclasses, typing, ``results``, ``resources``);
* ``import (own)``: the same with those dependencies already imported, as they are in
  ``bondlens add``;
* ``first screen``: the first ``screen(text)`` after that import, which compiles the
  patterns the text can match (``crisis_rules.Rules``);
* ``screen, warm``: one more call in a long-lived process, every pattern already compiled.

Every import number is CPU time (``time.process_time``) of one fresh interpreter, started
from here; by default Python may write and reuse its bytecode cache, as on a user's
machine (``--no-bytecode-cache`` compiles the sources each time, as some CI shells do).
``--src DIR`` measures another copy of the package (say, an older version) instead.

    .venv/bin/python bench/crisis_speed.py
    .venv/bin/python bench/crisis_speed.py --runs 31 --no-bytecode-cache
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ENTRIES = {
    "short": "Quiet day. Read for a bit and went to bed early.",
    "typical": (
        "Today was long. I went to work and my boss was annoying again, then I had dinner "
        "with my partner and we talked about the weekend. I feel tired but okay, and I want "
        "to sleep early tonight. Tomorrow I will call my mum and ask about her garden, and "
        "maybe go for a run before work if the rain stops."
    ),
    "long": (
        "Woke up at six with the alarm and lay there for a while listening to the rain. "
        "Made coffee, fed the cat, and answered a few emails before the train. Work was a "
        "mix of meetings and quiet hours; the project review went better than I expected "
        "and my manager said the plan looks solid, which was a relief after last week. "
        "Lunch with Sam, who is moving to Leeds next month, and we talked about how odd it "
        "will be without her around. In the afternoon I fixed the report that had been "
        "bugging me and felt properly useful for once. On the way home I called my dad; his "
        "knee is still sore but he is walking more. Dinner was leftovers. My partner and I "
        "watched half a film and argued a bit about the holidays, nothing serious, we both "
        "want to see family but not the same family. I keep thinking I should exercise "
        "more and sleep earlier, and I keep not doing it. Tomorrow: dentist at nine, then "
        "the long meeting, then hopefully a walk by the river if the weather holds. I am "
        "grateful for small things today: the coffee, Sam's laugh, the cat asleep on my "
        "feet, the quiet after the rain. I want to remember that days like this are fine."
    ),
    "crisis": (
        "I can't do this any more. I have been saving up my pills and I wrote a note to my "
        "sister. Nobody would even notice if I was gone."
    ),
}

_CHILD = """
import sys, time
sys.path.insert(0, {src!r})
if {own}:
    import bondlens.analysis.resources, bondlens.analysis.results, bondlens.analysis.sentences
start = time.process_time()
import bondlens.analysis.crisis as crisis
imported = time.process_time()
crisis.screen({text!r})
done = time.process_time()
print((imported - start) * 1000, (done - imported) * 1000)
"""


def _child(src: Path, text: str, *, own: bool, bytecode: bool) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    code = _CHILD.format(src=str(src), own=own, text=text)
    flags = [] if bytecode else ["-B"]
    out = subprocess.run(
        [sys.executable, *flags, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    return float(out[0]), float(out[1])


def _median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="fresh processes per number")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="package to measure")
    parser.add_argument("--no-bytecode-cache", action="store_true", help="compile sources")
    parser.add_argument("--json", action="store_true", help="print the medians as JSON")
    args = parser.parse_args()
    bytecode = not args.no_bytecode_cache
    src = args.src.resolve()

    _child(src, ENTRIES["typical"], own=False, bytecode=bytecode)  # warm the cache
    whole = [_child(src, "", own=False, bytecode=bytecode)[0] for _ in range(args.runs)]
    results: dict[str, float] = {"import_whole_ms": _median(whole)}
    print(f"source: {src}   bytecode cache: {'yes' if bytecode else 'no'}   runs: {args.runs}")
    print(f"import (whole)  {results['import_whole_ms']:7.2f} ms CPU")
    for name, text in ENTRIES.items():
        runs = [_child(src, text, own=True, bytecode=bytecode) for _ in range(args.runs)]
        own_import = _median([r[0] for r in runs])
        first = _median([r[1] for r in runs])
        total = _median([r[0] + r[1] for r in runs])
        results[f"import_own_ms_{name}"] = own_import
        results[f"first_screen_ms_{name}"] = first
        results[f"import_plus_first_screen_ms_{name}"] = total
        print(
            f"{name:<8} ({len(text):4} chars)  import (own) {own_import:6.2f} ms"
            f" + first screen {first:6.2f} ms = {total:6.2f} ms CPU"
        )

    sys.path.insert(0, str(src))
    from bondlens.analysis.crisis import screen

    for text in ENTRIES.values():
        screen(text)  # compile what each entry needs: warm numbers from here on
    for name, text in ENTRIES.items():
        times = []
        for _ in range(200):
            start = time.process_time()
            screen(text)
            times.append((time.process_time() - start) * 1000)
        results[f"screen_warm_ms_{name}"] = _median(times)
        print(f"screen, warm  {name:<8} {_median(times):7.3f} ms (median of {len(times)})")
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
