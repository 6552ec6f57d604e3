"""Writing an entry with the keyboard alone: Tab and Shift+Tab, typing, arrow keys for
the safety scale, Enter and Space. Every focused control must show where focus is."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from bondlens import messages
from tests.browser.helpers import StartServer

TEXT = "Phoned Sam after the hard talk, then met Robin at the bakery. Breathing slowed down."

# Where focus is, and what draws the focus ring: a radio is hidden, its label shows it.
FOCUS = """() => {
  const el = document.activeElement;
  const ring = el.type === "radio" ? document.querySelector(`label[for="${el.id}"]`) : el;
  const style = getComputedStyle(ring);
  return {
    id: el.id || el.tagName.toLowerCase(),
    outline: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    visible: ring.getBoundingClientRect().width > 1,
  };
}"""


def focused(page: Page) -> str:
    """The id of the focused control, after checking that its focus ring shows."""
    state = page.evaluate(FOCUS)
    assert state["outline"] != "none", f"no focus outline on {state['id']}"
    assert state["width"] >= 2, f"focus outline on {state['id']} is {state['width']} px"
    assert state["visible"], f"{state['id']} has focus but can't be seen"
    return str(state["id"])


def tab(page: Page, key: str = "Tab") -> str:
    """Press Tab (or Shift+Tab) until focus reaches another control; return its id.

    Date and time inputs take several presses, one for each of their parts.
    """
    before = page.evaluate("() => document.activeElement.id")
    for _ in range(6):
        page.keyboard.press(key)
        now = focused(page)
        if now != before:
            return now
    raise AssertionError(f"focus stayed on {before}")


def test_write_an_entry_by_keyboard(page: Page, start_server: StartServer) -> None:
    server = start_server()
    server.post_api("/api/people", {"name": "Sam", "relationship": "friend"})
    page.goto(server.url + "/")

    # The first Tab shows the skip link; Enter on it jumps over the menu.
    page.keyboard.press("Tab")
    assert focused(page) == "a"
    expect(page.get_by_role("link", name="Skip to the content")).to_be_focused()
    page.keyboard.press("Enter")
    assert tab(page) == "text"
    page.keyboard.type(TEXT)
    assert tab(page) == "people"
    page.keyboard.type("Sam, Robin")
    # Back and forth: Shift+Tab returns to the text, with nothing lost.
    assert tab(page, "Shift+Tab") == "text"
    expect(page.locator("#text")).to_have_value(TEXT)
    assert tab(page) == "people"

    # Focus lands on the chosen safety ("Skip" at first); arrows move the choice.
    assert tab(page) == "safety-none"
    page.keyboard.press("ArrowLeft")
    assert focused(page) == "safety-5"
    page.keyboard.press("ArrowLeft")
    assert focused(page) == "safety-4"
    expect(page.locator("#safety-4")).to_be_checked()

    # The "what felt safe" part opens with Enter.
    assert tab(page) == "summary"
    page.keyboard.press("Enter")
    assert tab(page) == "safe_text"
    page.keyboard.type("Sam didn't rush me")
    assert tab(page) == "unsafe_text"
    assert tab(page) == "day"
    assert tab(page) == "time"
    assert tab(page) == "kind"
    assert tab(page) == "tags"
    page.keyboard.type("bakery")
    assert tab(page) == "button"
    expect(page.get_by_role("button", name="Save entry")).to_be_focused()
    page.keyboard.press("Space")

    expect(page.get_by_role("status")).to_have_text(messages.WEB_SAVED)
    [saved] = server.api("/api/entries")["items"]
    assert saved["text"] == TEXT
    assert sorted(saved["people"]) == ["Robin", "Sam"]
    assert saved["safety"] == 4
    assert saved["safe_text"] == "Sam didn't rush me"
    assert saved["tags"] == ["bakery"]
    assert saved["kind"] == "interaction"
