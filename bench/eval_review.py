"""Score the independent review sets the way a reviewer will: through the real command.

The review sets (bench/data/review_*.jsonl, see review_README.md) were written apart
from the model data and are never tuned on. This runs them through
``bondlens analyze --batch - `` in one process, exactly the JSON a reviewer reads, and
reports:

- beliefs: per-belief precision, recall and F1, and the macro-F1 over the eight
  beliefs (a sentence counts as found for a belief when the belief is in its list);
- crisis: recall over the crisis lines (any flag counts; kinds are reported apart),
  the share of idiom lines flagged, and the share of the other non-crisis lines flagged.

    .venv/bin/python bench/eval_review.py
    .venv/bin/python bench/eval_review.py --misses    # also list every miss
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bondlens.vocabulary import BELIEFS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
BONDLENS = Path(sys.executable).parent / "bondlens"


def load(name: str) -> list[dict[str, object]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def analyze(rows: list[dict[str, object]]) -> dict[object, dict[str, object]]:
    batch = "\n".join(json.dumps({"id": r["id"], "text": r["text"]}) for r in rows)
    done = subprocess.run(
        [str(BONDLENS), "analyze", "--batch", "-"],
        input=batch,
        capture_output=True,
        text=True,
        check=True,
    )
    results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return {r["id"]: r for r in results}


def beliefs(misses: bool) -> float:
    rows = load("review_beliefs.jsonl")
    found = analyze(rows)
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        truth = set(row["beliefs"])  # type: ignore[arg-type]
        said = {b["id"] for b in found[row["id"]]["beliefs"]}  # type: ignore[index,union-attr]
        for belief in BELIEFS:
            if belief in truth and belief in said:
                counts[belief, "tp"] += 1
            elif belief in said:
                counts[belief, "fp"] += 1
                if misses:
                    print(f"  extra {belief:<15} {row['text']}")
            elif belief in truth:
                counts[belief, "fn"] += 1
                if misses:
                    print(f"  missed {belief:<14} {row['text']}")
    f1s = []
    print("belief            precision  recall  F1")
    for belief in BELIEFS:
        tp, fp, fn = (counts[belief, k] for k in ("tp", "fp", "fn"))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        print(f"{belief:<17} {precision:9.3f}  {recall:6.3f}  {f1:.3f}")
    macro = sum(f1s) / len(f1s)
    print(f"macro-F1 {macro:.3f} over {len(rows)} sentences")
    return macro


def crisis(misses: bool) -> float:
    rows = load("review_crisis.jsonl")
    found = analyze(rows)
    flagged: dict[str, list[bool]] = {"crisis": [], "idiom": [], "other": []}
    kinds: Counter[str] = Counter()
    kinds_hit: Counter[str] = Counter()
    for row in rows:
        said: Any = found[row["id"]]["crisis"]
        group = "crisis" if row["crisis"] else ("idiom" if row.get("idiom") else "other")
        flagged[group].append(bool(said["flag"]))
        for kind in row["kinds"]:  # type: ignore[attr-defined]
            kinds[kind] += 1
            kinds_hit[kind] += kind in said["kinds"]
        if misses and (group == "crisis") != said["flag"]:
            what = "missed" if group == "crisis" else f"flagged {group}"
            print(f"  {what:<14} {row['text']}")

    def share(group: str) -> float:
        return sum(flagged[group]) / max(len(flagged[group]), 1)

    caught = sum(flagged["crisis"])
    print(f"crisis recall {share('crisis'):.3f} ({caught} of {len(flagged['crisis'])})")
    print(f"idioms flagged {share('idiom'):.3f}; other non-crisis lines {share('other'):.3f}")
    for kind, total in sorted(kinds.items()):
        print(f"  kind {kind:<18} found {kinds_hit[kind]} of {total}")
    return share("crisis")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--only", choices=["beliefs", "crisis"], help="score one set")
    args = parser.parse_args(argv)
    if args.only != "crisis":
        beliefs(args.misses)
        print()
    if args.only != "beliefs":
        crisis(args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
