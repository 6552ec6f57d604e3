"""Where to turn right now: crisis lines, emergency numbers and abuse hotlines by region.

Standard library only, so that a crisis can be answered at save time without loading
anything heavy. Only numbers we are confident of are listed; every one should be
re-checked against the service's own site before each release. Region codes are ISO
3166 ("US", "GB", ...); "UK" is accepted for "GB". An unknown or unset region gets a
short international list, each line labelled with the country it serves.
"""

from __future__ import annotations

from collections.abc import Iterable

from bondlens.analysis.results import Resource

EMERGENCY = "emergency"
CRISIS_LINE = "crisis_line"
DOMESTIC_VIOLENCE = "domestic_violence"

#: Kinds of crisis that put the emergency number and the abuse line first.
DANGER_KINDS = frozenset({"danger_now"})

_REGIONS: dict[str, tuple[Resource, ...]] = {
    "US": (
        Resource("Emergency services", "call 911", "US", EMERGENCY),
        Resource(
            "988 Suicide & Crisis Lifeline",
            "call or text 988, or chat at 988lifeline.org",
            "US",
            CRISIS_LINE,
        ),
        Resource(
            "National Domestic Violence Hotline",
            "call 1-800-799-7233, or text START to 88788",
            "US",
            DOMESTIC_VIOLENCE,
        ),
    ),
    "CA": (
        Resource("Emergency services", "call 911", "CA", EMERGENCY),
        Resource("9-8-8 Suicide Crisis Helpline", "call or text 988", "CA", CRISIS_LINE),
        Resource(
            "If someone is hurting you",
            "call 911 if you are in danger now; to find a women's shelter near you, "
            "see sheltersafe.ca",
            "CA",
            DOMESTIC_VIOLENCE,
            hours="911: 24/7; shelter hours vary",
        ),
    ),
    "GB": (
        Resource("Emergency services", "call 999 or 112", "GB", EMERGENCY),
        Resource("Samaritans", "call 116 123 (free)", "GB", CRISIS_LINE),
        Resource(
            "National Domestic Abuse Helpline",
            "call 0808 2000 247 (free)",
            "GB",
            DOMESTIC_VIOLENCE,
        ),
    ),
    "IE": (
        Resource("Emergency services", "call 112 or 999", "IE", EMERGENCY),
        Resource("Samaritans", "call 116 123 (free)", "IE", CRISIS_LINE),
        Resource("Women's Aid", "call 1800 341 900 (free)", "IE", DOMESTIC_VIOLENCE),
    ),
    "AU": (
        Resource("Emergency services", "call 000 (or 112 from a mobile)", "AU", EMERGENCY),
        Resource("Lifeline", "call 13 11 14", "AU", CRISIS_LINE),
        Resource("1800RESPECT", "call 1800 737 732", "AU", DOMESTIC_VIOLENCE),
    ),
    "NZ": (
        Resource("Emergency services", "call 111", "NZ", EMERGENCY),
        Resource("Need to talk?", "call or text 1737 (free)", "NZ", CRISIS_LINE),
        Resource("Women's Refuge crisis line", "call 0800 733 843 (free)", "NZ", DOMESTIC_VIOLENCE),
    ),
}

#: Members of the European Union without their own entry above: 112 reaches emergency
#: services in all of them.
EU_REGIONS = frozenset(
    {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU"}
    | {"IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}
)

_ALIASES = {"UK": "GB"}

#: Every region code the ``region`` setting accepts (besides "" for "not set").
KNOWN_REGIONS: frozenset[str] = frozenset(_REGIONS) | EU_REGIONS | frozenset(_ALIASES)

#: The country each code stands for, in plain English, so people choose "United Kingdom"
#: rather than "GB" (every code in ``KNOWN_REGIONS`` but the "UK" alias).
REGION_NAMES: dict[str, str] = {
    "AT": "Austria",
    "AU": "Australia",
    "BE": "Belgium",
    "BG": "Bulgaria",
    "CA": "Canada",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DE": "Germany",
    "DK": "Denmark",
    "EE": "Estonia",
    "ES": "Spain",
    "FI": "Finland",
    "FR": "France",
    "GB": "United Kingdom",
    "GR": "Greece",
    "HR": "Croatia",
    "HU": "Hungary",
    "IE": "Ireland",
    "IT": "Italy",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "LV": "Latvia",
    "MT": "Malta",
    "NL": "Netherlands",
    "NZ": "New Zealand",
    "PL": "Poland",
    "PT": "Portugal",
    "RO": "Romania",
    "SE": "Sweden",
    "SI": "Slovenia",
    "SK": "Slovakia",
    "US": "United States",
}

_ANY_EMERGENCY = Resource(
    "Your local emergency number",
    "911 in the US and Canada, 999 in the UK, 112 in Ireland and across the EU, "
    "000 in Australia, 111 in New Zealand",
    "any",
    EMERGENCY,
)
_INTERNATIONAL_CRISIS = (
    Resource("988 Suicide & Crisis Lifeline (US)", "call or text 988", "US", CRISIS_LINE),
    Resource("9-8-8 Suicide Crisis Helpline (Canada)", "call or text 988", "CA", CRISIS_LINE),
    Resource("Samaritans (UK and Ireland)", "call 116 123 (free)", "GB", CRISIS_LINE),
    Resource("Lifeline (Australia)", "call 13 11 14", "AU", CRISIS_LINE),
    Resource("Need to talk? (New Zealand)", "call or text 1737 (free)", "NZ", CRISIS_LINE),
)
_INTERNATIONAL_DV = (
    Resource(
        "National Domestic Violence Hotline (US)",
        "call 1-800-799-7233, or text START to 88788",
        "US",
        DOMESTIC_VIOLENCE,
    ),
    Resource(
        "National Domestic Abuse Helpline (UK)", "call 0808 2000 247", "GB", DOMESTIC_VIOLENCE
    ),
    Resource("Women's Aid (Ireland)", "call 1800 341 900", "IE", DOMESTIC_VIOLENCE),
    Resource("1800RESPECT (Australia)", "call 1800 737 732", "AU", DOMESTIC_VIOLENCE),
)


def normalize_region(region: str | None) -> str:
    """The canonical code for ``region`` ("uk" -> "GB"), or "" when unset or unknown."""
    code = (region or "").strip().upper()
    code = _ALIASES.get(code, code)
    return code if code in KNOWN_REGIONS else ""


def resources_for(region: str | None, kinds: Iterable[str] = ()) -> tuple[Resource, ...]:
    """What to show for a crisis of these ``kinds``, most useful first.

    Danger from another person puts the emergency number and the abuse line first;
    suicidal thoughts, a plan or self-harm put the crisis line first. Everything known
    for the region is always included, because a person may need more than one.
    """
    kinds = frozenset(kinds)
    danger = bool(kinds & DANGER_KINDS)
    code = normalize_region(region)
    if code in _REGIONS:
        found = _REGIONS[code]
    elif code in EU_REGIONS:
        found = (Resource("Emergency services", "call 112", code, EMERGENCY),)
        return found + _INTERNATIONAL_CRISIS + (_INTERNATIONAL_DV if danger else ())
    else:
        dv = _INTERNATIONAL_DV if danger or not kinds else ()
        if danger:
            return (_ANY_EMERGENCY, *dv, *_INTERNATIONAL_CRISIS)
        return (*_INTERNATIONAL_CRISIS, _ANY_EMERGENCY, *dv)
    order = (
        (EMERGENCY, DOMESTIC_VIOLENCE, CRISIS_LINE)
        if danger
        else (CRISIS_LINE, EMERGENCY, DOMESTIC_VIOLENCE)
    )
    return tuple(sorted(found, key=lambda r: order.index(r.kind)))
