"""Split the independent writer's crisis_voices.jsonl into a training part and a held-out part.

    .venv/bin/python bench/split_voices.py

``bench/data/crisis_voices.jsonl`` (see ``crisis_voices_README.md``) was written by an
independent writer who never saw our data. With a fixed seed it is split 70% / 30%,
stratified by crisis kind, idiom and other calm lines (so every group keeps its share):

- ``crisis_voices_train.jsonl``: added to ``src/bondlens/analysis/data/crisis_examples.jsonl``
  and used to choose thresholds;
- ``crisis_voices_holdout.jsonl``: scored only, never tuned on.

The same seed always gives the same split.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SOURCE = DATA / "crisis_voices.jsonl"
TRAIN = DATA / "crisis_voices_train.jsonl"
HOLDOUT = DATA / "crisis_voices_holdout.jsonl"
SEED = 20261123
SHARE = 0.7


def stratum(row: dict[str, object]) -> str:
    if row["crisis"]:
        return "crisis:" + "+".join(sorted(map(str, row["kinds"])))  # type: ignore[call-overload]
    return "idiom" if row.get("idiom") else "other"


def main() -> None:
    rows = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line]
    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        groups[stratum(row)].append(row)
    rng = random.Random(SEED)
    train, holdout = [], []
    for name in sorted(groups):
        group = list(groups[name])
        rng.shuffle(group)
        cut = round(len(group) * SHARE)
        train += group[:cut]
        holdout += group[cut:]
        print(f"{name}: {cut} train, {len(group) - cut} held out")
    order = {id(row): index for index, row in enumerate(rows)}
    for path, part in ((TRAIN, train), (HOLDOUT, holdout)):
        part.sort(key=lambda row: order[id(row)])
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in part)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {len(part)} lines")


if __name__ == "__main__":
    main()
