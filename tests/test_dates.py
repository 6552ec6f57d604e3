from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bondlens.dates import (
    check_utc,
    day_of,
    parse_day,
    parse_when,
    utc_now,
    when_from_str,
    when_to_str,
)
from bondlens.errors import InvalidInput

NOW = datetime(2026, 3, 14, 21, 37, 12, 345_678)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", date(2026, 3, 14)),
        ("yesterday", date(2026, 3, 13)),
        ("now", datetime(2026, 3, 14, 21, 37)),
        ("3 days ago", date(2026, 3, 11)),
        ("1 day ago", date(2026, 3, 13)),
        ("0 days ago", date(2026, 3, 14)),
        ("2 weeks ago", date(2026, 2, 28)),
        ("  3   Days  AGO ", date(2026, 3, 11)),
        ("TODAY", date(2026, 3, 14)),
        ("2025-12-31", date(2025, 12, 31)),
        ("2025-12-31 07:05", datetime(2025, 12, 31, 7, 5)),
        ("2025-12-31T07:05:09", datetime(2025, 12, 31, 7, 5, 9)),
        (" 2024-02-29 ", date(2024, 2, 29)),
    ],
)
def test_parse_when_reads_what_people_type(text: str, expected: date) -> None:
    value = parse_when(text, now=NOW)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    "text", ["", "   ", "tomorrowish", "2026-02-30", "14/03/2026", "3 months ago", "-1 days ago"]
)
def test_parse_when_refuses_what_it_cannot_read_and_gives_a_hint(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_when(text, now=NOW)
    assert "2026-03-14" in caught.value.message  # the hint shows the expected shape
    assert "yesterday" in caught.value.message


def test_parse_when_with_a_time_zone_becomes_local_wall_clock_time() -> None:
    value = parse_when("2026-03-14T20:00:00+02:00", now=NOW)
    expected = datetime(2026, 3, 14, 18, 0, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert value == expected
    assert isinstance(value, datetime)
    assert value.tzinfo is None


def test_parse_when_defaults_to_the_real_clock() -> None:
    assert parse_when("today") == date.today()


def test_parse_day_drops_the_time() -> None:
    assert parse_day("2026-03-14 21:30", now=NOW) == date(2026, 3, 14)
    assert parse_day("now", now=NOW) == date(2026, 3, 14)
    assert parse_day("yesterday", now=NOW) == date(2026, 3, 13)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (date(2026, 3, 14), "2026-03-14"),
        (datetime(2026, 3, 14, 21, 30), "2026-03-14T21:30"),
        (datetime(2026, 3, 14, 21, 30, 5), "2026-03-14T21:30:05"),
        (datetime(2026, 3, 14, 21, 30, 5, 999_999), "2026-03-14T21:30:05"),
        (datetime(2026, 3, 14, 21, 30, 0, 500_000), "2026-03-14T21:30:00"),
    ],
)
def test_when_to_str_and_back(value: date, text: str) -> None:
    assert when_to_str(value) == text
    back = when_from_str(text)
    assert back == (value.replace(microsecond=0) if isinstance(value, datetime) else value)
    assert type(back) is type(value)


def test_stored_form_sorts_in_time_order_with_a_day_before_its_moments() -> None:
    values = [
        datetime(2026, 3, 14, 9, 0),
        date(2026, 3, 15),
        datetime(2026, 3, 13, 23, 59, 59),
        date(2026, 3, 14),
        datetime(2026, 3, 14, 8, 59, 30),
    ]
    assert sorted(values, key=when_to_str) == [
        datetime(2026, 3, 13, 23, 59, 59),
        date(2026, 3, 14),
        datetime(2026, 3, 14, 8, 59, 30),
        datetime(2026, 3, 14, 9, 0),
        date(2026, 3, 15),
    ]


@pytest.mark.parametrize("text", ["2026-13-01", "not a date", "2026-03-14T25:00", ""])
def test_when_from_str_refuses_bad_text(text: str) -> None:
    with pytest.raises(InvalidInput):
        when_from_str(text)


def test_day_of() -> None:
    assert day_of(datetime(2026, 3, 14, 23, 59)) == date(2026, 3, 14)
    assert day_of(date(2026, 3, 14)) == date(2026, 3, 14)


def test_utc_now_is_a_utc_stamp_with_z() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    stamp = utc_now()
    after = datetime.now(UTC)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    assert before <= moment <= after


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-14T21:30:00Z", "2026-03-14T21:30:00Z"),
        ("2026-03-14T21:30:00+02:00", "2026-03-14T19:30:00Z"),
        ("2026-03-14T01:30:00-05:30", "2026-03-14T07:00:00Z"),
        ("2026-03-14T21:30:00", "2026-03-14T21:30:00Z"),  # no zone: taken as UTC
        ("2026-03-14T21:30:00.75Z", "2026-03-14T21:30:00Z"),
    ],
)
def test_check_utc_normalises_imported_stamps(text: str, expected: str) -> None:
    assert check_utc(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "2026-03-14 at noon", ""])
def test_check_utc_refuses_what_is_not_a_moment(text: str) -> None:
    with pytest.raises(InvalidInput):
        check_utc(text)


def test_check_utc_agrees_with_python_for_a_far_zone() -> None:
    zone = timezone(timedelta(hours=13))
    moment = datetime(2026, 1, 1, 5, 0, tzinfo=zone)
    assert check_utc(moment.isoformat()) == "2025-12-31T16:00:00Z"
