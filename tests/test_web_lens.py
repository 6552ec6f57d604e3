"""The lens on a person's page, the check-in form and Insights, through the real web app."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from fastapi.testclient import TestClient

from bondlens import lens_service, messages
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
    saved = lens_service.checkins(journal, "Jordan")
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
    assert lens_service.checkins(journal, "Jordan") == []


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


# --- taking a check-in back -------------------------------------------------------------
def test_a_check_in_is_deleted_after_asking_once_more(
    client: TestClient, journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    from datetime import datetime

    from bondlens.checkins import CheckIn

    make_entry("Coffee with Jordan.", people=("Jordan",), safety=4)
    older = lens_service.add_checkin(
        journal, "Jordan", CheckIn(datetime(2026, 3, 1, 9, 0), {"fear": 1})
    )
    newer = lens_service.add_checkin(
        journal, "Jordan", CheckIn(datetime(2026, 3, 8, 9, 0), {"fear": 3})
    )
    person_id, person_page = jordan_page(client)
    assert "your check-in: often" in section(person_page, "lens")
    assert f'href="/people/{person_id}/checkin#history-title">Your check-ins (2)' in person_page
    listed = client.get(f"/people/{person_id}/checkin").text
    url = f"/people/{person_id}/checkins/{newer.id}/delete"
    assert f'<form method="post" action="{url}">' in listed
    assert 'Delete<span class="sr"> the check-in from Sun 08 Mar 2026, 09:00</span>' in listed
    token = csrf_of(listed)

    asked = client.post(url, data={"csrf_token": token})  # the small button: asks first
    assert asked.status_code == 200
    assert messages.WEB_CONFIRM_CHECKIN in asked.text
    assert "walking on eggshells: often" in asked.text
    assert 'name="confirm" value="yes"' in asked.text
    assert client.get(url).text == asked.text  # the same question when opened directly
    assert len(lens_service.checkins(journal, "Jordan")) == 2

    done = client.post(url, data={"csrf_token": token, "confirm": "yes"}, follow_redirects=False)
    assert done.status_code == 303
    assert done.headers["location"] == (
        f"/people/{person_id}/checkin?done=checkin-deleted#history-title"
    )
    assert [c.id for c in lens_service.checkins(journal, "Jordan")] == [older.id]
    after = client.get(done.headers["location"]).text
    assert messages.WEB_CHECKIN_DELETED in after
    assert url not in after
    assert "1 check-in, the latest on 2026-03-01" in after
    lens = section(jordan_page(client)[1], "lens")
    assert "your check-in: often" not in lens  # the lens no longer counts the deleted one
    assert "Your check-ins (1)" in lens


def test_an_unknown_or_someone_elses_check_in_is_not_found(
    client: TestClient, journal: Journal, make_person: Callable[..., object]
) -> None:
    from datetime import datetime

    from bondlens.checkins import CheckIn

    journal.add_entry(Entry(text="Tea with Jordan", when=date(2026, 1, 1), people=("Jordan",)))
    make_person("Sam")
    sams = lens_service.add_checkin(journal, "Sam", CheckIn(datetime(2026, 3, 1), {"fear": 1}))
    person_id, _ = jordan_page(client)
    token = csrf_of(client.get(f"/people/{person_id}/checkin").text)
    for checkin_id in (99, sams.id):
        url = f"/people/{person_id}/checkins/{checkin_id}/delete"
        shown = client.get(url)
        assert shown.status_code == 404
        assert f"There is no check-in #{checkin_id} about Jordan" in shown.text
        assert "Traceback" not in shown.text
        posted = client.post(url, data={"csrf_token": token, "confirm": "yes"})
        assert posted.status_code == 404
    assert client.get(f"/people/999/checkins/{sams.id}/delete").status_code == 404
    sam_id = journal.person("Sam").id
    url = f"/people/{sam_id}/checkins/{sams.id}/delete"
    assert client.post(url, data={"confirm": "yes"}).status_code == 403  # no token
    assert client.post(url, data={"csrf_token": "wrong", "confirm": "yes"}).status_code == 403
    assert [c.id for c in lens_service.checkins(journal, "Sam")] == [sams.id]
