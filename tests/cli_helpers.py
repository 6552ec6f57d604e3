"""Running the ``bondlens`` command in tests.

``Cli`` runs it in-process through ``bondlens.cli.run`` (the one exit point) inside
Click's runner isolation, so stdin, stdout, stderr and the environment are the test's.
``script`` runs the installed console script as a real process, for what only a real
process shows: the entry point, exit statuses, pipes and terminals.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from bondlens.cli import run


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """The ``bondlens`` command bound to one journal home in the test's tmp_path."""

    def __init__(self, home: Path) -> None:
        self.home = home

    def __call__(
        self,
        *args: str,
        input: str | bytes | None = None,
        env: Mapping[str, str | None] | None = None,
    ) -> Result:
        runner = CliRunner()
        overrides = {"BONDLENS_HOME": str(self.home), **(env or {})}
        with runner.isolation(input=input, env=overrides) as (out, err, _mixed):
            try:
                code = run(list(args))
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
        return Result(code, out.getvalue().decode(), err.getvalue().decode())

    def ok(self, *args: str, **kwargs: Any) -> Result:
        result = self(*args, **kwargs)
        assert result.code == 0, result
        assert "Traceback" not in result.err
        return result

    def fails(self, *args: str, code: int = 1, lines: int = 1, **kwargs: Any) -> Result:
        """Run a command that must fail: the exit code, nothing on stdout, no traceback.

        A problem with what was asked (code 1) is explained in exactly ``lines`` lines;
        a usage mistake (code 2) gets Click's usage hint and an ``Error:`` line.
        """
        result = self(*args, **kwargs)
        assert result.code == code, result
        assert result.out == ""
        assert "Traceback" not in result.err
        if code == 1:
            assert len(result.err.splitlines()) == lines, result.err
            assert result.err.strip()
        else:
            assert "Error:" in result.err
        return result

    def json(self, *args: str, **kwargs: Any) -> Any:
        return self.ok(*args, "--format", "json", **kwargs).json()

    def add(self, text: str, *options: str) -> dict[str, Any]:
        """Write an entry; return it as the CLI reports it (with its id)."""
        entry: dict[str, Any] = self.json("add", text, *options)
        return entry

    def entries(self, *filters: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.json("list", "-n", "0", *filters)
        return found

    def people(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.json("person", "list")
        return found

    def texts(self, *filters: str) -> list[str]:
        return [e["text"] for e in self.entries(*filters)]

    def names(self) -> list[str]:
        return [p["name"] for p in self.people()]


def script_path() -> Path:
    """The installed ``bondlens`` console script, next to this Python if it is there."""
    beside = Path(sys.executable).parent / ("bondlens.exe" if os.name == "nt" else "bondlens")
    if beside.exists():
        return beside
    found = shutil.which("bondlens")
    assert found, "the bondlens console script is not installed (pip install -e .)"
    return Path(found)


def script_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BONDLENS_")}
    return {**env, "BONDLENS_HOME": str(home), **extra}


def script(
    home: Path, *args: str, input: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    """Run the real console script with BONDLENS_HOME=home; stdin is empty unless given."""
    return subprocess.run(
        [str(script_path()), *args],
        input=input if input is not None else b"",
        capture_output=True,
        env=script_env(home, **env),
        timeout=60,
        check=False,
    )


def python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (no BONDLENS_ settings), to see what it loads."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BONDLENS_")}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
