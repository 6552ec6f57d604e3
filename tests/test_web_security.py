"""A local web app still needs guarding: rebinding, cross-site forms, injected markup."""

from __future__ import annotations

from collections.abc import Callable

import markupsafe
import pytest
from fastapi.testclient import TestClient

from bondlens.entries import Entry, EntryFilter
from bondlens.journal import Journal
from bondlens.people import Person
from web_helpers import csrf_of

NASTY = [
    "<script>alert('x')</script>",
    '"onmouseover="alert(1)',
    "<img src=x onerror=alert(1)>",
    "</textarea><script>alert(2)</script>",
    "javascript:alert(3)",
]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example"])
def test_other_hosts_are_refused(client: TestClient, host: str) -> None:
    response = client.get("/", headers={"Host": host})
    assert response.status_code == 400
    assert "<form" not in response.text


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "localhost", "[::1]:8765"])
def test_this_computer_is_served(client: TestClient, host: str) -> None:
    assert client.get("/", headers={"Host": host}).status_code == 200


def test_a_form_without_the_token_is_refused(client: TestClient, journal: Journal) -> None:
    response = client.post("/entries", data={"text": "sneaky"}, follow_redirects=False)
    assert response.status_code == 403
    wrong = client.post("/entries", data={"text": "sneaky", "csrf_token": "guess"})
    assert wrong.status_code == 403
    assert journal.count(EntryFilter()) == 0


def test_a_change_from_another_site_is_refused(client: TestClient, journal: Journal) -> None:
    token = csrf_of(client.get("/").text)
    response = client.post(
        "/entries",
        data={"text": "x", "csrf_token": token},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 403
    api = client.post(
        "/api/entries", json={"text": "x"}, headers={"Origin": "https://evil.example"}
    )
    assert api.status_code == 403
    assert journal.count(EntryFilter()) == 0


def test_the_api_takes_only_json(client: TestClient, journal: Journal) -> None:
    response = client.post("/api/entries", data={"text": "from a form"})
    assert response.status_code == 422
    assert journal.count(EntryFilter()) == 0


def test_pages_carry_a_strict_policy_and_are_not_cached(client: TestClient) -> None:
    response = client.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text  # no inline script anywhere
    assert " style=" not in response.text  # no inline style either


@pytest.mark.parametrize("nasty", NASTY)
def test_user_text_is_shown_as_text(
    client: TestClient,
    make_entry: Callable[..., Entry],
    make_person: Callable[..., Person],
    nasty: str,
) -> None:
    person = make_person(f"Al {nasty}", notes=nasty, triggers=(nasty,))
    entry = make_entry(nasty, people=(person.name,), safe_text=nasty, tags=("x",))
    urls = [
        "/",
        "/journal",
        "/people",
        f"/people/{person.id}",
        f"/entries/{entry.id}",
        f"/entries/{entry.id}/edit",
        "/journal?q=alert",
    ]
    escaped = str(markupsafe.escape(nasty))
    for url in urls:
        page = client.get(url).text
        assert escaped in page, url
        if escaped != nasty:
            assert nasty not in page, url
        assert 'href="javascript:' not in page


def test_unexpected_errors_show_a_calm_page(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bondlens.web.app import create_app

    def broken(*args: object) -> None:
        raise RuntimeError("a bug with private details: Jordan")

    monkeypatch.setattr(journal, "entries", broken)
    app = create_app(journal.settings, journal)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        response = client.get("/journal")
        assert response.status_code == 500
        assert "Something went wrong on our side" in response.text
        assert "Traceback" not in response.text
        assert "Jordan" not in response.text
        api = client.get("/api/entries")
        assert api.status_code == 500
        assert "Jordan" not in api.text
        assert api.json()["error"].startswith("Something went")
