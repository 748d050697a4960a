"""The data model every stage shares: what was scanned (Inventory) and what it means (Assessment).

Frozen dataclasses that round-trip through JSON (``to_dict`` / ``from_dict``). Collections are
tuples kept in a stable order and mappings are plain dicts serialised with sorted keys, so the
same inputs give byte-identical JSON. No field ever holds a patient's value: counts, field
paths, PHI classes and masked shapes only.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Any, Self

from assessor.feed_profile import FeedProfile
from assessor.serialization import from_plain, to_plain

SCHEMA_VERSION = "1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Assessment",
    "ComponentScore",
    "DataDomain",
    "DataStore",
    "Dimension",
    "DomainReadiness",
    "EffortDays",
    "EngineChannel",
    "EngineCodeTemplate",
    "EngineConnector",
    "EngineInventory",
    "Evidence",
    "Exclusion",
    "FeedMappability",
    "FeedProfile",
    "FhirCapability",
    "FhirResource",
    "FieldRequirement",
    "Finding",
    "Flow",
    "ForeignKey",
    "Index",
    "Inventory",
    "PhiClass",
    "PhiMark",
    "Pin",
    "RoadmapAction",
    "ScanError",
    "ScanMetadata",
    "ScannedSource",
    "Schedule",
    "ScoreTerm",
    "Severity",
    "System",
    "TableColumn",
    "TableProfile",
    "Transport",
    "UseCase",
    "UseCaseBlocker",
    "UseCaseReadiness",
    "UseCaseTiming",
    "Wave",
]


class Dimension(StrEnum):
    """The six dimensions along which a component can block AI adoption."""

    INTEROPERABILITY = "interoperability"
    DATA_READINESS = "data-readiness"
    PRIVACY = "privacy"
    SECURITY = "security"
    CRITICALITY = "criticality"
    OPERABILITY = "operability"


class Severity(StrEnum):
    """How bad one finding is, before the component's impact is weighed."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class PhiClass(StrEnum):
    """HIPAA Safe Harbor identifier classes, plus free text and PHI of unknown class."""

    NAME = "name"
    ADDRESS = "address"
    DATE = "date"
    PHONE = "phone"
    FAX = "fax"
    EMAIL = "email"
    SSN = "ssn"
    MRN = "mrn"
    HEALTH_PLAN = "health-plan"
    ACCOUNT = "account"
    LICENCE = "licence"
    DEVICE_ID = "device-id"
    VEHICLE_ID = "vehicle-id"
    URL = "url"
    IP = "ip"
    BIOMETRIC = "biometric"
    PHOTO = "photo"
    OTHER_ID = "other-id"
    FREE_TEXT = "free-text"
    UNKNOWN = "unknown"


class Transport(StrEnum):
    """How a flow moves data."""

    MLLP = "mllp"
    FILE = "file"
    DATABASE = "database"
    HTTP = "http"
    FHIR = "fhir"
    DICOM = "dicom"
    ENGINE_CHANNEL = "engine-channel"
    OTHER = "other"
    UNKNOWN = "unknown"


class _Model:
    """JSON round trip shared by every model class."""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: enums as values, tuples as lists, dicts with sorted keys."""
        return to_plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild from what ``to_dict`` produced; unknown keys are ignored."""
        return from_plain(cls, data)

    def evolve(self, **changes: Any) -> Self:
        """A copy with ``changes``, as ``dataclasses.replace`` makes it, at a tenth of its cost
        (a large schema's scan makes tens of thousands).

        A model object holds its fields and nothing else, and its ``__init__`` only sets them,
        so the copy is its ``__dict__`` with the changes, set without ``__init__``: a frozen
        dataclass's ``__init__`` sets each field through ``object.__setattr__``, three times
        the cost. A class where that does not hold is built through its ``__init__``.
        """
        cls = type(self)
        names = _fields_by_dict(cls)
        own = self.__dict__
        if names is None or len(own) != len(names) or not changes.keys() <= names:
            return cls(**{**own, **changes})  # an unknown name raises here, as replace() does
        copy = object.__new__(cls)
        values = copy.__dict__
        values.update(own)
        values.update(changes)
        return copy


@cache
def _fields_by_dict(cls: type) -> frozenset[str] | None:
    """The field names of a model class whose copies :meth:`_Model.evolve` may make from an
    instance's ``__dict__``: a dataclass without slots whose ``__init__`` sets every field and
    runs nothing more (no ``__post_init__``); None for any other class."""
    if not is_dataclass(cls) or hasattr(cls, "__slots__") or hasattr(cls, "__post_init__"):
        return None
    found = fields(cls)
    if not all(f.init for f in found):
        return None
    return frozenset(f.name for f in found)


# --- evidence and errors -----------------------------------------------------------------


@dataclass(frozen=True)
class Evidence(_Model):
    """Where a fact was observed: a file and message ordinal, a table and column, a channel.

    ``detail`` names a location or a masked shape, never a value from a record.
    """

    source: str
    detail: str = ""
    count: int | None = None


@dataclass(frozen=True)
class ScanError(_Model):
    """Something that could not be read; the rest of the scan went on.

    ``kind`` is a stable classification (``unreadable-file``, ``not-hl7``, ``truncated-message``,
    ``permission-denied``, ``connection-failed``, ``driver-missing``, ...); ``location`` narrows
    it down (``message 17``, ``table lab.result``). The message never holds a patient value or a
    password.
    """

    source: str
    kind: str
    message: str
    location: str = ""


@dataclass(frozen=True)
class ScannedSource(_Model):
    """One input the scan looked at and what came of it."""

    source: str
    kind: str
    messages: int = 0
    tables: int = 0
    bytes: int = 0
    errors: int = 0
    status: str = "ok"  # ok | partial | failed | skipped
    reason: str = ""  # why a skipped input was not read (a FIFO, binary content, ...)


@dataclass(frozen=True)
class ScanMetadata(_Model):
    """What the scan read, what failed and when it ran.

    ``started_at``, ``finished_at`` and ``duration_seconds`` are the only fields that differ
    between two scans of the same inputs.
    """

    tool_version: str = ""
    started_at: str = ""
    finished_at: str = ""
    duration_seconds: float = 0.0
    sources: tuple[ScannedSource, ...] = ()
    errors: tuple[ScanError, ...] = ()


# --- systems -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Pin(_Model):
    """A decision the architect made by hand for one component, and why.

    Any of disposition, wave and effort (person-days) may be pinned; the roadmap keeps the pinned
    value and shows what the tool would have proposed next to it.
    """

    reason: str
    disposition: str | None = None
    wave: int | None = None
    effort_days: float | None = None


@dataclass(frozen=True)
class FhirResource(_Model):
    """One resource type a FHIR server exposes."""

    type: str
    interactions: tuple[str, ...] = ()
    search_params: tuple[str, ...] = ()
    profiles: tuple[str, ...] = ()


@dataclass(frozen=True)
class FhirCapability(_Model):
    """What a system's FHIR CapabilityStatement says it serves."""

    fhir_version: str
    source: str = ""
    software: str = ""
    resources: tuple[FhirResource, ...] = ()
    smart_on_fhir: bool = False
    us_core_profiles: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()


@dataclass(frozen=True)
class System(_Model):
    """An application or device that sends or receives data."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    vendor: str | None = None
    product: str | None = None
    version: str | None = None
    hosting: str | None = None
    owner: str | None = None
    support_end: str | None = None  # ISO date
    criticality: str | None = None  # low | medium | high | critical
    fhir: FhirCapability | None = None
    declared: bool = False
    sources: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()  # interface engine: names of the channels it runs
    # interface engine: lines of custom JavaScript in all its channels, those with no flow too
    custom_script_lines: int = 0
    engine: EngineInventory | None = None  # interface engine: its channel inventory
    # HL7 v2: the facilities (MSH-4/MSH-6) it was seen at; one name at two is two systems
    facilities: tuple[str, ...] = ()
    external: bool = False  # run by a partner the hospital does not control
    pin: Pin | None = None  # decisions pinned by hand in the estate file


# --- interface-engine channel inventory ----------------------------------------------------


@dataclass(frozen=True)
class EngineConnector(_Model):
    """One source or destination connector of an engine channel, measured, never copied.

    ``kind`` is the connector family (``mllp``, ``tcp``, ``http``, ``file``, ``sftp``, ``ftp``,
    ``database-reader``, ``database-writer``, ``javascript``, ``web-service``, ``channel``,
    ``dicom``, ``smtp``, ``document``, ``other``); ``steps`` counts filter rules and transformer
    steps by kind (``mapper``, ``message-builder``, ``javascript``, ``xslt``, ``iterator``,
    ``rule-builder``, ...); ``script_lines`` the lines of JavaScript per script of the connector
    (``filter``, ``transformer``, ``response-transformer``, ``connector``).
    """

    name: str
    role: str  # source | destination
    kind: str
    transport: str = ""  # Mirth's transportName as written
    enabled: bool = True
    inbound_data_type: str | None = None
    outbound_data_type: str | None = None
    steps: dict[str, int] = field(default_factory=dict)
    script_lines: dict[str, int] = field(default_factory=dict)
    endpoint: str | None = None  # host:port, path or masked URL
    encrypted: bool | None = None  # None: unknown
    queued: bool | None = None
    target_channel: str | None = None  # Channel Writer: the id of the channel it writes to


@dataclass(frozen=True)
class EngineChannel(_Model):
    """One channel of an engine: what it connects, how much code it hides, where it routes.

    ``script_lines`` holds the lines of JavaScript per script (``deploy``, ``preprocessor``,
    ``source.transformer``, ``destination 2.filter``, ...); ``sandbox_escapes`` counts calls out
    of the script sandbox by marker (``java.``, ``Packages.``, ``importPackage``, ...);
    ``routes_to`` the ids or names of channels it sends to (Channel Writers and
    ``router.routeMessage``). Pruning days are ``None`` when the channel keeps messages forever.
    """

    id: str
    name: str
    enabled: bool = True
    source: EngineConnector | None = None
    destinations: tuple[EngineConnector, ...] = ()
    script_lines: dict[str, int] = field(default_factory=dict)
    sandbox_escapes: dict[str, int] = field(default_factory=dict)
    code_templates: tuple[str, ...] = ()  # code template libraries it includes
    routes_to: tuple[str, ...] = ()
    message_storage: str | None = None  # DEVELOPMENT | PRODUCTION | RAW | METADATA | DISABLED
    prune_metadata_days: int | None = None
    prune_content_days: int | None = None
    pruning_known: bool = False  # the export carried the channel's pruning settings
    initial_state: str | None = None  # STARTED | PAUSED | STOPPED
    encrypt_data: bool | None = None  # the message store encrypted
    version: str | None = None
    source_file: str = ""

    @property
    def total_script_lines(self) -> int:
        """Lines of JavaScript in all the channel's scripts."""
        return sum(self.script_lines.values())

    @property
    def connectors(self) -> tuple[EngineConnector, ...]:
        """The source connector, then the destinations."""
        return ((self.source,) if self.source else ()) + self.destinations


@dataclass(frozen=True)
class EngineCodeTemplate(_Model):
    """A code template library shared by channels: its size and which channels include it."""

    name: str
    templates: int = 0
    lines: int = 0
    sandbox_escapes: dict[str, int] = field(default_factory=dict)
    channels: tuple[str, ...] = ()  # ids of the channels that include it


@dataclass(frozen=True)
class EngineInventory(_Model):
    """What an interface engine runs: its channels, shared code and global scripts.

    Built from channel exports and server backups; scripts are measured (lines, sandbox escapes,
    routing calls) and never kept. ``resources`` counts custom library resources (jars) a backup
    declares beyond Mirth's default one.
    """

    product: str = "Mirth Connect"
    version: str | None = None
    channels: tuple[EngineChannel, ...] = ()
    code_templates: tuple[EngineCodeTemplate, ...] = ()
    global_script_lines: dict[str, int] = field(default_factory=dict)
    global_sandbox_escapes: dict[str, int] = field(default_factory=dict)
    custom_resources: int = 0
    pruner_enabled: bool | None = None  # the server's Data Pruner, when a backup says
    sources: tuple[str, ...] = ()

    def merge(self, other: EngineInventory) -> EngineInventory:
        """The inventory of one engine seen through two exports: channels and libraries by id."""
        channels = {c.id: c for c in (*other.channels, *self.channels)}
        templates = {t.name: t for t in (*other.code_templates, *self.code_templates)}
        versions = sorted({v for v in (self.version, other.version) if v}, key=_version_key)
        return EngineInventory(
            product=self.product or other.product,
            version=versions[-1] if versions else None,
            channels=tuple(sorted(channels.values(), key=lambda c: (c.name, c.id))),
            code_templates=tuple(sorted(templates.values(), key=lambda t: t.name)),
            global_script_lines=self.global_script_lines or other.global_script_lines,
            global_sandbox_escapes=self.global_sandbox_escapes or other.global_sandbox_escapes,
            custom_resources=max(self.custom_resources, other.custom_resources),
            pruner_enabled=(
                self.pruner_enabled if self.pruner_enabled is not None else other.pruner_enabled
            ),
            sources=tuple(sorted({*self.sources, *other.sources})),
        )


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())


# --- data stores -------------------------------------------------------------------------


@dataclass(frozen=True)
class PhiMark(_Model):
    """A PHI class found in a column or a feed, with how sure we are and why."""

    phi_class: PhiClass
    confidence: float
    signals: tuple[str, ...] = ()  # e.g. "name:dob", "context:patient-linked", "values:0.97"
    # Why, in words a reader can check: the name's tokens, the column's type, the keys that
    # link the row to a patient, the sampled shape. Never a value.
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableColumn(_Model):
    """One column of a table or view."""

    name: str
    type: str
    nullable: bool = True
    default: str | None = None
    comment: str | None = None
    phi: tuple[PhiMark, ...] = ()

    @staticmethod
    def read(
        name: str, type_name: str, nullable: bool, default: str | None, comment: str | None
    ) -> TableColumn:
        """A column as a catalog query reads it, no PHI yet: built as :meth:`with_phi` builds
        its copy (the fields' ``__dict__``, no ``__init__``), at a third of the cost; a large
        schema's reflection makes tens of thousands."""
        column = object.__new__(TableColumn)
        column.__dict__.update(
            name=name, type=type_name, nullable=nullable, default=default, comment=comment, phi=()
        )
        return column

    def with_phi(self, phi: tuple[PhiMark, ...]) -> TableColumn:
        """The same column with these PHI marks: the copy a scan makes of every marked column
        (tens of thousands in a large schema), made as :meth:`evolve` makes it (the fields'
        ``__dict__``, no ``__init__``) without its checks, which this class passes."""
        copy = object.__new__(TableColumn)
        copy.__dict__.update(self.__dict__, phi=phi)
        return copy


@dataclass(frozen=True)
class ForeignKey(_Model):
    """A relationship, declared in the schema or implied by names and types."""

    columns: tuple[str, ...]
    referred_table: str
    referred_columns: tuple[str, ...]
    referred_schema: str | None = None
    implied: bool = False
    confidence: float = 1.0
    name: str | None = None


@dataclass(frozen=True)
class Index(_Model):
    """An index or a unique constraint."""

    columns: tuple[str, ...]
    name: str | None = None
    unique: bool = False


@dataclass(frozen=True)
class TableProfile(_Model):
    """The shape of one table or view: columns, keys, size, PHI and smells."""

    name: str
    schema: str | None = None
    kind: str = "table"  # table | view
    columns: tuple[TableColumn, ...] = ()
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[Index, ...] = ()
    estimated_rows: int | None = None
    rows_exact: bool = False
    comment: str | None = None
    engine: str | None = None  # MyISAM, InnoDB, ...
    charset: str | None = None
    patient_linked: bool = False
    smells: tuple[str, ...] = ()  # rule ids of schema smells seen on this table

    @property
    def qualified_name(self) -> str:
        """``schema.table``, or the bare name where the dialect has no schemas."""
        return f"{self.schema}.{self.name}" if self.schema else self.name


@dataclass(frozen=True)
class DataStore(_Model):
    """A database, reflected read-only, attached to the system that owns it."""

    id: str
    url: str  # always masked: no password
    dialect: str
    server_version: str | None = None
    product: str | None = None  # e.g. "postgresql", "mariadb", "mysql", "sqlite"
    system_id: str | None = None
    schemas: tuple[str, ...] = ()
    tables: tuple[TableProfile, ...] = ()
    routines: int | None = None
    triggers: int | None = None
    charset: str | None = None
    declared: bool = False
    sources: tuple[str, ...] = ()


# --- flows -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Flow(_Model):
    """Data moving from one system to another over a transport.

    ``profile`` is the full statistics of an observed HL7 v2 feed; the summary fields
    (``message_types``, ``hl7_versions``, ``phi_classes``...) are filled for every flow, whatever
    its origin, so rules need not know where a flow came from.
    """

    id: str
    source: str  # System.id
    target: str  # System.id
    transport: Transport = Transport.UNKNOWN
    message_types: dict[str, int] = field(default_factory=dict)  # "ADT^A01" -> count
    hl7_versions: dict[str, int] = field(default_factory=dict)
    z_segments: tuple[str, ...] = ()
    phi_classes: tuple[PhiClass, ...] = ()
    tls: bool | None = None  # None: unknown
    message_count: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    channel: str | None = None  # interface-engine channel name
    enabled: bool = True
    custom_script_lines: int = 0
    endpoint: str | None = None  # host:port, path or masked URL
    declared: bool = False
    observed: bool = False
    profile: FeedProfile | None = None
    conformance: dict[str, int] = field(default_factory=dict)  # problem kind -> count
    sources: tuple[str, ...] = ()
    # a batch flow's delivery cadence, declared or observed (real-time | hourly | daily | weekly)
    cadence: str | None = None


# --- use cases ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldRequirement(_Model):
    """Fields a use case needs filled in the messages of one type and trigger event.

    ``event`` is ``ADT^A03`` (that event only) or a bare family ``ADT`` (every event of it).
    """

    event: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class DataDomain(_Model):
    """One kind of data a use case needs (encounters, lab results...), what evidence supplies it,
    and what that evidence must meet.

    A domain is supplied by systems of ``source_kinds`` and reaches the AI platform as HL7 v2
    messages of ``message_types`` (type and trigger event), as FHIR ``fhir_resources`` served by
    the sender, or over a transport whose payload is this data by nature (``transports``:
    ``dicom`` for images). ``coding`` names the code system ``coded_field`` must use in at least
    ``coding_minimum`` of its values; ``freshness`` is the latency it tolerates ("" : the use
    case's). A ``from-ai`` domain is written back by the AI platform into a system of
    ``source_kinds`` (a note into the EHR): a flow from the platform, or a FHIR API of that system
    that accepts create or update of ``fhir_resources``, supplies it.
    """

    name: str
    source_kinds: tuple[str, ...] = ()
    message_types: tuple[str, ...] = ()
    fhir_resources: tuple[str, ...] = ()
    transports: tuple[str, ...] = ()
    fields: tuple[FieldRequirement, ...] = ()
    coding: str | None = None
    coded_field: str | None = None
    coding_minimum: float = 0.0
    freshness: str = ""
    direction: str = "to-ai"  # to-ai | from-ai (the AI platform writes it into source_kinds)


@dataclass(frozen=True)
class UseCase(_Model):
    """An AI use case and the data it needs to run."""

    id: str
    name: str
    description: str = ""
    message_types: tuple[str, ...] = ()  # "ORU^R01", "ADT^A01", ...
    segments: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()  # "OBX-3", "PID-7", ...
    source_kinds: tuple[str, ...] = ()  # System.kind values whose data it needs: "lis", "pas"
    phi_classes: tuple[PhiClass, ...] = ()
    freshness: str = "daily"  # real-time | hourly | daily
    coding: tuple[str, ...] = ()  # LOINC, SNOMED CT, ICD-10, RxNorm, CVX
    priority: int | None = None
    domains: tuple[DataDomain, ...] = ()  # empty: one domain made of the fields above
    references: tuple[str, ...] = ()  # published sources its data requirements follow


# --- the inventory -----------------------------------------------------------------------


@dataclass(frozen=True)
class Inventory(_Model):
    """Everything the connectors found: systems, data stores, flows and how the scan went."""

    schema_version: str = SCHEMA_VERSION
    estate_name: str | None = None
    systems: tuple[System, ...] = ()
    stores: tuple[DataStore, ...] = ()
    flows: tuple[Flow, ...] = ()
    use_cases: tuple[UseCase, ...] = ()  # wanted by the estate; empty means the whole catalog
    ai_platform: str | None = None  # System.id
    unmatched_names: tuple[str, ...] = ()  # seen on the wire, not in the estate
    scan: ScanMetadata = field(default_factory=ScanMetadata)
    capacity_days_per_month: float | None = None  # the estate's delivery capacity, if declared

    def sorted(self) -> Inventory:
        """The same inventory in the canonical order that makes its JSON stable."""
        return replace(
            self,
            systems=tuple(sorted(self.systems, key=lambda s: s.id)),
            stores=tuple(sorted(self.stores, key=lambda s: s.id)),
            flows=tuple(sorted(self.flows, key=lambda f: f.id)),
            use_cases=tuple(sorted(self.use_cases, key=lambda u: u.id)),
            unmatched_names=tuple(sorted(set(self.unmatched_names))),
            scan=replace(
                self.scan,
                sources=tuple(sorted(self.scan.sources, key=lambda s: (s.source, s.kind))),
                errors=tuple(sorted(self.scan.errors, key=_error_order)),
            ),
        )


def _error_order(error: ScanError) -> tuple[str, str, str, str]:
    return (error.source, error.location, error.kind, error.message)


# --- the assessment ----------------------------------------------------------------------


@dataclass(frozen=True)
class Finding(_Model):
    """One observed problem on one component, with its evidence and what to do about it."""

    rule_id: str
    dimension: Dimension
    severity: Severity
    component: str  # System.id, DataStore.id or Flow.id
    title: str
    evidence: tuple[Evidence, ...] = ()
    remediation: str = ""


@dataclass(frozen=True)
class ScoreTerm(_Model):
    """One addend of a score: how many points and which finding or graph fact gave them."""

    label: str
    points: float
    dimension: Dimension | None = None
    rule_id: str | None = None
    fact: str | None = None  # graph fact, e.g. "articulation point", "betweenness 0.41"


@dataclass(frozen=True)
class ComponentScore(_Model):
    """How much one component blocks AI adoption, and exactly why."""

    component: str
    component_type: str  # system | store | flow
    name: str
    priority: float  # blocking priority, the sum of ``breakdown``
    dimensions: dict[str, float | None] = field(
        default_factory=dict,
        metadata={
            "doc": "Per dimension, the value the priority uses: the worst finding's severity "
            "points times the dimension weight (criticality: the component's criticality); "
            "0 when observed and clean, null when no rule could observe it."
        },
    )
    confidence: float = field(
        default=0.0,
        metadata={
            "doc": "Evidence coverage in [0, 1]: the share of the facts deciding this score and "
            "its use-case verdicts that the scan observed; declared facts earn a lower credit, "
            "unobserved ones none, not-applicable ones count neither way (docs/scoring.md)."
        },
    )
    criticality: float = 0.0
    is_hub: bool = False
    use_cases_blocked: tuple[str, ...] = ()
    disposition: str = "retain"  # retain | retire | rehost | replatform | refactor | replace
    effort: str = "M"  # S | M | L | XL
    gated: tuple[str, ...] = ()  # hard gates that hold the score up
    breakdown: tuple[ScoreTerm, ...] = ()


@dataclass(frozen=True)
class UseCaseBlocker(_Model):
    """A component that stands between a use case and its data, and the rules that say so."""

    component: str
    rule_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class DomainReadiness(_Model):
    """Whether one data domain of a use case reaches the AI platform as the use case needs.

    ``latency`` is the best latency class of an evidenced route (``real-time``, ``hourly``,
    ``daily``, ``batch``: a batch of unknown cadence), "" when no route is evidenced.
    ``coding_share`` is the lowest share of standard-coded values seen on its path; None when
    the domain demands no coding or none was observed. ``missing_evidence``: the facts whose
    absence makes it unknown; ``caveats``: facts not observed that leave the status as it is
    but would block it if found wanting (a needed field's fill that no profile showed).
    ``fhir_feeds``: where the domain is read over FHIR, one sentence per HL7 v2 feed carrying
    it, saying whether its IG map yields the resources the domain needs (a gap blocks the
    domain: :mod:`assessor.fhir_readiness`).
    """

    domain: str
    status: str  # ready | blocked | unknown
    latency: str = ""
    coding_share: float | None = None
    missing_evidence: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    fhir_feeds: tuple[str, ...] = ()


@dataclass(frozen=True)
class UseCaseReadiness(_Model):
    """Whether one AI use case can run on the estate as it is.

    ``missing_evidence`` lists the facts whose absence leaves it unknown (never set on a ready
    use case); ``caveats`` the facts not observed that leave the status as it is but would
    block it if found wanting: a ready use case "can run today, provided" each caveat holds.
    """

    use_case: str
    status: str  # ready | blocked | unknown
    blocked_by: tuple[UseCaseBlocker, ...] = ()
    missing_evidence: tuple[str, ...] = ()
    path: tuple[str, ...] = ()  # components on the data path to the AI platform
    domains: tuple[DomainReadiness, ...] = ()  # per data domain, sorted by name
    caveats: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoadmapAction(_Model):
    """What to do with one component in a wave."""

    component: str
    disposition: str
    effort: str
    rationale: str = ""
    rule_ids: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    unlocks: tuple[str, ...] = ()  # use cases whose last remaining blocker this action clears
    days: EffortDays | None = None  # person-days, sized from what was scanned
    owner: str | None = None  # the owner the estate declares for the component
    external: bool = False  # a partner's system: the action is coordination, not change
    after: tuple[str, ...] = ()  # components whose actions must happen before this one
    deadline: str | None = None  # support end date (ISO) the action must beat
    deadline_note: str = ""  # plain words when no plan can meet the deadline
    pinned: tuple[str, ...] = ()  # which of disposition, wave, effort were pinned by hand
    pin_reason: str = ""
    proposed: dict[str, str] = field(default_factory=dict)  # what the tool would have chosen


@dataclass(frozen=True)
class EffortDays(_Model):
    """Person-days for one action: a low / likely / high range and what it was sized from."""

    low: float
    likely: float
    high: float
    basis: tuple[str, ...] = ()  # the sizing terms, e.g. "4 interfaces re-pointed x 3 d"


@dataclass(frozen=True)
class UseCaseTiming(_Model):
    """When one use case becomes ready: after which wave, in which month of the plan."""

    use_case: str
    wave: int
    month: int  # 1-based month of the plan in which the wave ends
    month_label: str  # the calendar month, ``YYYY-MM``


@dataclass(frozen=True)
class Schedule(_Model):
    """The calendar of the roadmap: capacity, plan start, critical path and time to value."""

    capacity_days_per_month: float
    capacity_source: str  # estate | config | default
    plan_start: str  # ISO date the plan's month 1 starts
    wave_months: float  # at most this many months of capacity per wave
    total_months: float = 0.0
    total_days: float = 0.0
    critical_path_months: float = 0.0
    critical_path_days: float = 0.0
    use_cases: tuple[UseCaseTiming, ...] = ()
    deadline_misses: tuple[str, ...] = ()  # plain sentences: which deadline no plan can meet
    pinned: tuple[str, ...] = ()  # components with a decision pinned by hand


@dataclass(frozen=True)
class Wave(_Model):
    """A set of actions that can proceed together once the waves before it are done."""

    number: int  # 0 is the quick-win lane
    name: str
    actions: tuple[RoadmapAction, ...] = ()
    effort_points: int = 0  # likely person-days of its actions, rounded (see ``days``)
    unlocks: tuple[str, ...] = ()  # use-case ids ready once this wave is done
    move_groups: tuple[tuple[str, ...], ...] = ()  # components in a cycle, migrated together
    on_critical_path: bool = False
    days: float = 0.0  # likely person-days of its actions
    start_month: int = 0  # 1-based month of the plan it starts in
    end_month: int = 0  # 1-based month of the plan it ends in
    starts: str = ""  # calendar month, YYYY-MM
    ends: str = ""
    # Use cases whose last blocker this wave clears, still awaiting data evidence (not promised).
    clears: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exclusion(_Model):
    """A rule switched off or a component left out by the user, and why."""

    target: str  # a rule id or a component id
    kind: str  # rule | component
    reason: str


@dataclass(frozen=True)
class Effort(_Model):
    """Person-days as a range: low, likely, high (an engine migration's, see
    :mod:`assessor.engine_migration`)."""

    low: float = 0.0
    likely: float = 0.0
    high: float = 0.0

    def __add__(self, other: Effort) -> Effort:
        return Effort(self.low + other.low, self.likely + other.likely, self.high + other.high)

    def times(self, factor: float) -> Effort:
        """The same range ``factor`` times over."""
        return Effort(self.low * factor, self.likely * factor, self.high * factor)


@dataclass(frozen=True)
class ChannelEffort(_Model):
    """What moving one channel costs on each target, and what drives it."""

    channel_id: str
    name: str
    enabled: bool
    fork: Effort
    rebuild: Effort
    script_lines: int
    drivers: tuple[str, ...] = ()


@dataclass(frozen=True)
class MigrationWave(_Model):
    """Channels that move together, and why."""

    number: int
    channels: tuple[str, ...]  # channel names
    reasons: tuple[str, ...]
    fork: Effort
    rebuild: Effort


@dataclass(frozen=True)
class EngineMigration(_Model):
    """One engine's migration: per channel, per wave and in total, for both targets (a
    compatible fork, or another engine). ``engine`` is the id of its system."""

    channels: tuple[ChannelEffort, ...]
    waves: tuple[MigrationWave, ...]
    fork: Effort
    rebuild: Effort
    unresolved_routes: int = 0  # routes to a channel not in the exports
    engine: str = ""


@dataclass(frozen=True)
class Assessment(_Model):
    """The inventory with its findings, scores, use-case readiness and roadmap."""

    inventory: Inventory
    schema_version: str = SCHEMA_VERSION
    generated_at: str = ""
    tool_version: str = ""
    findings: tuple[Finding, ...] = ()
    scores: tuple[ComponentScore, ...] = ()
    use_cases: tuple[UseCase, ...] = ()
    readiness: tuple[UseCaseReadiness, ...] = ()
    waves: tuple[Wave, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    overall_readiness: float | None = None  # 0..1; None when too little was observed
    overall_band: str = "unknown"
    overall_confidence: float = field(
        default=0.0,
        metadata={
            "doc": "Evidence coverage of the estate in [0, 1]: the components' confidence "
            "averaged with weights 0.5 + criticality, not how much of the estate was observed."
        },
    )
    weights: dict[str, float] = field(default_factory=dict)
    reference_data: dict[str, str] = field(default_factory=dict)  # table -> as-of date
    critical_path: tuple[str, ...] = ()  # components of the longest chain of actions by effort
    critical_path_effort: int = 0  # likely person-days along the critical path, rounded
    fhir_mappability: tuple[FeedMappability, ...] = ()  # one per HL7 v2 feed profiled
    # what the reader is told first: the readiness band, or that too many use cases lack evidence
    headline: str = ""
    bands: dict[str, float] = field(default_factory=dict)  # band name -> lowest readiness in it
    schedule: Schedule | None = None  # dates, capacity and time to value of the waves
    # what moving each interface engine's channels would cost, per channel and wave
    engine_migrations: tuple[EngineMigration, ...] = ()


@dataclass(frozen=True)
class FeedMappability(_Model):
    """How far one HL7 v2 feed maps to FHIR R4 under the HL7 v2-to-FHIR IG's tables.

    ``mapped_share`` is the fill-weighted share of the feed's populated fields that have an IG
    target (None when no field was profiled); ``resources`` the FHIR resources the IG's message
    maps (or, for a structure without one, its segment maps) would produce from the segments seen;
    ``unmapped_fields`` populated fields with no target; ``local_coded_fields`` coded fields whose
    codes are local and need a ConceptMap; ``grade`` A (maps directly) to D (major gaps), with the
    ``reasons`` that set it. ``sample_valid`` says whether the resources the IG map builds from one
    masked synthetic message of the feed's shape validate as FHIR R4 (None when the map builds
    none): ``sample_resources`` those resources, ``sample_error`` the first validation error
    (a resource's element path and the error's type, never a value).
    """

    flow: str
    grade: str
    mapped_share: float | None = None
    populated_fields: int = 0
    mapped_fields: int = 0
    resources: tuple[str, ...] = ()
    structures: tuple[str, ...] = ()
    structures_without_map: tuple[str, ...] = ()
    unmapped_fields: tuple[str, ...] = ()
    z_segments: tuple[str, ...] = ()
    local_coded_fields: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    sample_valid: bool | None = None
    sample_resources: tuple[str, ...] = ()
    sample_error: str = ""
