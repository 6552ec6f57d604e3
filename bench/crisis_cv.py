"""Does the crisis backstop read a new writer better with other writers' sets as examples?

    .venv/bin/python bench/crisis_cv.py            # every tuning set, shipped thresholds
    .venv/bin/python bench/crisis_cv.py --grid     # the same over a grid of thresholds
    .venv/bin/python bench/crisis_cv.py --sets sealed12 sealed15
    .venv/bin/python bench/crisis_cv.py --show     # and each line read wrongly, out of fold
    .venv/bin/python bench/crisis_cv.py --idiom-weight 2   # idioms count twice in the fits

Each tuning set of ``bench/crisis_thresholds.py`` stands for one writer (or one round of
writing). Leave one set out: the backstop's heads are fitted on the examples written as
examples ("core": the example file without any line of a tuning set) plus every other
tuning set (``crisis_train.fit_heads``), and the held-out set is read by the whole engine
(rules and backstop) with those heads. The comparison is the heads fitted on the core
examples alone, reading the same sets. Since the seventh round the shipped examples hold
the tuning sets too, so this is how the thresholds are chosen and how the tuning sets'
figures are read: out of fold. The sets in ``crisis_thresholds.READ_ONLY`` are not
among the shipped examples, so they are read but never fitted on (for them, the left-out
heads are those fitted on every other set). Never-tuned sets are not read. Journal alarms are the
mean over the folds of each fold's heads on the journal sentences (with ``--sets``, over
the listed sets' folds only, so it is not the figure of a run over every set).

Nothing of the product is written. The fold heads are kept in ``bench/out/crisis_cv``
under a fingerprint of everything they were fitted from (the data, the settings, the
labels and the fitting code: ``crisis_train``, ``belief_head``, ``exemplars``), so a
second run with the same examples and settings takes minutes, even after a change to
how the engine reads; the first takes about 30 minutes on two cores (one fit a set).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import crisis_thresholds  # noqa: E402
import crisis_train  # noqa: E402
import eval_crisis  # noqa: E402

from bondlens.analysis import belief_head, crisis_model, exemplars  # noqa: E402
from bondlens.analysis.crisis import KINDS  # noqa: E402
from bondlens.analysis.exemplars import Example  # noqa: E402

CACHE = ROOT / "bench" / "out" / "crisis_cv"
#: Thresholds tried with --grid (the rest stay as shipped).
GRID = {"CLOSE": (0.3, 0.4), "LIKELY": (0.7, 0.75, 0.8, 0.85), "FLOOR": (0.25, 0.3, 0.35)}


def as_examples(rows: list[dict[str, Any]]) -> list[Example]:
    """A set's lines as crisis examples: the kind (a plan before the rest), or "none"."""
    found = []
    for row in rows:
        kinds = [k for k in KINDS if k in row["kinds"]]
        kind = kinds[0] if row["crisis"] and kinds else crisis_model.NEUTRAL
        if row["crisis"] and "plan_or_means" in kinds:
            kind = "plan_or_means"
        found.append(Example(kind, row["text"], int(row["crisis"])))
    return found


def head_from(
    examples: list[Example], vectors: Any, everyday: Any, embedder: Any, model: Any, words: Any
) -> Any:
    """A ``CrisisHead`` over ``examples`` (their ``vectors``) with fitted heads."""
    labels = [e.id if e.label else crisis_model.NEUTRAL for e in examples]
    return crisis_model.CrisisHead.fitted(embedder, labels, vectors, everyday, model, words)


def fitted_heads(
    examples: list[Example], vectors: Any, calm: list[str], everyday: Any, copies: dict[str, int]
) -> tuple[Any, Any]:
    """``crisis_train.fit_heads`` on ``examples``, each counted as many times as
    ``copies`` says (once if not named), kept in ``CACHE`` under a fingerprint of all it
    depends on."""
    import numpy as np

    counts = [copies.get(e.text, 1) for e in examples]
    digest = hashlib.sha256(
        repr(
            (
                [(e.id, e.text, e.label, n) for e, n in zip(examples, counts, strict=True)],
                calm,
                crisis_train.L2,
                crisis_train.HARD,
                crisis_train.WORD_SCALE,
                crisis_train.WORDS_L2,
                (crisis_model.NEUTRAL, crisis_model.ANY, KINDS),  # the labels fitted
            )
        ).encode()
    )
    digest.update(np.ascontiguousarray(vectors, dtype=np.float32).tobytes())
    # The fitting code. The reading code (crisis_model, crisis) is not part of the key: a
    # change there is measured on the same fitted heads, in minutes.
    for module in (crisis_train, belief_head, exemplars):
        digest.update(Path(module.__file__ or "").read_bytes())
    path = CACHE / f"{digest.hexdigest()[:24]}.pickle"
    if path.exists():
        with path.open("rb") as file:
            cached: tuple[Any, Any] = pickle.load(file)  # our own cache
            return cached
    index = [i for i, n in enumerate(counts) for _ in range(n)]
    heads = crisis_train.fit_heads(
        [examples[i] for i in index], np.asarray(vectors)[index], calm, everyday
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        pickle.dump(heads, file)
    return heads


def idiom_texts(sets: dict[str, list[dict[str, Any]]]) -> set[str]:
    """Every line marked as an idiom, in the examples or in the tuning ``sets``."""
    found = {e.text for e in exemplars.load_examples(crisis_model.EXAMPLES) if e.note == "idiom"}
    found.update(row["text"] for rows in sets.values() for row in rows if row["note"] == "idiom")
    return found


def show(name: str, rows: list[dict[str, Any]], prepared: Any, head: Any) -> None:
    """Print each line of a held-out set read wrongly, and what flagged a calm one."""
    found = crisis_thresholds.flags(prepared, head)
    for row, flag, (_, _, screened) in zip(rows, found, prepared, strict=True):
        if row["crisis"] and not flag:
            print(f"  {name} MISSED {row['kinds']}: {row['text']}")
        elif flag and not row["crisis"]:
            by = "screen" if screened.flag else "backstop"
            print(f"  {name} FLAGGED {row['note'] or 'calm'} by {by}: {row['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(crisis_thresholds.TUNING))
    parser.add_argument("--grid", action="store_true", help="a small grid of thresholds")
    parser.add_argument("--show", action="store_true", help="print each line read wrongly")
    parser.add_argument(
        "--idiom-weight", type=int, default=1, help="count each idiom line this many times"
    )
    args = parser.parse_args()
    import numpy as np

    from bondlens.analysis.model import Embedder

    embedder = Embedder(optimised=True)  # the session every stored vector was made with
    shipped = crisis_model.CrisisHead(embedder)
    calm = crisis_train.everyday_texts()
    sets = {name: eval_crisis.load(name) for name in crisis_thresholds.TUNING}
    in_sets = {row["text"] for rows in sets.values() for row in rows}
    # The examples written as examples ("core"): every line of a tuning set left out,
    # whether or not the shipped file holds it.
    pairs = crisis_model.load_examples()
    keep = [i for i, (_, text) in enumerate(pairs) if text not in in_sets]
    core = [
        Example(kind if kind in KINDS else crisis_model.NEUTRAL, text, int(kind in KINDS))
        for kind, text in (pairs[i] for i in keep)
    ]
    core_vectors = shipped.vectors[keep]
    known = {e.text for e in core}
    lines = {
        name: [e for e in as_examples(rows) if e.text not in known]
        for name, rows in sets.items()
        if name not in crisis_thresholds.READ_ONLY  # read, never fitted on
    }
    vectors = {name: embedder.embed([e.text for e in found]) for name, found in lines.items()}
    prepared = {
        name: crisis_thresholds.prepare([r["text"] for r in sets[name]], shipped, embedder)
        for name in args.sets
    }
    copies = dict.fromkeys(idiom_texts(sets), args.idiom_weight)
    journal = [r["text"] for r in eval_crisis.journal_rows()]
    prepared_journal = crisis_thresholds.prepare(journal, shipped, embedder)
    base = head_from(
        core,
        core_vectors,
        shipped.everyday,
        embedder,
        *fitted_heads(core, core_vectors, calm, shipped.everyday, copies),
    )

    def counts(name: str, head: Any) -> tuple[int, int, int, int, int, int]:
        return crisis_thresholds.tally(sets[name], crisis_thresholds.flags(prepared[name], head))

    held_out = {}
    for name in args.sets:
        left_out = {row["text"] for row in sets[name]}
        extra = [e for n in lines if n != name for e in lines[n] if e.text not in left_out]
        extra_vectors = np.vstack(
            [
                vectors[n][[i for i, e in enumerate(lines[n]) if e.text not in left_out]]
                for n in lines
                if n != name
            ]
        )
        fold = [*core, *extra]
        fold_vectors = np.vstack([core_vectors, extra_vectors])
        fitted = fitted_heads(fold, fold_vectors, calm, shipped.everyday, copies)
        held_out[name] = head_from(fold, fold_vectors, shipped.everyday, embedder, *fitted)
        print(f"fitted without {name}", file=sys.stderr, flush=True)

    points = (
        [{}]
        if not args.grid
        else [dict(zip(GRID, combo, strict=True)) for combo in itertools.product(*GRID.values())]
    )
    shipped_values = {key: getattr(crisis_model, key) for key in GRID}
    for point in points:
        for key in GRID:
            setattr(crisis_model, key, point.get(key, shipped_values[key]))
        totals = {"examples only": [0] * 6, "left out": [0] * 6}
        for name in args.sets:
            before, after = counts(name, base), counts(name, held_out[name])
            for key, row in (("examples only", before), ("left out", after)):
                totals[key] = [a + b for a, b in zip(totals[key], row, strict=True)]
            if args.show and not args.grid:
                show(name, sets[name], prepared[name], held_out[name])
            if not args.grid:
                print(
                    f"{name}: {before[0]}/{before[1]}, {before[2]}/{before[3]}, "
                    f"{before[4]}/{before[5]} | {after[0]}/{after[1]}, {after[2]}/{after[3]}, "
                    f"{after[4]}/{after[5]}"
                )
        rates = {
            "examples only": sum(crisis_thresholds.flags(prepared_journal, base)) / len(journal),
            "left out": sum(
                sum(crisis_thresholds.flags(prepared_journal, head)) / len(journal)
                for head in held_out.values()
            )
            / len(held_out),
        }
        print(" ".join(f"{key}={getattr(crisis_model, key)}" for key in GRID))
        for key, (c, n, i, m, o, om) in totals.items():
            print(
                f"  {key}: recall {c}/{n} = {c / n:.1%}, idioms {i}/{m} = {i / max(m, 1):.1%}, "
                f"other calm {o}/{om} = {o / max(om, 1):.1%}, journal {rates[key]:.1%}",
                flush=True,
            )


if __name__ == "__main__":
    main()
