"""How well crisis language is caught, on hand-written sets of our own.

    .venv/bin/python bench/eval_crisis.py                  # every set, screen and model
    .venv/bin/python bench/eval_crisis.py --set round5     # one set, the fast screen alone
    .venv/bin/python bench/eval_crisis.py --set round5 --model --misses
    .venv/bin/python bench/eval_crisis.py --journal --model    # false alarms on journal text

``--model`` runs the whole engine, exactly as ``bondlens analyze`` does (the fast screen,
then the embedding backstop; either may flag). Without it, only the fast screen that
``bondlens add`` runs at save time.

The sets (``bench/data/crisis_NAME.jsonl``; lines ``{"text", "crisis", "kinds", "note"}``)
were all written by us, in our own words, each before the round of tuning that followed
it: dev, holdout, fresh, unseen, final, then round5 (many voices: terse, long entries
with the crisis in the middle, typos, texting, UK spelling, non-native English,
euphemisms), then sealed, sealed2, sealed3 and sealed4. Each sealed set was written
before a round of tuning and scored once after it, before anyone tuned on it; its
misses then led to more general rules and examples. First scores (screen, engine
recall): sealed 46.2% / 87.5%, sealed2 61.7% / 83.3%, sealed3 46.8% / 78.7%, sealed4
52.8% / 86.1%, sealed5 47.8% / 90.0%, sealed6 66.7% / 93.3%, sealed7 67.5% / 92.5%,
sealed8 67.2% / 91.2%, sealed9 57.3% / 89.1%, sealed10 55.0% / 95.0%, sealed11 58.3% /
95.8%, sealed12 60.0% / 93.3%, sealed13 63.8% / 100%, sealed14 47.6% / 94.3%, sealed15 44.8% /
90.5%, sealed16 41.9% / 90.5%, sealed17 42.3% / 97.1%, sealed18 46.7% / 100%, sealed19
39.0% / 98.1%, sealed20 58.1% / 99.0% (docs/analysis.md has the idioms and the later
scores).
sealed5 was tuned on after that first score (the third round, on idioms);
voices_holdout, sealed6 and sealed7 from the fourth round, sealed8 and sealed9 from the
fifth, sealed10 from the sixth, sealed12 and sealed15 from the seventh. sealed4,
sealed11, sealed13, sealed14, sealed16, sealed17, sealed18, sealed19 and sealed20 have not
been tuned on.
round6, round7a, round7b and calm_everyday were written by helper writers as examples;
round9 was written for the seventh round's families and used as a tuning set. Since the
seventh round every tuning set is in ``crisis_examples.jsonl`` too, so this script's
figures for them are in sample; ``bench/crisis_cv.py`` reads them out of fold. round10a,
round10b and round10c (three helper writers: hyperbole and humour close to crisis,
quiet understated voices, threats and harm words on both sides) are tuning sets too,
but out of fold they did not help as examples, so they are not in the examples
(``crisis_thresholds.READ_ONLY``) and their figures here are out of sample for the
backstop; the ninth round's idiom rules were drawn from them. round11 (two helper
writers' probes: calm lines close to crisis wording, crisis lines hard to catch) is read
only in the same way; the probe round's rules were drawn from it. round12 (two helper
writers' acute messages typed as fragments, with calm mirrors) is read only too; the
fragment round's rules were drawn from it. Write a new set before trusting a new rule,
and never tune on the newest one.

Past and recovered statements ("two years ago I was suicidal") are labelled crisis on
purpose (the product shows resources gently rather than risk a miss); "I haven't hurt
myself since June" is a denial, labelled calm. A plan implies suicidal thoughts, so
"suicidal_thoughts" found on a plan sentence is not counted as wrong.

``--journal`` runs the sentences of ``beliefs_dev.jsonl`` and ``markers_dev.jsonl``,
ordinary journal text with no crisis language in mind, and counts the alarms. Some
marker sentences describe being hit or grabbed; the product treats those as danger, so
they are counted apart.

``report(set_name, use_model)`` returns the same figures as a dict for ``bench/eval.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from bondlens.analysis.crisis import KINDS, screen  # noqa: E402
from bondlens.analysis.results import Crisis  # noqa: E402

SET_NAMES = (
    "dev",
    "holdout",
    "fresh",
    "unseen",
    "final",
    "round5",
    "sealed",
    "sealed2",
    "sealed3",
    "sealed4",
    "voices_train",
    "voices_holdout",
    "sealed5",
    "sealed6",
    "sealed7",
    "sealed8",
    "sealed9",
    "round6",
    "sealed10",
    "round7a",
    "round7b",
    "sealed11",
    "sealed12",
    "sealed13",
    "round8",
    "sealed14",
    "sealed15",
    "sealed16",
    "sealed17",
    "sealed18",
    "round9",
    "sealed19",
    "sealed20",
    "round10a",
    "round10b",
    "round10c",
    "round11",
    "sealed21",
    "round12",
    "sealed22",
)
SETS = {name: ROOT / "bench" / "data" / f"crisis_{name}.jsonl" for name in SET_NAMES}
JOURNAL = (
    ROOT / "bench" / "data" / "beliefs_dev.jsonl",
    ROOT / "bench" / "data" / "markers_dev.jsonl",
)
#: Marker labels of journal sentences that describe being hurt by someone (see above).
HURT = frozenset({"harm"})
CALM_NOTES = ("idiom", "negation", "media", "other")


def load(set_name: str) -> list[dict[str, Any]]:
    lines = SETS[set_name].read_text(encoding="utf-8").splitlines()
    return [_with_note(json.loads(line)) for line in lines if line.strip()]


def _with_note(row: dict[str, Any]) -> dict[str, Any]:
    """The voices sets carry ``"idiom"`` instead of a note: calm lines become "idiom" or
    "other", crisis lines are noted by their kinds."""
    if "note" not in row:
        if row["crisis"]:
            row["note"] = "+".join(row["kinds"])
        else:
            row["note"] = "idiom" if row.get("idiom") else "other"
    return row


@cache
def _engine() -> Any:
    from bondlens.analysis.engine import Engine

    return Engine()


def detect(texts: Sequence[str], use_model: bool) -> list[Crisis]:
    """What the product finds in each text: the fast screen, or the whole engine."""
    if not use_model:
        return [screen(text) for text in texts]
    return [analysis.crisis for analysis in _engine().analyze_many(list(texts))]


def report(set_name: str, use_model: bool) -> dict[str, Any]:
    """Recall, false alarms and per-kind precision and recall on one set."""
    rows = load(set_name)
    return score(rows, detect([r["text"] for r in rows], use_model))


def score(rows: Sequence[dict[str, Any]], results: Sequence[Crisis]) -> dict[str, Any]:
    pairs = list(zip(rows, results, strict=True))
    crisis = [(r, c) for r, c in pairs if r["crisis"]]
    calm = [(r, c) for r, c in pairs if not r["crisis"]]
    caught = sum(c.flag for _, c in crisis)
    out: dict[str, Any] = {
        "texts": len(rows),
        "crisis": len(crisis),
        "recall": caught / max(len(crisis), 1),
        "caught": caught,
        "calm": len(calm),
        "false_alarms": sum(c.flag for _, c in calm),
        "calm_flagged": {},
        "misses_by_note": dict(Counter(str(r["note"]) for r, c in crisis if not c.flag)),
        "kinds": {},
        "misses": [r["text"] for r, c in crisis if not c.flag],
        "alarms": [(r["note"], list(c.kinds), r["text"]) for r, c in calm if c.flag],
        "kind_misses": [
            ([k for k in r["kinds"] if k not in c.kinds], list(c.kinds), r["text"])
            for r, c in crisis
            if c.flag and any(k not in c.kinds for k in r["kinds"])
        ],
    }
    for note in CALM_NOTES:
        group = [c for r, c in calm if r["note"] == note]
        if group:
            out["calm_flagged"][note] = (sum(c.flag for c in group), len(group))
    for kind in KINDS:
        accepted = [kind in _accepted(r) for r, _ in pairs]
        strict = [kind in r["kinds"] for r, _ in pairs]
        found = [kind in c.kinds for _, c in pairs]
        right = sum(a and f for a, f in zip(accepted, found, strict=True))
        hit = sum(s and f for s, f in zip(strict, found, strict=True))
        out["kinds"][kind] = {
            "recall": hit / max(sum(strict), 1),
            "found": hit,
            "positives": sum(strict),
            "precision": right / sum(found) if any(found) else 0.0,
            "flagged": sum(found),
        }
    return out


def journal_report(use_model: bool) -> dict[str, Any]:
    """Alarms on ordinary journal sentences (the belief and marker dev sets)."""
    rows = journal_rows()
    results = detect([r["text"] for r in rows], use_model)
    hurt = [bool(set(r.get("markers", [])) & HURT) for r in rows]
    flagged = [(r["text"], h) for r, c, h in zip(rows, results, hurt, strict=True) if c.flag]
    others = len(rows) - sum(hurt)
    return {
        "texts": len(rows),
        "flagged": len(flagged),
        "rate": len(flagged) / len(rows),
        "without_hurt": others,
        "flagged_without_hurt": sum(not h for _, h in flagged),
        "rate_without_hurt": sum(not h for _, h in flagged) / max(others, 1),
        "alarms": flagged,
    }


def journal_rows() -> list[dict[str, Any]]:
    """The ordinary journal sentences: every line of the belief and marker dev sets."""
    return [
        json.loads(line)
        for path in JOURNAL
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _accepted(row: dict[str, Any]) -> set[str]:
    kinds = set(row["kinds"])
    if "plan_or_means" in kinds:
        kinds.add("suicidal_thoughts")
    return kinds


def _print(name: str, found: dict[str, Any], *, show: bool) -> None:
    print(f"{name}: {found['texts']} texts ({found['crisis']} crisis)")
    print(f"  recall {found['caught']}/{found['crisis']} = {found['recall']:.1%}")
    misses = found["misses_by_note"]
    print("  misses by note: " + (", ".join(f"{n} {k}" for n, k in misses.items()) or "none"))
    for note, (flagged, total) in found["calm_flagged"].items():
        print(f"  {note} flagged: {flagged}/{total} = {flagged / total:.1%}")
    print(f"  all calm flagged: {found['false_alarms']}/{found['calm']}")
    for kind, k in found["kinds"].items():
        print(
            f"  {kind:<18} recall {k['found']}/{k['positives']} = {k['recall']:.1%}"
            f"   precision {k['precision']:.1%} of {k['flagged']}"
        )
    if show:
        for text in found["misses"]:
            print(f"    miss: {text}")
        for note, kinds, text in found["alarms"]:
            print(f"    alarm [{note}] {kinds}: {text}")
        for lost, got, text in found["kind_misses"]:
            print(f"    kind {lost} got {got}: {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", action="store_true", help="the whole engine, not the screen")
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--set", choices=SET_NAMES, help="one set (default: a table of all)")
    parser.add_argument("--journal", action="store_true", help="alarms on journal sentences")
    args = parser.parse_args()

    if args.journal:
        found = journal_report(args.model)
        print(
            f"journal sentences flagged: {found['flagged']}/{found['texts']} = {found['rate']:.1%}"
            f"; without those about being hurt: {found['flagged_without_hurt']}/"
            f"{found['without_hurt']} = {found['rate_without_hurt']:.1%}"
        )
        if args.misses:
            for text, hurt in found["alarms"]:
                print(f"    alarm{' [hurt]' if hurt else ''}: {text}")
        return
    if args.set:
        start = time.perf_counter()
        found = report(args.set, args.model)
        seconds = time.perf_counter() - start
        _print(
            f"crisis_{args.set}.jsonl ({'engine' if args.model else 'screen'})",
            found,
            show=args.misses,
        )
        print(f"  {seconds * 1000 / found['texts']:.2f} ms per text")
        return
    print("| set | crisis/calm | screen: recall, idioms flagged | engine: recall, idioms flagged |")
    print("|---|---|---|---|")
    for name in SET_NAMES:
        cells = []
        for use_model in (False, True):
            found = report(name, use_model)
            flagged, total = found["calm_flagged"].get("idiom", (0, 0))
            cells.append(f"{found['recall']:.1%}, {flagged}/{total}")
        print(f"| {name} | {found['crisis']}/{found['calm']} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
