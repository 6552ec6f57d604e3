"""Check the bond lens against small journals written by someone else, the way a
reviewer will: ``bondlens import --format jsonl`` into a fresh home, then
``bondlens lens NAME --format json`` for every person, compared with the writer's
expectations (bench/data/lens_journals/expected.json: the bond, the acceptable health
labels, and the markers the entries clearly show).

    .venv/bin/python bench/eval_lens.py

The journals were written by a writer who did not see how the lens decides; they are
for checking, not for fitting the rules to them line by line (see their README).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "bench" / "data" / "lens_journals"
BONDLENS = Path(sys.executable).parent / "bondlens"


def run(home: Path, *args: str) -> str:
    env = {**os.environ, "BONDLENS_HOME": str(home)}
    done = subprocess.run(
        [str(BONDLENS), *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def main() -> int:
    expected = json.loads((FOLDER / "expected.json").read_text("utf-8"))
    rows = expected if isinstance(expected, list) else expected["people"]
    bonds = health = 0
    marker_hits = marker_total = 0
    with tempfile.TemporaryDirectory() as folder:
        for file in sorted({row["file"] for row in rows}):
            home = Path(folder) / Path(file).stem
            run(home, "import", str(FOLDER / file), "--format", "jsonl")
            for row in (r for r in rows if r["file"] == file):
                lens = json.loads(run(home, "lens", row["person"], "--format", "json"))
                allowed = row["health"] if isinstance(row["health"], list) else [row["health"]]
                bond_ok = lens["bond"] == row["bond"]
                health_ok = lens["health"] in allowed
                found = {m["id"] for m in lens["markers"] if m["count"] or m.get("checkin")}
                wanted = set(row.get("key_markers", []))
                hits = wanted & found
                bonds += bond_ok
                health += health_ok
                marker_hits += len(hits)
                marker_total += len(wanted)
                mark = "ok " if bond_ok and health_ok else "NO "
                print(
                    f"{mark}{file:<16} {row['person']:<14} bond {lens['bond']:<17}"
                    f" (want {row['bond']:<17}) health {lens['health']:<9} (want"
                    f" {'/'.join(allowed)}) markers {len(hits)}/{len(wanted)}"
                    + (f" missing {sorted(wanted - found)}" if wanted - found else "")
                )
    print(
        f"\nbond right {bonds}/{len(rows)}, health in range {health}/{len(rows)}, "
        f"key markers found {marker_hits}/{marker_total}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
