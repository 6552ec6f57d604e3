"""The lens on a person's page, the check-in form and Insights, through the real web app."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from fastapi.testclient import TestClient

from bondlens import messages
from bondlens.entries import Entry
from bondlens.journal import Journal
from bondlens.web.lens_pages import linked
from web_helpers import csrf_of

HURT = "He shoved me against the wall and screamed that I was useless."
SORRY = "He cried and said sorry, brought flowers and promised it would never happen again."
MADE_UP = "We made up and had a lovely evening, like the old days."


def section(page: str, ident: str) -> str:
    match = re.search(rf'<section[^>]*id="{ident}".*?</section>', page, re.S)
    assert match, f"no section #{ident}"
    return match.group(0)


def cycles(make_entry: Callable[..., Entry], rounds: int = 3) -> list[Entry]:
    made = []
    day = date(2026, 1, 5)
    for _ in range(rounds):
        made.append(make_entry(HURT, when=day, people=("Jordan",), safety=1))
        made.append(make_entry(SORRY, when=day + timedelta(days=1), people=("Jordan",), safety=3))
        made.append(make_entry(MADE_UP, when=day + timedelta(days=2), people=("Jordan",), safety=5))
        day += timedelta(days=20)
    return made


def jordan_page(client: TestClient) -> tuple[int, str]:
    person_id = next(p["id"] for p in client.get("/api/people").json() if p["name"] == "Jordan")
    return person_id, client.get(f"/people/{person_id}").text


def test_the_person_page_shows_the_lens_with_its_evidence(
    client: TestClient, journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    from bondlens import reading

    made = cycles(make_entry)
    reading.read_waiting(journal)
    _, page = jordan_page(client)
    lens = section(page, "lens")
    assert "Pattern: trauma bond" in lens
    assert "Health: unhealthy" in lens
    assert "a hurtful moment" in lens
    hurt_id = made[0].id
    assert f'<a href="/entries/{hurt_id}">#{hurt_id}</a>' in lens
    assert "Hurt, apology, making up" in lens
    assert "your partner" not in lens.lower()


def test_entries_still_waiting_are_mentioned(
    client: TestClient, make_entry: Callable[..., Entry]
) -> None:
    cycles(make_entry, rounds=1)
    _, page = jordan_page(client)
    lens = section(page, "lens")
    assert "3 entries not read yet" in lens


def test_a_check_in_is_saved_and_counts(
    client: TestClient, journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    make_entry("Coffee with Jordan.", people=("Jordan",), safety=4)
    person_id, _ = jordan_page(client)
    form_page = client.get(f"/people/{person_id}/checkin").text
    assert messages.CHECKIN_QUESTIONS["codependence"] in form_page
    response = client.post(
        f"/people/{person_id}/checkin",
        data={"csrf_token": csrf_of(form_page), "codependence": "3", "fear": "skip"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    saved = journal.checkins("Jordan")
    assert [dict(c.answers) for c in saved] == [{"codependence": 3}]
    page = client.get(response.headers["location"]).text
    assert messages.WEB_CHECKIN_SAVED in page
    assert "your check-in: often" in section(page, "lens")


def test_an_empty_check_in_is_refused_kindly(client: TestClient, journal: Journal) -> None:
    journal.add_entry(Entry(text="Tea with Jordan", when=date(2026, 1, 1), people=("Jordan",)))
    person_id, _ = jordan_page(client)
    form_page = client.get(f"/people/{person_id}/checkin").text
    response = client.post(
        f"/people/{person_id}/checkin", data={"csrf_token": csrf_of(form_page), "fear": "skip"}
    )
    assert response.status_code == 400
    assert messages.CHECKIN_EMPTY in response.text
    assert journal.checkins("Jordan") == []


def test_insights_page(
    client: TestClient, journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    make_entry("Helped Sam move flat.", people=("Sam",), kind="support_given", safety=5)
    make_entry("Sam listened for an hour.", people=("Sam",), kind="support_received", safety=5)
    page = client.get("/insights").text
    assert '<a href="/insights" aria-current="page">Insights</a>' in page
    assert "Support given and received" in page
    assert re.search(r"<td>Sam</td><td>1</td><td>1</td>", page)


def test_entry_numbers_become_links_and_the_rest_is_escaped() -> None:
    assert str(linked("In #3 and #12 <b>")) == (
        'In <a href="/entries/3">#3</a> and <a href="/entries/12">#12</a> &lt;b&gt;'
    )
