"""The stable ids of shared/domain.md: bond kinds, relationship markers and beliefs.

Code, tests, stored results and data files all use these exact strings, so they never
change meaning; new ones may be added.
"""

from __future__ import annotations

#: The three kinds of bond (domain §2), plus the two the lens may also answer.
BOND_KINDS = ("trauma_bond", "trauma_connection", "healing_bond")

#: Relationship markers (domain §2). ``apology_cycle`` is read from its moments:
#: ``harm``, then ``apology`` (or intense kindness), then ``reconciliation``.
MARKERS = (
    "boundaries_honesty",
    "mutual_growth",
    "beyond_trauma",
    "self_outside",
    "other_support",
    "triggers_shared",
    "codependence",
    "retraumatizing",
    "stagnation",
    "trauma_dumping",
    "harm",
    "apology",
    "reconciliation",
    "unpredictability",
    "fear",
    "hard_to_leave",
    "isolation_by_other",
    "power_imbalance",
    "overstayed",
)

#: The signs of domain §2 in its groups, as a person reads them: the cycle is one sign
#: (``apology_cycle``) here, where the engine reports its moments one by one.
SIGN_GROUPS: dict[str, tuple[str, ...]] = {
    "healthy": (
        "boundaries_honesty",
        "mutual_growth",
        "beyond_trauma",
        "self_outside",
        "other_support",
        "triggers_shared",
    ),
    "warning": ("codependence", "retraumatizing", "stagnation", "trauma_dumping"),
    "red_flag": (
        "harm",
        "apology_cycle",
        "unpredictability",
        "fear",
        "hard_to_leave",
        "isolation_by_other",
    ),
    "caution": ("power_imbalance", "overstayed"),
}
#: Every sign of domain §2, in its order.
SIGNS: tuple[str, ...] = tuple(sign for group in SIGN_GROUPS.values() for sign in group)

#: Beliefs about support (domain §5), in the domain's order.
BELIEFS = (
    "self_reliance",
    "burden",
    "abandonment",
    "not_understood",
    "guard_up",
    "distrust",
    "weakness",
    "unworthy",
)
