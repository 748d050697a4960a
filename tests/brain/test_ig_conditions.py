"""The IG's row conditions, decided on a synthetic message where they can be."""

import pytest

from assessor.ig_conditions import holds

MESSAGE = {"PV1-2": ("I",), "TXA-19": ("AV",), "PRT-4": ("PP", "", "HL70443"), "PID-33": ("x",)}


@pytest.mark.parametrize(
    ("condition", "verdict"),
    [
        ("IF PV1-2 VALUED", True),
        ("IF PV1-45 NOT VALUED", True),
        ("IF PV1-45 VALUED", False),
        ('IF TXA-19 = "AV"', True),
        ('IF TXA-19 IN ("CA", "OB", "UN")', False),
        ('IF PRT-4.1 EQUALS "PP" AND PRT-4.3 EQUALS "HL70443"', True),
        ('IF PRT-4.1 NOT EQUALS "PP" OR PRT-4.3 NOT EQUALS "HL70443"', False),
        ("IF PID-33 AND PID-34 VALUED", False),
        ("IF OBX-5 LST.count GREATER THAN 1", False),
    ],
)
def test_a_condition_on_what_the_sample_holds_is_decided(condition: str, verdict: bool) -> None:
    assert holds(condition, MESSAGE) is verdict


def test_a_condition_on_something_else_cannot_be_told() -> None:
    assert holds("IF PV1-2 IS NUMERIC", MESSAGE) is None


def test_one_decided_alternative_is_enough() -> None:
    assert holds("IF PV1-2 IS NUMERIC OR PV1-2 VALUED", MESSAGE) is True
