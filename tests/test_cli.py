"""The ``bondlens`` command as a whole: help, exit codes, one-line errors, the real script.

Per-command behaviour lives in test_cli_entries.py, test_cli_people.py and
test_cli_data.py. The tests here that start a process run the installed console script,
to prove the entry point, exit statuses, pipes and terminals work for real.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bondlens import __version__, messages
from cli_helpers import Cli, python, script, script_env, script_path


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


def test_help_lists_every_command(cli: Cli) -> None:
    out = cli.ok("--help").out
    for command in ("add", "list", "search", "show", "edit", "delete", "person", "import"):
        assert f"  {command} " in out
    assert cli.ok("-h").out == out
    assert not cli.home.exists()  # help never opens (or creates) a journal


def test_version(cli: Cli) -> None:
    assert cli.ok("--version").out.strip() == f"bondlens, version {__version__}"


def test_home_option_wins_over_the_environment(cli: Cli, tmp_path: Path) -> None:
    other = Cli(tmp_path / "other")
    cli.ok("--home", str(other.home), "add", "Written with --home")
    assert other.texts() == ["Written with --home"]
    assert cli.entries() == []


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["add", "Hello", "--bogus"],
        ["list", "--format", "xml"],
        ["search", "word", "--format", "markdown"],
        ["show", "1", "--format", "yaml"],
        ["person", "list", "--format", "csv"],
        ["list", "-n", "-1"],
        ["add", "Hello", "--safety", "high"],
        ["add", "Hello", "--kind", "dream"],
        ["show"],
        ["search"],
        ["person", "add"],
    ],
)
def test_usage_mistakes_exit_2_with_clicks_explanation(cli: Cli, args: list[str]) -> None:
    failed = cli.fails(*args, code=2)
    assert failed.err.startswith("Usage: bondlens")
    assert len(failed.err.splitlines()) <= 8


# --- problems with the journal itself: still one friendly line ------------------------
def test_a_home_that_is_a_file_is_explained(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("oops", encoding="utf-8")
    failed = Cli(not_a_folder).fails("list")
    assert "couldn't open the journal" in failed.err


def test_a_damaged_journal_file_is_explained_and_left_alone(cli: Cli) -> None:
    cli.home.mkdir()
    damaged = cli.home / "journal.db"
    damaged.write_bytes(b"this is not a database" * 100)
    assert "couldn't open the journal" in cli.fails("list").err
    assert damaged.read_bytes() == b"this is not a database" * 100


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"BONDLENS_DATABASE_URL": "postgresql://db/journal"}, "can't open 'postgresql"),
        ({"BONDLENS_MAX_ENTRY_CHARS": "lots"}, "should be a whole number, not 'lots'"),
        ({"BONDLENS_MAX_ENTRY_CHARS": "10"}, "should be between 1,000 and 1,000,000"),
        ({"BONDLENS_ACCOUNT": "   "}, "BONDLENS_ACCOUNT cannot be empty"),
    ],
)
def test_unusable_settings_are_refused_in_one_line(
    cli: Cli, env: dict[str, str], says: str
) -> None:
    assert says in cli.fails("list", env=env).err


# --- the real console script ---------------------------------------------------------
def test_the_console_script_is_installed_and_runs(tmp_path: Path) -> None:
    done = script(tmp_path / "home", "--version")
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode().strip() == f"bondlens, version {__version__}"
    assert script_path().parent == Path(sys.executable).parent  # this venv's, not another


def test_script_reads_an_entry_from_a_pipe_and_lists_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    text = "Piped in 🌙\nنور and שלום on the second line"
    added = script(home, "add", "-p", "Noor", "-s", "4", input=text.encode())
    assert added.returncode == 0, added.stderr
    assert added.stdout.decode().splitlines() == [
        messages.PERSON_NEW.format(name="Noor"),
        messages.SAVED.format(id=1),
    ]
    assert added.stderr == b""  # no typing hint when stdin is not a terminal
    listed = script(home, "list", "--format", "json")
    [entry] = json.loads(listed.stdout)
    assert (entry["text"], entry["people"], entry["safety"]) == (text, ["Noor"], 4)
    assert (home / "journal.db").is_file()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["add", "Hello", "--safety", "9"], 1),
        (["show", "7"], 1),
        (["list", "--person", "Nobody"], 1),
        (["add", "Hello", "--when", "someday"], 1),
        (["list", "--nope"], 2),
        (["export", "--format", "docx"], 2),
    ],
)
def test_script_exit_status_and_one_line_errors(tmp_path: Path, args: list[str], code: int) -> None:
    done = script(tmp_path / "home", *args)
    assert done.returncode == code
    assert done.stdout == b""
    err = done.stderr.decode()
    assert "Traceback" not in err
    if code == 1:
        assert len(err.splitlines()) == 1


def test_script_round_trip_through_pipes_is_byte_for_byte(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    script(first, "person", "add", "Zoë", "--safe", "--note", "ما زلت هنا")
    script(first, "add", "Walk with Zoë 🌳 — שלום", "-p", "Zoë", "-w", "2024-05-01 08:15")
    script(first, "add", "No one\ttoday\n\nquiet", "-t", "rest", "-w", "2024-05-02")
    exported = script(first, "export")
    assert exported.returncode == 0
    assert exported.stdout.count(b"\n") == 3
    imported = script(second, "import", "-", "--format", "jsonl", input=exported.stdout)
    assert imported.returncode == 0, imported.stderr
    assert script(second, "export").stdout == exported.stdout


def test_script_refuses_a_bad_import_and_names_the_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script(home, "add", "Already here", "-w", "2024-01-01")
    lines = b'{"type": "entry", "when": "2024-02-02", "text": "ok"}\n{"type": "entry"}\n'
    done = script(home, "import", "-", "--format", "jsonl", input=lines)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "Line 2: 'when' is missing (a date like 2026-03-14 or 2026-03-14T21:30).",
        messages.IMPORT_NOTHING_CHANGED,
    ]
    listed = json.loads(script(home, "list", "--format", "json").stdout)
    assert [e["text"] for e in listed] == ["Already here"]


def test_script_delete_needs_yes_without_a_terminal(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script(home, "add", "Keep me?")
    refused = script(home, "delete", "1", input=b"y\n")
    assert refused.returncode == 1
    assert refused.stderr.decode().strip() == messages.CONFIRM_NEEDED
    assert script(home, "delete", "1", "--yes").returncode == 0
    assert json.loads(script(home, "list", "--format", "json").stdout) == []


@pytest.mark.parametrize(
    "command", [["export"], ["export", "--format", "markdown"], ["list", "-n", "0"]]
)
def test_script_stops_quietly_when_the_reader_goes_away(tmp_path: Path, command: list[str]) -> None:
    """``bondlens export | head -1``: no traceback, no complaint, however much was left.

    Click ends a closed pipe with status 1 itself; a command that wrote everything in
    one call may not notice and end with 0. Either way the person sees nothing.
    """
    home = tmp_path / "home"
    filler = "a few words to fill the pipe " * 8
    records = (
        {"type": "entry", "when": f"2024-01-01T{n // 60:02d}:{n % 60:02d}", "text": f"{n} {filler}"}
        for n in range(1200)
    )
    many = "".join(json.dumps(r) + "\n" for r in records)
    assert script(home, "import", "-", "--format", "jsonl", input=many.encode()).returncode == 0
    with subprocess.Popen(
        [str(script_path()), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=script_env(home),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read().decode()
        code = process.wait(timeout=60)
    assert err == ""
    assert code in (0, 1)


# --- at a real terminal (a pseudo-terminal stands in for one) -------------------------
pty_only = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX terminal")


def at_terminal(home: Path, *args: str, typed: bytes) -> subprocess.CompletedProcess[bytes]:
    """Run the script with a terminal as stdin, as if a person typed ``typed``."""
    main, secondary = os.openpty()
    try:
        with subprocess.Popen(
            [str(script_path()), *args],
            stdin=secondary,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=script_env(home),
        ) as process:
            os.close(secondary)
            secondary = -1
            os.write(main, typed)
            out, err = process.communicate(timeout=60)
    finally:
        os.close(main)
        if secondary != -1:
            os.close(secondary)
    return subprocess.CompletedProcess(args, process.returncode, out, err)


@pty_only
def test_delete_at_a_terminal_asks_first(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script(home, "add", "Think twice", "-w", "2024-03-14 21:30")
    kept = at_terminal(home, "delete", "1", typed=b"n\n")
    assert kept.returncode == 0
    assert "Delete entry #1 (Thu 14 Mar 2024, 21:30)?" in kept.stdout.decode()
    assert messages.NOT_DELETED in kept.stdout.decode()
    assert script(home, "show", "1").returncode == 0
    deleted = at_terminal(home, "delete", "1", typed=b"y\n")
    assert messages.DELETED.format(id=1) in deleted.stdout.decode()
    assert script(home, "show", "1").returncode == 1


@pty_only
def test_add_at_a_terminal_explains_how_to_finish(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = at_terminal(home, "add", typed=b"Typed at 2 a.m.\n\x04")  # Ctrl-D ends the text
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().strip() == messages.STDIN_HINT
    listed = json.loads(script(home, "list", "--format", "json").stdout)
    assert [e["text"] for e in listed] == ["Typed at 2 a.m."]


@pty_only
def test_import_at_a_terminal_shows_its_progress(tmp_path: Path) -> None:
    home = tmp_path / "home"
    source = tmp_path / "many.jsonl"
    source.write_text(
        "".join(
            json.dumps({"type": "entry", "when": f"2025-01-{1 + n % 28:02d}", "text": f"e {n}"})
            + "\n"
            for n in range(1200)
        ),
        encoding="utf-8",
    )
    main, secondary = os.openpty()
    try:
        with subprocess.Popen(
            [str(script_path()), "import", str(source), "--format", "jsonl"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=secondary,
            env=script_env(home),
        ) as process:
            os.close(secondary)
            secondary = -1
            out, _ = process.communicate(timeout=60)
            shown = b""
            while True:
                try:
                    chunk = os.read(main, 65536)
                except OSError:  # the terminal closes with the process
                    break
                if not chunk:
                    break
                shown += chunk
    finally:
        os.close(main)
        if secondary != -1:
            os.close(secondary)
    assert process.returncode == 0
    assert "Imported 1,200 entries" in out.decode()
    assert b"Importing" in shown
    assert b"100%" in shown


def test_a_short_output_to_a_reader_that_left_is_no_complaint(tmp_path: Path) -> None:
    """A small export fits in the pipe at once; the reader leaving before Python
    flushes at exit must not print "Exception ignored … BrokenPipeError"."""
    home = tmp_path / "home"
    assert script(home, "add", "One short entry.").returncode == 0
    for _ in range(3):  # the race is at exit: try it more than once
        with subprocess.Popen(
            [str(script_path()), "export"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=script_env(home),
        ) as process:
            assert process.stdout is not None
            assert process.stderr is not None
            assert process.stdout.read(5)
            process.stdout.close()
            err = process.stderr.read().decode()
            code = process.wait(timeout=60)
        assert err == ""
        assert code in (0, 1)


# --- loading only what a command needs ---------------------------------------------------
def test_every_command_is_listed_with_the_module_that_defines_it() -> None:
    import importlib

    from bondlens.cli import COMMANDS, cli

    for module in sorted(set(COMMANDS.values())):
        importlib.import_module(f"bondlens.cli.{module}")
    defined = {
        name: (command.callback.__module__ if command.callback else "")
        for name, command in cli.commands.items()
    }
    assert defined == {name: f"bondlens.cli.{module}" for name, module in COMMANDS.items()}


def test_add_and_help_load_only_what_they_need(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from bondlens.cli import run\n"
        "def loaded():\n"
        "    names = sorted(m for m in sys.modules if m.startswith('bondlens.'))\n"
        "    print('LOADED', json.dumps(names))\n"
        f"run(['--home', {str(tmp_path / 'home')!r}, 'add', 'Tea with Sam.'])\n"
        "loaded()\n"
        "run(['--help'])\n"
        "loaded()\n"
    )
    result = python(code)
    assert result.returncode == 0, result.stderr
    after_add, after_help = (
        json.loads(line.removeprefix("LOADED "))
        for line in result.stdout.splitlines()
        if line.startswith("LOADED ")
    )
    assert "bondlens.cli.entries" in after_add
    assert not {"bondlens.cli.data", "bondlens.cli.serve", "bondlens.cli.lens"} & set(after_add)
    # nor the code of other features: exchange formats, the lens, readings, check-ins
    unused = {
        "bondlens.exchange",
        "bondlens.patterns",
        "bondlens.findings",
        "bondlens.storage.lens",
        "bondlens.storage.readings",
        "bondlens.storage.checkins",
    }
    assert not unused & set(after_add)
    assert {"bondlens.cli.data", "bondlens.cli.serve", "bondlens.cli.lens"} <= set(after_help)
    assert "backup" in result.stdout  # --help still lists every command
