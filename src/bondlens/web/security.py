"""Protections for a web app that only ever runs on this computer.

- **Host check**: only ``localhost``/``127.0.0.1``/``[::1]`` are served, which stops
  DNS-rebinding pages from reading the journal through the browser.
- **Origin check**: a change (POST, PATCH, DELETE) coming from another site is refused.
- **CSRF token**: every form carries a secret made when the server starts.
- **Headers**: a strict Content Security Policy (no inline script or style), no
  caching of pages that hold journal text, no framing, no referrer to other sites
  (``same-origin``: with ``no-referrer`` a browser sends ``Origin: null`` on our own
  forms, and the origin check would refuse them).
"""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ALLOWED_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


def host_allowed(host: str) -> bool:
    """``Host`` header without its port must name this computer."""
    if host.startswith("["):
        name = host[: host.find("]") + 1]
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return name.lower() in ALLOWED_HOSTS


def origin_allowed(origin: str) -> bool:
    if origin == "null":
        return False
    return host_allowed(urlsplit(origin).netloc)


def same_token(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


class SecurityMiddleware:
    """Pure ASGI middleware: cheap enough to run on every request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        host = headers.get(b"host", b"").decode("latin-1")
        if not host_allowed(host):
            await _refuse(send, 400, b"This address is not served. Open http://127.0.0.1 instead.")
            return
        origin = headers.get(b"origin")
        if (
            scope["method"] in UNSAFE_METHODS
            and origin is not None
            and not origin_allowed(origin.decode("latin-1"))
        ):
            await _refuse(send, 403, b"Changes can only come from bondlens itself.")
            return
        is_static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(HEADERS)
                if not is_static:
                    extra.append((b"cache-control", b"no-store"))
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _refuse(send: Send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})
