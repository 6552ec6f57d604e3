"""The session summary as one standalone HTML file, for ``bondlens summary --format html``.

Rendered with the same template as the web's printable page (``_summary.html``), with
the app's stylesheet (its print rules too) inline: no scripts, nothing fetched from
anywhere, so the file opens and prints the same on any computer. Needs only Jinja2,
not the web stack.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bondlens import messages

if TYPE_CHECKING:
    from jinja2 import Environment

    from bondlens.summary import View

HERE = Path(__file__).resolve().parent
STYLESHEET = HERE / "static" / "app.css"


@cache
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals["M"] = messages
    return env


def standalone(view: View) -> str:
    """The whole document: the summary, styled for screen and print."""
    css = STYLESHEET.read_text(encoding="utf-8")
    return _environment().get_template("summary_document.html").render(view=view, css=css)
