"""Helpers for testing the web app through the real ASGI app (Starlette's TestClient)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

LOCAL = "http://127.0.0.1"


def csrf_of(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "the page has no CSRF token"
    return match.group(1)


def post_form(client: TestClient, url: str, data: dict[str, str], page: str = "/") -> object:
    """Submit a form the way a browser would: with the token from the page it sits on."""
    token = csrf_of(client.get(page).text)
    return client.post(url, data={"csrf_token": token, **data}, follow_redirects=False)
