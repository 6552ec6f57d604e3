"""Notes on an entry: what the on-device reader noticed, and the person's answers.

The notes come as a fragment of the entry page. While an entry is still waiting to be
read (it is read in the background right after it is saved), the fragment asks again
shortly, through htmx; without JavaScript the page simply shows the notes on reload.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bondlens.findings import dismissed, notes
from bondlens.reading import reader_id
from bondlens.render import note_text
from bondlens.web.pages import CheckedForm, journal_of, redirect, render, text

router = APIRouter(include_in_schema=False)
ANSWERS = {"confirmed": "confirmed", "dismissed": "dismissed", "undo": None}


def notes_context(request: Request, entry_id: int) -> dict[str, Any]:
    """What the notes fragment needs: the notes, the set-aside ones, and the state."""
    journal = journal_of(request)
    if not journal.settings.reading:
        return {
            "state": "off",
            "notes": [],
            "set_aside": [],
            "note_text": note_text,
            "entry_id": entry_id,
        }
    found = journal.findings([entry_id])[entry_id]
    state = "read" if journal.is_read(entry_id, reader_id()) else "waiting"
    return {
        "state": state,
        "notes": notes(found),
        "set_aside": dismissed(found),
        "note_text": note_text,
        "entry_id": entry_id,
    }


@router.get("/entries/{entry_id}/notes")
async def notes_fragment(request: Request, entry_id: int) -> Response:
    journal_of(request).entry(entry_id)  # 404 for an entry that is not there
    return render(request, "_notes.html", **notes_context(request, entry_id))


@router.post("/entries/{entry_id}/notes")
def answer_note(request: Request, entry_id: int, form: CheckedForm) -> Response:
    answer = text(form, "answer")
    if answer not in ANSWERS:
        answer = "undo"
    journal_of(request).decide(entry_id, text(form, "kind"), text(form, "label"), ANSWERS[answer])
    if request.headers.get("hx-request"):
        return render(request, "_notes.html", **notes_context(request, entry_id))
    return redirect(f"/entries/{entry_id}?done=note#notes")
