"""Whole-process speed of the ``bondlens`` command on a 20,000-entry journal (and jrnl's).

Every timing is one complete process, started and waited for from here
(``time.perf_counter()`` around ``subprocess.run``): interpreter start-up, imports,
opening the database, the work and the output. Each command gets warm-up runs first
(not counted), then N timed runs; the table shows the median and the 95th percentile
(nearest rank, so with 3 runs it is the slowest) of those runs. Beside them it shows the
median CPU time (user + system) of the same runs, which other load on the machine
disturbs far less than wall-clock time, and the one-minute load average after them.

What is measured, against a journal made by ``bench/make_journal.py``:

* ``bondlens --help``, ``list``, ``search`` for a common and a rare word, and ``add``
  (each add goes into the same 20,000-entry journal, so it grows by one per run);
* ``bondlens import FILE --format jsonl`` of the whole jsonl into an empty home
  (a fresh home for every run; the warm-up import makes the journal the rest uses);
* with ``--with-jrnl``: jrnl 4.x on the same entries as a plain-text journal, in its own
  virtual environment (``bench/.jrnl-venv``, made by ``--install-jrnl``), configured by
  a temporary config file passed with ``--config-file``.

Run from the repository root::

    .venv/bin/python bench/cli_speed.py
    .venv/bin/python bench/cli_speed.py --with-jrnl --install-jrnl --json

``--json`` writes every sample to ``bench/out/`` (or to the file given); ``--check``
exits 1 when a target is missed. Child processes get the current environment without
``BONDLENS_*`` settings and without ``PYTHONDONTWRITEBYTECODE``, so Python writes and
reuses its bytecode cache as on a user's machine (``--no-bytecode-cache`` sets it, as
some CI and sandbox shells do; existing ``__pycache__`` files are still read then).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import make_journal

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUT = BENCH / "out"
JRNL_VENV = BENCH / ".jrnl-venv"
JRNL_REQUIREMENT = "jrnl>=4,<5"

#: The requirements, in seconds of wall-clock time for the whole process.
TARGET_ADD = 0.15
TARGET_SEARCH = 0.2
TARGET_HELP = 0.3
TARGET_IMPORT = 10.0

Prepare = Callable[[int], tuple[list[str], dict[str, str]]]
Check = Callable[[str], str | None]


class BenchError(RuntimeError):
    """A benchmarked command failed or printed something unexpected."""


@dataclass
class Result:
    """The timings of one command."""

    tool: str
    case: str
    command: str
    samples: list[float]
    warmup: int
    target: float | None = None
    #: CPU time (user + system) of each timed run: far less disturbed by other load.
    cpu_samples: list[float] = field(default_factory=list)
    #: One-minute load average when the timed runs ended.
    load: float = 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu_samples) if self.cpu_samples else math.nan

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.median <= self.target

    def as_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "median": self.median,
            "p95": self.p95,
            "cpu_median": self.cpu_median,
            "min": min(self.samples),
            "max": max(self.samples),
            "passed": self.passed,
        }


@dataclass
class Report:
    machine: dict[str, Any]
    settings: dict[str, Any]
    results: list[Result] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def children_cpu() -> float:
    """CPU seconds used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_runs(
    prepare: Prepare, *, runs: int, warmup: int, check: Check | None = None
) -> tuple[list[float], list[float]]:
    """Run a command ``warmup`` times untimed, then ``runs`` times timed.

    Returns the wall-clock seconds and the CPU seconds of each timed run.
    """
    samples: list[float] = []
    cpu: list[float] = []
    for index in range(warmup + runs):
        argv, env = prepare(index)
        cpu_start = children_cpu()
        start = time.perf_counter()
        proc = subprocess.run(
            argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, check=False
        )
        elapsed = time.perf_counter() - start
        cpu_used = children_cpu() - cpu_start
        out = proc.stdout.decode("utf-8", "replace")
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace")
            raise BenchError(f"{shlex.join(argv)} exited {proc.returncode}:\n{err}{out}")
        problem = check(out) if check else None
        if problem:
            raise BenchError(f"{shlex.join(argv)}: {problem}")
        if index >= warmup:
            samples.append(elapsed)
            cpu.append(cpu_used)
    return samples, cpu


def expect(pattern: str) -> Check:
    """A check that the output matches ``pattern``."""
    compiled = re.compile(pattern)

    def check(out: str) -> str | None:
        return None if compiled.search(out) else f"expected output matching {pattern!r}"

    return check


def child_env(extra: dict[str, str], *, bytecode_cache: bool) -> dict[str, str]:
    """The environment for a benchmarked process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BONDLENS_")}
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


# --- machine -----------------------------------------------------------------------
def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def command_output(argv: Sequence[str]) -> str:
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    text = (proc.stdout or proc.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


def interpreter_of(script: Path) -> str:
    """The Python a console script runs on (from its ``#!`` line)."""
    first = script.read_text("utf-8", "replace").splitlines()[0]
    return first[2:].strip() if first.startswith("#!") else sys.executable


def machine_info(bondlens: Path) -> dict[str, Any]:
    python = interpreter_of(bondlens)
    return {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model(),
        "kernel": platform.release(),
        "python": command_output(
            [
                python,
                "-c",
                "import sys, sqlite3; print(sys.version.split()[0], sqlite3.sqlite_version)",
            ]
        ),
        "bondlens": command_output([str(bondlens), "--version"]),
        "load_before": os.getloadavg(),
        "started": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


# --- bondlens ----------------------------------------------------------------------
def bench_bondlens(
    report: Report, bondlens: Path, work: Path, jsonl: Path, args: argparse.Namespace
) -> None:
    exe = str(bondlens)
    home = work / "home"
    cache = not args.no_bytecode_cache

    def env_for(path: Path) -> dict[str, str]:
        return child_env({"BONDLENS_HOME": str(path)}, bytecode_cache=cache)

    main_env = env_for(home)
    imported = expect(rf"Imported {args.entries:,} entries")

    def import_into(index: int) -> tuple[list[str], dict[str, str]]:
        # Warm-up 0 fills the journal every other case uses; timed runs get fresh homes.
        target = home if index == 0 else work / f"import-{index}"
        shutil.rmtree(target, ignore_errors=True)
        if index > 1:
            shutil.rmtree(work / f"import-{index - 1}", ignore_errors=True)
        return [exe, "import", str(jsonl), "--format", "jsonl"], env_for(target)

    def fixed(*argv: str) -> Prepare:
        return lambda _index: ([exe, *argv], main_env)

    def backup(index: int) -> tuple[list[str], dict[str, str]]:
        # A new file every run (backup never overwrites); the last one is removed.
        (work / f"backup-{index - 1}.db").unlink(missing_ok=True)
        return [exe, "backup", str(work / f"backup-{index}.db")], main_env

    def add(index: int) -> tuple[list[str], dict[str, str]]:
        text = f"Tea with Sam at Café Noir, felt calm (run {index})."
        return [exe, "add", text, "--person", "Sam", "--safety", "4"], main_env

    cases: list[tuple[str, str, Prepare, int, int, float | None, Check | None]] = [
        (
            "import",
            f"bondlens import journal.jsonl --format jsonl  # {args.entries:,} entries",
            import_into,
            args.import_runs,
            1,
            TARGET_IMPORT,
            imported,
        ),
        ("--help", "bondlens --help", fixed("--help"), args.runs, args.warmup, TARGET_HELP, None),
        (
            "list",
            "bondlens list  # newest 20",
            fixed("list"),
            args.runs,
            args.warmup,
            None,
            expect(r"#\d+"),
        ),
        (
            "search (common word)",
            f"bondlens search {make_journal.COMMON_WORD}",
            fixed("search", make_journal.COMMON_WORD),
            args.runs,
            args.warmup,
            TARGET_SEARCH,
            expect(r"#\d+"),
        ),
        (
            "search (rare word)",
            f"bondlens search {make_journal.RARE_WORD}",
            fixed("search", make_journal.RARE_WORD),
            args.runs,
            args.warmup,
            TARGET_SEARCH,
            expect(r"#\d+"),
        ),
        (
            "backup",
            "bondlens backup FILE  # everything, as one file",
            backup,
            args.runs,
            args.warmup,
            None,
            expect(r"Saved a full copy"),
        ),
        (
            "add",
            'bondlens add "Tea with Sam … (run N)." --person Sam --safety 4',
            add,
            args.runs,
            args.warmup,
            TARGET_ADD,
            expect(r"Saved entry #\d+"),
        ),
    ]
    for case, shown, prepare, runs, warmup, target, check in cases:
        progress(f"bondlens {case}: {warmup} warm-up + {runs} runs")
        samples, cpu = timed_runs(prepare, runs=runs, warmup=warmup, check=check)
        report.results.append(
            Result("bondlens", case, shown, samples, warmup, target, cpu, os.getloadavg()[0])
        )
        if case == "import":
            shutil.rmtree(work / f"import-{warmup + runs - 1}", ignore_errors=True)


# --- jrnl --------------------------------------------------------------------------
def jrnl_executable() -> Path:
    return JRNL_VENV / "bin" / "jrnl"


def install_jrnl() -> None:
    """Make ``bench/.jrnl-venv`` with jrnl 4.x in it (kept apart from bondlens's venv)."""
    if jrnl_executable().exists():
        return
    progress(f"installing {JRNL_REQUIREMENT} into {JRNL_VENV.relative_to(REPO)}")
    subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
    pip = [str(JRNL_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, JRNL_REQUIREMENT], check=True)


def jrnl_version() -> str:
    python = JRNL_VENV / "bin" / "python"
    code = "from jrnl.__version__ import __version__; print(__version__)"
    return command_output([str(python), "-c", code])


def jrnl_config(folder: Path, journal: Path) -> Path:
    """An unencrypted jrnl config for ``journal``, as YAML (jrnl takes JSON for a 1.x file)."""
    q = json.dumps  # a JSON string is a valid double-quoted YAML scalar
    text = f"""\
version: {q(jrnl_version())}
journals:
  default:
    journal: {q(str(journal))}
editor: ""
encrypt: false
template: false
default_hour: 9
default_minute: 0
timeformat: {q(make_journal.JRNL_TIMEFORMAT)}
tagsymbols: "#@"
highlight: false
linewrap: 79
indent_character: "|"
colors:
  body: none
  date: none
  tags: none
  title: none
"""
    path = folder / "config.yaml"
    path.write_text(text, "utf-8")
    return path


def bench_jrnl(
    report: Report, work: Path, entries: list[make_journal.GeneratedEntry], args: argparse.Namespace
) -> None:
    exe = str(jrnl_executable())
    folder = work / "jrnl"
    folder.mkdir()
    (folder / "xdg-config").mkdir()
    (folder / "xdg-data").mkdir()
    env = child_env(
        {
            "XDG_CONFIG_HOME": str(folder / "xdg-config"),
            "XDG_DATA_HOME": str(folder / "xdg-data"),
        },
        bytecode_cache=not args.no_bytecode_cache,
    )
    tagged = folder / "journal.txt"
    tagged.write_text(make_journal.jrnl_text(entries), "utf-8")
    plain = folder / "journal-untagged.txt"
    plain.write_text(make_journal.jrnl_text(entries, tags=False), "utf-8")
    config = str(jrnl_config(folder, tagged))
    plain_dir = folder / "untagged"
    plain_dir.mkdir()
    plain_config = str(jrnl_config(plain_dir, plain))
    report.settings["jrnl_version"] = jrnl_version()

    def fixed(*argv: str) -> Prepare:
        return lambda _index: ([exe, "--config-file", config, *argv], env)

    def add(config_file: str) -> Prepare:
        return lambda index: (
            [exe, "--config-file", config_file, f"Tea at Café Noir, felt calm (run {index})."],
            env,
        )

    runs, warmup = args.jrnl_runs, 1
    entry = r"\d{4}-\d\d-\d\d \d\d:\d\d"
    cases: list[tuple[str, str, Prepare, int, Check | None]] = [
        ("--help", "jrnl --help", fixed("--help"), args.runs, None),
        ("list", "jrnl -n 20", fixed("-n", "20"), runs, expect(entry)),
        (
            "search (common word)",
            f"jrnl -contains {make_journal.COMMON_WORD} -n 20",
            fixed("-contains", make_journal.COMMON_WORD, "-n", "20"),
            runs,
            expect(entry),
        ),
        (
            "search (rare word)",
            f"jrnl -contains {make_journal.RARE_WORD} -n 20",
            fixed("-contains", make_journal.RARE_WORD, "-n", "20"),
            runs,
            expect(entry),
        ),
        (
            "add",
            'jrnl "Tea at Café Noir, felt calm (run N)."',
            add(config),
            runs,
            None,
        ),
        (
            "add (journal without tags)",
            'jrnl "…"  # same entries, no @people/#tags',
            add(plain_config),
            runs,
            None,
        ),
    ]
    for case, shown, prepare, count, check in cases:
        progress(f"jrnl {case}: {warmup} warm-up + {count} runs")
        samples, cpu = timed_runs(prepare, runs=count, warmup=warmup, check=check)
        report.results.append(
            Result("jrnl", case, shown, samples, warmup, None, cpu, os.getloadavg()[0])
        )


# --- output ------------------------------------------------------------------------
def progress(message: str) -> None:
    print(f"· {message}", file=sys.stderr, flush=True)


def markdown_table(results: Sequence[Result]) -> str:
    lines = [
        "| tool | command | runs | median (s) | p95 (s) | target (s) | met "
        "| CPU median (s) | load |",
        "| --- | --- | ---: | ---: | ---: | ---: | :---: | ---: | ---: |",
    ]
    for r in results:
        target = "—" if r.target is None else f"≤ {r.target:g}"
        met = {None: "—", True: "yes", False: "**no**"}[r.passed]
        lines.append(
            f"| {r.tool} | `{r.command}` | {len(r.samples)} | {r.median:.3f} | {r.p95:.3f} "
            f"| {target} | {met} | {r.cpu_median:.3f} | {r.load:.1f} |"
        )
    return "\n".join(lines)


def comparison_table(results: Sequence[Result]) -> str:
    """bondlens and jrnl side by side, by median, for the cases both ran."""
    by_case: dict[str, dict[str, Result]] = {}
    for r in results:
        by_case.setdefault(r.case, {})[r.tool] = r
    lines = [
        "| case | bondlens median (s) | jrnl median (s) | jrnl ÷ bondlens |",
        "| --- | ---: | ---: | ---: |",
    ]
    base_add = by_case.get("add", {}).get("bondlens")
    for case, tools in by_case.items():
        mine = tools.get("bondlens") or (base_add if case.startswith("add") else None)
        theirs = tools.get("jrnl")
        if mine is None or theirs is None:
            continue
        lines.append(
            f"| {case} | {mine.median:.3f} | {theirs.median:.3f} "
            f"| {theirs.median / mine.median:.1f}× |"
        )
    return "\n".join(lines) if len(lines) > 2 else ""


def write_json(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "machine": report.machine,
        "settings": report.settings,
        "notes": report.notes,
        "results": [r.as_dict() for r in report.results],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


def default_bondlens() -> Path:
    beside = Path(sys.executable).parent / "bondlens"
    if beside.exists():
        return beside
    found = shutil.which("bondlens")
    return Path(found) if found else REPO / ".venv" / "bin" / "bondlens"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Whole-process timings of the bondlens CLI.")
    parser.add_argument(
        "--entries",
        type=int,
        default=make_journal.DEFAULT_ENTRIES,
        metavar="N",
        help="entries in the journal (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=make_journal.DEFAULT_SEED)
    parser.add_argument(
        "--runs", type=int, default=20, metavar="N", help="timed runs per fast command"
    )
    parser.add_argument(
        "--warmup", type=int, default=3, metavar="N", help="untimed runs before them"
    )
    parser.add_argument(
        "--import-runs", type=int, default=3, metavar="N", help="timed imports (slow)"
    )
    parser.add_argument(
        "--jrnl-runs", type=int, default=3, metavar="N", help="timed runs per jrnl command"
    )
    parser.add_argument(
        "--bondlens", type=Path, metavar="PATH", help="the bondlens executable to time"
    )
    parser.add_argument("--with-jrnl", action="store_true", help="also time jrnl 4.x")
    parser.add_argument(
        "--install-jrnl",
        action="store_true",
        help=f"install jrnl into {JRNL_VENV.relative_to(REPO)} if missing (implies --with-jrnl)",
    )
    parser.add_argument(
        "--json",
        nargs="?",
        type=Path,
        const=Path(),
        default=None,
        metavar="FILE",
        help="write all samples as JSON (default file: bench/out/cli_speed-<time>.json)",
    )
    parser.add_argument(
        "--workdir", type=Path, metavar="DIR", help="where journals go (default: a temp dir)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="set PYTHONDONTWRITEBYTECODE=1 for the timed processes",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    if args.install_jrnl:
        args.with_jrnl = True
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    bondlens = (args.bondlens or default_bondlens()).resolve()
    if not bondlens.exists():
        print(f"bondlens not found at {bondlens}; pass --bondlens PATH", file=sys.stderr)
        return 2
    report = Report(
        machine=machine_info(bondlens),
        settings={
            "entries": args.entries,
            "seed": args.seed,
            "runs": args.runs,
            "warmup": args.warmup,
            "import_runs": args.import_runs,
            "jrnl_runs": args.jrnl_runs,
            "bytecode_cache": not args.no_bytecode_cache,
            "argv": sys.argv,
        },
    )
    work = Path(tempfile.mkdtemp(prefix="bondlens-bench-", dir=args.workdir))
    try:
        progress(f"making {args.entries:,} entries (seed {args.seed}) in {work}")
        people, entries = make_journal.generate(args.entries, args.seed)
        jsonl = work / "journal.jsonl"
        jsonl.write_text(
            "".join(line + "\n" for line in make_journal.jsonl_lines(people, entries)), "utf-8"
        )
        bench_bondlens(report, bondlens, work, jsonl, args)
        if args.with_jrnl:
            if args.install_jrnl:
                try:
                    install_jrnl()
                except (OSError, subprocess.CalledProcessError) as exc:
                    report.notes.append(f"jrnl could not be installed: {exc}")
            if jrnl_executable().exists():
                bench_jrnl(report, work, entries, args)
            else:
                report.notes.append(
                    f"jrnl not measured: {jrnl_executable().relative_to(REPO)} is missing "
                    "(run with --install-jrnl)."
                )
    except BenchError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            progress(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    report.machine["load_after"] = os.getloadavg()
    m = report.machine
    print(
        f"{m['cpu_model']}, {m['nproc']} cores; Python and SQLite {m['python']}; {m['bondlens']}; "
        f"load average {m['load_before'][0]:.2f} before, {m['load_after'][0]:.2f} after"
    )
    print()
    print(markdown_table(report.results))
    side_by_side = comparison_table(report.results)
    if side_by_side:
        print()
        print(side_by_side)
    for note in report.notes:
        print(f"\nNote: {note}")
    if args.json is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = args.json if args.json != Path() else OUT / f"cli_speed-{stamp}.json"
        write_json(report, path)
        print(f"\nJSON: {path}")
    missed = [r for r in report.results if r.tool == "bondlens" and r.passed is False]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
