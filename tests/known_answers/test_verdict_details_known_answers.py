"""Known answers for the details of a verdict: what a ready use case may still lack, who ranks
as a blocker without an estate file, and one link seen twice.

Each answer is written before the run, from the principles in docs/scoring.md.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from estates import TODAY, Interface, Spec, assess_spec, lab_feed, write_estate
from test_sepsis_known_answers import blockers, clean, sepsis

from assessor.config import default_config
from assessor.connectors.scan import ScanOptions, run_scan
from assessor.scoring import assess


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


def _lab_captured_as_a_batch_file(declared: tuple[Interface, ...]) -> Spec:
    base = clean()
    interfaces = (*(i for i in base.interfaces if i.source != "lis"), *declared)
    return replace(base, interfaces=interfaces).with_feed(lab_feed("lis", "ai", framing="batch"))


def test_a_declared_link_and_a_batch_file_capture_of_it_are_one_flow(tmp_path: Path) -> None:
    # The estate names the transport (MLLP); the capture, an archive in a batch envelope, proves
    # the traffic. One link, with the declared transport and the captured messages.
    spec = _lab_captured_as_a_batch_file((Interface("lis", "ai", "mllp", ("ORU^R01",)),))
    assessment = assess_spec(spec, tmp_path)
    (flow,) = [f for f in assessment.inventory.flows if (f.source, f.target) == ("lis", "ai")]
    assert (flow.id, flow.declared, flow.message_count) == ("lis->ai:mllp", True, 20)


def test_two_declared_links_keep_their_capture_on_the_one_of_its_transport(tmp_path: Path) -> None:
    declared = (
        Interface("lis", "ai", "mllp", ("ORU^R01",)),
        Interface("lis", "ai", "file", ("ORU^R01",), cadence="daily"),
    )
    assessment = assess_spec(_lab_captured_as_a_batch_file(declared), tmp_path)
    counts = {
        f.id: f.message_count
        for f in assessment.inventory.flows
        if (f.source, f.target) == ("lis", "ai")
    }
    assert counts == {"lis->ai:mllp": 0, "lis->ai:file": 20}
