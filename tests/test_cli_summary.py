"""``bondlens summary`` end to end through the real CLI: the range picks the entries, each
flag adds one part and nothing else goes in; files are written whole; the HTML is a
standalone page made with the web's template."""

from __future__ import annotations

import re
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from bondlens import messages
from bondlens.lens_report import day_text
from cli_helpers import Cli, python

RANGE = ("--since", "2026-03-01", "--until", "2026-03-14")


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    runner = Cli(tmp_path / "home")
    runner.ok("person", "add", "Sam", "--relationship", "friend")
    runner.add("Too early: a long phone call with Sam.", "-p", "Sam", "-w", "2026-02-27")
    runner.add(
        "Walk with Sam by the river, we laughed.", "-p", "Sam", "-s", "5", "-w", "2026-03-02"
    )
    runner.add(
        "Jordan screamed at me and called me worthless.",
        "-p",
        "Jordan",
        "-s",
        "1",
        "-w",
        "2026-03-09T21:30",
        "-t",
        "home",
    )
    runner.add("Too late: tea with Kai.", "-p", "Kai", "-w", "2026-03-20")
    runner.ok("checkin", "Sam", "-a", "mutual_growth=3", "-w", "2026-03-05T09:00")
    runner.ok("checkin", "Kai", "-a", "fear=1", "-w", "2026-03-21T09:00")
    runner.ok("safety", "--add", "reasons", "My cat, Miso")
    runner.ok("beliefs", "burden", "--counter", "People who care about me want to help")
    return runner


def test_the_range_picks_the_entries_and_nothing_else_goes_in(cli: Cli) -> None:
    out = cli.ok("summary", *RANGE).out
    assert out.startswith("# Session summary\n")
    assert "Prepared by you with bondlens, 1 Mar 2026 to 14 Mar 2026." in out
    assert messages.SUMMARY_NOT_DIAGNOSIS in out
    assert "Walk with Sam by the river" in out
    assert "Jordan screamed at me" in out
    assert "*Entry #3 · interaction · safety 1 of 5 (very unsafe) · #home*" in out
    assert out.index("Walk with Sam") < out.index("Jordan screamed")  # oldest first
    for left_out in ("Too early", "Too late", "Miso", "People who care", "Through the lens"):
        assert left_out not in out
    assert re.findall(r"^## (.+)$", out, re.M) == ["Entries"]


def test_each_flag_adds_exactly_its_part(cli: Cli) -> None:
    data = cli.json("summary", *RANGE, "--lens", "jordan", "--checkins", "--safety-plan")
    assert set(data) == {
        "since",
        "until",
        "prepared",
        "note",
        "chosen",
        "entries",
        "lens",
        "checkins",
        "safety_plan",
    }
    assert [e["text"][:4] for e in data["entries"]] == ["Walk", "Jord"]
    assert [v["person"] for v in data["lens"]] == ["Jordan"]
    # read by the real reader first, like `bondlens lens`: the hurtful moment is found
    assert "harm" in {m["id"] for m in data["lens"][0]["markers"]}
    assert [(c["person"], c["answers"]) for c in data["checkins"]] == [
        ("Sam", {"mutual_growth": 3})
    ]  # Kai's check-in is after the range
    assert data["safety_plan"]["sections"][-1]["items"] == ["My cat, Miso"]
    assert data["chosen"] == {
        "entries": "all",
        "lens": ["Jordan"],
        "workbook": False,
        "checkins": True,
        "safety_plan": True,
    }

    only = cli.ok("summary", *RANGE, "--no-entries", "--workbook").out
    assert re.findall(r"^## (.+)$", only, re.M) == ["Beliefs workbook"]
    assert "Your counter-belief: People who care about me want to help" in only
    assert "Walk with Sam" not in only


def test_lens_everyone_means_everyone_named_in_the_range(cli: Cli) -> None:
    data = cli.json("summary", *RANGE, "--lens-everyone", "--no-entries")
    assert [v["person"] for v in data["lens"]] == ["Jordan", "Sam"]  # not Kai: after the range
    assert "entries" not in data
    out = cli.ok("summary", *RANGE, "--lens-everyone").out
    assert "### Jordan" in out
    assert messages.SUMMARY_LENS_SCOPE.format(name="Sam") in out


def test_the_default_range_is_the_last_fourteen_days(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "home")
    cli.add("Recent: Sam listened.", "-w", "3 days ago")
    cli.add("Old: a hard week.", "-w", "20 days ago")
    out = cli.ok("summary").out
    assert "Recent: Sam listened." in out
    assert "Old: a hard week." not in out
    today = date.today()
    since = today - timedelta(days=14)
    assert f"with bondlens, {day_text(since)} to {day_text(today)}." in out
    data = cli.json("summary", "--until", "yesterday")
    assert data["until"] == (today - timedelta(days=1)).isoformat()
    assert data["since"] == (today - timedelta(days=15)).isoformat()


def test_mistakes_are_one_clear_line(cli: Cli) -> None:
    backwards = cli.fails("summary", "--since", "2026-03-14", "--until", "2026-03-01")
    assert "comes after the last day" in backwards.err
    empty = cli.fails("summary", "--since", "2025-01-01", "--until", "2025-01-31")
    assert empty.err.strip() == messages.SUMMARY_CLI_NO_ENTRIES.format(
        range="1 Jan 2025 to 31 Jan 2025"
    )
    nothing = cli.fails("summary", *RANGE, "--no-entries")
    assert nothing.err.strip() == messages.SUMMARY_CLI_NOTHING
    unknown = cli.fails("summary", *RANGE, "--lens", "Nobody")
    assert "Nobody" in unknown.err
    cli.fails("summary", "--since", "someday")
    cli.fails("summary", "--format", "pdf", code=2)
    # an empty range is fine when a part is added: the entries part says it is empty
    fine = cli.ok("summary", "--since", "2025-01-01", "--until", "2025-01-31", "--safety-plan")
    assert messages.SUMMARY_NO_ENTRIES in fine.out
    assert "My cat, Miso" in fine.out


def test_output_is_written_whole_privately_and_never_replaced_by_accident(
    cli: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "session.md"
    target.parent.mkdir()
    written = cli.ok("summary", *RANGE, "-o", str(target))
    assert written.out == ""
    assert written.err.strip() == messages.SUMMARY_WRITTEN.format(path=target)
    assert "Walk with Sam" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    refused = cli.fails("summary", *RANGE, "--format", "json", "-o", str(target))
    assert refused.err.strip() == messages.SUMMARY_FILE_EXISTS.format(path=target)
    assert target.read_text(encoding="utf-8").startswith("# Session summary")
    cli.ok("summary", *RANGE, "--format", "json", "-o", str(target), "--force")
    assert target.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in target.parent.iterdir()) == ["session.md"]  # no leftovers
    nowhere = cli.fails("summary", *RANGE, "-o", str(tmp_path / "missing" / "s.md"))
    assert "couldn't write" in nowhere.err


def test_html_is_a_standalone_printable_page(cli: Cli, tmp_path: Path) -> None:
    page = cli.ok("summary", *RANGE, "--format", "html", "--lens", "Sam").out
    assert page.startswith("<!doctype html>")
    assert "<title>Session summary, 1 Mar 2026 to 14 Mar 2026</title>" in page
    assert '<article class="summary"' in page  # the web's template
    assert "@media print" in page  # the print rules, inline
    assert "Walk with Sam by the river, we laughed." in page
    assert "Through the lens" in page
    for outside in ("<script", "src=", "href=", "<link", "http://", "https://", "@import"):
        assert outside not in page, outside
    assert "Too early" not in page
    assert "Jordan screamed at me and called me worthless." in page


def test_help_stays_light() -> None:
    code = (
        "import sys\n"
        "from bondlens.cli import run\n"
        "run(['summary', '--help'])\n"
        "heavy = {'jinja2', 'numpy', 'onnxruntime', 'fastapi', 'bondlens.summary'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = python(code)
    assert result.returncode == 0, result.stderr
    assert "Usage: bondlens summary" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"
