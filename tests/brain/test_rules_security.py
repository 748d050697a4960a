"""The security rules fire on their anti-pattern and stay silent on the best practice."""

from dataclasses import replace
from datetime import date

import pytest
from brain_estates import PHI, context, flow, system
from rule_cases import (
    assert_clean,
    assert_fires,
    db_engine,
    one_flow,
    one_system,
    rule_ids_of,
    run,
)

from assessor.model import Dimension, Inventory, Severity, Transport
from assessor.rules import rule_by_id

IDS = rule_ids_of("security")


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_fires_on_its_anti_pattern(rule_id: str) -> None:
    assert_fires(rule_id)


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_stays_silent_on_the_best_practice(rule_id: str) -> None:
    assert_clean(rule_id)


def test_phi_over_plain_tcp_is_unobserved_when_tls_is_unknown() -> None:
    findings, observed = run("SEC-T01", one_flow(transport=Transport.MLLP, phi_classes=PHI))
    assert not observed and findings == []


def test_phi_over_plain_tcp_is_a_quick_win() -> None:
    assert rule_by_id()["SEC-T01"].quick_win


def test_support_ended_two_years_ago_is_critical() -> None:
    findings, _ = run("LIFE-S01", one_system("pas", support_end="2023-12-31"))
    assert findings[0].severity == Severity.CRITICAL


def test_support_ended_months_ago_is_high() -> None:
    findings, _ = run("LIFE-S01", one_system("pas", support_end="2026-06-30"))
    assert findings[0].severity == Severity.HIGH


def test_product_without_declared_date_is_judged_from_the_lifecycle_table() -> None:
    findings, observed = run(
        "LIFE-S01", one_system("warehouse", product="PostgreSQL", version="10.23")
    )
    assert observed and findings[0].evidence[0].source.startswith("endoflife.date")


def test_product_unknown_to_the_lifecycle_table_is_unobserved() -> None:
    findings, observed = run("LIFE-S01", one_system("pas", product="Meditrak PAS", version="5.6"))
    assert not observed and findings == []


def test_database_engine_with_only_extended_support_left_is_medium() -> None:
    inventory, component = db_engine("10.5.27-MariaDB")
    store = replace(inventory.stores[0], product="mariadb", dialect="mysql")
    findings, _ = run(
        "LIFE-D01", (replace(inventory, stores=(store,)), component), date(2025, 7, 1)
    )
    assert findings[0].severity == Severity.MEDIUM


def test_an_engine_channels_phi_is_inferred_from_the_feeds_into_the_engine() -> None:
    inventory = Inventory(
        systems=(system("pas", "pas"), system("engine", "interface-engine"), system("lis", "lis")),
        flows=(
            flow("pas", "engine", phi_classes=PHI, observed=True, message_types={"ADT^A01": 9}),
            flow(
                "engine",
                "lis",
                channel="ADT",
                message_types={"ADT": 1},
                tls=False,
                transport=Transport.MLLP,
            ),
        ),
    )
    findings, _ = run("SEC-T01", (inventory, "engine--lis"))
    assert "inferred from 1 feed(s) into engine" in findings[0].evidence[0].detail


def test_a_channel_whose_phi_cannot_be_inferred_is_unobserved() -> None:
    inventory = Inventory(
        systems=(system("engine", "interface-engine"), system("lis", "lis")),
        flows=(flow("engine", "lis", channel="ADT", tls=False, transport=Transport.MLLP),),
    )
    findings, observed = run("SEC-T01", (inventory, "engine--lis"))
    assert not observed and findings == []


def test_a_disabled_channel_carries_no_plain_phi() -> None:
    findings, observed = run(
        "SEC-T01", one_flow(transport=Transport.MLLP, tls=False, phi_classes=PHI, enabled=False)
    )
    assert observed and findings == []


def file_transfer(endpoint: str | None, tls: bool | None) -> tuple[Inventory, str]:
    """lis -> ehr by a file transfer to ``endpoint``, carrying names, MRNs and dates."""
    return one_flow(transport=Transport.FILE, endpoint=endpoint, tls=tls, phi_classes=PHI)


def test_phi_written_to_an_smb_share_without_encryption_is_a_high_security_finding() -> None:
    findings, observed = run("SEC-F01", file_transfer("smb://dwh-etl/landing/adt", False))
    assert observed and [(f.severity, f.dimension) for f in findings] == [
        (Severity.HIGH, Dimension.SECURITY)
    ]
    assert "smb://dwh-etl/landing/adt: encrypted=false" in findings[0].evidence[0].detail


def test_phi_sent_by_plain_ftp_is_flagged() -> None:
    findings, _ = run("SEC-F01", file_transfer("ftp://extracts.example/out", False))
    assert findings[0].severity == Severity.HIGH and "FTP" in findings[0].title


@pytest.mark.parametrize(
    ("endpoint", "tls"),
    [
        ("smb://dwh-etl/landing/adt", True),  # secure=true, or SMB 3 encryption on the share
        ("sftp://extracts.example/out", None),  # encrypted by its protocol, whatever the flag
        ("ftps://extracts.example/out", None),
        ("nfs://nas01/export/adt", True),  # krb5p, declared encrypted
    ],
    ids=["smb-encrypted", "sftp", "ftps", "nfs-krb5p"],
)
def test_an_encrypted_file_transfer_is_clean(endpoint: str, tls: bool | None) -> None:
    findings, observed = run("SEC-F01", file_transfer(endpoint, tls))
    assert observed and findings == []


@pytest.mark.parametrize(
    "endpoint", ["smb://dwh-etl/landing/adt", "/var/spool/mirth/out", None], ids=str
)
def test_file_transfer_of_unknown_encryption_is_missing_evidence(endpoint: str | None) -> None:
    inventory, component = file_transfer(endpoint, None)
    outcome = rule_by_id()["SEC-F01"].evaluate(context(inventory))
    assert outcome.unobserved == (component,) and outcome.findings == ()


def test_an_unencrypted_file_transfer_seen_without_phi_is_clean() -> None:
    case = one_flow(
        transport=Transport.FILE, endpoint="smb://dwh-etl/landing/ref", tls=False, observed=True
    )
    findings, observed = run("SEC-F01", case)
    assert observed and findings == []


def test_a_file_drop_declared_unencrypted_without_its_protocol_is_medium() -> None:
    findings, _ = run("SEC-F01", file_transfer(None, False))
    assert findings[0].severity == Severity.MEDIUM
    assert "protocol not declared" in findings[0].evidence[0].detail


def test_file_transfer_evidence_never_shows_a_password() -> None:
    findings, _ = run("SEC-F01", file_transfer("ftp://svc_dwh:S3cr3t!pw@extracts/out", False))
    text = f"{findings[0].title} {findings[0].evidence}"
    assert "S3cr3t" not in text and "ftp://svc_dwh:***@extracts/out" in text


def test_a_file_transfer_is_not_judged_by_the_plain_tcp_rule() -> None:
    findings, observed = run("SEC-T01", file_transfer("smb://dwh-etl/landing", False))
    assert not observed and findings == []
