"""Take the README's screenshots of the web app, on the built-in sample journal.

Run ``bash scripts/screenshots`` after a visible change to the pages. It starts
``bondlens serve`` on a copy of the sample journal in a temporary folder, opens the
pages in Chromium (/usr/bin/chromium, as the browser tests do) and writes PNG files to
docs/screenshots/. Long pages are cut at a height that still shows what matters.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from playwright.sync_api import sync_playwright

import bondlens

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
BONDLENS = Path(sys.executable).parent / "bondlens"
SAMPLE = Path(bondlens.__file__).parent / "data" / "sample.jsonl"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# file name, page, window width, colour scheme, tallest part of the page to keep
SHOTS = [
    ("write-1280.png", "/", 1280, "light", 1100),
    ("journal-1280.png", "/journal", 1280, "light", 1300),
    ("person-1280.png", "/people/{jordan}", 1280, "light", 1050),
    ("write-390.png", "/", 390, "light", 1600),
    ("person-390.png", "/people/{jordan}", 390, "light", 1300),
    ("journal-390-dark.png", "/journal", 390, "dark", 1500),
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@contextlib.contextmanager
def sample_server() -> Iterator[str]:
    """``bondlens serve`` on a fresh copy of the sample journal; yields its address."""
    with tempfile.TemporaryDirectory(prefix="bondlens-screenshots-") as tmp:
        home = Path(tmp) / "home"
        subprocess.run(
            [BONDLENS, "--home", home, "import", SAMPLE, "--format", "jsonl"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [BONDLENS, "--home", home, "serve", "--no-browser", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, stopped with its workers
        )
        try:
            deadline = time.monotonic() + 20
            while not answers(url + "/api/people"):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"bondlens serve did not start on port {port}")
                time.sleep(0.1)
            yield url
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def person_id(url: str, name: str) -> int:
    with urllib.request.urlopen(url + "/api/people", timeout=10) as response:
        people = json.load(response)
    return int(next(p["id"] for p in people if p["name"] == name))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sample_server() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        jordan = person_id(url, "Jordan")
        for name, path, width, scheme, tallest in SHOTS:
            context = browser.new_context(
                viewport={"width": width, "height": 800}, color_scheme=scheme
            )
            page = context.new_page()
            page.goto(url + path.format(jordan=jordan))
            height = min(page.evaluate("() => document.documentElement.scrollHeight"), tallest)
            clip = {"x": 0, "y": 0, "width": width, "height": height}
            page.screenshot(path=OUT / name, full_page=True, clip=clip)
            context.close()
            size = (OUT / name).stat().st_size // 1024
            print(f"{OUT.relative_to(ROOT) / name}  {width}x{height}  {size} KiB")
        browser.close()


if __name__ == "__main__":
    main()
