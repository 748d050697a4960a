"""Fixture assessments for the report tests, built by hand.

``estate_assessment``: a 14-system hospital estate with an interface engine, a warehouse and an
AI platform; flows with and without TLS and PHI; findings with evidence; scores with breakdowns
and unobserved dimensions; use cases ready, blocked and unknown; waves 0 to 3; exclusions and
scan errors. Three names came from outside the trust boundary and carry ``<script>``: a system
named from MSH-3, an engine channel and a column comment.
``empty_assessment``: nothing scanned, nothing scored, so every not-applicable state renders.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.model import (
    Assessment,
    ComponentScore,
    DataStore,
    Dimension,
    Evidence,
    Exclusion,
    FhirCapability,
    FhirResource,
    Finding,
    Flow,
    Inventory,
    PhiClass,
    PhiMark,
    RoadmapAction,
    ScanError,
    ScanMetadata,
    ScannedSource,
    ScoreTerm,
    Severity,
    System,
    TableColumn,
    TableProfile,
    Transport,
    UseCase,
    UseCaseBlocker,
    UseCaseReadiness,
    Wave,
)

HOSTILE_MSH3 = "<script>alert('msh3')</script>LABX"
HOSTILE_CHANNEL = "ADT out <script>alert('channel')</script>"
HOSTILE_COMMENT = "patient surname <script>alert('comment')</script>"
HOSTILE = (HOSTILE_MSH3, HOSTILE_CHANNEL, HOSTILE_COMMENT)

D = Dimension
S = Severity
P = PhiClass


def _systems() -> tuple[System, ...]:
    def s(id_: str, name: str, kind: str, **kw: object) -> System:
        return System(id=id_, name=name, kind=kind, declared=kw.pop("declared", True), **kw)  # type: ignore[arg-type]

    return (
        s(
            "pas",
            "Meditrak PAS",
            "pas",
            vendor="Meditrak",
            version="5.2",
            support_end="2024-03-31",
            owner="Patient admin team",
            criticality="critical",
            aliases=("PAS", "pas-prod"),
        ),
        s(
            "ehr",
            "CareFlow EHR",
            "ehr",
            vendor="CareFlow",
            version="2021.4",
            criticality="critical",
            fhir=FhirCapability(
                "4.0.1", resources=(FhirResource("Patient", ("read", "search-type")),)
            ),
        ),
        s("lis", "WinPath LIS", "lis", version="5.9", support_end="2027-01-01", criticality="high"),
        s("ris", "Soliton RIS", "ris", version="4.1", criticality="high"),
        s("pacs", "Vue PACS", "pacs", version="12.2"),
        s("pharmacy", "JAC Pharmacy", "pharmacy", version="3.0", support_end="2023-06-30"),
        s("billing", "Finance Billing", "billing"),
        s("sched", "Theatre Scheduler", "scheduling"),
        s("docs", "Document Store", "document"),
        s("engine", "Mirth Connect", "interface engine", version="3.12", criticality="critical"),
        s("warehouse", "Clinical Data Warehouse", "warehouse"),
        s("ai", "Trust AI Platform", "ai platform", hosting="cloud"),
        s("labx", HOSTILE_MSH3, "lis", declared=False, aliases=(HOSTILE_MSH3,)),
        s("gp-link", "GP Link", "registry", declared=False),
    )


def _flows() -> tuple[Flow, ...]:
    def f(src: str, dst: str, transport: Transport, **kw: object) -> Flow:
        fid = f"{src}->{dst}:{transport.value}" + (f":{kw.pop('suffix')}" if "suffix" in kw else "")
        return Flow(id=fid, source=src, target=dst, transport=transport, **kw)  # type: ignore[arg-type]

    adt = {"ADT^A01": 1200, "ADT^A08": 3400}
    return (
        f(
            "pas",
            "engine",
            Transport.MLLP,
            tls=False,
            phi_classes=(P.NAME, P.MRN, P.DATE),
            message_types=adt,
            message_count=4600,
            observed=True,
            declared=True,
        ),
        f(
            "engine",
            "ehr",
            Transport.MLLP,
            tls=True,
            phi_classes=(P.NAME, P.MRN),
            channel="ADT to EHR",
            message_types=adt,
            message_count=4600,
            observed=True,
            suffix="adt",
        ),
        f(
            "engine",
            "lis",
            Transport.MLLP,
            tls=None,
            phi_classes=(P.MRN,),
            channel=HOSTILE_CHANNEL,
            message_types={"ADT^A01": 1200},
            message_count=1200,
            observed=True,
            suffix="hostile",
        ),
        f(
            "ehr",
            "engine",
            Transport.MLLP,
            tls=True,
            phi_classes=(P.MRN,),
            message_types={"ORM^O01": 800},
            message_count=800,
            observed=True,
        ),
        f(
            "engine",
            "ris",
            Transport.MLLP,
            tls=False,
            phi_classes=(P.NAME, P.MRN),
            message_types={"ORM^O01": 300},
            message_count=300,
            observed=True,
        ),
        f(
            "lis",
            "engine",
            Transport.MLLP,
            tls=False,
            phi_classes=(P.MRN, P.FREE_TEXT),
            message_types={"ORU^R01": 5000},
            message_count=5000,
            z_segments=("ZLR",),
            observed=True,
        ),
        f(
            "labx",
            "engine",
            Transport.MLLP,
            tls=None,
            phi_classes=(P.MRN,),
            message_types={"ORU^R01": 40},
            message_count=40,
            observed=True,
        ),
        f("ris", "pacs", Transport.DICOM, tls=None),
        f(
            "engine",
            "pharmacy",
            Transport.FILE,
            tls=False,
            phi_classes=(P.NAME, P.DATE),
            message_types={"RDE^O11": 90},
            message_count=90,
            declared=True,
        ),
        f("pas", "billing", Transport.DATABASE, tls=True, phi_classes=(P.ACCOUNT,), declared=True),
        f("pas", "sched", Transport.FILE, tls=None, declared=True),
        f("ehr", "docs", Transport.HTTP, tls=True),
        f(
            "engine",
            "warehouse",
            Transport.DATABASE,
            tls=True,
            phi_classes=(P.MRN, P.DATE),
            declared=True,
        ),
        f("warehouse", "ai", Transport.FHIR, tls=True, declared=True),
        f("gp-link", "pas", Transport.FILE, tls=None, phi_classes=(P.NAME,), observed=True),
    )


def _stores() -> tuple[DataStore, ...]:
    person = TableProfile(
        name="person",
        schema="pas",
        estimated_rows=250000,
        patient_linked=True,
        primary_key=("id",),
        columns=(
            TableColumn("id", "integer", nullable=False),
            TableColumn(
                "surname",
                "varchar(80)",
                comment=HOSTILE_COMMENT,
                phi=(PhiMark(P.NAME, 0.95, ("name:surname",)),),
            ),
            TableColumn("dob_text", "varchar(10)", phi=(PhiMark(P.DATE, 0.9, ("name:dob",)),)),
        ),
    )
    return (
        DataStore(
            "pas-db",
            "mysql://pasuser:***@pasdb:3306/pas",
            "mysql",
            server_version="5.5.62",
            system_id="pas",
            tables=(person,),
            declared=True,
        ),
    )


def _findings() -> tuple[Finding, ...]:
    return (
        Finding(
            "SEC-TLS01",
            D.SECURITY,
            S.CRITICAL,
            "pas->engine:mllp",
            "PHI sent over plain MLLP without TLS",
            (Evidence("feeds/pas_adt.hl7", "messages 1-4600", 4600),),
            "Wrap the MLLP connection in TLS at the engine listener.",
        ),
        Finding(
            "SEC-EOL01",
            D.SECURITY,
            S.HIGH,
            "pas",
            "Vendor support ended 2024-03-31",
            (Evidence("estate.toml", "systems.pas.support_end"),),
            "Plan replacement; negotiate extended support meanwhile.",
        ),
        Finding(
            "DB-EOL01",
            D.SECURITY,
            S.HIGH,
            "pas-db",
            "MySQL 5.5 is past end of life",
            (Evidence("mysql://pasdb/pas", "server version 5.5.62"),),
            "Upgrade to MySQL 8.",
        ),
        Finding(
            "DATA-TXT01",
            D.DATA_READINESS,
            S.MEDIUM,
            "pas-db",
            "Dates stored as text in pas.person.dob_text",
            (Evidence("mysql://pasdb/pas", "table pas.person column dob_text"),),
            "Migrate the column to DATE.",
        ),
        Finding(
            "HL7V2-Z01",
            D.INTEROPERABILITY,
            S.MEDIUM,
            "lis",
            "Undocumented Z-segment ZLR",
            (Evidence("feeds/lis_oru.hl7", "message 3, segment ZLR", 5000),),
            "Document ZLR or map its content to standard OBX.",
        ),
        Finding(
            "DATA-LOINC01",
            D.DATA_READINESS,
            S.HIGH,
            "lis",
            "Results use local codes, not LOINC",
            (Evidence("feeds/lis_oru.hl7", "OBX-3 coding system L", 5000),),
            "Map local test codes to LOINC.",
        ),
        Finding(
            "INT-FHIR01",
            D.INTEROPERABILITY,
            S.MEDIUM,
            "lis",
            "No FHIR API",
            (),
            "Expose results through the engine's FHIR listener.",
        ),
        Finding(
            "OPS-OWN01",
            D.OPERABILITY,
            S.LOW,
            "labx",
            "System seen on the wire has no owner",
            (Evidence("feeds/labx.hl7", "MSH-3", 40),),
            "Declare the system and name an owner.",
        ),
        Finding(
            "SEC-EOL01",
            D.SECURITY,
            S.HIGH,
            "pharmacy",
            "Vendor support ended 2023-06-30",
            (Evidence("estate.toml", "systems.pharmacy.support_end"),),
            "Replace the pharmacy system.",
        ),
        Finding(
            "CRIT-SPOF01",
            D.CRITICALITY,
            S.HIGH,
            "engine",
            "Single point of failure for 9 flows",
            (Evidence("graph", "articulation point"),),
            "Add a second engine node.",
        ),
        Finding(
            "OPS-SCRIPT01",
            D.OPERABILITY,
            S.MEDIUM,
            "engine",
            "1,200 lines of custom transformer script",
            (Evidence("mirth/channels.xml", "channel ADT to EHR", 1200),),
            "Move transformations into documented mappings.",
        ),
        Finding(
            "SEC-TLS01",
            D.SECURITY,
            S.CRITICAL,
            "lis->engine:mllp",
            "PHI sent over plain MLLP without TLS",
            (Evidence("feeds/lis_oru.hl7", "messages 1-5000", 5000),),
            "Enable TLS.",
        ),
    )


def _dims(**values: float | None) -> dict[str, float | None]:
    names = {
        "interop": "interoperability",
        "data": "data-readiness",
        "privacy": "privacy",
        "security": "security",
        "crit": "criticality",
        "ops": "operability",
    }
    return {names[k]: v for k, v in values.items()}


def _scores() -> tuple[ComponentScore, ...]:
    def term(
        label: str, points: float, dim: Dimension, rule: str | None = None, fact: str | None = None
    ) -> ScoreTerm:
        return ScoreTerm(label, points, dim, rule, fact)

    return (
        ComponentScore(
            "pas",
            "system",
            "Meditrak PAS",
            8.6,
            _dims(interop=0.5, data=0.6, privacy=0.7, security=0.9, crit=0.8, ops=None),
            confidence=0.8,
            criticality=0.8,
            is_hub=False,
            use_cases_blocked=("sepsis", "readmission", "bed-flow"),
            disposition="replace",
            effort="XL",
            breakdown=(
                term("vendor support ended", 3.0, D.SECURITY, "SEC-EOL01"),
                term("feeds 3 AI use cases", 3.6, D.CRITICALITY, fact="use-case paths 3"),
                term("end-of-life database", 2.0, D.SECURITY, "DB-EOL01"),
            ),
        ),
        ComponentScore(
            "lis",
            "system",
            "WinPath LIS",
            7.1,
            _dims(interop=0.8, data=0.9, privacy=0.4, security=0.6, crit=0.6, ops=0.3),
            confidence=0.9,
            criticality=0.6,
            use_cases_blocked=("sepsis", "aki"),
            disposition="refactor",
            effort="M",
            breakdown=(
                term("local codes", 3.1, D.DATA_READINESS, "DATA-LOINC01"),
                term("Z-segment", 2.0, D.INTEROPERABILITY, "HL7V2-Z01"),
                term("no FHIR", 2.0, D.INTEROPERABILITY, "INT-FHIR01"),
            ),
        ),
        ComponentScore(
            "engine",
            "system",
            "Mirth Connect",
            6.4,
            _dims(interop=0.4, data=None, privacy=0.5, security=0.5, crit=1.0, ops=0.7),
            confidence=0.7,
            criticality=1.0,
            is_hub=True,
            use_cases_blocked=("sepsis", "readmission", "aki", "bed-flow"),
            disposition="replatform",
            effort="L",
            gated=("single point of failure",),
            breakdown=(
                term("articulation point", 4.0, D.CRITICALITY, fact="articulation point"),
                term("custom script", 2.4, D.OPERABILITY, "OPS-SCRIPT01"),
            ),
        ),
        ComponentScore(
            "pas->engine:mllp",
            "flow",
            "Meditrak PAS → Mirth Connect",
            5.5,
            _dims(interop=0.2, data=None, privacy=0.9, security=1.0, crit=0.5, ops=None),
            confidence=1.0,
            criticality=0.5,
            use_cases_blocked=("sepsis", "readmission"),
            disposition="refactor",
            effort="S",
            breakdown=(term("PHI without TLS", 5.5, D.SECURITY, "SEC-TLS01"),),
        ),
        ComponentScore(
            "pharmacy",
            "system",
            "JAC Pharmacy",
            4.2,
            _dims(interop=0.6, data=None, privacy=None, security=0.8, crit=0.3, ops=None),
            confidence=0.4,
            criticality=0.3,
            use_cases_blocked=("med-rec",),
            disposition="replace",
            effort="L",
            breakdown=(term("vendor support ended", 4.2, D.SECURITY, "SEC-EOL01"),),
        ),
        ComponentScore(
            "pas-db",
            "store",
            "Meditrak PAS database (mysql)",
            3.9,
            _dims(interop=None, data=0.7, privacy=0.8, security=0.7, crit=0.4, ops=None),
            confidence=0.9,
            criticality=0.4,
            disposition="rehost",
            effort="M",
            breakdown=(
                term("MySQL 5.5", 2.0, D.SECURITY, "DB-EOL01"),
                term("dates in text", 1.9, D.DATA_READINESS, "DATA-TXT01"),
            ),
        ),
        ComponentScore(
            "lis->engine:mllp",
            "flow",
            "WinPath LIS → Mirth Connect",
            3.2,
            _dims(interop=0.2, data=None, privacy=0.6, security=1.0, crit=0.4, ops=None),
            confidence=1.0,
            criticality=0.4,
            use_cases_blocked=("aki",),
            disposition="refactor",
            effort="S",
            breakdown=(term("PHI without TLS", 3.2, D.SECURITY, "SEC-TLS01"),),
        ),
        ComponentScore(
            "labx",
            "system",
            HOSTILE_MSH3,
            1.1,
            _dims(interop=None, data=None, privacy=None, security=None, crit=0.1, ops=0.5),
            confidence=0.2,
            criticality=0.1,
            disposition="retire",
            effort="S",
            breakdown=(term("no owner", 1.1, D.OPERABILITY, "OPS-OWN01"),),
        ),
    )


def _use_cases() -> tuple[UseCase, ...]:
    return (
        UseCase(
            "sepsis",
            "Sepsis early warning",
            message_types=("ORU^R01", "ADT^A01"),
            coding=("LOINC",),
            freshness="real-time",
        ),
        UseCase("readmission", "30-day readmission risk", message_types=("ADT^A01",)),
        UseCase("aki", "Acute kidney injury alert", message_types=("ORU^R01",), coding=("LOINC",)),
        UseCase("bed-flow", "Bed-flow forecasting", message_types=("ADT^A01", "ADT^A03")),
        UseCase("med-rec", "Medication reconciliation", message_types=("RDE^O11",)),
        UseCase("imaging-triage", "Imaging triage", source_kinds=("pacs",)),
        UseCase("doc-summary", "Clinical document summarisation", source_kinds=("document",)),
    )


def _readiness() -> tuple[UseCaseReadiness, ...]:
    B = UseCaseBlocker
    return (
        UseCaseReadiness(
            "sepsis",
            "blocked",
            (
                B("pas", ("SEC-EOL01",)),
                B("lis", ("DATA-LOINC01",)),
                B("engine", ("CRIT-SPOF01",)),
                B("pas->engine:mllp", ("SEC-TLS01",)),
            ),
            path=("pas", "engine", "lis", "warehouse", "ai"),
        ),
        UseCaseReadiness(
            "readmission",
            "blocked",
            (B("pas", ("SEC-EOL01",)), B("pas->engine:mllp", ("SEC-TLS01",))),
            path=("pas", "engine", "warehouse", "ai"),
        ),
        UseCaseReadiness(
            "aki",
            "blocked",
            (B("lis", ("DATA-LOINC01", "HL7V2-Z01")), B("lis->engine:mllp", ("SEC-TLS01",))),
            path=("lis", "engine", "warehouse", "ai"),
        ),
        UseCaseReadiness(
            "bed-flow",
            "blocked",
            (B("engine", ("CRIT-SPOF01",)),),
            path=("pas", "engine", "warehouse", "ai"),
        ),
        UseCaseReadiness(
            "med-rec",
            "blocked",
            (B("pharmacy", ("SEC-EOL01",)),),
            path=("pharmacy", "engine", "warehouse", "ai"),
        ),
        UseCaseReadiness(
            "imaging-triage",
            "unknown",
            missing_evidence=("no DICOM traffic was observed from Vue PACS",),
        ),
        UseCaseReadiness("doc-summary", "ready", path=("docs", "ehr", "ai")),
    )


def _waves() -> tuple[Wave, ...]:
    A = RoadmapAction
    return (
        Wave(
            0,
            "Quick wins",
            (
                A(
                    "pas->engine:mllp",
                    "refactor",
                    "S",
                    "Turn on TLS on the MLLP listener",
                    ("SEC-TLS01",),
                    ("TLS and certificates",),
                ),
                A(
                    "lis->engine:mllp",
                    "refactor",
                    "S",
                    "Turn on TLS",
                    ("SEC-TLS01",),
                    ("TLS and certificates",),
                ),
                A(
                    "labx",
                    "retire",
                    "S",
                    "Declare or switch off the unknown lab sender",
                    ("OPS-OWN01",),
                ),
            ),
            effort_points=3,
        ),
        Wave(
            1,
            "Stabilise the integration hub",
            (
                A(
                    "engine",
                    "replatform",
                    "L",
                    "Cluster the engine; move scripts into mappings",
                    ("CRIT-SPOF01", "OPS-SCRIPT01"),
                    ("FHIR", "Data governance"),
                ),
                A(
                    "lis",
                    "refactor",
                    "M",
                    "Map local codes to LOINC; expose results over FHIR",
                    ("DATA-LOINC01", "INT-FHIR01"),
                    ("Terminology mapping (LOINC, SNOMED CT)", "FHIR"),
                ),
            ),
            effort_points=13,
            unlocks=("aki", "bed-flow"),
            on_critical_path=True,
        ),
        Wave(
            2,
            "Replace end-of-life systems",
            (
                A("pas", "replace", "XL", "Replace the PAS", ("SEC-EOL01",), ("Data governance",)),
                A("pas-db", "rehost", "M", "Move off MySQL 5.5", ("DB-EOL01",)),
            ),
            effort_points=21,
            unlocks=("sepsis", "readmission"),
            on_critical_path=True,
            move_groups=(("pas", "pas-db"),),
        ),
        Wave(
            3,
            "Medicines",
            (
                A(
                    "pharmacy",
                    "replace",
                    "L",
                    "Replace the pharmacy system",
                    ("SEC-EOL01",),
                    ("AI risk management",),
                ),
            ),
            effort_points=8,
            unlocks=("med-rec",),
        ),
    )


def build_estate_assessment() -> Assessment:
    """The realistic fixture: every section of the report has something to show."""
    scan = ScanMetadata(
        tool_version="0.1.0",
        started_at="2026-11-20T09:00:00+00:00",
        finished_at="2026-11-20T09:04:12+00:00",
        duration_seconds=252.0,
        sources=(
            ScannedSource("feeds/pas_adt.hl7", "hl7v2", messages=4600),
            ScannedSource("feeds/lis_oru.hl7", "hl7v2", messages=5000),
            ScannedSource("feeds/labx.hl7", "hl7v2", messages=40),
            ScannedSource("mysql://pasdb/pas", "database", tables=14),
            ScannedSource("mirth/channels.xml", "engine"),
            ScannedSource("estate.toml", "estate"),
            ScannedSource("feeds/broken.hl7", "hl7v2", errors=2, status="failed"),
        ),
        errors=(
            ScanError("feeds/broken.hl7", "not-hl7", "file does not start with MSH or FHS"),
            ScanError(
                "postgresql://ehrdb/ehr",
                "connection-failed",
                "could not connect: timeout after 10 s",
                "server ehrdb:5432",
            ),
        ),
    )
    inventory = Inventory(
        estate_name="St Elsewhere NHS Trust",
        systems=_systems(),
        stores=_stores(),
        flows=_flows(),
        use_cases=_use_cases(),
        ai_platform="ai",
        unmatched_names=(HOSTILE_MSH3, "GPLINK"),
        scan=scan,
    ).sorted()
    return Assessment(
        inventory=inventory,
        generated_at="2026-11-20T09:05:00+00:00",
        tool_version="0.1.0",
        findings=_findings(),
        scores=_scores(),
        use_cases=_use_cases(),
        readiness=_readiness(),
        waves=_waves(),
        exclusions=(
            Exclusion(
                "HL7V2-V01", "rule", "All feeds are v2.3 by contract; version age is accepted"
            ),
            Exclusion("sched", "component", "Theatre scheduler is being decommissioned in Q1"),
        ),
        overall_readiness=0.34,
        overall_band="not ready",
        overall_confidence=0.72,
        weights={
            "interoperability": 1.0,
            "data-readiness": 1.2,
            "privacy": 1.0,
            "security": 1.5,
            "criticality": 1.0,
            "operability": 0.6,
        },
        reference_data={"HL7 v2 tables": "2.8.2 (2024-01-15)", "LOINC": "2.77 (2024-02-26)"},
    )


def build_empty_assessment() -> Assessment:
    """Nothing was scanned: every section must say it does not apply, not crash or mislead."""
    return Assessment(inventory=Inventory(), generated_at="2026-11-20T09:05:00+00:00")


@pytest.fixture
def estate_assessment() -> Assessment:
    """The 14-system estate with hostile names."""
    return build_estate_assessment()


@pytest.fixture
def empty_assessment() -> Assessment:
    """An assessment of nothing."""
    return build_empty_assessment()


@pytest.fixture(scope="session")
def demo_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``assessor demo`` once per session: the full report and one without the appendix."""
    from click.testing import CliRunner

    from assessor.cli import main

    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(main, ["demo", "-q", "-o", str(out / "full")])
    assert result.exit_code == 0, result.output
    short = CliRunner().invoke(
        main,
        ["report", str(out / "full" / "assessment.json"), "-o", str(out / "short"),
         "--no-appendix", "--format", "html"],
    )  # fmt: skip
    assert short.exit_code == 0, short.output
    return {"full": out / "full" / "roadmap.html", "short": out / "short" / "roadmap.html"}


@pytest.fixture(scope="session")
def no_estate_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A report of two bundled HL7 feeds and no estate file: every system only observed."""
    from click.testing import CliRunner

    from assessor.cli import main

    feeds = Path(__file__).resolve().parents[2] / "sample_feeds" / "hl7"
    out = tmp_path_factory.mktemp("no-estate")
    args = ["assess", str(feeds / "pacs_image_links_2026-03.hl7"),
            str(feeds / "engine_acks_to_pas.hl7"), "--today", "2026-11-25", "-q",
            "--format", "html", "-o", str(out)]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out / "roadmap.html"
