"""Choosing the country for crisis lines through the real web app: the form on Your data,
its notice, a refused value, and every page and API that shows crisis lines following
the choice at once (Get help now, the support block after a crisis entry, the safety
plan)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from bondlens import messages, preferences_service
from bondlens.analysis.resources import resources_for
from bondlens.config import Settings
from bondlens.journal import Journal
from web_helpers import csrf_of, post_form

CRISIS = "I want to die tonight."


@pytest.fixture
def us_journal(settings: Settings) -> Iterator[Journal]:
    """The journal opened with BONDLENS_REGION=US."""
    with Journal(replace(settings, region="US")) as opened:
        yield opened


@pytest.fixture
def us_client(us_journal: Journal) -> Iterator[TestClient]:
    """The app started with BONDLENS_REGION=US."""
    from bondlens.web.app import create_app

    app = create_app(us_journal.settings, us_journal)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def choose(client: TestClient, code: str) -> object:
    return post_form(client, "/settings/region", {"region": code}, page="/settings")


def help_contacts(client: TestClient) -> list[str]:
    shown = client.get("/help").context["help"]
    return [r.contact for r in (*shown.urgent, *shown.lines)]


def selected(page: str) -> list[str]:
    form = page[page.index('<select id="region-choice"') : page.index("</select>")]
    return [part.split('"')[0] for part in form.split('<option value="')[1:] if "selected" in part]


def test_the_card_is_a_form_with_every_country_by_name(client: TestClient) -> None:
    page = client.get("/settings")
    assert page.status_code == 200
    assert page.context["region"].source == "none"
    assert page.context["region_choices"] == preferences_service.choices()
    text = html.unescape(page.text)
    assert messages.SETTINGS_REGION_UNSET in text
    assert f'<option value="" selected>{messages.WEB_REGION_INTERNATIONAL}</option>' in text
    assert '<option value="GB">United Kingdom</option>' in text
    assert 'action="/settings/region"' in text
    assert "BONDLENS_REGION" not in text  # nothing about the variable when it isn't set
    assert selected(page.text) == [""]


def test_choosing_a_country_saves_it_and_says_so(client: TestClient, journal: Journal) -> None:
    assert "call or text 988" in help_contacts(client)
    saved = choose(client, "GB")
    assert saved.status_code == 303  # type: ignore[attr-defined]
    assert saved.headers["location"] == "/settings?done=region"  # type: ignore[attr-defined]
    assert preferences_service.region(journal) == "GB"

    page = client.get("/settings?done=region")
    assert page.context["notice"] == messages.REGION_SAVED.format(name="United Kingdom")
    assert messages.SETTINGS_REGION.format(name="United Kingdom") in page.text
    assert selected(page.text) == ["GB"]

    contacts = help_contacts(client)
    assert "call 116 123 (free)" in contacts
    assert not any("988" in c for c in contacts)
    assert messages.HELP_REGION.format(name="United Kingdom") in client.get("/help").text


def test_a_crisis_entry_shows_the_chosen_countrys_lines(client: TestClient) -> None:
    def support_after_save() -> list[str]:
        token = csrf_of(client.get("/").text)
        saved = client.post("/entries", data={"csrf_token": token, "text": CRISIS})
        support = saved.context["support"]
        return [r.contact for r in (*support.urgent, *support.lines)]

    assert "call or text 988" in support_after_save()
    choose(client, "GB")
    after = support_after_save()
    assert after == [r.contact for r in resources_for("GB", ["suicidal_thoughts"])]
    assert "call 116 123 (free)" in after
    choose(client, "US")
    assert "call or text 988, or chat at 988lifeline.org" in support_after_save()


def test_the_environment_is_the_default_and_a_choice_wins(
    us_client: TestClient, us_journal: Journal
) -> None:
    page = html.unescape(us_client.get("/settings").text)
    assert messages.SETTINGS_REGION.format(name="United States") in page
    assert messages.WEB_REGION_DEFAULT.format(name="United States") in page
    assert messages.REGION_ENV_DEFAULT.format(name="United States") in page
    assert "call or text 988, or chat at 988lifeline.org" in help_contacts(us_client)

    choose(us_client, "GB")
    assert "call 116 123 (free)" in help_contacts(us_client)
    assert selected(us_client.get("/settings").text) == ["GB"]

    choose(us_client, "")  # back to the default
    assert preferences_service.region_choice(us_journal).source == "environment"
    page = us_client.get("/settings?done=region")
    assert page.context["notice"] == messages.REGION_SAVED.format(name="United States")
    assert selected(page.text) == [""]
    assert "call or text 988, or chat at 988lifeline.org" in help_contacts(us_client)


def test_clearing_without_the_environment_says_the_list_is_international(
    client: TestClient, journal: Journal
) -> None:
    choose(client, "IE")
    choose(client, "")
    assert preferences_service.region(journal) == ""
    page = client.get("/settings?done=region")
    assert page.context["notice"] == messages.REGION_SAVED_NONE


def test_an_unknown_value_shows_the_form_again_with_the_problem(
    client: TestClient, journal: Journal
) -> None:
    choose(client, "NZ")
    refused = choose(client, "Atlantis")
    assert refused.status_code == 400  # type: ignore[attr-defined]
    text = html.unescape(refused.text)  # type: ignore[attr-defined]
    assert messages.REGION_UNKNOWN.format(value="Atlantis") in text
    assert 'action="/settings/region"' in text
    assert "Traceback" not in text
    assert preferences_service.region(journal) == "NZ"


def test_a_post_without_the_token_is_refused(client: TestClient, journal: Journal) -> None:
    refused = client.post("/settings/region", data={"region": "GB"}, follow_redirects=False)
    assert refused.status_code == 403
    assert preferences_service.region(journal) == ""


def test_the_safety_plan_lists_the_chosen_countrys_lines(client: TestClient) -> None:
    choose(client, "AU")
    page = client.get("/safety")
    assert page.context["region_lines"] == resources_for("AU")
    assert "13 11 14" in page.text
    assert 'href="/settings#region"' in page.text
    assert messages.HELP_REGION.format(name="Australia") in page.text


def test_the_api_reads_and_changes_the_choice(us_client: TestClient) -> None:
    assert us_client.get("/api/region").json() == {
        "region": "US",
        "name": "United States",
        "source": "environment",
        "default": "US",
    }
    changed = us_client.put("/api/region", json={"region": "uk"})
    assert changed.status_code == 200
    assert changed.json()["region"] == "GB"
    assert us_client.get("/api/help").json()["region"] == "GB"
    plan = us_client.get("/api/safety-plan").json()
    assert [r["name"] for r in plan["crisis_lines"]] == [r.name for r in resources_for("GB")]
    refused = us_client.put("/api/region", json={"region": "Atlantis"})
    assert refused.status_code == 400
    assert refused.json() == {"error": messages.REGION_UNKNOWN.format(value="Atlantis")}
    assert us_client.put("/api/region", json={"region": ""}).json()["source"] == "environment"


def test_with_the_environment_set_the_international_list_can_be_chosen(
    us_client: TestClient,
) -> None:
    page = us_client.get("/settings").text
    assert "international" not in selected(page)
    assert 'value="international"' in page
    choose(us_client, "international")
    page = us_client.get("/settings").text
    assert selected(page) == ["international"]
    assert messages.REGION_SEVERAL_CHOSEN in page
    assert sorted(help_contacts(us_client)) == sorted(r.contact for r in resources_for(""))
    assert messages.HELP_REGION_SEVERAL in us_client.get("/help").text
    api = us_client.get("/api/region").json()
    assert (api["region"], api["source"], api["default"]) == ("", "chosen", "US")


def test_without_the_environment_there_is_one_international_option(client: TestClient) -> None:
    page = client.get("/settings").text
    assert 'value="international"' not in page  # the default already is the list
