"""A rule that cannot see what it looks for reports the component unobserved, never clean.

What was not observed is unknown, not zero: each case below lacks the evidence its rule needs
(no profile, no PHI known, no support date, no tables…), and the rule must say so, so that the
component's confidence drops instead of its score silently reading as fine.
"""

import pytest
from brain_estates import context, table
from rule_cases import Case, one_flow, one_store, one_system, receiving, to_ai, with_profile

from assessor.model import Transport
from assessor.rules import rule_by_id

UNOBSERVED: dict[str, Case] = {
    "SEC-H01": one_flow(transport=Transport.FHIR),  # a web API whose endpoint is not known
    # a share whose encryption neither the engine nor the estate file states
    "SEC-F01": one_flow(transport=Transport.FILE, endpoint="smb://dwh-etl/landing", phi_classes=()),
    "PRIV-S01": one_flow(),  # a declared feed nobody captured: its PHI is not known
    "PRIV-F01": one_flow(),
    "PRIV-R01": receiving(),  # its only incoming feed was not captured
    "PRIV-A01": to_ai(),
    "DATA-F01": with_profile(),  # a profile without key-field fill rates
    "DATA-C01": with_profile(),  # a profile without result codes
    "OPS-O01": one_system("lis", declared=False),  # an undeclared system has no owner field
    "OPS-A01": one_flow(),  # no profile: acknowledgements not seen
    "OPS-D01": one_flow(),  # neither a channel nor declared nor seen moving
    "OPS-P01": with_profile(),  # no processing ids seen
    "LIFE-S02": one_system("lis"),  # no support end date
    "DB-PH01": one_store(),  # a store with no tables read
    "DB-PK01": one_store(),
    # a table read from a server that does not report character sets or storage engines
    "DB-CS01": one_store(table("patient", ("id", "INTEGER"))),
    "DB-ENG01": one_store(table("patient", ("id", "INTEGER"))),
}


def outcome_on(rule_id: str, case: Case) -> tuple[bool, bool, int]:
    inventory, component = case
    outcome = rule_by_id()[rule_id].evaluate(context(inventory))
    found = sum(1 for f in outcome.findings if f.component == component)
    return component in outcome.observed, component in outcome.unobserved, found


@pytest.mark.parametrize("rule_id", sorted(UNOBSERVED))
def test_a_rule_without_its_evidence_reports_the_component_unobserved(rule_id: str) -> None:
    assert outcome_on(rule_id, UNOBSERVED[rule_id]) == (False, True, 0)


def test_a_support_date_that_is_not_a_date_is_unobserved() -> None:
    assert outcome_on("LIFE-S02", one_system("lis", support_end="soon")) == (False, True, 0)
