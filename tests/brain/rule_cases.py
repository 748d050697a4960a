"""For every rule: an estate showing its anti-pattern and one showing the best practice.

``FIRES[rule_id]`` and ``CLEAN[rule_id]`` are (inventory, component id) pairs; the rule tests
check the rule fires on the first and stays silent (while observing) on the second.
"""

from __future__ import annotations

from datetime import date

from brain_estates import (
    PHI,
    SEPSIS,
    TODAY,
    chain,
    context,
    flow,
    hub,
    orphan,
    profile,
    store,
    system,
    table,
)
from engine_rule_cases import ENGINE_CLEAN, ENGINE_FIRES

from assessor.model import (
    DataStore,
    FhirCapability,
    FhirResource,
    Finding,
    ForeignKey,
    Inventory,
    PhiClass,
    PhiMark,
    TableColumn,
    TableProfile,
    Transport,
)
from assessor.rules import all_rules, rule_by_id

Case = tuple[Inventory, str]

FULL_FHIR = FhirCapability(
    fhir_version="4.0.1",
    resources=(
        FhirResource("Observation", ("read", "search-type")),
        FhirResource("Patient", ("read", "search-type")),
    ),
    smart_on_fhir=True,
)
PID_FILLED = {"PID-3": 100, "PID-5": 100, "PID-7": 100, "PID-8": 100, "PID-3.4": 100}


def one_flow(**fields: object) -> Case:
    """lis -> ehr with the given flow fields; the component is the flow."""
    inventory = Inventory(
        systems=(system("lis", "lis"), system("ehr", "ehr"), system("ai", "ai-platform")),
        flows=(flow("lis", "ehr", **fields),),
        ai_platform="ai",
        use_cases=(SEPSIS,),
    )
    return inventory, "lis--ehr"


def with_profile(**fields: object) -> Case:
    """An observed flow whose profile has the given fields."""
    return one_flow(observed=True, profile=profile(**fields))


def to_ai(*phi: PhiClass) -> Case:
    """warehouse -> ai carrying ``phi``."""
    inventory = Inventory(
        systems=(system("warehouse", "warehouse"), system("ai", "ai-platform")),
        flows=(flow("warehouse", "ai", phi_classes=phi, tls=True),),
        ai_platform="ai",
    )
    return inventory, "warehouse--ai"


def one_system(kind: str = "lis", **fields: object) -> Case:
    """A single system with the given fields."""
    return Inventory(systems=(system("x", kind, **fields),)), "x"


def one_store(*tables: TableProfile, **fields: object) -> Case:
    """A store of the lis holding ``tables``."""
    inventory = Inventory(
        systems=(system("lis", "lis"),), stores=(store("lis-db", "lis", *tables, **fields),)
    )
    return inventory, "lis-db"


def receiving(*phi: PhiClass, kind: str = "billing") -> Case:
    """pas -> a system of ``kind`` carrying ``phi``; the component is that system."""
    inventory = Inventory(
        systems=(system("pas", "pas"), system(kind, kind)),
        flows=(flow("pas", kind, phi_classes=phi, tls=True),),
    )
    return inventory, kind


def lab_to_ai(transport: Transport) -> Case:
    """lis -> warehouse over ``transport``, then a database extract to the AI platform; the
    component is the lab feed. Sepsis needs its lab results in real time."""
    inventory = Inventory(
        systems=(
            system("lis", "lis"),
            system("warehouse", "warehouse"),
            system("ai", "ai-platform"),
        ),
        flows=(
            flow(
                "lis",
                "warehouse",
                transport=transport,
                message_types={"ORU^R01": 10},
                observed=True,
            ),
            flow("warehouse", "ai", transport=Transport.MLLP, message_types={"ORU^R01": 10}),
        ),
        ai_platform="ai",
        use_cases=(SEPSIS,),
    )
    return inventory, "lis--warehouse"


def spokes(via_engine: bool) -> Case:
    """pas connected to four systems, directly or through an engine."""
    others = ("lis", "ehr", "ris", "billing")
    systems = [system("pas", "pas"), *(system(o, o) for o in others)]
    if via_engine:
        systems.append(system("engine", "interface-engine"))
        flows = [flow("pas", "engine"), *(flow("engine", o) for o in others)]
    else:
        flows = [flow("pas", o) for o in others]
    return Inventory(systems=tuple(systems), flows=tuple(flows)), "pas"


def coded(path: str, system_name: str) -> Case:
    return with_profile(coding_systems={f"{path}|{system_name}": 100})


def phi_column(phi_class: PhiClass) -> TableProfile:
    column = TableColumn("x", "VARCHAR(40)", phi=(PhiMark(phi_class, 0.9),))
    return TableProfile(
        "patient", columns=(TableColumn("id", "INTEGER"), column), primary_key=("id",)
    )


def two_tables(declared: bool) -> Case:
    fk = ForeignKey(("patient_id",), "patient", ("id",), implied=not declared)
    return one_store(
        table("patient", ("id", "INTEGER")),
        table("result", ("id", "INTEGER"), ("patient_id", "INTEGER"), foreign_keys=(fk,)),
    )


def db_engine(version: str) -> Case:
    inventory = Inventory(
        systems=(system("lis", "lis"),),
        stores=(
            DataStore(
                "lis-db",
                "postgresql://lis",
                "postgresql",
                server_version=version,
                product="postgresql",
                system_id="lis",
            ),
        ),
    )
    return inventory, "lis-db"


FIRES: dict[str, Case] = {
    # interoperability
    "HL7V2-V01": one_flow(hl7_versions={"2.2": 10}),
    "HL7V2-Z01": one_flow(observed=True, message_count=10, z_segments=("ZPV",)),
    "HL7V2-D01": with_profile(encoding_characters={"|^~\\&": 90, "|^~\\#": 10}),
    "HL7V2-C01": with_profile(conformance={"required field PID-3 empty": 5}),
    "FHIR-A01": one_system("lis"),
    "FHIR-A02": one_system(
        "ehr", fhir=FhirCapability("4.0.1", resources=(FhirResource("Patient", ("read",)),))
    ),
    "INT-T01": one_flow(transport=Transport.FILE),
    "INT-P01": spokes(via_engine=False),
    # data readiness (feeds)
    "DATA-C01": with_profile(coding_systems={"OBX-3|L": 90, "OBX-3|LN": 10}),
    "DATA-C02": coded("DG1-3", "I9"),
    "DATA-C03": coded("RXE-2", "L"),
    "DATA-C04": coded("RXA-5", "L"),
    "DATA-T01": with_profile(timestamp_precision={"day": 80, "second": 20}),
    "DATA-T02": with_profile(timestamps_with_zone=10),
    "DATA-F01": with_profile(
        segments={"PID": 100}, segment_messages={"PID": 100}, field_fill={**PID_FILLED, "PID-3": 40}
    ),
    "DATA-I01": with_profile(
        segments={"PID": 100},
        segment_messages={"PID": 100},
        field_fill={**PID_FILLED, "PID-3.4": 10},
    ),
    "DATA-X01": with_profile(value_types={"TX": 60, "NM": 40}),
    "DATA-D01": with_profile(control_ids_seen=100, duplicate_control_ids=3),
    "DATA-E01": with_profile(charsets={"8859/1": 100}),
    "DATA-M01": one_flow(message_types={"ADT^A01": 90, "ADT^A40^ADT_A39": 10}, observed=True),
    "DATA-L01": lab_to_ai(Transport.FILE),
    # schema smells
    "DB-PK01": one_store(table("result", ("value", "TEXT"), primary_key=())),
    "DB-FK01": two_tables(declared=False),
    "DB-DT01": one_store(table("result", ("id", "INTEGER"), ("collected_date", "VARCHAR(20)"))),
    "DB-TZ01": one_store(table("visit", ("id", "INTEGER"), ("admitted_at", "DATETIME"))),
    "DB-EAV01": one_store(
        table(
            "patient_attr", ("id", "INTEGER"), ("attr_name", "VARCHAR(40)"), ("attr_value", "TEXT")
        )
    ),
    "DB-WIDE01": one_store(table("episode", *((f"c{i}", "INTEGER") for i in range(80)))),
    "DB-TXT01": one_store(
        table("result", ("id", "INTEGER"), ("comments", "TEXT"), patient_linked=True)
    ),
    "DB-PH01": one_store(phi_column(PhiClass.SSN)),
    "DB-CS01": one_store(table("patient", ("id", "INTEGER"), charset="latin1")),
    "DB-ENG01": one_store(table("patient", ("id", "INTEGER"), engine="MyISAM")),
    "DB-REP01": one_store(
        table("episode", ("id", "INTEGER"), ("dx1", "TEXT"), ("dx2", "TEXT"), ("dx3", "TEXT"))
    ),
    "DB-CODE01": one_store(table("result", ("id", "INTEGER"), ("test_code", "VARCHAR(10)"))),
    "DB-AUD01": one_store(table("result", ("id", "INTEGER"))),
    "DB-TYPE01": one_store(table("report", ("id", "INTEGER"), ("body", "NTEXT"))),
    "DB-IDX01": one_store(table("result", ("value", "TEXT"), primary_key=())),
    # privacy
    "PRIV-S01": one_flow(phi_classes=(PhiClass.NAME, PhiClass.SSN)),
    "PRIV-F01": one_flow(phi_classes=(PhiClass.NAME, PhiClass.FREE_TEXT)),
    "PRIV-R01": receiving(
        PhiClass.NAME, PhiClass.SSN, PhiClass.ADDRESS, PhiClass.HEALTH_PLAN, kind="scheduling"
    ),
    "PRIV-A01": to_ai(PhiClass.NAME, PhiClass.SSN, PhiClass.HEALTH_PLAN),
    # security
    "SEC-T01": one_flow(transport=Transport.MLLP, tls=False, phi_classes=PHI),
    "SEC-H01": one_flow(transport=Transport.FHIR, endpoint="http://ehr-prod:8080/fhir"),
    "SEC-F01": one_flow(
        transport=Transport.FILE, endpoint="smb://dwh-etl/landing", tls=False, phi_classes=PHI
    ),
    "LIFE-S01": one_system("pas", support_end="2023-12-31"),
    "LIFE-D01": db_engine("10.23"),
    # criticality
    "CRIT-S01": (chain(), "mid"),
    "CRIT-B01": (chain(), "mid"),
    "CRIT-H01": (hub(), "engine"),
    # operability
    "OPS-O01": (orphan(), "dictation"),
    "OPS-U01": one_system("lis", declared=False),
    "OPS-X01": one_flow(channel="ADT_Router", custom_script_lines=300),
    "OPS-A01": with_profile(ack_codes={"AA": 90, "AE": 10}),
    "OPS-D01": one_flow(channel="RIS_OLD", enabled=False),
    "OPS-P01": with_profile(processing_ids={"P": 90, "T": 10}),
    "LIFE-S02": one_system("pas", support_end="2027-03-01"),
    "FHIR-M01": with_profile(
        message_types={"ADT^A01^ADT_A01": 100},
        segments={"PID": 100, "ZPV": 100},
        field_fill={"PID-5": 100, "ZPV-1": 100, "ZPV-2": 100, "ZPV-3": 100},
    ),
    "FHIR-M02": with_profile(
        message_types={"DFT^P03^DFT_P03": 100}, segments={"PID": 100}, field_fill={"PID-5": 100}
    ),
}

CLEAN: dict[str, Case] = {
    "HL7V2-V01": one_flow(hl7_versions={"2.5.1": 10}),
    "HL7V2-Z01": one_flow(observed=True, message_count=10),
    "HL7V2-D01": with_profile(encoding_characters={"|^~\\&": 100}),
    "HL7V2-C01": with_profile(),
    "FHIR-A01": one_system("lis", fhir=FULL_FHIR),
    "FHIR-A02": one_system("ehr", fhir=FULL_FHIR),
    "INT-T01": one_flow(transport=Transport.MLLP),
    "INT-P01": spokes(via_engine=True),
    "DATA-C01": coded("OBX-3", "LN"),
    "DATA-C02": coded("DG1-3", "I10"),
    "DATA-C03": coded("RXE-2", "RXNORM"),
    "DATA-C04": coded("RXA-5", "CVX"),
    "DATA-T01": with_profile(timestamp_precision={"minute": 60, "second": 40}),
    "DATA-T02": with_profile(timestamps_with_zone=100),
    "DATA-F01": with_profile(
        segments={"PID": 100}, segment_messages={"PID": 100}, field_fill=PID_FILLED
    ),
    "DATA-I01": with_profile(
        segments={"PID": 100}, segment_messages={"PID": 100}, field_fill=PID_FILLED
    ),
    "DATA-X01": with_profile(value_types={"NM": 100}),
    "DATA-D01": with_profile(control_ids_seen=100),
    "DATA-E01": with_profile(charsets={"UNICODE UTF-8": 100}),
    "DATA-M01": one_flow(message_types={"ADT^A01": 100}, observed=True),
    "DATA-L01": lab_to_ai(Transport.MLLP),
    "DB-PK01": one_store(table("result", ("id", "INTEGER"))),
    "DB-FK01": two_tables(declared=True),
    "DB-DT01": one_store(table("result", ("id", "INTEGER"), ("collected_date", "DATE"))),
    "DB-TZ01": one_store(
        table("visit", ("id", "INTEGER"), ("admitted_at", "TIMESTAMP WITH TIME ZONE"))
    ),
    "DB-EAV01": one_store(table("patient", ("id", "INTEGER"), ("family_name", "VARCHAR(40)"))),
    "DB-WIDE01": one_store(table("episode", *((f"c{i}", "INTEGER") for i in range(3)))),
    "DB-TXT01": one_store(
        table("result", ("id", "INTEGER"), ("value", "NUMERIC"), patient_linked=True)
    ),
    "DB-PH01": one_store(table("result", ("id", "INTEGER"))),
    "DB-CS01": one_store(table("patient", ("id", "INTEGER"), charset="utf8mb4")),
    "DB-ENG01": one_store(table("patient", ("id", "INTEGER"), engine="InnoDB")),
    "DB-REP01": one_store(table("episode", ("id", "INTEGER"), ("dx", "TEXT"))),
    "DB-CODE01": one_store(table("result", ("id", "INTEGER"), ("value", "NUMERIC"))),
    "DB-AUD01": one_store(table("result", ("id", "INTEGER"), ("created_at", "TIMESTAMP"))),
    "DB-TYPE01": one_store(table("report", ("id", "INTEGER"), ("body", "NVARCHAR(MAX)"))),
    "DB-IDX01": one_store(table("result", ("id", "INTEGER"))),
    "PRIV-S01": one_flow(phi_classes=(PhiClass.NAME,)),
    "PRIV-F01": one_flow(phi_classes=(PhiClass.NAME,)),
    "PRIV-R01": receiving(PhiClass.NAME, PhiClass.MRN),
    "PRIV-A01": to_ai(PhiClass.NAME, PhiClass.MRN, PhiClass.DATE),
    "SEC-T01": one_flow(transport=Transport.MLLP, tls=True, phi_classes=PHI),
    "SEC-H01": one_flow(transport=Transport.FHIR, endpoint="https://ehr-prod/fhir"),
    "SEC-F01": one_flow(
        transport=Transport.FILE, endpoint="smb://dwh-etl/landing", tls=True, phi_classes=PHI
    ),
    "LIFE-S01": one_system("pas", support_end="2030-06-30"),
    "LIFE-D01": db_engine("15.2"),
    "CRIT-S01": (hub(), "pas"),
    "CRIT-B01": (chain(), "lis"),
    "CRIT-H01": (chain(), "mid"),
    "OPS-O01": (orphan(), "ehr"),
    "OPS-U01": one_system("lis"),
    "OPS-X01": one_flow(channel="ADT_Router", custom_script_lines=0, sources=("ADT_Router.xml",)),
    "OPS-A01": with_profile(ack_codes={"AA": 100}),
    "OPS-D01": one_flow(channel="ADT_Router", enabled=True),
    "OPS-P01": with_profile(processing_ids={"P": 100}),
    "LIFE-S02": one_system("pas", support_end="2029-12-31"),
    "FHIR-M01": with_profile(
        message_types={"ADT^A04^ADT_A01": 100}, segments={"PID": 100}, field_fill={"PID-5": 100}
    ),
    "FHIR-M02": with_profile(
        message_types={"ADT^A08^ADT_A08": 100}, segments={"PID": 100}, field_fill={"PID-5": 100}
    ),
}


FIRES |= ENGINE_FIRES
CLEAN |= ENGINE_CLEAN


def rule_ids_of(module: str) -> list[str]:
    """Ids of the rules defined in ``assessor.rules.<module>`` (and ``<module>_*``)."""
    return [r.id for r in all_rules() if r.check.__module__.startswith(f"assessor.rules.{module}")]


def run(rule_id: str, case: Case, today: date = TODAY) -> tuple[list[Finding], bool]:
    """The rule's findings on the case's component, and whether it could observe it."""
    inventory, component = case
    outcome = rule_by_id()[rule_id].evaluate(context(inventory, today))
    return [f for f in outcome.findings if f.component == component], component in outcome.observed


def assert_fires(rule_id: str) -> None:
    """The rule fires on its anti-pattern, with evidence."""
    findings, observed = run(rule_id, FIRES[rule_id])
    assert observed and len(findings) == 1
    assert findings[0].evidence and findings[0].title


def assert_clean(rule_id: str) -> None:
    """The rule looks at the best practice and stays silent."""
    findings, observed = run(rule_id, CLEAN[rule_id])
    assert observed and findings == []
