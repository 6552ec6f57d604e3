"""Browser tests: a real ``bondlens serve`` process, real Chromium, a real SQLite file.

- ``browser`` (session): one Chromium for the whole run (Debian's, never a download).
- ``start_server`` (per test): starts ``bondlens --home TMP serve`` on a free port,
  optionally on the sample journal, and stops it when the test ends.
- ``open_page`` (per test): a page in a fresh browser context that records console
  errors, uncaught exceptions and Content Security Policy violations; the test fails
  if any happened.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

import bondlens
from tests.browser.helpers import OpenPage, PageProblems, Server, StartServer

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE = ROOT / "web-vendor" / "node_modules" / "axe-core" / "axe.min.js"
SAMPLE = Path(bondlens.__file__).parent / "data" / "sample.jsonl"
BONDLENS = Path(sys.executable).parent / "bondlens"
START_TIMEOUT = 20.0

# Turns a CSP violation into a console error, with the directive that refused it.
REPORT_CSP = """
document.addEventListener("securitypolicyviolation", (event) => {
  const what = event.blockedURI || "inline code";
  console.error(`CSP violation: ${event.violatedDirective} refused ${what}`);
});
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/api/entries?limit=1", timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and its worker processes (its own process group), politely first."""
    for sig, patience in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=patience)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is not at {CHROMIUM}; `bash scripts/test` installs it.")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"axe-core is not at {AXE}; run `npm ci` in web-vendor/.")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[StartServer]:
    """Start ``bondlens serve`` processes for this test; every one is stopped after it."""
    running: list[tuple[subprocess.Popen[bytes], IO[bytes], str]] = []

    def start(sample: bool = False) -> Server:
        home = tmp_path / f"home{len(running)}"
        if sample:
            imported = subprocess.run(
                [BONDLENS, "--home", home, "import", SAMPLE, "--format", "jsonl"],
                capture_output=True,
                text=True,
                check=False,
            )
            if imported.returncode != 0:
                pytest.fail(f"importing the sample failed:\n{imported.stdout}{imported.stderr}")
        port = _free_port()
        log_path = tmp_path / f"serve{len(running)}.log"
        log = log_path.open("wb")
        process = subprocess.Popen(
            [BONDLENS, "--home", home, "serve", "--no-browser", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the workers are stopped with it
        )
        url = f"http://127.0.0.1:{port}"
        running.append((process, log, url))
        deadline = time.monotonic() + START_TIMEOUT
        while not _answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                output = log_path.read_text(encoding="utf-8", errors="replace")
                pytest.fail(f"bondlens serve did not start on port {port}:\n{output}")
            time.sleep(0.05)
        return Server(url)

    yield start
    stopped_early = []
    for process, log, url in running:
        if process.poll() is not None:
            stopped_early.append(f"the server at {url} exited with {process.returncode}")
        _stop(process)
        log.close()
    # Exit code 0 here means a SIGTERM/SIGINT from outside the test stopped it.
    assert not stopped_early, "; ".join(stopped_early)


@pytest.fixture
def open_page(browser: Browser) -> Iterator[OpenPage]:
    """Open pages in fresh contexts (``color_scheme``, ``viewport``, ``bypass_csp``…).

    Fails the test if any page logged a console error, threw, broke the CSP or got a
    server error.
    """
    opened: list[tuple[BrowserContext, PageProblems]] = []

    def open_(**context_options: Any) -> Page:
        context_options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**context_options)
        context.add_init_script(script=REPORT_CSP)
        problems = PageProblems()
        opened.append((context, problems))
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on("console", problems.console)
        page.on("pageerror", problems.page_error)
        page.on("response", problems.response)
        return page

    yield open_
    found: list[str] = []
    for context, problems in opened:
        context.close()
        found += problems.found()
    assert not found, "the pages reported problems:\n" + "\n".join(found)


@pytest.fixture
def page(open_page: OpenPage) -> Page:
    """A 1280 px wide page in the light colour scheme."""
    return open_page()
