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
