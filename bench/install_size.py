"""How big a fresh install is: a new virtual environment with bondlens and what it needs.

Installs this checkout (not editable, no development tools) into a temporary venv with
the same Python, then adds up the size of every file in it. Run from the repository
root::

    .venv/bin/python bench/install_size.py            # prints the size
    .venv/bin/python bench/install_size.py --check    # exit 1 over 300 MB

Packages come from PyPI (or pip's cache). The biggest parts are listed too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 300


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"fail over {LIMIT_MB} MB")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "venv"
        venv.create(target, with_pip=True)
        python = target / "bin" / "python"
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                str(ROOT),
            ],
            check=True,
        )
        total = size(target)
        site = next((target / "lib").glob("python3*/site-packages"))
        parts = sorted(((size(p), p.name) for p in site.iterdir() if p.is_dir()), reverse=True)
    print(f"fresh venv with bondlens: {total / 1e6:.0f} MB")
    for bytes_, name in parts[:8]:
        print(f"  {name:<28} {bytes_ / 1e6:6.1f} MB")
    if args.check and total > LIMIT_MB * 1e6:
        print(f"over {LIMIT_MB} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
