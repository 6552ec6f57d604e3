"""The crisis backstop as the product runs it: examples, the fitted head, neighbouring
sentences read together, and recall and idiom silence on our hand-written sets."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from bondlens.analysis import crisis_model
from bondlens.analysis.crisis import KINDS, screen, set_aside
from bondlens.analysis.crisis_model import CrisisHead, load_examples
from bondlens.analysis.exemplars import ExemplarModel
from bondlens.analysis.model import DIMENSIONS, Embedder
from bondlens.analysis.results import Crisis
from bondlens.analysis.sentences import split

if TYPE_CHECKING:
    from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "data"
TUNING_SETS = (
    "dev",
    "holdout",
    "fresh",
    "unseen",
    "final",
    "round5",
    "sealed",
    "sealed2",
    "sealed3",
    "voices_train",
)


def _rows(name: str) -> list[dict[str, Any]]:
    """A set's lines; the voices sets mark idioms with ``"idiom"`` instead of a note."""
    lines = (BENCH / f"crisis_{name}.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    for row in rows:
        row.setdefault("note", "idiom" if row.get("idiom") else "other")
    return rows


# --- the example file and what is stored beside it -------------------------------------


# Since the seventh round every tuning set is in the examples too (thresholds are chosen
# out of fold, bench/crisis_cv.py). The sets never tuned on, and the review set, must stay
# out; so must the tuning sets that out of fold did not help as examples (read only, see
# bench/crisis_thresholds.py READ_ONLY): the benchmarks read them as unseen. Written out
# here by hand, so that taking a set off the benchmark's lists does not take it off this.
NEVER_TUNED = ("sealed4", "sealed11", "sealed13", "sealed14", "sealed16", "sealed17")
NEVER_TUNED += ("sealed18", "sealed19", "sealed20", "sealed21", "sealed22")
READ_ONLY = ("round10a", "round10b", "round10c", "round11", "round12")


def test_no_evaluation_sentence_is_an_example() -> None:
    examples = {text for _, text in load_examples()}
    paths = [BENCH / f"crisis_{name}.jsonl" for name in NEVER_TUNED + READ_ONLY]
    paths.append(BENCH / "review_crisis.jsonl")
    for path in paths:
        texts = _texts(path)
        assert texts, path.name
        assert not texts & examples, f"examples must not leak into {path.name}"


# The helper probe batches kept back to decide whether a change to the examples is kept
# (bench/data/crisis_probes/README.md): once one of their lines is an example, they can
# no longer tell. Every one is named mixed_*, so a new one is guarded once it is added.


def test_no_held_out_probe_line_is_an_example() -> None:
    examples = {text for _, text in load_examples()}
    held_out = sorted((BENCH / "crisis_probes").glob("mixed_*.jsonl"))
    # mixed_i, mixed_j1-4, mixed_k, mixed_l1-4, mixed_o1-4, mixed_p1-4, mixed_s1-4, mixed_t1-4,
    # mixed_u1-4, mixed_v1-4
    assert len(held_out) >= 34
    for path in held_out:
        texts = _texts(path)
        assert len(texts) >= 100, path.name
        assert not texts & examples, f"examples must not leak into {path.name}"


def _texts(path: Path) -> set[str]:
    return {json.loads(line)["text"] for line in path.read_text().splitlines() if line}


def test_every_set_the_benchmarks_keep_out_of_the_examples_is_guarded_here() -> None:
    # A new sealed or read-only set registered in bench/crisis_thresholds.py but not here
    # would go unguarded by the test above.
    module = _bench("crisis_thresholds")
    assert set(module.NEVER_TUNED) <= set(NEVER_TUNED)
    assert set(module.READ_ONLY) <= set(READ_ONLY)


def test_every_kind_has_many_examples_and_calm_ones_outnumber_none() -> None:
    kinds = [kind for kind, _ in load_examples()]
    for kind in KINDS:
        assert kinds.count(kind) >= 80, kind
    assert kinds.count("none") >= 300


def test_the_stored_head_and_everyday_vectors_belong_to_the_examples() -> None:
    model = ExemplarModel.load(crisis_model.HEAD)
    assert model.labels == (crisis_model.ANY, *KINDS)
    assert model.weights.shape == (len(model.labels), DIMENSIONS)
    with np.load(crisis_model.VECTORS) as stored:
        assert stored["everyday"].shape[1] == DIMENSIONS
        assert len(stored["everyday"]) > 1000


# --- reading neighbouring sentences together --------------------------------------------


class _Fixed:
    """A stand-in embedder with hand-made unit vectors."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            values = np.asarray(self.vectors.get(text, [0.0] * 6 + [1.0]), dtype=np.float32)
            rows[row, : len(values)] = values / np.linalg.norm(values)
        return rows


def _axes(*indices: int) -> list[float]:
    values = [0.0] * 7
    for index in indices:
        values[index] = 1.0
    return values


def test_two_sentences_can_say_together_what_neither_says_alone(tmp_path: Path) -> None:
    # The crisis example lies between the two sentences; each alone is closer to a calm
    # example than to it, together they are closer to it than to anything calm.
    first, second = "I sorted out who gets the cat.", "She won't need to wait for me long."
    embedder = _Fixed(
        {
            "CRISIS": _axes(0, 1),
            "CALM ONE": _axes(0, 2, 4),
            "CALM TWO": _axes(1, 3, 5),
            first: _axes(0, 2),
            second: _axes(1, 3),
        }
    )
    examples = tmp_path / "examples.jsonl"
    lines = [
        {"id": "plan_or_means", "text": "CRISIS", "label": 1},
        {"id": "none", "text": "CALM ONE", "label": 0},
        {"id": "none", "text": "CALM TWO", "label": 0},
    ]
    examples.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    head = CrisisHead(embedder, examples, head=None)
    alone = [head.check(text, Crisis(flag=False)) for text in (first, second)]
    assert not any(found.flag for found in alone)
    together = head.check(f"{first} {second}", Crisis(flag=False), region="GB")
    assert together.kinds == ("suicidal_thoughts", "plan_or_means")
    assert together.quotes == (first, second)


def test_the_rules_set_aside_idioms_denials_and_stories() -> None:
    assert set_aside("Mum's going to kill me when she sees the car.") == "idiom"
    assert set_aside("He didn't hit me, he just shouted.") == "denial"
    assert set_aside("I would never hurt myself.") == "denial"
    assert set_aside("The film was about a soldier who shoots himself.") == "story"
    assert set_aside("I sat on the stairs for an hour.") == ""
    # A literal word keeps a threat a threat.
    assert set_aside("He said he's going to kill me when he gets home.") == ""
    assert screen("He said he's going to kill me when he gets home.").kinds == ("danger_now",)


# --- the real model ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> tuple[Embedder, CrisisHead]:
    embedder = Embedder()
    return embedder, CrisisHead(embedder)


def test_the_words_head_reads_what_the_vector_blurs(real: tuple[Embedder, CrisisHead]) -> None:
    embedder, head = real
    assert head.words is not None
    assert head.words.labels == (crisis_model.ANY,)
    assert len(head.words.vocabulary) > 1000
    game = "Lost the boss fight again, I'm so dead lol, respawning now."
    meant = "I'm so tired of being alive, I want to be dead."
    vectors = embedder.embed([game, meant])
    calm, crisis = head.words.scores([game, meant], vectors)[:, 0]
    assert crisis > crisis_model.LIKELY > calm


def test_a_words_head_of_other_examples_is_not_used(tmp_path: Path) -> None:
    examples = tmp_path / "examples.jsonl"
    lines = [
        {"id": "suicidal_thoughts", "text": "CRISIS", "label": 1},
        {"id": "none", "text": "CALM", "label": 0},
    ]
    examples.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    embedder = _Fixed({"CRISIS": _axes(0), "CALM": _axes(1)})
    head = CrisisHead(embedder, examples)
    assert head.words is None
    assert head.model is None


def _read_as_the_engine(
    embedder: Embedder, texts: Sequence[str]
) -> list[tuple[list[str], NDArray[np.float32], Crisis]]:
    """Each text as the engine hands it to the head: its sentences, their vectors and
    the screen's answer."""
    groups = [split(text) for text in texts]
    vectors = embedder.embed([s for group in groups for s in group])
    items, offset = [], 0
    for text, group in zip(texts, groups, strict=True):
        items.append((group, vectors[offset : offset + len(group)], screen(text)))
        offset += len(group)
    return items


def _engine_flags(real: tuple[Embedder, CrisisHead], texts: Sequence[str]) -> list[Crisis]:
    """What ``bondlens analyze`` finds: the engine's sentence split, the screen, the head."""
    embedder, head = real
    return [head.score(*item) for item in _read_as_the_engine(embedder, texts)]


# Written for these tests, in words no example or evaluation set uses.
UNSEEN = [
    ("Sometimes I think the kindest thing I could do for my family is vanish for good.", "s"),
    ("i keep looking up how many of my pills would be too many", "p"),
    ("I've scratched my arms with a blade again, they sting under my sleeves.", "h"),
    ("He said that if I leave he'll come and find me and finish it.", "d"),
    ("i dont want to wake up tomoro", "s"),
    ("Im so tired of being here, I just want it all to stop forever.", "s"),
]
CALM = [
    "This commute is killing me.",
    "I'm dying to tell you what she said.",
    "Mum's going to kill me when she sees my hair.",
    "My boss will murder me if I'm late again.",
    "Work was brutal and I'm dead on my feet.",
    "I took my tablets and had an early night.",
    "We drove over the bridge to see my aunt.",
    "I'm sad today but I talked to my friend and I'm okay.",
]


def test_the_real_model_catches_phrasings_it_was_not_shown(
    real: tuple[Embedder, CrisisHead],
) -> None:
    found = _engine_flags(real, [text for text, _ in UNSEEN])
    assert [text for (text, _), f in zip(UNSEEN, found, strict=True) if not f.flag] == []


def test_the_real_model_keeps_everyday_sentences_calm(real: tuple[Embedder, CrisisHead]) -> None:
    found = _engine_flags(real, CALM)
    assert [text for text, f in zip(CALM, found, strict=True) if f.flag] == []


def test_many_texts_at_once_read_as_each_alone(real: tuple[Embedder, CrisisHead]) -> None:
    embedder, head = real
    texts = [*(text for text, _ in UNSEEN), "", *CALM, "I want to die. Nobody would notice."]
    items = _read_as_the_engine(embedder, texts)
    together = head.score_many(items, "GB")
    alone = [head.score(group, rows, screened, "GB") for group, rows, screened in items]
    assert together == alone
    assert sum(found.flag for found in together) == len(UNSEEN) + 1


@pytest.mark.parametrize("name", TUNING_SETS)
def test_recall_and_idiom_silence_on_our_sets(real: tuple[Embedder, CrisisHead], name: str) -> None:
    rows = _rows(name)
    found = _engine_flags(real, [row["text"] for row in rows])
    crisis = [f.flag for row, f in zip(rows, found, strict=True) if row["crisis"]]
    idioms = [f.flag for row, f in zip(rows, found, strict=True) if row["note"] == "idiom"]
    assert sum(crisis) / len(crisis) >= 0.9
    assert sum(idioms) / len(idioms) <= 0.1


def test_the_screen_alone_still_catches_most_of_round5() -> None:
    rows = _rows("round5")
    crisis = [screen(row["text"]).flag for row in rows if row["crisis"]]
    idioms = [screen(row["text"]).flag for row in rows if row["note"] == "idiom"]
    assert sum(crisis) / len(crisis) >= 0.85
    assert not any(idioms)


# --- the evaluation script ---------------------------------------------------------------


def _bench(name: str) -> ModuleType:
    """A script of bench/ loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _eval_crisis() -> ModuleType:
    return _bench("eval_crisis")


def test_the_evaluation_reports_recall_and_precision_per_kind() -> None:
    found = _eval_crisis().report("final", False)
    assert found["crisis"] == 20
    assert 0.0 <= found["recall"] <= 1.0
    assert set(found["kinds"]) == set(KINDS)
    assert {"recall", "precision"} <= set(found["kinds"]["danger_now"])
