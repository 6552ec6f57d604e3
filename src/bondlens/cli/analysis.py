"""``bondlens analyze``: read one text, or many, with the on-device analysis engine."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.cli.output import FORMATS, crisis_lines, emit_json
from bondlens.errors import InvalidInput

if TYPE_CHECKING:
    from bondlens.analysis.results import Analysis


@cli.command()
@click.argument("text", nargs=-1)
@click.option(
    "--batch",
    metavar="FILE",
    help='Analyse JSON lines {"id": …, "text": …} from FILE (\'-\' for standard input); '
    "write one JSON result a line, with its id.",
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@pass_app
def analyze(app: App, text: tuple[str, ...], batch: str | None, fmt: str) -> None:
    """Read a text for beliefs, relationship signs, emotions and crisis language.

    TEXT comes from the arguments, or from standard input ('-' or nothing). Everything
    runs on this computer. It describes patterns in words; it does not diagnose.
    """
    from bondlens.analysis.engine import Engine
    from bondlens.preferences_service import region_without_journal

    # the country chosen in the journal, if there is one: never opens or creates it
    region = region_without_journal(app.settings)
    if batch is not None:
        _batch(Engine(region), batch)
        return
    body = " ".join(text) if text and text != ("-",) else sys.stdin.read()
    if not body.strip():
        raise InvalidInput(messages.ENTRY_EMPTY)
    result = Engine(region).analyze(body)
    if fmt == "json":
        emit_json(result.to_json())
    else:
        click.echo(describe(result))


def _batch(engine: Any, source: str) -> None:
    from bondlens.cli.data import read_text

    records: list[tuple[Any, str]] = []
    for number, line in enumerate(read_text(source).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                messages.BATCH_LINE.format(line=number, problem=f"not valid JSON ({exc.msg}).")
            ) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InvalidInput(
                messages.BATCH_LINE.format(line=number, problem=messages.BATCH_SHAPE)
            )
        records.append((record.get("id"), record["text"]))
    for start in range(0, len(records), 256):
        chunk = records[start : start + 256]
        for (ident, _), result in zip(
            chunk, engine.analyze_many([t for _, t in chunk]), strict=True
        ):
            click.echo(json.dumps({"id": ident, **result.to_json()}, ensure_ascii=False))


def describe(result: Analysis) -> str:
    """The findings in plain words, crisis resources first."""
    lines: list[str] = []
    if result.crisis.flag:
        lines.extend([*crisis_lines(result.crisis), ""])
    for belief in result.beliefs:
        words = messages.BELIEF_WORDS.get(belief.id, belief.id)
        lines.append(messages.ANALYSIS_BELIEF.format(words=words, quote=belief.quote))
    for marker in result.markers:
        label = marker.id.replace("_", " ")
        lines.append(messages.ANALYSIS_MARKER.format(marker=label, quote=marker.quote))
    if result.emotions:
        names = ", ".join(e.id for e in result.emotions)
        lines.append(messages.ANALYSIS_EMOTIONS.format(emotions=names))
    if not (result.beliefs or result.markers or result.emotions or result.crisis.flag):
        lines.append(messages.ANALYSIS_NOTHING)
    else:
        lines.append(messages.ANALYSIS_NOTE)
    return "\n".join(lines)
