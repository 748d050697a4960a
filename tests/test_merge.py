"""Merging fragments: identity resolution through aliases, and flows and stores that coincide."""

from __future__ import annotations

import itertools
from dataclasses import replace

from assessor.feed_profile import FeedProfile
from assessor.merge import merge_inventories
from assessor.model import (
    DataStore,
    FhirCapability,
    Flow,
    Inventory,
    PhiClass,
    ScanError,
    ScanMetadata,
    ScannedSource,
    System,
    TableProfile,
    Transport,
    UseCase,
)
from assessor.naming import flow_id

ESTATE = "estate.toml"


def declared(system_id: str, name: str, *aliases: str, **fields) -> System:
    return System(
        id=system_id, name=name, aliases=aliases, declared=True, sources=(ESTATE,), **fields
    )


def estate(*systems: System, **fields) -> Inventory:
    return Inventory(
        systems=systems,
        scan=ScanMetadata(sources=(ScannedSource(ESTATE, "estate"),)),
        **fields,
    )


def observed(system_id: str, name: str, *aliases: str, **fields) -> System:
    return System(id=system_id, name=name, aliases=aliases, sources=("feed.hl7",), **fields)


def feed(source: str, target: str, count: int = 1, **fields) -> Flow:
    fields.setdefault("sources", ("feed.hl7",))
    return Flow(
        id=flow_id(source, target, "mllp"),
        source=source,
        target=target,
        transport=Transport.MLLP,
        message_count=count,
        observed=True,
        **fields,
    )


def wire(*systems: System, flows: tuple[Flow, ...] = (), name: str = "feed.hl7") -> Inventory:
    return Inventory(
        systems=systems,
        flows=flows,
        scan=ScanMetadata(sources=(ScannedSource(name, "hl7v2"),)),
    )


PAS = declared("pas", "Meditrak PAS", "PAS", "pas-prod.local:2575", version="5.6")
LIS = declared("lis", "LabWorks", "LAB", "lis-db.local")
HL7 = wire(
    observed("pas", "PAS"),
    observed("lab", "LAB"),
    flows=(feed("pas", "lab", 10),),
)


def test_an_msh3_name_resolves_to_the_declared_system_with_that_alias():
    merged = merge_inventories([estate(PAS, LIS), HL7])
    assert {s.id for s in merged.systems} == {"pas", "lis"}


def test_flows_are_repointed_and_their_ids_recomputed():
    (flow,) = merge_inventories([estate(PAS, LIS), HL7]).flows
    assert (flow.source, flow.target, flow.id) == ("pas", "lis", "pas->lis:mllp")


def test_aliases_match_whatever_the_case_and_punctuation():
    merged = merge_inventories([estate(PAS, LIS), wire(observed("p", "pas_prod.LOCAL-2575"))])
    assert [s.id for s in merged.systems] == ["lis", "pas"]


def test_a_host_and_port_resolves_to_its_system():
    engine_side = wire(observed("pas-prod-local", "pas-prod.local", "pas-prod.local:2575"))
    merged = merge_inventories([estate(PAS), engine_side])
    assert [s.id for s in merged.systems] == ["pas"]


def test_the_first_name_that_matches_decides_when_names_disagree():
    ambiguous = wire(observed("lab-host", "lab-host", "LAB", "PAS"))
    merged = merge_inventories([estate(PAS, LIS), ambiguous])
    lis = next(s for s in merged.systems if s.id == "lis")
    assert "lab-host" in lis.aliases


def test_the_declared_system_wins_field_by_field():
    fhir = FhirCapability(fhir_version="4.0.1")
    scanned = wire(observed("pas", "PAS", version="9.9", vendor="Acme", fhir=fhir))
    (pas,) = merge_inventories([estate(PAS), scanned]).systems
    assert (pas.name, pas.version, pas.vendor, pas.fhir) == ("Meditrak PAS", "5.6", "Acme", fhir)
    assert pas.declared is True


def test_the_merged_system_keeps_the_union_of_aliases_and_sources():
    scanned = wire(observed("pas-x", "PAS", "PASX-HOST"))
    (pas,) = merge_inventories([estate(PAS), scanned]).systems
    assert pas.aliases == ("PAS", "pas-prod.local:2575", "PASX-HOST")
    assert pas.sources == (ESTATE, "feed.hl7")


def test_an_unmatched_system_stays_observed_and_is_reported():
    merged = merge_inventories([estate(PAS), wire(observed("radx", "RADX", "radx-host"))])
    radx = next(s for s in merged.systems if s.id == "radx")
    assert radx.declared is False
    assert merged.unmatched_names == ("RADX", "radx-host")


def test_names_in_another_script_match_only_the_same_name():
    tokyo = declared("tokyo-lab", "Tokyo Lab", "東京検査")
    merged = merge_inventories(
        [estate(tokyo), wire(observed("lab-a", "大阪検査"), observed("lab-b", "東京検査"))]
    )
    assert sorted(s.id for s in merged.systems) == ["lab-a", "tokyo-lab"]
    assert merged.unmatched_names == ("大阪検査",)


def test_a_name_without_letters_or_digits_matches_nothing():
    merged = merge_inventories([estate(declared("pas", "PAS", "--")), wire(observed("x", "^^"))])
    assert sorted(s.id for s in merged.systems) == ["pas", "x"]


def test_matched_names_are_not_reported_as_unmatched():
    assert merge_inventories([estate(PAS, LIS), HL7]).unmatched_names == ()


def test_observed_systems_with_the_same_id_are_one_system():
    one = wire(observed("radx", "RADX"), name="a.hl7")
    two = wire(observed("radx", "RADX", "radx-host"), name="b.hl7")
    (radx,) = merge_inventories([one, two]).systems
    assert radx.aliases == ("radx-host",)


def test_flows_that_share_an_id_after_resolution_are_merged():
    profile = FeedProfile(messages=3, message_types={"ADT^A01^ADT_A01": 3})
    other = FeedProfile(messages=2, message_types={"ADT^A01^ADT_A01": 2})
    first = wire(
        observed("pas", "PAS"),
        observed("lab", "LAB"),
        flows=(feed("pas", "lab", 3, profile=profile, message_types={"ADT^A01": 3}),),
        name="a.hl7",
    )
    second = wire(
        observed("meditrak", "MEDITRAK", "PAS"),
        observed("lis", "LabWorks"),
        flows=(feed("meditrak", "lis", 2, profile=other, message_types={"ADT^A01": 2}),),
        name="b.hl7",
    )
    (flow,) = merge_inventories([estate(PAS, LIS), first, second]).flows
    assert (flow.message_count, flow.message_types) == (5, {"ADT^A01": 5})
    assert flow.profile is not None and flow.profile.messages == 5


def test_merged_flows_unite_their_tuples():
    a = feed("pas", "lab", phi_classes=(PhiClass.NAME,), z_segments=("ZPV",))
    b = feed("pas", "lab", phi_classes=(PhiClass.MRN,), z_segments=("ZAB",), sources=("b",))
    (flow,) = merge_inventories([estate(PAS, LIS), wire(flows=(a,)), wire(flows=(b,))]).flows
    assert (flow.phi_classes, flow.z_segments) == ((PhiClass.MRN, PhiClass.NAME), ("ZAB", "ZPV"))
    assert flow.sources == ("b", "feed.hl7")


def test_a_flow_seen_in_plain_text_once_is_plain_text():
    a = replace(feed("pas", "lis"), tls=True, declared=True, observed=False)
    b = feed("pas", "lis", tls=False)
    (flow,) = merge_inventories([estate(PAS, LIS, flows=(a,)), wire(flows=(b,))]).flows
    assert (flow.tls, flow.declared, flow.observed) == (False, True, True)


def test_a_declared_store_takes_the_tables_of_the_scanned_one():
    declared_store = DataStore("lis-db", "${LIS_DB_URL}", "unknown", system_id="lis", declared=True)
    table = TableProfile(name="result", schema="lab")
    scanned = DataStore(
        "lis-db", "postgresql://u:***@lis-db.local/lis", "postgresql", tables=(table,)
    )
    merged = merge_inventories(
        [estate(LIS, stores=(declared_store,)), Inventory(stores=(scanned,))]
    )
    (store,) = merged.stores
    assert (store.tables, store.declared, store.system_id) == ((table,), True, "lis")
    assert (store.url, store.dialect) == ("postgresql://u:***@lis-db.local/lis", "postgresql")


def test_stores_on_the_same_sqlite_file_are_one_store():
    declared_store = DataStore("legacy", "sqlite:////data/legacy.sqlite", "sqlite", declared=True)
    scanned = DataStore("legacy-sqlite", "sqlite:////data/legacy.sqlite", "sqlite")
    (store,) = merge_inventories(
        [estate(stores=(declared_store,)), Inventory(stores=(scanned,))]
    ).stores
    assert store.id == "legacy"


def test_a_database_host_resolves_the_store_to_its_system():
    scanned = DataStore("lisdb", "postgresql://u:***@lis-db.local:5432/lis", "postgresql")
    (store,) = merge_inventories([estate(LIS), Inventory(stores=(scanned,))]).stores
    assert store.system_id == "lis"


def test_a_store_url_that_does_not_parse_leaves_its_system_unknown():
    scanned = DataStore("odd", "postgresql://u:***@[lis-db.local/x", "postgresql")
    (store,) = merge_inventories([estate(LIS), Inventory(stores=(scanned,))]).stores
    assert store.system_id is None


def test_a_cmdb_system_merges_into_the_estate_file_system_which_wins():
    cmdb = Inventory(
        systems=(
            System(
                id="meditrak-pas",
                name="Meditrak PAS",
                version="5.7",
                owner="PAS Team",
                declared=True,
                sources=("apps.csv",),
            ),
        ),
        scan=ScanMetadata(sources=(ScannedSource("apps.csv", "estate-csv"),)),
    )
    (pas,) = merge_inventories([cmdb, estate(PAS)]).systems
    assert (pas.id, pas.version, pas.owner) == ("pas", "5.6", "PAS Team")


def test_an_observed_engine_resolves_to_the_only_declared_engine():
    engine = declared("engine", "Integration Hub", kind="interface-engine")
    mirth = wire(observed("mirth-connect", "Mirth Connect", kind="interface-engine"))
    assert [s.id for s in merge_inventories([estate(engine), mirth]).systems] == ["engine"]


def test_two_observed_engines_no_name_matches_stay_apart_from_the_only_declared_engine():
    engine = declared("engine", "Integration Hub", kind="interface-engine")
    prod = wire(observed("mirth-connect-prod", "Mirth Connect (PROD)", kind="interface-engine"))
    test = wire(observed("mirth-connect-test", "Mirth Connect (TEST)", kind="interface-engine"))
    merged = merge_inventories([estate(engine), prod, test])
    assert [s.id for s in merged.systems] == ["engine", "mirth-connect-prod", "mirth-connect-test"]


def test_the_merged_engine_runs_the_channels_of_every_export():
    engine = declared("engine", "Integration Hub", "mirth-connect", kind="interface-engine")
    one = wire(observed("mirth-connect", "Mirth Connect", channels=("ADT",)), name="a.xml")
    two = wire(observed("mirth-connect", "Mirth Connect", channels=("ORU",)), name="b.xml")
    (merged,) = merge_inventories([estate(engine), one, two]).systems
    assert merged.channels == ("ADT", "ORU")


def test_the_merged_engine_adds_up_the_script_lines_of_every_export():
    one = wire(observed("mirth-connect", "Mirth Connect", custom_script_lines=5), name="a.xml")
    two = wire(observed("mirth-connect", "Mirth Connect", custom_script_lines=7), name="b.xml")
    (merged,) = merge_inventories([one, two]).systems
    assert merged.custom_script_lines == 12


def test_the_estate_name_ai_platform_and_use_cases_come_through():
    wanted = estate(
        PAS,
        estate_name="St Test",
        ai_platform="pas",
        use_cases=(UseCase(id="sepsis-early-warning", name="", priority=1),),
    )
    merged = merge_inventories([HL7, wanted])
    assert (merged.estate_name, merged.ai_platform) == ("St Test", "pas")
    assert [u.id for u in merged.use_cases] == ["sepsis-early-warning"]


def test_an_inline_use_case_wins_over_a_bare_catalog_id():
    bare = estate(use_cases=(UseCase(id="x", name="", priority=2),))
    inline = Inventory(use_cases=(UseCase(id="x", name="X", freshness="hourly"),))
    (use_case,) = merge_inventories([bare, inline]).use_cases
    assert (use_case.name, use_case.freshness, use_case.priority) == ("X", "hourly", 2)


def test_scan_metadata_is_concatenated_and_sorted():
    failed = ScanError("b.hl7", "not-hl7", "no MSH")
    broken = Inventory(
        scan=ScanMetadata(sources=(ScannedSource("b.hl7", "hl7v2"),), errors=(failed,))
    )
    merged = merge_inventories([broken, estate(PAS)])
    assert [s.source for s in merged.scan.sources] == ["b.hl7", ESTATE]
    assert merged.scan.errors == (failed,)


def test_the_result_does_not_depend_on_the_order_of_the_fragments():
    cmdb = Inventory(
        systems=(System("meditrak", "Meditrak PAS", owner="PAS Team", declared=True),),
        scan=ScanMetadata(sources=(ScannedSource("apps.csv", "estate-csv"),)),
    )
    fragments = [
        estate(PAS, LIS, stores=(DataStore("lis-db", "${X}", "unknown", declared=True),)),
        cmdb,
        wire(
            observed("lab", "LAB", vendor="A"),
            flows=(feed("pas", "lab", 1, endpoint="a:1"),),
            name="a.hl7",
        ),
        wire(
            observed("radx", "RADX"),
            observed("lab", "LAB", "lab-host", vendor="B"),
            flows=(feed("pas", "lab", 2, endpoint="b:2"),),
            name="b.hl7",
        ),
        Inventory(stores=(DataStore("lis-db", "postgresql://lis-db.local/x", "postgresql"),)),
        wire(flows=(feed("pas", "radx", 4),), name="c.hl7"),
    ]
    results = {
        str(merge_inventories(list(order)).to_dict()) for order in itertools.permutations(fragments)
    }
    assert len(results) == 1


def test_merging_nothing_gives_an_empty_inventory():
    assert merge_inventories([]) == Inventory()


# --- one flow per link ---------------------------------------------------------------------


def channel_flow(source: str, target: str, channel: str, **fields) -> Flow:
    fields.setdefault("sources", (f"{channel}.xml",))
    return Flow(
        id=flow_id(source, target, "mllp", channel),
        source=source,
        target=target,
        transport=Transport.MLLP,
        channel=channel,
        **fields,
    )


def test_an_archive_a_capture_and_a_channel_export_of_one_link_are_one_flow():
    archive = replace(
        feed("pas", "engine", 1000, sources=("pas_adt.hl7",)),
        id=flow_id("pas", "engine", "unknown"),
        transport=Transport.UNKNOWN,
    )
    capture = feed("pas", "engine", 150, tls=False, sources=("port6661.mllp",))
    export = channel_flow("pas", "engine", "ADT Router", endpoint="0.0.0.0:6661")
    merged = merge_inventories(
        [wire(flows=(archive,)), wire(flows=(capture,)), wire(flows=(export,))]
    )
    (link,) = merged.flows
    assert (link.transport, link.channel, link.tls) == (Transport.MLLP, "ADT Router", False)
    assert link.sources == ("ADT Router.xml", "pas_adt.hl7", "port6661.mllp")
    assert link.message_count == 1150


def test_two_channels_between_the_same_systems_are_two_links():
    adt = channel_flow("engine", "ehr", "ADT Router")
    oru = channel_flow("engine", "ehr", "LIS Results")
    assert len(merge_inventories([wire(flows=(adt, oru))]).flows) == 2


def test_evidence_without_a_channel_joins_the_channel_carrying_its_message_types():
    adt = channel_flow("engine", "ehr", "ADT Router", message_types={"ADT^A01": 0})
    oru = channel_flow("engine", "ehr", "LIS Results", message_types={"ORU^R01": 0})
    capture = feed("engine", "ehr", 40, message_types={"ORU^R01": 40})
    flows = {f.channel: f for f in merge_inventories([wire(flows=(adt, oru, capture))]).flows}
    assert set(flows) == {"ADT Router", "LIS Results"}
    assert flows["LIS Results"].message_count == 40 and flows["ADT Router"].message_count == 0


def test_evidence_that_fits_two_links_equally_stays_a_flow_of_its_own():
    adt = channel_flow("engine", "ehr", "ADT Router")
    oru = channel_flow("engine", "ehr", "LIS Results")
    capture = feed("engine", "ehr", 40)
    assert len(merge_inventories([wire(flows=(adt, oru, capture))]).flows) == 3


def test_two_known_transports_between_the_same_systems_are_two_links():
    mllp = feed("pas", "billing", 10)
    batch = replace(feed("pas", "billing", 5), id=flow_id("pas", "billing", "file"))
    batch = replace(batch, transport=Transport.FILE)
    assert len(merge_inventories([wire(flows=(mllp, batch))]).flows) == 2


# --- names ---------------------------------------------------------------------------------


def test_an_engine_and_its_production_name_are_one_engine():
    plain = wire(observed("mirth-connect", "Mirth Connect", kind="interface-engine"))
    prod = wire(observed("mirth-connect-prod", "Mirth Connect (PROD)", kind="interface-engine"))
    engine = declared("engine", "Integration Hub", kind="interface-engine")
    merged = merge_inventories([estate(engine), plain, prod])
    assert [s.id for s in merged.systems] == ["engine"]


def test_an_engines_test_instance_is_another_engine():
    plain = wire(observed("mirth-connect", "Mirth Connect", kind="interface-engine"))
    test = wire(observed("mirth-connect-test", "Mirth Connect (TEST)", kind="interface-engine"))
    assert len(merge_inventories([plain, test]).systems) == 2


def test_names_differing_only_in_whitespace_are_one_unmatched_name():
    one = wire(observed("dmcoe", "DMCOE"))
    two = wire(observed("dmcoe", "DMCOE "), name="other.hl7")
    assert merge_inventories([one, two]).unmatched_names == ("DMCOE",)


def test_the_estates_capacity_comes_through():
    assert (
        merge_inventories([estate(PAS, capacity_days_per_month=30.0), HL7]).capacity_days_per_month
        == 30.0
    )
