"""Known answers for the details of a verdict: what a ready use case may still lack, who ranks
as a blocker without an estate file, and one link seen twice.

Each answer is written before the run, from the principles in docs/scoring.md.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from estates import TODAY, Spec, write_estate
from test_sepsis_known_answers import blockers, clean, sepsis

from assessor.config import default_config
from assessor.scoring import assess
from connectors.scan import ScanOptions, run_scan


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


def test_without_an_estate_file_a_receiver_named_ai_ranks_below_the_systems_feeding_it(
    tmp_path: Path,
) -> None:
    # Nothing declares the AI platform: "AI" is only the MSH-5 of three feeds. It relays nothing,
    # so its outage cuts no data between other systems and it is no single point of failure.
    write_estate(clean(), tmp_path)
    assessment = assess(
        run_scan(ScanOptions(paths=(str(tmp_path / "feeds"),))), default_config(TODAY)
    )
    ranked = [
        s.component for s in sorted(assessment.scores, key=lambda s: (-s.priority, s.component))
    ]
    assert ranked[-1] == "ai"
    assert not [f for f in assessment.findings if f.rule_id == "CRIT-S01"]

