"""What the browser tests share: the running server, and what a page complained about."""

from __future__ import annotations

import json
import re
import urllib.parse
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
            **self.asking_pages(jordan),
        }

    def asking_pages(self, person_id: int) -> dict[str, str]:
        """The pages that ask before taking something back; what they ask about (a check-in,
        a reflection, a rating, a counter-belief) is saved through its form the first time."""
        items = {
            "delete-checkin": (
                f"/people/{person_id}/checkin",
                f"/people/{person_id}/checkin",
                {"fear": "2"},
                rf"/people/{person_id}/checkins/\d+/delete",
            ),
            "delete-reflection": (
                "/path/safe",
                f"/path/safe/{person_id}/reflect",
                {"kind": "3", "listens": "2"},
                rf"/path/safe/{person_id}/reflections/\d+/delete",
            ),
            "delete-rating": (
                "/path/beliefs/burden",
                "/path/beliefs/burden/rate",
                {"strength": "70", "counter_strength": "30"},
                r"/path/beliefs/burden/ratings/\d+/delete",
            ),
            "clear-counter": (
                "/path/beliefs/burden",
                "/path/beliefs/burden/counter",
                {"counter": "People who care are glad to be asked."},
                r"/path/beliefs/burden/counter/delete",
            ),
        }
        found = {}
        for name, (page, action, fields, address) in items.items():
            match = re.search(address, self.text(page))
            if match is None:
                self.post_form(page, action, fields)
                match = re.search(address, self.text(page))
            assert match, f"{page} offers no {name} after saving"
            found[name] = match.group(0)
        return found

    def text(self, path: str) -> str:
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return str(response.read().decode())

    def post_form(self, page: str, action: str, fields: dict[str, str]) -> None:
        """Send a form as its page would, with the page's CSRF token."""
        token = re.search(r'name="csrf_token" value="([^"]+)"', self.text(page))
        assert token, f"{page} has no CSRF token"
        body = urllib.parse.urlencode({"csrf_token": token.group(1), **fields}).encode()
        with urllib.request.urlopen(self.url + action, data=body, timeout=10):
            pass


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
