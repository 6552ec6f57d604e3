"""Write docs/cli.md from the real ``--help`` of every command.

Run ``python scripts/cli_reference.py`` after changing a command; the tests check that
docs/cli.md matches (``--check`` does the same from the shell).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bondlens.cli import cli

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
HEADER = """# Command reference

Generated from `bondlens --help` by `python scripts/cli_reference.py`; do not edit by hand.
Exit codes: 0 done, 1 a problem with what was asked (explained in one line), 2 a usage
mistake (an unknown option or a missing argument).
"""


def _walk(command: click.Command, path: list[str]) -> list[str]:
    context = click.Context(
        command,
        info_name=" ".join(path),
        terminal_width=88,
        max_content_width=88,
        help_option_names=["-h", "--help"],
    )
    parts = [f"\n## `{' '.join(path)}`\n", "```text", command.get_help(context), "```"]
    if isinstance(command, click.Group):
        for name in command.list_commands(context):
            sub = command.get_command(context, name)
            if sub is not None:
                parts.extend(_walk(sub, [*path, name]))
    return parts


def render() -> str:
    return HEADER + "\n".join(_walk(cli, ["bondlens"])) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if DOC.read_text(encoding="utf-8") != text:
            print("docs/cli.md is out of date: run python scripts/cli_reference.py")
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
