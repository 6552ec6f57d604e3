"""Crisis resources: the right lines for the region, in the right order for the crisis."""

from __future__ import annotations

import pytest

from bondlens.analysis.resources import (
    CRISIS_LINE,
    DOMESTIC_VIOLENCE,
    EMERGENCY,
    KNOWN_REGIONS,
    REGION_NAMES,
    normalize_region,
    resources_for,
)

EXPECTED = {
    "US": ("call 911", "988", "1-800-799-7233"),
    "CA": ("call 911", "988", "sheltersafe.ca"),
    "GB": ("999", "116 123", "0808 2000 247"),
    "IE": ("112", "116 123", "1800 341 900"),
    "AU": ("000", "13 11 14", "1800 737 732"),
    "NZ": ("111", "1737", "0800 733 843"),
}


@pytest.mark.parametrize(("region", "numbers"), EXPECTED.items())
def test_each_region_has_its_emergency_crisis_and_abuse_lines(
    region: str, numbers: tuple[str, str, str]
) -> None:
    found = resources_for(region, ["suicidal_thoughts"])
    by_kind = {r.kind: r for r in found}
    assert set(by_kind) == {EMERGENCY, CRISIS_LINE, DOMESTIC_VIOLENCE}
    emergency, crisis, abuse = numbers
    assert emergency in by_kind[EMERGENCY].contact
    assert crisis in by_kind[CRISIS_LINE].contact
    assert abuse in by_kind[DOMESTIC_VIOLENCE].contact
    assert {r.region for r in found} == {region}


def test_the_us_crisis_and_abuse_lines_can_be_texted() -> None:
    contacts = " ".join(r.contact for r in resources_for("US", []))
    assert "call or text 988" in contacts
    assert "text START to 88788" in contacts


@pytest.mark.parametrize("region", sorted(EXPECTED))
def test_danger_puts_the_emergency_number_then_the_abuse_line_first(region: str) -> None:
    kinds = [r.kind for r in resources_for(region, ["danger_now", "suicidal_thoughts"])]
    assert kinds == [EMERGENCY, DOMESTIC_VIOLENCE, CRISIS_LINE]


@pytest.mark.parametrize("kind", ["suicidal_thoughts", "plan_or_means", "self_harm"])
@pytest.mark.parametrize("region", sorted(EXPECTED))
def test_suicidal_thoughts_and_self_harm_put_the_crisis_line_first(region: str, kind: str) -> None:
    assert resources_for(region, [kind])[0].kind == CRISIS_LINE


@pytest.mark.parametrize("region", [None, "", "XX", "Mars"])
def test_an_unset_or_unknown_region_gets_the_international_list(region: str | None) -> None:
    found = resources_for(region, ["suicidal_thoughts"])
    assert found[0].kind == CRISIS_LINE
    assert any(r.region == "any" and r.kind == EMERGENCY for r in found)
    names = " ".join(r.name for r in found)
    for country in ("(US)", "(Canada)", "(UK and Ireland)", "(Australia)", "(New Zealand)"):
        assert country in names
    emergency = next(r for r in found if r.kind == EMERGENCY).contact
    for number in ("911", "999", "112", "000", "111"):
        assert number in emergency


def test_international_danger_starts_with_the_emergency_number_and_abuse_lines() -> None:
    found = resources_for(None, ["danger_now"])
    assert found[0].kind == EMERGENCY
    assert [r.kind for r in found[1:5]] == [DOMESTIC_VIOLENCE] * 4


def test_an_eu_region_gets_112_then_the_international_lines() -> None:
    found = resources_for("DE", ["self_harm"])
    assert (found[0].kind, found[0].contact, found[0].region) == (EMERGENCY, "call 112", "DE")
    assert any(r.kind == CRISIS_LINE for r in found[1:])


@pytest.mark.parametrize(
    ("raw", "code"),
    [("gb", "GB"), ("UK", "GB"), (" us ", "US"), ("fr", "FR"), ("", ""), (None, ""), ("ZZ", "")],
)
def test_region_codes_are_normalised(raw: str | None, code: str) -> None:
    assert normalize_region(raw) == code


def test_every_known_region_gets_an_emergency_number() -> None:
    for region in KNOWN_REGIONS:
        assert any(r.kind == EMERGENCY for r in resources_for(region, ["danger_now"]))


def test_wording_stays_warm_and_plain() -> None:
    everything = [r for region in (*EXPECTED, None) for r in resources_for(region, [])]
    for resource in everything:
        text = f"{resource.name} {resource.contact}".lower()
        assert not any(word in text for word in ("must", "should", "failure", "fault"))
        assert resource.hours


def test_every_region_has_a_plain_country_name() -> None:
    assert set(REGION_NAMES) == KNOWN_REGIONS - {"UK"}
    assert REGION_NAMES["GB"] == "United Kingdom"
    assert all(name.strip() and not name.isupper() for name in REGION_NAMES.values())
    assert len(set(REGION_NAMES.values())) == len(REGION_NAMES)
