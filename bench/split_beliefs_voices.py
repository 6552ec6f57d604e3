"""Split the independent writer's beliefs_voices.jsonl into examples, dev2 and a held-out part.

    .venv/bin/python bench/split_beliefs_voices.py            # write the two sets, print
    .venv/bin/python bench/split_beliefs_voices.py --append   # also add the training part
                                                              # to beliefs_examples.jsonl

``bench/data/beliefs_voices.jsonl`` (see ``beliefs_voices_README.md``) was written by an
independent writer who never saw our data: 45 sentences per belief and 120 with no
belief. With a fixed seed it is split, stratified by label (each belief and "no
belief" keeps its share), 50% / 25% / 25%:

- the training half goes into ``src/bondlens/analysis/data/beliefs_examples.jsonl``
  (a belief line as a positive of that belief, a no-belief line as a neutral ``none``
  line), each with the note ``voices``;
- ``beliefs_dev2.jsonl``: a second calibration set, used with ``beliefs_dev.jsonl`` to
  choose the thresholds (``bench/calibrate_beliefs.py``);
- ``beliefs_voices_holdout.jsonl``: scored only (``bench/eval.py``), never tuned on.

The same seed always gives the same split; ``--append`` refuses to add lines twice.

``bench/data/beliefs_voices2.jsonl`` (a second independent writer, not in the examples)
is split in memory by ``split_voices2`` (seed 20261124, stratified) 75% / 25%: a third
calibration set for the thresholds (``bench/calibrate_beliefs.py``) and a held-out part
that is only scored.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SOURCE = DATA / "beliefs_voices.jsonl"
DEV2 = DATA / "beliefs_dev2.jsonl"
HOLDOUT = DATA / "beliefs_voices_holdout.jsonl"
EXAMPLES = ROOT / "src" / "bondlens" / "analysis" / "data" / "beliefs_examples.jsonl"
SOURCE2 = DATA / "beliefs_voices2.jsonl"
SEED = 20261123
SEED2 = 20261124
HELD_OUT2_SHARE = 0.25
TRAIN_SHARE, DEV2_SHARE = 0.5, 0.25
NOTE = "voices"

Row = dict[str, object]


def stratum(row: Row) -> str:
    beliefs = sorted(map(str, row["beliefs"]))  # type: ignore[call-overload]
    return "+".join(beliefs) or "none"


def stratified(rows: Sequence[Row], seed: int, shares: Sequence[float]) -> list[list[Row]]:
    """``rows`` cut into ``len(shares) + 1`` parts, stratified by label: in each stratum
    (shuffled with ``seed``) the first parts take their ``shares``, the last the rest.
    Each part keeps the source's order."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[stratum(row)].append(row)
    rng = random.Random(seed)
    parts: list[list[Row]] = [[] for _ in range(len(shares) + 1)]
    for name in sorted(groups):
        group = list(groups[name])
        rng.shuffle(group)
        cuts = [0]
        for share in shares:
            cuts.append(cuts[-1] + int(len(group) * share + 0.5))
        cuts.append(len(group))
        for part, start, end in zip(parts, cuts[:-1], cuts[1:], strict=True):
            part += group[start:end]
    order = {id(row): index for index, row in enumerate(rows)}
    for part in parts:
        part.sort(key=lambda row: order[id(row)])
    return parts


def split_rows(rows: Sequence[Row]) -> tuple[list[Row], list[Row], list[Row]]:
    """(training, dev2, held out), each in the source's order."""
    train, dev2, holdout = stratified(rows, SEED, (TRAIN_SHARE, DEV2_SHARE))
    return train, dev2, holdout


def split_voices2(rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    """``beliefs_voices2.jsonl`` as (calibration, held out), stratified, each in file order."""
    held_out, calibration = stratified(rows, SEED2, (HELD_OUT2_SHARE,))
    return calibration, held_out


def load_voices2() -> tuple[list[Row], list[Row]]:
    """The second writer's set, split: (calibration, held out)."""
    lines = SOURCE2.read_text(encoding="utf-8").splitlines()
    return split_voices2([json.loads(line) for line in lines if line.strip()])


def as_examples(rows: Sequence[Row]) -> list[Row]:
    examples: list[Row] = []
    for row in rows:
        beliefs = list(row["beliefs"])  # type: ignore[call-overload]
        if not beliefs:
            examples.append({"id": "none", "text": row["text"], "label": 0, "note": NOTE})
        for belief in beliefs:
            examples.append({"id": belief, "text": row["text"], "label": 1, "note": NOTE})
    return examples


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--append", action="store_true", help="add the training part")
    args = parser.parse_args(argv)
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    rows: list[Row] = [json.loads(line) for line in lines if line.strip()]
    train, dev2, holdout = split_rows(rows)
    for path, part in ((DEV2, dev2), (HOLDOUT, holdout)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), "utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {len(part)} lines")
    if args.append:
        existing = EXAMPLES.read_text(encoding="utf-8")
        known = {json.loads(line)["text"].lower() for line in existing.splitlines() if line}
        new = [e for e in as_examples(train) if str(e["text"]).lower() not in known]
        if len(new) != len(train):
            print(f"{len(train) - len(new)} training lines are already examples: not appending")
            return 1
        if not existing.endswith("\n"):
            existing += "\n"
        text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in new)
        EXAMPLES.write_text(existing + text, encoding="utf-8")
        print(f"appended {len(new)} lines to {EXAMPLES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
