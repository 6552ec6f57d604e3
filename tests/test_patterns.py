"""Patterns over time in one relationship: cycles, the safety trend, what helps."""

from __future__ import annotations

from datetime import date, timedelta

from bondlens.patterns import CYCLE_DAYS, Moment, cycles, trend, what_helps

START = date(2026, 1, 1)


def m(ident: int, day: int, safety: int | None, *signs: str, **fields: object) -> Moment:
    return Moment(
        id=ident,
        day=START + timedelta(days=day),
        safety=safety,
        signs=frozenset(signs),
        **fields,  # type: ignore[arg-type]
    )


def test_a_cycle_needs_all_three_steps_in_order() -> None:
    assert cycles([m(1, 0, 1, "harm"), m(2, 1, 3, "apology")]).count == 0
    assert cycles([m(1, 0, 3, "apology"), m(2, 1, 1, "harm"), m(3, 2, 5)]).count == 0
    found = cycles([m(1, 0, 1, "harm"), m(2, 1, 3, "apology"), m(3, 4, 3, "reconciliation")])
    assert found.count == 1
    assert found.typical_days == 4
    assert found.entries == (1, 2, 3)


def test_a_safe_day_after_an_apology_counts_as_making_up() -> None:
    found = cycles([m(1, 0, 1, "harm", "apology"), m(2, 2, 5)])
    assert [(c.harm.id, c.apology.id, c.reconciliation.id) for c in found.found] == [(1, 1, 2)]


def test_a_new_hurt_before_making_up_starts_the_cycle_again() -> None:
    found = cycles(
        [
            m(1, 0, 1, "harm"),
            m(2, 1, 3, "apology"),
            m(3, 2, 1, "harm"),
            m(4, 3, 2, "apology"),
            m(5, 4, 4, "reconciliation"),
        ]
    )
    assert [(c.harm.id, c.apology.id) for c in found.found] == [(3, 4)]


def test_a_cycle_must_close_within_its_window() -> None:
    late = CYCLE_DAYS + 1
    assert cycles([m(1, 0, 1, "harm"), m(2, 1, 3, "apology"), m(3, late, 5)]).count == 0


def test_the_trend_compares_the_later_half_with_the_earlier() -> None:
    assert trend([m(i, i, s) for i, s in enumerate([2, 2, 3, 4, 4, 5])]).direction == "safer"
    falling = trend([m(i, i, s) for i, s in enumerate([5, 4, 4, 2, 2])])
    assert (falling.direction, falling.earlier, falling.recent) == ("less_safe", 4.5, 2.67)
    assert falling.unsafe == 2
    assert trend([m(i, i, s) for i, s in enumerate([4, 3, 4, 3])]).direction == "steady"
    few = trend([m(1, 0, 1), m(2, 1, 5), m(3, 2, None)])
    assert (few.direction, few.rated, few.average) == ("unclear", 2, 3.0)


def test_what_helps_names_kinds_of_contact_that_felt_safer() -> None:
    history = [
        m(1, 0, 2),
        m(2, 1, 5, kind="support_received"),
        m(3, 2, 3, tags=("call",)),
        m(4, 3, 5, kind="support_received"),
        m(5, 4, 2, tags=("call",)),
        m(6, 5, None, kind="support_received"),
    ]
    helps = what_helps(history)
    assert [(h.what, h.id, h.average, h.entries) for h in helps] == [
        ("kind", "support_received", 5.0, (2, 4))
    ]
    assert what_helps(history[:2]) == []
