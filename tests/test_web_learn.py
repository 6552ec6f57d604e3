"""The learning pages under /learn, and the links that lead to them from results."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from bondlens.entries import Entry
from bondlens.journal import Journal
from bondlens.vocabulary import SIGNS
from bondlens.web.learn_pages import TOPICS
from test_web_lens import cycles, jordan_page, section

ADDRESSES = ["/learn", *(f"/learn/{t.slug}" for t in TOPICS)]

#: Distinctive sentences of the domain brief: the pages are written in our own words.
BRIEF_PHRASES = (
    "held in place by cycles of harm",
    "being understood without explaining",
    "can give a false sense of security",
    "the relationship is about more than the shared wound",
    "they sit in the pain together instead of moving through it",
    "heavy material is unloaded again and again",
    "a bond that outlives its purpose",
    "Supportive people mirror back strengths we forgot",
    "Trauma thrives in isolation",
    "needing people is not weakness",
    "being vulnerable is not the same as being unprotected",
    "remember the past without living in it",
)


def title_of(page: str) -> str:
    match = re.search(r"<title>(.*?)</title>", page, re.S)
    assert match, "no title"
    return match.group(1).strip()


@pytest.mark.parametrize("address", ADDRESSES)
def test_every_learning_page_answers_with_a_title(client: TestClient, address: str) -> None:
    response = client.get(address)
    assert response.status_code == 200
    assert title_of(response.text) != "bondlens"
    assert "<h1>" in response.text


def test_an_unknown_topic_is_not_found(client: TestClient) -> None:
    assert client.get("/learn/no-such-topic").status_code == 404


def test_the_index_links_every_topic_and_the_footer_links_learn(client: TestClient) -> None:
    index = client.get("/learn").text
    for topic in TOPICS:
        assert f'href="/learn/{topic.slug}"' in index
    footer = client.get("/").text.split("<footer", 1)[1]
    assert 'href="/learn"' in footer


def test_every_sign_has_its_own_paragraph_on_the_signs_page(client: TestClient) -> None:
    page = client.get("/learn/signs").text
    for sign in SIGNS:
        match = re.search(rf'id="{sign}"[^>]*>[^<]+</h3>\s*<p>([^<]+)</p>', page)
        assert match, f"no anchor and paragraph for {sign}"
        assert len(match.group(1).split()) >= 10


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_pages_are_in_our_own_words(client: TestClient, address: str) -> None:
    page = " ".join(client.get(address).text.split()).lower()
    for phrase in BRIEF_PHRASES:
        assert phrase.lower() not in page, f"{address} copies the brief: {phrase!r}"


def test_the_about_page_says_what_bondlens_is_not(client: TestClient) -> None:
    page = client.get("/learn/about").text
    assert "not therapy" in page
    assert "does not diagnose" in page


def test_the_lens_links_to_the_learning_pages(
    client: TestClient, journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    from bondlens import reading

    cycles(make_entry)
    reading.read_waiting(journal)
    _, page = jordan_page(client)
    lens = section(page, "lens")
    assert 'href="/learn/bonds">What these patterns mean</a>' in lens
    assert '<a href="/learn/signs#harm">a hurtful moment</a>' in lens
    assert 'href="/learn/signs#apology_cycle"' in lens
    signs = client.get("/learn/signs").text
    for target in re.findall(r'href="/learn/signs#(\w+)"', lens):
        assert f'id="{target}"' in signs


def test_the_workbook_links_to_the_misconceptions(client: TestClient) -> None:
    for address in ("/path/beliefs", "/path/beliefs/burden"):
        assert 'href="/learn/misconceptions"' in client.get(address).text
