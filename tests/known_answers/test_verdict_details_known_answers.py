"""Known answers for the details of a verdict: what a ready use case may still lack, who ranks
as a blocker without an estate file, and one link seen twice.

Each answer is written before the run, from the principles in docs/scoring.md.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from estates import Spec
from test_sepsis_known_answers import blockers, clean, sepsis


def _lab_link(tls: bool | None) -> Spec:
    base = clean()
    interfaces = tuple(
        replace(i, tls=tls) if (i.source, i.target) == ("lis", "ai") else i for i in base.interfaces
    )
    return replace(base, interfaces=interfaces)


def test_a_ready_use_case_names_no_missing_evidence_and_unknown_tls_as_a_caveat(
    tmp_path: Path,
) -> None:
    result = sepsis(_lab_link(tls=None), tmp_path)
    assert result.status == "ready"
    assert result.missing_evidence == ()
    assert result.caveats == ("TLS status of flow lis->ai:mllp carrying PHI",)


def test_the_caveat_is_what_would_block_once_known(tmp_path: Path) -> None:
    result = sepsis(_lab_link(tls=False), tmp_path)
    assert result.status == "blocked"
    assert "SEC-T01" in blockers(result)["lis"]


def test_a_use_case_known_on_every_fact_has_no_caveat(tmp_path: Path) -> None:
    result = sepsis(clean(), tmp_path)
    assert (result.status, result.missing_evidence, result.caveats) == ("ready", (), ())
