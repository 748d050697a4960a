"""Every rule assessor ships, one module per dimension (schema smells in ``database*``).

>>> from assessor.rules import all_rules
>>> [r.id for r in all_rules()][:2]
['CRIT-B01', 'CRIT-H01']
"""

from __future__ import annotations

from functools import cache

from assessor.rules import (
    criticality,
    data_coding,
    data_freshness,
    data_readiness,
    database,
    database_columns,
    engine,
    fhir_mapping,
    interoperability,
    operability,
    privacy,
    security,
)
from assessor.rules.base import Rule, RuleContext, Verdict, iter_rules

__all__ = ["Rule", "RuleContext", "Verdict", "all_rules", "rule_by_id"]

_MODULES = (
    criticality,
    data_coding,
    data_freshness,
    data_readiness,
    database,
    database_columns,
    engine,
    fhir_mapping,
    interoperability,
    operability,
    privacy,
    security,
)


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by id; ids are unique."""
    rules = [r for module in _MODULES for r in iter_rules(vars(module))]
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise RuntimeError(f"duplicate rule ids: {', '.join(duplicates)}")
    return tuple(sorted(rules, key=lambda r: r.id))


def rule_by_id() -> dict[str, Rule]:
    """Every rule keyed by its id."""
    return {r.id: r for r in all_rules()}
