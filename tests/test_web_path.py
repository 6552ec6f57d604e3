"""The Path section through the real web app: each tool writes what it should."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from bondlens import messages
from bondlens import path_service as service
from bondlens.entries import Entry, EntryFilter, entry_words
from bondlens.findings import VECTOR_SIZE, Finding, Reading
from bondlens.journal import Journal
from bondlens.people import Person
from bondlens.web.charts import strength_chart
from bondlens.workbook import Strength
from web_helpers import csrf_of, post_form

SUPPORT = "You deserve support right now"


def only(journal: Journal, kind: str) -> list[Entry]:
    return journal.entries(EntryFilter(kind=kind))


def form_error(page: str) -> str:
    match = re.search(r'<p class="error" role="alert"[^>]*>(.*?)</p>', page, re.S)
    assert match, "the page shows no error"
    return match.group(1)


def test_the_path_is_in_the_menu_and_on_the_home_page(client: TestClient) -> None:
    home = client.get("/").text
    assert '<a href="/path">Path</a>' in home
    assert '<a href="/path">' + messages.WEB_PATH_LINK + "</a>" in home
    page = client.get("/path")
    assert page.status_code == 200
    assert '<a href="/path" aria-current="page">Path</a>' in page.text
    for title, _, link, _ in messages.WEB_PATH_STEPS:
        assert title in page.text
        if link:
            assert f'href="{link}"' in page.text
            assert client.get(link).status_code == 200


# --- a safe person --------------------------------------------------------------------
def test_a_reflection_is_saved_with_the_evidence_beside_it(
    client: TestClient, journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    make_entry("Tea with Maya.", date(2026, 3, 1), ("Maya",), safety=4)
    make_entry("Walk with Maya.", date(2026, 3, 8), ("Maya",), safety=5)
    maya = journal.person("Maya")
    page = client.get("/path/safe").text
    assert messages.SAFE_PROMPTS[0] in page
    card = re.search(rf'id="person-{maya.id}".*?</section>', page, re.S)
    assert card
    assert "4.5 of 5, over 2 rated" in card.group(0)
    assert "4 → 5" in card.group(0)  # the ratings over time, oldest first
    assert f'href="/people/{maya.id}#chart-title"' in card.group(0)
    response = post_form(
        client,
        f"/path/safe/{maya.id}/reflect",
        {"kind": "3", "listens": "2", "consistent": "skip"},
        page="/path/safe",
    )
    assert response.status_code == 303
    view = service.safe_view(journal, "Maya")
    assert [dict(r.ratings) for r in view.reflections] == [{"kind": 3, "listens": 2}]
    assert not journal.person("Maya").safe  # reflecting never marks anyone
    assert messages.WEB_REFLECTION_SAVED in client.get(response.headers["location"]).text


def test_an_empty_reflection_is_refused_kindly(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    sam = make_person("Sam")
    response = post_form(client, f"/path/safe/{sam.id}/reflect", {"kind": "skip"}, "/path/safe")
    assert response.status_code == 400
    assert form_error(response.text) == messages.WEB_SAFE_EMPTY
    assert service.safe_view(journal, "Sam").reflections == ()


def test_marking_a_safe_person_is_the_persons_choice(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    sam = make_person("Sam")
    post_form(client, f"/path/safe/{sam.id}/mark", {"action": "mark"}, "/path/safe")
    assert journal.person("Sam").safe
    assert "Unmark Sam as a safe person" in client.get("/path/safe").text
    post_form(client, f"/path/safe/{sam.id}/mark", {"action": "unmark"}, "/path/safe")
    assert not journal.person("Sam").safe


# --- micro-sharing --------------------------------------------------------------------
def test_a_share_becomes_a_micro_share_entry_and_the_ladder_moves(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Sam")
    response = post_form(
        client,
        "/path/sharing",
        {
            "person": "Sam",
            "size": "feeling",
            "response": "supportive",
            "felt": "4",
            "note": "Told Sam I was tired.",
            "day": "2026-03-14",
        },
        page="/path/sharing",
    )
    assert response.status_code == 303
    [entry] = only(journal, "micro_share")
    assert entry.people == ("Sam",)
    assert entry.when == date(2026, 3, 14)
    assert entry.text.startswith("Told Sam I was tired.")
    [share] = service.shares(journal, "Sam")
    assert (share.size, share.response, share.felt) == ("feeling", "supportive", 4)
    page = client.get(response.headers["location"]).text
    assert messages.WEB_SHARE_SAVED in page
    assert service.ladder(journal, "Sam")[0].text.replace("'", "&#39;") in page
    assert SUPPORT not in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"person": "", "felt": "4"}, messages.WEB_SHARE_WHO),
        ({"person": "Sam", "felt": "9"}, messages.WEB_FELT_BAD),
        ({"person": "Sam", "felt": ""}, messages.WEB_FELT_BAD),
        ({"person": "Nobody", "felt": "3"}, messages.PERSON_NOT_FOUND.format(name="Nobody")),
    ],
)
def test_a_share_that_cannot_be_kept_is_refused_and_keeps_what_was_typed(
    client: TestClient,
    journal: Journal,
    make_person: Callable[..., Person],
    data: dict[str, str],
    message: str,
) -> None:
    make_person("Sam")
    form = {"size": "small_memory", "response": "neutral", "note": "A note I typed.", **data}
    response = post_form(client, "/path/sharing", form, page="/path/sharing")
    assert response.status_code == 400
    text = response.text
    assert form_error(text) == message.replace("'", "&#39;")
    assert "A note I typed.</textarea>" in text
    assert 'id="size-small_memory" name="size" value="small_memory" checked' in text
    assert "Traceback" not in text
    assert only(journal, "micro_share") == []


def test_a_share_in_crisis_words_shows_support(
    client: TestClient, make_person: Callable[..., Person]
) -> None:
    make_person("Sam")
    form = {"person": "Sam", "size": "feeling", "response": "neutral", "felt": "1"}
    form["note"] = "I told Sam I want to die."
    response = post_form(client, "/path/sharing", form, page="/path/sharing")
    page = client.get(response.headers["location"]).text
    assert SUPPORT in page


# --- the beliefs workbook -------------------------------------------------------------
def test_the_workbook_lists_the_eight_beliefs(client: TestClient) -> None:
    page = client.get("/path/beliefs").text
    for words in messages.BELIEF_WORDS.values():
        assert f"“{words}”".replace("'", "&#39;") in page
    assert client.get("/path/beliefs/no_such_belief").status_code == 404


def test_a_pinned_counter_belief_appears_on_the_home_page(
    client: TestClient, journal: Journal
) -> None:
    mine = "Letting Maya help me is allowed."
    response = post_form(
        client,
        "/path/beliefs/self_reliance/counter",
        {"counter": mine, "pin": "on"},
        page="/path/beliefs/self_reliance",
    )
    assert response.status_code == 303
    pinned = service.pinned(journal)
    assert pinned is not None
    assert (pinned.belief, pinned.text) == ("self_reliance", mine)
    home = client.get("/").text
    assert mine in home
    assert 'href="/path/beliefs/self_reliance"' in home
    post_form(client, "/path/beliefs/self_reliance/pin", {"action": "unpin"}, "/")
    assert service.pinned(journal) is None
    assert mine not in client.get("/").text


def test_an_empty_counter_belief_is_refused(client: TestClient, journal: Journal) -> None:
    url = "/path/beliefs/burden"
    response = post_form(client, url + "/counter", {"counter": "   "}, page=url)
    assert response.status_code == 400
    assert form_error(response.text) == messages.BELIEF_COUNTER_EMPTY
    assert service.belief_page(journal, "burden").counter is None


def test_strengths_are_rated_and_charted(client: TestClient, journal: Journal) -> None:
    url = "/path/beliefs/weakness"
    response = post_form(client, url + "/rate", {"strength": "80", "counter_strength": "20"}, url)
    assert response.status_code == 303
    post_form(client, url + "/rate", {"strength": "60", "counter_strength": ""}, url)
    page = service.belief_page(journal, "weakness")
    assert [(s.strength, s.counter) for s in page.strengths] == [(80, 20), (60, None)]
    shown = client.get(url).text
    assert "<svg" in shown
    assert re.search(r"<td>\d{4}-\d\d-\d\d</td><td>60</td><td>–</td>", shown)
    for bad in (
        {"strength": "101"},
        {"strength": "lots"},
        {"strength": "", "counter_strength": ""},
    ):
        refused = post_form(client, url + "/rate", bad, url)
        assert refused.status_code == 400
        assert form_error(refused.text) == messages.WEB_STRENGTH_BAD
    assert len(service.belief_page(journal, "weakness").strengths) == 2


def test_the_strength_chart_leaves_skipped_values_out() -> None:
    chart = strength_chart([("2026-03-01T09:00", 80, None), ("2026-03-15T09:00", 60, 40)])
    assert chart is not None
    assert len(chart.belief_line.split()) == 2
    assert len(chart.counter_line.split()) == 1
    assert chart.points[0].label == "2026-03-01"
    assert strength_chart([]) is None


def test_moments_the_belief_showed_up_link_to_entries(
    client: TestClient, journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    entry = make_entry("Didn't want to bother them again.", date(2026, 3, 5), ("Sam",))
    finding = Finding(int(entry.id or 0), "belief", "burden", 0.9, entry.text)
    reading = Reading(
        int(entry.id or 0), entry_words(entry), (), (finding,), bytes(2 * VECTOR_SIZE)
    )
    journal.save_readings([reading], "test-reader")
    page = client.get("/path/beliefs/burden").text
    moments = page.split('id="moments-title"')[1]
    assert f'<a href="/entries/{entry.id}">' in moments
    assert "with Sam" in moments


# --- nourishing a connection ----------------------------------------------------------
def test_done_becomes_a_check_in_entry_and_not_now_puts_it_away(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Sam", safe=True)
    make_person("Ari")
    today = date.today()
    nudges = {n.person: n for n in service.todays_nudges(journal, today)}
    page = client.get("/path/nudges").text
    assert nudges["Sam"].text in page
    if nudges["Sam"].drafts:
        assert nudges["Sam"].drafts[0] in page
    response = post_form(
        client,
        f"/path/nudges/{nudges['Sam'].id}",
        {"answer": "done", "note": "Texted Sam about the weekend."},
        page="/path/nudges",
    )
    assert response.status_code == 303
    [entry] = only(journal, "check_in")
    assert (entry.people, entry.text) == (("Sam",), "Texted Sam about the weekend.")
    assert (
        messages.WEB_NUDGE_DONE.replace("'", "&#39;")
        in client.get(response.headers["location"]).text
    )
    post_form(client, f"/path/nudges/{nudges['Ari'].id}", {"answer": "not_now"}, "/path/nudges")
    assert only(journal, "check_in") == [entry]
    assert service.todays_nudges(journal, today) == []


def test_an_unknown_nudge_is_refused_kindly(client: TestClient, journal: Journal) -> None:
    response = post_form(client, "/path/nudges/99-message", {"answer": "done"}, "/path/giving")
    assert response.status_code == 400
    assert form_error(response.text) == messages.WEB_NUDGE_GONE.replace("'", "&#39;")
    assert only(journal, "check_in") == []


# --- giving support -------------------------------------------------------------------
def test_support_given_becomes_an_entry_and_shows_in_the_table(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Sam")
    for _ in range(2):
        response = post_form(
            client,
            "/path/giving",
            {"person": "Sam", "what": "Helped Sam move flat.", "left": "drained"},
            page="/path/giving",
        )
        assert response.status_code == 303
    given = only(journal, "support_given")
    assert [(e.people, e.text) for e in given] == [(("Sam",), "Helped Sam move flat.")] * 2
    page = client.get("/path/giving").text
    assert re.search(r"<th scope=\"row\">Sam</th><td>2</td><td>0</td>\s*<td>2 drained</td>", page)
    assert "Giving to Sam has left you drained 2 of the last 2 times" in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"person": "", "left": "fine"}, messages.WEB_GIVE_WHO),
        ({"person": "Sam", "left": ""}, messages.WEB_GIVE_LEFT),
        ({"person": "Sam", "left": "fine", "day": "not a day"}, None),
    ],
)
def test_giving_that_cannot_be_kept_is_refused(
    client: TestClient,
    journal: Journal,
    make_person: Callable[..., Person],
    data: dict[str, str],
    message: str | None,
) -> None:
    make_person("Sam")
    response = post_form(
        client, "/path/giving", {"what": "Cooked for Sam.", **data}, "/path/giving"
    )
    assert response.status_code == 400
    text = response.text
    if message is not None:
        assert form_error(text) == message
    else:
        assert form_error(text)
    assert "Cooked for Sam.</textarea>" in text
    assert only(journal, "support_given") == []


# --- every form needs its token -------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "/path/safe/1/reflect",
        "/path/safe/1/mark",
        "/path/sharing",
        "/path/beliefs/burden/counter",
        "/path/beliefs/burden/pin",
        "/path/beliefs/burden/rate",
        "/path/nudges/1-message",
        "/path/giving",
        "/path/safe/1/reflections/1/delete",
        "/path/beliefs/burden/ratings/1/delete",
        "/path/beliefs/burden/counter/delete",
    ],
)
def test_every_path_form_needs_its_token(
    client: TestClient, journal: Journal, make_person: Callable[..., Person], url: str
) -> None:
    make_person("Sam")
    data = {"person": "Sam", "what": "x", "left": "fine", "counter": "x", "kind": "3"}
    assert client.post(url, data=data).status_code == 403
    assert client.post(url, data={"csrf_token": "wrong", **data}).status_code == 403
    assert only(journal, "support_given") == []
    assert service.safe_view(journal, "Sam").reflections == ()
    assert service.pinned(journal) is None


def test_forms_carry_the_token(client: TestClient, make_person: Callable[..., Person]) -> None:
    make_person("Sam")
    token = client.app.state.csrf
    for url in (
        "/path/safe",
        "/path/sharing",
        "/path/beliefs/burden",
        "/path/nudges",
        "/path/giving",
    ):
        page = client.get(url).text
        assert page.count("<form") == page.count(f'name="csrf_token" value="{token}"')
        assert csrf_of(page) == token


def test_a_rating_history_spans_days(journal: Journal, client: TestClient) -> None:
    start = datetime(2026, 3, 1, 9, 0)
    for week in range(3):
        item = Strength("distrust", start + timedelta(weeks=week), 70 - 10 * week, 20 + 10 * week)
        service.rate_belief(journal, item)
    page = client.get("/path/beliefs/distrust").text
    assert "2026-03-01" in page
    assert "2026-03-15" in page


def test_a_bad_rating_is_refused_and_the_other_ratings_stay_chosen(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    sam = make_person("Sam")
    url = f"/path/safe/{sam.id}/reflect"
    response = post_form(client, url, {"kind": "2", "listens": "7"}, "/path/safe")
    assert response.status_code == 400
    assert "not a rating I know" in form_error(response.text)
    assert f'id="safe-{sam.id}-kind-2" name="kind" value="2" checked' in response.text
    assert service.safe_view(journal, "Sam").reflections == ()


def test_crisis_words_in_support_given_or_a_counter_belief_show_support(
    client: TestClient, make_person: Callable[..., Person]
) -> None:
    make_person("Sam")
    words = "I want to kill myself when Sam leans on me."
    given = post_form(
        client, "/path/giving", {"person": "Sam", "what": words, "left": "drained"}, "/path/giving"
    )
    assert SUPPORT in client.get(given.headers["location"]).text
    url = "/path/beliefs/unworthy"
    counter = post_form(client, url + "/counter", {"counter": "I want to die."}, url)
    assert counter.status_code == 200
    assert SUPPORT in counter.text
    ordinary = post_form(client, url + "/counter", {"counter": "I deserve care."}, url)
    assert SUPPORT not in client.get(ordinary.headers["location"]).text


# --- taking back a reflection, a rating or a counter-belief -------------------------------
def test_a_reflection_is_deleted_after_asking_once_more(
    client: TestClient, journal: Journal, make_person: Callable[..., Person]
) -> None:
    maya = make_person("Maya")
    sam = make_person("Sam")
    first = service.reflect(journal, "Maya", {"kind": 1}, datetime(2026, 3, 1, 9, 0))
    second = service.reflect(journal, "Maya", {"kind": 3, "listens": 2}, datetime(2026, 3, 8))
    sams = service.reflect(journal, "Sam", {"kind": 2}, datetime(2026, 3, 1))
    page = client.get("/path/safe").text
    card = re.search(rf'id="person-{maya.id}".*?</section>', page, re.S)
    assert card
    assert "Your reflections about Maya (2)" in card.group(0)
    url = f"/path/safe/{maya.id}/reflections/{second.id}/delete"
    assert f'<form method="post" action="{url}">' in card.group(0)
    token = csrf_of(page)

    asked = client.post(url, data={"csrf_token": token})
    assert asked.status_code == 200
    assert messages.WEB_CONFIRM_REFLECTION in asked.text
    assert messages.SAFE_CRITERIA["listens"] + " mostly" in asked.text
    assert client.get(url).status_code == 200
    assert len(service.safe_view(journal, "Maya").reflections) == 2

    done = client.post(url, data={"csrf_token": token, "confirm": "yes"}, follow_redirects=False)
    assert done.status_code == 303
    assert done.headers["location"] == f"/path/safe?done=reflection-deleted#person-{maya.id}"
    view = service.safe_view(journal, "Maya")
    assert [r.id for r in view.reflections] == [first.id]
    after = client.get(done.headers["location"]).text
    assert messages.WEB_REFLECTION_DELETED in after
    card = re.search(rf'id="person-{maya.id}".*?</section>', after, re.S)
    assert card
    assert "Your reflections about Maya (1)" in card.group(0)
    assert messages.SAFE_CRITERIA["kind"] + " <strong>a little</strong>" in card.group(0)

    for wrong in (
        f"/path/safe/{maya.id}/reflections/{sams.id}/delete",
        f"/path/safe/{maya.id}/reflections/99/delete",
        f"/path/safe/999/reflections/{sams.id}/delete",
    ):
        assert client.get(wrong).status_code == 404
        refused = client.post(wrong, data={"csrf_token": token, "confirm": "yes"})
        assert refused.status_code == 404
        assert "Traceback" not in refused.text
    assert [r.id for r in service.safe_view(journal, "Sam").reflections] == [sams.id]
    assert sam.id is not None


def test_a_rating_is_deleted_and_the_chart_follows(client: TestClient, journal: Journal) -> None:
    url = "/path/beliefs/burden"
    first = service.rate_belief(journal, Strength("burden", datetime(2026, 3, 1, 9, 0), 80, 20))
    second = service.rate_belief(journal, Strength("burden", datetime(2026, 3, 15, 9, 0), 60, None))
    other = service.rate_belief(journal, Strength("weakness", datetime(2026, 3, 2), 50, 50))
    page = client.get(url).text
    assert page.count('class="dot belief-dot"') == 2
    delete = f"{url}/ratings/{second.id}/delete"
    assert f'<form method="post" action="{delete}">' in page
    token = csrf_of(page)
    asked = client.post(delete, data={"csrf_token": token})
    assert asked.status_code == 200
    assert messages.WEB_CONFIRM_STRENGTH in asked.text
    assert messages.WEB_RATING_BELIEF.format(value=60) in asked.text
    assert "Your counter-belief:" not in asked.text  # skipped that day
    done = client.post(delete, data={"csrf_token": token, "confirm": "yes"}, follow_redirects=False)
    assert done.status_code == 303
    assert done.headers["location"] == f"{url}?done=rating-deleted#strength"
    assert [s.id for s in service.belief_page(journal, "burden").strengths] == [first.id]
    after = client.get(done.headers["location"]).text
    assert messages.WEB_STRENGTH_DELETED in after
    assert after.count('class="dot belief-dot"') == 1
    assert delete not in after
    for wrong in (f"{url}/ratings/{other.id}/delete", f"{url}/ratings/99/delete"):
        assert client.get(wrong).status_code == 404
        assert client.post(wrong, data={"csrf_token": token, "confirm": "yes"}).status_code == 404
    assert client.get(f"/path/beliefs/laziness/ratings/{first.id}/delete").status_code == 404
    assert len(service.belief_page(journal, "weakness").strengths) == 1


def test_the_counter_belief_is_cleared_after_asking(client: TestClient, journal: Journal) -> None:
    url = "/path/beliefs/burden"
    clear = f"{url}/counter/delete"
    assert client.get(clear).status_code == 404  # nothing to clear yet
    assert clear not in client.get(url).text
    service.set_counter(journal, "burden", "People who care are glad to be asked.", pin=True)
    page = client.get(url).text
    assert f'action="{clear}"' in page
    token = csrf_of(page)
    asked = client.post(clear, data={"csrf_token": token})
    assert asked.status_code == 200
    assert messages.WEB_CONFIRM_COUNTER in asked.text
    assert "People who care are glad to be asked." in asked.text
    assert messages.WEB_COUNTER_PINNED in asked.text
    assert service.pinned(journal) is not None
    done = client.post(clear, data={"csrf_token": token, "confirm": "yes"}, follow_redirects=False)
    assert done.headers["location"] == f"{url}?done=counter-cleared#counter"
    assert service.pinned(journal) is None
    assert service.belief_page(journal, "burden").counter is None
    after = client.get(done.headers["location"]).text
    assert messages.WEB_COUNTER_CLEARED in after
    assert "People who care are glad to be asked." not in after
    assert "People who care are glad to be asked." not in client.get("/").text  # unpinned
    assert client.post(clear, data={"csrf_token": token, "confirm": "yes"}).status_code == 404
