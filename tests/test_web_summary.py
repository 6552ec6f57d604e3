"""The session summary through the real web app: choose dates, tick entries and parts,
see exactly those on the printable page, download them as Markdown; nothing is stored."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from bondlens import lens_service, messages, safety_service
from bondlens.checkins import CheckIn
from bondlens.entries import Entry
from bondlens.journal import Journal
from bondlens.summary import Choice, to_markdown
from bondlens.summary_service import build
from web_helpers import csrf_of

TODAY = date.today()
DAYS = {"since": "2026-03-01", "until": "2026-03-14"}


@pytest.fixture
def entries(make_entry: Callable[..., Entry], journal: Journal) -> dict[str, Entry]:
    made = {
        "early": make_entry("Too early: a call with Kai.", date(2026, 2, 27), ("Kai",)),
        "walk": make_entry("Walk with Sam by the river.", date(2026, 3, 2), ("Sam",), safety=5),
        "cold": make_entry("Jordan was cold all evening.", date(2026, 3, 9), ("Jordan",), safety=2),
        "alone": make_entry("A quiet evening alone.", date(2026, 3, 12)),
    }
    lens_service.add_checkin(journal, "Sam", CheckIn(datetime(2026, 3, 5, 9), {"mutual_growth": 3}))
    safety_service.save_plan(journal, {"reasons": ["My cat, Miso"]})
    return made


#: What the app's background reader writes after showing a page with entries waiting.
READINGS = {"entry_reading", "entry_finding"}


def rows(journal: Journal) -> dict[str, int]:
    """Rows per table, besides the readings the background reader may add meanwhile."""
    with closing(sqlite3.connect(journal.settings.home / "journal.db")) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
            for n in names
            if n not in READINGS
        }


def ticked(page: str) -> set[int]:
    return {
        int(m.group(1))
        for m in re.finditer(r'<input type="checkbox" id="entry-(\d+)"[^>]* checked>', page)
    }


def post(client: TestClient, url: str, data: dict[str, Any]) -> Any:
    token = csrf_of(client.get("/summary").text)
    return client.post(url, data={"csrf_token": token, **data}, follow_redirects=False)


def test_the_form_defaults_to_the_last_fourteen_days(
    client: TestClient, make_entry: Callable[..., Entry]
) -> None:
    recent = make_entry("Recent: Sam listened.", TODAY - timedelta(days=2), ("Sam",))
    make_entry("Old: a hard week.", TODAY - timedelta(days=20), ("Kai",))
    page = client.get("/summary")
    assert page.status_code == 200
    assert page.context["since"] == (TODAY - timedelta(days=14)).isoformat()
    assert page.context["until"] == TODAY.isoformat()
    assert [e.id for e in page.context["offer"].entries] == [recent.id]
    assert page.context["offer"].people == ("Sam",)
    assert ticked(page.text) == set()  # nothing is ticked until the person ticks it
    assert "Old: a hard week." not in page.text


def test_a_range_lists_its_entries_people_and_checkins_with_nothing_ticked(
    client: TestClient, entries: dict[str, Entry]
) -> None:
    page = client.get("/summary", params=DAYS)
    offer = page.context["offer"]
    assert [e.id for e in offer.entries] == [
        e.id for e in (entries[k] for k in ("alone", "cold", "walk"))
    ]
    assert offer.people == ("Jordan", "Sam")
    assert page.context["checkins_about"] == "1 about Sam"
    assert ticked(page.text) == set()
    assert 'name="lens" value="Jordan"' in page.text
    assert 'name="lens" value="Kai"' not in page.text
    for part in ("workbook", "checkins", "safety_plan"):
        assert re.search(rf'<input type="checkbox" id="[^"]+" name="{part}">', page.text)


def test_select_all_and_none_work_without_scripts_and_keep_the_rest(
    client: TestClient, entries: dict[str, Entry]
) -> None:
    every = post(client, "/summary", {**DAYS, "action": "all", "lens": "Sam", "workbook": "on"})
    assert every.status_code == 200
    assert ticked(every.text) == {int(entries[k].id or 0) for k in ("walk", "cold", "alone")}
    assert every.context["chosen"].lens == ("Sam",)
    assert every.context["chosen"].workbook
    assert 'value="Sam" checked' in every.text
    none = post(client, "/summary", {**DAYS, "action": "none", "entry": [entries["walk"].id]})
    assert ticked(none.text) == set()


def test_the_printable_page_shows_exactly_what_was_chosen(
    client: TestClient, journal: Journal, entries: dict[str, Entry]
) -> None:
    before = rows(journal)
    chosen = {**DAYS, "entry": [entries["walk"].id], "lens": "Jordan", "checkins": "on"}
    page = post(client, "/summary", {**chosen, "action": "make"})
    assert page.status_code == 200
    view = page.context["view"]
    assert [part for part, *_ in view.parts] == ["entries", "lens", "checkins"]
    assert [e.id for e in view.parts[0][3]] == [entries["walk"].id]
    assert [b.heading for b in view.parts[1][3]] == ["Jordan"]
    text = page.text
    assert "Walk with Sam by the river." in text
    assert "About Sam, Thu 05 Mar 2026, 09:00" in text
    for left_out in ("Jordan was cold", "A quiet evening", "Too early", "My cat, Miso"):
        assert left_out not in text, left_out
    assert messages.SUMMARY_NOT_DIAGNOSIS in text
    assert '<button type="button" class="primary" data-print hidden>Print</button>' in text
    # the download and change forms carry the same choice, with the token
    download = text[text.index('action="/summary/markdown"') :]
    download = download[: download.index("</form>")]
    assert f'name="entry" value="{entries["walk"].id}"' in download
    assert 'name="lens" value="Jordan"' in download
    assert 'name="checkins" value="on"' in download
    assert 'name="workbook"' not in download
    assert 'name="csrf_token"' in download
    assert rows(journal) == before  # nothing is stored


def test_markdown_downloads_with_a_dated_name_and_the_same_words(
    client: TestClient, journal: Journal, entries: dict[str, Entry]
) -> None:
    chosen = {**DAYS, "entry": [entries["cold"].id], "safety_plan": "on"}
    got = post(client, "/summary/markdown", chosen)
    assert got.status_code == 200
    assert got.headers["content-type"] == "text/markdown; charset=utf-8"
    assert got.headers["content-disposition"] == (
        'attachment; filename="bondlens-summary-2026-03-01-to-2026-03-14.md"'
    )
    expected = build(
        journal,
        Choice(
            date(2026, 3, 1), date(2026, 3, 14), (int(entries["cold"].id or 0),), safety_plan=True
        ),
    )
    assert got.text == to_markdown(expected)
    assert "Jordan was cold all evening." in got.text
    assert "- My cat, Miso" in got.text
    assert "Walk with Sam" not in got.text


def test_nothing_chosen_is_said_gently_with_the_form_again(
    client: TestClient, entries: dict[str, Entry]
) -> None:
    page = post(client, "/summary", {**DAYS, "action": "make"})
    assert page.status_code == 400
    assert page.context["error"] == messages.SUMMARY_NOTHING_CHOSEN
    assert page.context["offer"] is not None  # the form is there again
    assert 'name="entry"' in page.text
    got = post(client, "/summary/markdown", DAYS)
    assert got.status_code == 400
    assert str(escape(messages.SUMMARY_NOTHING_CHOSEN)) in got.text


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ({"since": "2026-03-14", "until": "2026-03-01"}, "comes after the last day"),
        ({"since": "someday"}, "couldn't read 'someday'"),
    ],
)
def test_bad_dates_are_explained_without_a_trace(
    client: TestClient, params: dict[str, str], problem: str
) -> None:
    page = client.get("/summary", params=params)
    assert page.status_code == 400
    assert problem in page.context["error"]
    assert page.context["offer"] is None
    assert "Traceback" not in page.text
    posted = post(client, "/summary", {**params, "entry": "1"})
    assert posted.status_code == 400
    assert problem in posted.context["error"]


def test_odd_forms_get_a_friendly_page(client: TestClient, entries: dict[str, Entry]) -> None:
    odd = post(client, "/summary", {**DAYS, "entry": "first"})
    assert odd.status_code == 400
    assert str(escape(messages.WEB_BAD_REQUEST)) in odd.text
    gone = post(client, "/summary", {**DAYS, "lens": "Nobody", "action": "make"})
    assert gone.status_code == 404
    assert "Nobody" in gone.text
    assert "Traceback" not in gone.text
    refused = client.post("/summary", data={**DAYS, "entry": entries["walk"].id})
    assert refused.status_code == 403
    refused = client.post("/summary/markdown", data={**DAYS, "entry": entries["walk"].id})
    assert refused.status_code == 403


def test_reached_from_the_path_and_your_data(client: TestClient) -> None:
    for address in ("/path", "/settings"):
        page = client.get(address).text
        assert 'href="/summary"' in page, address
    assert messages.WEB_SUMMARY_LINK in client.get("/settings").text


def test_entries_waiting_for_the_reader_are_named_then_read(
    client: TestClient, entries: dict[str, Entry], make_entry: Callable[..., Entry]
) -> None:
    token = csrf_of(client.get("/").text)  # a page that doesn't start the reader
    chosen = {"csrf_token": token, **DAYS, "lens": "Jordan", "action": "make"}
    first = client.post("/summary", data=chosen)
    assert first.context["waiting"] == len(entries)
    assert "not read yet" in first.text
    assert first.text.index("not read yet") < first.text.index('<article class="summary"')
    again = client.post("/summary", data=chosen)  # the first one read them afterwards
    assert again.context["waiting"] == 0
    assert "not read yet" not in again.text
    make_entry("Written just now.", date(2026, 3, 13))  # waiting again
    only_entries = client.post(
        "/summary", data={"csrf_token": token, **DAYS, "entry": entries["walk"].id}
    )
    assert only_entries.context["waiting"] == 0  # the entries alone need no reading
    assert "not read yet" not in only_entries.text
