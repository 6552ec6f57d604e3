"""How well crisis language is caught, on our own hand-written dev set.

    .venv/bin/python bench/eval_crisis.py            # the fast screen alone
    .venv/bin/python bench/eval_crisis.py --model    # the screen plus the embedding backstop
    .venv/bin/python bench/eval_crisis.py --misses   # also list every miss and false alarm
    .venv/bin/python bench/eval_crisis.py --set final    # never tuned on: quote these
    .venv/bin/python bench/eval_crisis.py --set final --model

The dev set (bench/data/crisis_dev.jsonl) was written by us, in our own words, and the
rules were tuned while looking at it: read the numbers as an upper bound, not as what
real journals will show. Past and recovered statements are labelled crisis on purpose
(the product shows resources gently rather than risk a miss). A plan implies suicidal
thoughts, so "suicidal_thoughts" found on a plan sentence is not counted as wrong.
More sets keep us honest. crisis_holdout, crisis_fresh and crisis_unseen were each
written after a round of tuning and scored before anyone looked at them (the first
score of each is in the report that added this script); their misses then led to more
general rules, so they are tuned on now too. crisis_final was written last and nothing
was tuned on it: its numbers are the ones to quote. Write a new set before trusting a
new rule.

Speed of the screen (it runs when an entry is saved) is measured here too.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from bondlens.analysis.crisis import KINDS, screen  # noqa: E402
from bondlens.analysis.results import Crisis  # noqa: E402

SETS = {
    name: ROOT / "bench" / "data" / f"crisis_{name}.jsonl"
    for name in ("dev", "holdout", "fresh", "unseen", "final")
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", action="store_true", help="add the embedding backstop")
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="which sentences")
    parser.add_argument(
        "--save-vectors",
        action="store_true",
        help="with --model: store the crisis examples' vectors beside them",
    )
    args = parser.parse_args()
    data = SETS[args.set]
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line]

    start = time.perf_counter()
    screened = [screen(row["text"]) for row in rows]
    per_text_ms = (time.perf_counter() - start) * 1000 / len(rows)
    results = screened
    if args.model:
        results = _with_model([row["text"] for row in rows], screened, save=args.save_vectors)

    flags = ["--model"] if args.model else []
    flags += [] if args.set == "dev" else ["--set", args.set]
    command = " ".join(["bench/eval_crisis.py", *flags])
    print(f"$ .venv/bin/python {command}")
    print(f"{data.name}: {len(rows)} texts ({sum(r['crisis'] for r in rows)} crisis)")
    print(f"screen speed: {per_text_ms:.3f} ms per text on average (stdlib rules only)")
    _report(rows, results, show=args.misses)


def _with_model(texts: list[str], screened: list[Crisis], *, save: bool) -> list[Crisis]:
    from bondlens.analysis.crisis_model import VECTORS, CrisisHead
    from bondlens.analysis.model import Embedder

    embedder = Embedder()
    head = CrisisHead(embedder, vectors=None if save else VECTORS)
    if save:
        head.save_vectors()
        print(f"saved {VECTORS.relative_to(ROOT)}")
    out = []
    for text, first in zip(texts, screened, strict=True):
        out.append(head.check(text, first))
    return out


def _report(rows: list[dict[str, object]], results: list[Crisis], *, show: bool) -> None:
    crisis = [(r, c) for r, c in zip(rows, results, strict=True) if r["crisis"]]
    calm = [(r, c) for r, c in zip(rows, results, strict=True) if not r["crisis"]]
    caught = sum(c.flag for _, c in crisis)
    print(f"recall on crisis texts: {caught}/{len(crisis)} = {caught / len(crisis):.1%}")
    notes = Counter(str(r["note"]) for r, _ in crisis)
    missed_notes = Counter(str(r["note"]) for r, c in crisis if not c.flag)
    print(
        "  misses by note: "
        + (", ".join(f"{n} {missed_notes[n]}/{notes[n]}" for n in missed_notes) or "none")
    )
    for note in ("idiom", "negation", "media", "other"):
        group = [c for r, c in calm if r["note"] == note]
        if group:
            flagged = sum(c.flag for c in group)
            print(f"{note} flagged: {flagged}/{len(group)} = {flagged / len(group):.1%}")
    false_alarms = sum(c.flag for _, c in calm)
    print(f"all non-crisis flagged: {false_alarms}/{len(calm)} = {false_alarms / len(calm):.1%}")
    print("per kind (a plan sentence may also count as suicidal_thoughts):")
    for kind in KINDS:
        gold = [kind in _accepted(r) for r, _ in crisis + calm]
        strict_gold = [kind in r["kinds"] for r, _ in crisis + calm]  # type: ignore[operator]
        found = [kind in c.kinds for _, c in crisis + calm]
        tp = sum(g and f for g, f in zip(gold, found, strict=True))
        positives = sum(strict_gold)
        hit = sum(s and f for s, f in zip(strict_gold, found, strict=True))
        precision = tp / sum(found) if any(found) else 0.0
        print(
            f"  {kind:<18} recall {hit}/{positives} = {hit / max(positives, 1):.1%}"
            f"   precision {tp}/{sum(found)} = {precision:.1%}"
        )
    if show:
        print("\nmisses:")
        for r, c in crisis:
            if not c.flag:
                print(f"  [{r['note']}] {r['text']}")
        print("false alarms:")
        for r, c in calm:
            if c.flag:
                print(f"  [{r['note']}] {list(c.kinds)} {r['text']}")
        print("kind misses (flagged, but without the labelled kind):")
        for r, c in crisis:
            lost = [k for k in r["kinds"] if k not in c.kinds]  # type: ignore[attr-defined]
            if c.flag and lost:
                print(f"  {lost} got {list(c.kinds)}: {r['text']}")


def _accepted(row: dict[str, object]) -> set[str]:
    kinds = set(row["kinds"])  # type: ignore[call-overload]
    if "plan_or_means" in kinds:
        kinds.add("suicidal_thoughts")
    return kinds


if __name__ == "__main__":
    main()
