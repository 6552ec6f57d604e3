"""The docs are part of the product: they must match the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bondlens.config import SETTINGS

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_matches_the_real_help() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cli_reference.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_setting_is_documented_with_its_variable_and_default() -> None:
    reference = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", reference, re.M)}
    for setting in SETTINGS:
        assert setting.name in rows, f"{setting.name} is missing from docs/reference.md"
        row = rows[setting.name]
        assert f"`{setting.env}`" in row
        assert setting.default in row
        assert setting.help in row


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = [line for line in ci.splitlines() if line and not line.startswith("#")][-1]
    assert command == "bash scripts/test"
    assert f"{command}  " in readme or f"{command}\n" in readme
