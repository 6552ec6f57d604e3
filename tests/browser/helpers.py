"""What the browser tests share: the running server, and what a page complained about."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import ConsoleMessage, Error, Page, Response

from bondlens.web.learn_pages import TOPICS


@dataclass
class Server:
    """A running ``bondlens serve``, and its JSON API to check what was really saved."""

    url: str

    def api(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return json.load(response)

    def post_api(self, path: str, body: dict[str, Any]) -> Any:
        request = urllib.request.Request(
            self.url + path,
            data=json.dumps(body).encode(),
            headers={"content-type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    def person_id(self, name: str) -> int:
        ids = [p["id"] for p in self.api("/api/people") if p["name"] == name]
        assert ids, f"{name} is not among the people"
        return int(ids[0])

    def pages(self) -> dict[str, str]:
        """One address for every kind of page, on the sample journal."""
        jordan = self.person_id("Jordan")
        entry = self.api("/api/entries?person=Jordan&limit=1")["items"][0]["id"]
        return {
            "write": "/",
            "journal": "/journal",
            "journal-filtered": "/journal?person=Jordan&q=apologised",
            "entry": f"/entries/{entry}",
            "edit": f"/entries/{entry}/edit",
            "delete": f"/entries/{entry}/delete",
            "people": "/people",
            "person": f"/people/{jordan}",
            "person-edit": f"/people/{jordan}/edit",
            "checkin": f"/people/{jordan}/checkin",
            "insights": "/insights",
            "path": "/path",
            "path-safe": "/path/safe",
            "path-sharing": "/path/sharing",
            "path-beliefs": "/path/beliefs",
            "path-belief": "/path/beliefs/burden",
            "path-nudges": "/path/nudges",
            "path-giving": "/path/giving",
            "settings": "/settings",
            "safety": "/safety",
            "care": "/care",
            "summary": "/summary?since=2026-09-01&until=2026-11-30",  # the sample's dates
            "help": "/help",
            "learn": "/learn",
            **{f"learn-{t.slug}": f"/learn/{t.slug}" for t in TOPICS},
            "not-found": "/no-such-page",
        }


StartServer = Callable[..., Server]
OpenPage = Callable[..., Page]


@dataclass
class PageProblems:
    """Console errors (CSP violations among them), uncaught exceptions and server errors
    of one page.

    A page the server answers with 4xx on purpose (the "not found" page, a form shown
    again with its error) makes Chromium log "Failed to load resource" for the document
    itself; that one message is expected, and the tests check those pages' content.
    """

    errors: list[tuple[str, str]] = field(default_factory=list)  # (text, url)
    client_error_pages: set[str] = field(default_factory=set)
    other: list[str] = field(default_factory=list)

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url") or (message.page.url if message.page else "")
            self.errors.append((message.text, where))

    def page_error(self, error: Error) -> None:
        self.other.append(f"uncaught exception: {error.message}")

    def response(self, response: Response) -> None:
        if response.request.resource_type != "document" or response.status < 400:
            return
        if response.status < 500:
            self.client_error_pages.add(response.url)
        else:
            self.other.append(f"server error {response.status} on {response.url}")

    def found(self) -> list[str]:
        console = [
            f"console error on {url}: {text}"
            for text, url in self.errors
            if not (text.startswith("Failed to load resource") and url in self.client_error_pages)
        ]
        return console + self.other
