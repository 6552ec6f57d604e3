"""Asking before taking something back, without JavaScript.

Each small "Delete" button beside a check-in, a reflection or a rating is a form that
POSTs (with its CSRF token) to the item's ``…/delete`` address; without ``confirm=yes``
that address answers with this page, which says what would go and asks once more.
Opening the address directly (GET) shows the same page. Only the second, confirmed
POST deletes, and the route then redirects back to the list with a notice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from bondlens import messages
from bondlens.web.pages import render, text


@dataclass(frozen=True)
class Asked:
    """What the confirmation page shows about the item, and where its buttons lead."""

    heading: str
    title: str
    lines: Sequence[str]
    action: str
    back: str
    back_label: str
    yes: str = messages.WEB_CONFIRM_YES


def confirmed(form: FormData) -> bool:
    """Whether the person said yes on the confirmation page."""
    return text(form, "confirm") == "yes"


def ask(request: Request, asked: Asked, nav: str) -> Response:
    return render(request, "confirm_delete.html", nav=nav, asked=asked)
