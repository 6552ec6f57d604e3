"""Load test of the web app: journal and person pages on a 20,000-entry journal.

Starts the real server (``bondlens serve``, default workers) on a journal made by
``make_journal.py``, then drives it with wrk (Debian package ``wrk``) from a second
process: 20 connections, each sending the next request as soon as the last one is
answered. Every URL list cycles through many pages and people, so the numbers are not
one page served again and again. Reports requests per second and latency percentiles
(p95 is the goal: at most 50 ms).

The server runs with ``BONDLENS_READING=off``, so the figures are for serving pages:
with reading on, a server started on 20,000 entries that were never read spends its
first minutes reading them in a background thread (at low priority), and pages are
slower until it is done (``--reading`` measures that).

Run from the repository root::

    .venv/bin/python bench/web_load.py                 # 20 s per page kind
    .venv/bin/python bench/web_load.py --seconds 5 --json bench/out/web.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

import make_journal

ROOT = Path(__file__).resolve().parent.parent
BONDLENS = Path(sys.executable).parent / "bondlens"
GOAL_P95_MS = 50.0

WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d %%.3f %%.3f %%.3f %%.3f\\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


@dataclass(frozen=True)
class Load:
    page: str
    urls: int
    requests: int
    errors: int
    per_second: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float

    @property
    def meets_goal(self) -> bool:
        return self.p95_ms <= GOAL_P95_MS and self.errors == 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(base: str, deadline_s: float = 60.0) -> None:
    start = time.monotonic()
    while time.monotonic() - start < deadline_s:
        try:
            with urllib.request.urlopen(base + "/journal", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def run_wrk(base: str, page: str, paths: list[str], seconds: int, connections: int) -> Load:
    quoted = ", ".join(json.dumps(p) for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % quoted)
    try:
        # warm up, unmeasured, so every worker process has compiled its templates and
        # remembered its summaries, as a server that has been open a while has
        for path in paths:
            urllib.request.urlopen(base + path, timeout=10).read()
        subprocess.run(
            ["wrk", "-t1", f"-c{connections}", "-d3s", "-s", script.name, base],
            capture_output=True,
            check=True,
        )
        out = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script.name, base],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    requests, errors, duration_us, p50, p95, p99, top = line.split()[1:]
    return Load(
        page,
        len(paths),
        int(requests),
        int(errors),
        round(int(requests) / (int(duration_us) / 1e6), 1),
        float(p50),
        float(p95),
        float(p99),
        float(top),
    )


def person_ids(base: str) -> list[int]:
    with urllib.request.urlopen(base + "/api/people", timeout=10) as response:
        return [int(p["id"]) for p in json.load(response)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=make_journal.DEFAULT_ENTRIES)
    parser.add_argument("--seconds", type=int, default=20, help="wrk duration per page kind")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=None, help="default: bondlens's own")
    parser.add_argument(
        "--reading", action="store_true", help="serve with reading on (see the notes above)"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")

    with tempfile.TemporaryDirectory(prefix="bondlens-web-bench-") as tmp:
        home = Path(tmp) / "home"
        data = make_journal.write_jsonl(Path(tmp) / "journal.jsonl", entries=args.entries)
        subprocess.run(
            [str(BONDLENS), "--home", str(home), "import", str(data), "--format", "jsonl"],
            check=True,
            capture_output=True,
        )
        port = free_port()
        command = [str(BONDLENS), "--home", str(home), "serve", "--no-browser", "--port", str(port)]
        if args.workers:
            command += ["--workers", str(args.workers)]
        env = {**os.environ, "BONDLENS_READING": "on" if args.reading else "off"}
        server = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base)
            people = person_ids(base)
            kinds = {
                "journal, first page": ["/journal"],
                "journal, pages 1-50": [f"/journal?page={n}" for n in range(1, 51)],
                "journal, by person": [
                    f"/journal?person={p}" for p in ("Aiko", "Ben", "Carmen", "Mum")
                ],
                "person page, everyone": [f"/people/{pid}" for pid in people],
                "person page, pages 1-3": [
                    f"/people/{pid}?page={n}" for pid in people[:10] for n in (1, 2, 3)
                ],
                "journal search": [
                    "/journal?q=felt",
                    "/journal?q=lighthouse",
                    "/journal?q=walk+park",
                ],
            }
            results = [
                run_wrk(base, kind, paths, args.seconds, args.connections)
                for kind, paths in kinds.items()
            ]
        finally:
            server.terminate()
            server.wait(timeout=30)
            if server.stderr:
                server.stderr.close()

    print(f"{args.entries:,} entries, {args.connections} connections, {args.seconds} s each\n")
    print("| page | URLs | requests/s | p50 ms | p95 ms | p99 ms | errors | p95 ≤ 50 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for r in results:
        print(
            f"| {r.page} | {r.urls} | {r.per_second:,.0f} | {r.p50_ms:.1f} | {r.p95_ms:.1f} |"
            f" {r.p99_ms:.1f} | {r.errors} | {'yes' if r.meets_goal else 'no'} |"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
