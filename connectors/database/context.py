"""Whose rows a table holds: a patient's, a related person's, staff's, a code list's, or other.

On real EHR schemas most PHI is not named like PHI: an encounter's dates and a note's text are
PHI because the row is about a patient. A table is *patient-linked* when its name says it holds
patients or related persons (guardian, guarantor, insured, next of kin), when it carries a
patient key (``patient_id``, ``pid``, ``subject_id``...) that is more than its own rows' primary
key, when its columns name a person twice over (a name with a birth date, an SSN or an MRN), or
when declared or confident implied foreign keys lead to such a table within :data:`MAX_HOPS`
steps, also through a link table of keys that joins a row to a patient's (``sample_human``),
when it holds the patient part of a multi-site patients' key (ORCA's ``ptid`` beside ``hospid``),
when a patient's row keeps a part of its record in it (``cases.hospitalization_id``), when it is
a copy of a patient's table (``cases_history``), or when it is kept for a row of any table (a
note, an address, a Frappe child row); the path is kept as evidence
(``lab_result.visit_id -> visit.patient_id -> patient``). A register of persons the patient's row
points to is the patient's, but the GPs' and sites' rows that keep their contact there are not;
in a register of parties the patients' table extends (Tryton's ``party_party``, or any table it
extends by its own primary key, as SanteDB's ``pat_tbl`` extends ``psn_tbl``), the institutions
and professionals that extend it too, and what refers to it as a company, are not either. A key
naming who did something (``ordered_by_id``, ``created_by``) links no row to the person it names,
and a key naming the row's kind (``TYPE_ID``, ``status_id``) none to a patient through the code
list it picks from; the rows that keep their own address in the patient's address table (an
organisation's, a site's) do not reach the patient by it.
A table named for a record of a patient's care (``patient_labs``) is linked by its name; with no
patients' table at all, a column named for the patient alone keys patients kept elsewhere; a row
keeping a patient's record, plan or Medicare number by name (claims data's beneficiary) is theirs.
Staff, provider, code-list and configuration tables are never patient-linked, so their names and
addresses are not patient PHI; job-queue tables only through a key of their own to the patient
table (a task assigned to staff also through the patient's row it is declared to key), audit
tables through a declared key of their own to any of the patient's rows (the trail of a patient's
appointment copies the appointment). A warehouse's calendar (:mod:`.phi_calendar`) is shared by
every row and links none; a FHIR server's store keeps the Patient compartment's resources in
tables named for their types, no key to the patient declared (:mod:`.fhir_store`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import pairwise

from assessor.model import ForeignKey, PhiClass, TableColumn, TableProfile

from .coltypes import family, is_flag, is_large_text
from .fhir_store import compartment_tables, flattened_subject
from .links import (
    DATE_WORDS,
    KEY_WORDS,
    RUN_WORDS,
    SITE_WORDS,
    dates_tables,
    keyed_by_shared_key,
    keyed_by_site_key,
    names_actor,
    names_kind,
    refers_to_any_row,
    step,
    through_links,
    unique_keys,
    words_of,
)
from .phi_calendar import calendars
from .phi_logs import stored_messages
from .phi_names import (
    DATEISH,
    INSTITUTION_WORDS,
    ORGANISATION_WORDS,
    PLACE_OWNERS,
    RECORD_KEEPING_WORDS,
    RECORD_WORDS,
    THING_WORDS,
    name_votes,
    organisation_contact,
    person_classes,
)
from .prefixes import field_names, separated_field
from .tokens import singular, tokens

__all__ = [
    "MAX_HOPS",
    "PATIENT_CONTEXT",
    "is_encounter_key",
    "is_patient_key",
    "linkage",
    "stored_resource",
    "table_roles",
]

# the patient, what claims data calls them (a plan's beneficiary) and research (a participant)
PATIENT_WORDS = frozenset(
    {"patient", "person", "subject", "pat", "pt", "demographic", "beneficiary", "ehr",
     "participant",
     # whom a nursing home cares for (the MDS's resident, Offene-Pflege.de's resident)
     "resident",
     # whom a genetics or field database records (LOVD's and GA4GH's individuals, Avni's)
     "individual",
     # whom a registration records (MomConnect's registrations' registrant_id: the mother)
     "registrant"}
)  # fmt: skip
# The acronyms of a patient's numbers that a key may name between the patient word and the
# key word (CCLF's BENE_MBI_ID, BENE_HIC_NUM: the beneficiary's Medicare number).
PATIENT_NUMBER_ACRONYMS = frozenset({"mbi", "hic", "hicn", "mrn", "ssn", "nhs"})
# Words of a key naming the patient it leads to, whatever that table holds besides (a
# portal's users, an mHealth app's mothers): not a person, who may as well be staff.
PATIENT_USER_WORDS = frozenset(
    {"patient", "pat", "pt", "beneficiary", "participant", "resident", "mother"}
)
# What behavioural health, home care and nursing homes call the patient (PointClickCare's
# client_id): a patient word only where no table holds patients or clients, for elsewhere a
# client is an OAuth application or a laboratory's customer.
CLIENT_WORDS = frozenset({"client"})
# Related persons, and the employer Safe Harbor names beside them
PERSON_WORDS = frozenset(
    {
        "guardian", "guarantor", "insured", "subscriber", "kin", "nok", "relative", "emergency",
        "employer",
    }
)  # fmt: skip
STAFF_WORDS = frozenset(
    {
        "user", "staff", "provider", "physician", "doctor", "clinician", "employee",
        "practitioner", "personnel", "nurse", "prescriber", "technician", "operator",
        "surgeon", "login", "caregiver", "consultant", "officer", "investigator", "researcher",
        "registrar",
        # the same in the languages of national systems (Norwegian, Indonesian and Turkish,
        # German, Spanish and Portuguese)
        "personell", "personel", "mitarbeiter", "arzt", "aerzte", "pegawai", "karyawan", "empleado",
        "funcionario",
        # HIPAA's National Provider Identifier and the registry CMS issues it from (NPPES):
        # a table named for them is the providers' (a claims warehouse's copy of the NPI file)
        "npi", "nppes",
    }
)  # fmt: skip
# The occupations a hospital system keeps a register of (Code Aristos's accountant, laboratorist,
# pharmacist and receptionist beside its doctor and nurse): staff when the table is named for
# them, not when they name its module (OpenMRS's cashier_bill, a patient's bill)
OCCUPATION_WORDS = frozenset(
    {
        "accountant", "laboratorist", "pharmacist", "receptionist", "cashier", "radiologist",
        "pathologist", "anaesthetist", "anesthetist", "midwife", "dietitian", "dietician",
        "physiotherapist", "radiographer", "sonographer", "optometrist", "paramedic", "clerk",
    }
)  # fmt: skip
# Words of an employment record: a table with two of them holds staff (a job, a contract, a
# pay class), whatever it is called and even when it keys each employee by a person number.
EMPLOYMENT_WORDS = frozenset(
    {
        "job", "contract", "salary", "wage", "wages", "pay", "payroll", "hire", "hired",
        "employment", "workday", "weekhour", "vacation", "overtime", "payslip",
    }
)  # fmt: skip
# Employment words that a patient's paid care has too: a contract for paid services and whether
# it is paid (Samson's Event.contract_id and payStatus) make no employment record together.
CARE_TERMS = frozenset({"contract", "pay"})
# Words naming who issued or assigns an identifier, not the identifier.
ISSUER_WORDS = frozenset({"issuer", "assigner", "assigning", "authority"})
# Words of a login's activity: when an account last logged in, whether it is, its failed
# attempts. Rows that log in are accounts, whatever the table is called (Mirth's ``person``).
LOGIN_ACTIVITY_WORDS = frozenset({"logged", "lockout", "strike", "strikes", "lastlogin"})
# Words of a birth date: a row that holds one is a person's, a patient with a portal login too.
BIRTH_WORDS = frozenset({"birth", "dob", "born", "birthdate", "birthday"})
# Words of a login's secret: a table holding one beside a user name holds accounts.
SECRET_WORDS = frozenset({"password", "passwd", "pwd", "passworde", "pass", "hash", "secret"})
LOGIN_WORDS = frozenset({"username", "login", "usere", "user", "uname", "userid"})
REFERENCE_LAST = frozenset(
    {
        "type", "code", "lookup", "lkp", "option", "category", "dict", "dictionary",
        "catalog", "catalogue", "vocabulary", "concept", "terminology", "valueset", "enum",
        "ref", "reference", "definition", "setting", "config", "template", "map", "mapping",
    }
)  # fmt: skip
REFERENCE_FIRST = frozenset({"lu", "lkp", "ref", "d", "dim", "code", "list", "cfg", "sys"})
# A prefix that starts this share of a schema's tables (and at least so many) is its namespace.
NAMESPACE_SHARE, MIN_NAMESPACE = 0.5, 4
CONFIG_WORDS = frozenset(
    {"config", "configuration", "setting", "settings", "property", "properties", "parameter",
     "preference", "global", "globals", "registry", "sequence", "version", "migration"}
)  # fmt: skip
JOB_WORDS = frozenset(
    {"task", "job", "queue", "batch", "scheduler", "cron", "worker", "outbox", "sync"}
)
AUDIT_WORDS = frozenset({"audit", "log", "trail", "journal"})
# A register of patients' encounters (HL7 PV1's patient classes, FHIR Encounter): its rows are
# visits of patients even when no key to the patient table shows (Open Hospital's OPD).
ENCOUNTER_WORDS = frozenset(
    {"encounter", "visit", "admission", "opd", "ipd", "outpatient", "inpatient", "episode"}
)
# How a person is reached: beside a name, they make a row a person's.
CONTACT_CLASSES = frozenset({PhiClass.PHONE, PhiClass.EMAIL, PhiClass.FAX})
# A unique identifier kept as text (OpenClinic GA's ``OC_PRESCR_PATIENTUID``, a server's id and
# the row's joined) names a patient's or a visit's row as a number key does.
PATIENT_KEY_LAST = KEY_WORDS | {"uid"}
# Words a key may put between the patient word and the key word that name no other thing: the
# patient's row by another name (``Patient_EntityID``, ``patient_record_id``).
ENTITY_WORDS = frozenset({"entity", "record", "rec", "internal", "system", "sys", "unique"})
# Key words some schemas put before the table they refer to (``fk_patient``, ``id_patient``).
PATIENT_KEY_FIRST = frozenset({"fk", "id", "no", "nr", "num", "key"})
MAX_HOPS = 4
"""How far a table may be from the patient table, in foreign keys, and still be linked. Four:
a laboratory's result is signed, a specimen's item analysed, below the specimen itself."""

PATIENT_CONTEXT = frozenset({"patient", "person", "linked"})
"""Roles whose rows are about a patient: their dates, free text and identifiers are PHI."""


_QUALIFIED = re.compile(r"(.*\S)\s*\(([^()]+)\)\s*")


@cache
def is_patient_key(column: str) -> bool:
    """A column that names the patient a row is about: ``patient_id``, ``pid``, ``subject_id``.
    Cached: asked of every column, and wide schemas repeat their column names.

    >>> is_patient_key("patient_id"), is_patient_key("PatID"), is_patient_key("staff_id")
    (True, True, False)
    >>> is_patient_key("fk_patient"), is_patient_key("fk_type")
    (True, False)
    """
    if qualified := _QUALIFIED.fullmatch(column):
        # a bracket qualifies the name before it (a national data set's LOCAL PATIENT
        # IDENTIFIER (EXTENDED)), or says whose it is: UNIQUE CSDS ID (PATIENT)
        head, whose = qualified.groups()
        owner = tokens(whose)
        named = tokens(head)
        if owner and set(owner) <= PATIENT_WORDS and named and named[-1] in PATIENT_KEY_LAST:
            return not names_actor(head)
        return is_patient_key(head)
    words = tokens(column)
    if not ISSUER_WORDS.isdisjoint(words):
        return False  # who issued the patient's id (DICOM's IssuerOfPatientID), not the id
    if names_actor(column):
        return False  # who wrote the row (Samson's createPerson_id), not whom it is about
    if words and words[-1] in ("pid", "patid", "patientid", "mrn", "pubpid"):
        return True  # also prefixed: OpenEMR's calendar keeps pc_pid
    if len(words) == 2 and words[0] in PATIENT_KEY_FIRST and words[1] in PATIENT_WORDS:
        return True  # the key word first: GNUmed's fk_patient, id_patient
    if len(words) > 2 and words[-2] in {"id", "fk"} and words[-1] in PATIENT_WORDS:
        return True  # and after what kind of key it is: UniqueCYPHS_ID_Patient
    if len(words) == 3 and words[0] in PATIENT_WORDS and words[1] in PATIENT_NUMBER_ACRONYMS:
        return words[-1] in PATIENT_KEY_LAST | {"num", "number"}
    if len(words) == 3 and words[0] in PATIENT_WORDS and words[1] in ENTITY_WORDS:
        return words[-1] in PATIENT_KEY_LAST  # Ascribe's Patient_EntityID: the patient's row
    return len(words) >= 2 and words[-2] in PATIENT_WORDS and words[-1] in PATIENT_KEY_LAST


@cache
def is_encounter_key(column: str) -> bool:
    """A column that names the visit a row belongs to: ``visit``, ``visit_no``,
    ``encounter_nr``, SIMRS GOS's ``KUNJUNGAN`` and ``NOPEN``. Cached, as is_patient_key.

    >>> is_encounter_key("KUNJUNGAN"), is_encounter_key("visit_no"), is_encounter_key("visit_type")
    (True, True, False)
    """
    words = [word for word in tokens(column) if word not in PATIENT_KEY_LAST]
    if len(words) == 2 and words[0] in PATIENT_WORDS:
        words = words[1:]  # the patient's visit: PatientVisitId
    return len(words) == 1 and words[0] in ("visit", "encounter", "admission")


def _structure_role(table: TableProfile) -> str | None:
    """``staff`` when the columns show an employment record or a login account (a password
    beside a user name), whatever the table is called."""
    # one set of every column's words, filled by set.union from the cached tuples of words
    words = set().union(*[tokens(column.name) for column in table.columns])
    employment = words & EMPLOYMENT_WORDS
    if (
        len(employment) >= 2
        and not employment <= CARE_TERMS
        # a patient's assessment asks about their job and employment too (Open Path's
        # health-and-care assessment, keyed by its patient)
        and not any(is_patient_key(column.name) for column in table.columns)
    ):
        return "staff"
    if words & SECRET_WORDS and words & LOGIN_WORDS:
        return "staff"
    return None


def _declared_patient_key(
    table: TableProfile,
    profiles: Mapping[str, TableProfile],
    by_name: Mapping[tuple[str | None, str], str],
) -> str | None:
    """The column of the table's first declared one-column key to a table named for patients."""
    for fk in table.foreign_keys:
        target = by_name.get((fk.referred_schema or table.schema, fk.referred_table))
        if target is not None and len(fk.columns) == 1 and _is_patient_table(profiles[target]):
            return fk.columns[0]
    return None


# The last words of a patient's own number kept beside the patients' table's key.
OWN_ID_LAST = frozenset({"id", "identifier", "no", "nr", "number"})
OWN_ID_SHARE = 0.5  # held by this share of the tables or more, a name is every row's own id
MAX_INITIALS = 2


def _patients_own_id_names(tables: Iterable[TableProfile]) -> frozenset[tuple[str, str]]:
    """The lower-case names and declared types of the numbers the patients' tables keep as
    text beside their own key (MCGH's ``patients.P_ID``, the number printed for the patient):
    a table holding a column of that name and type holds the patient's number. Not a name
    most tables hold: every row's own id in a system that gives each row one (C3PR's
    ``grid_id``)."""
    tables = tuple(tables)
    held = Counter(column.name.lower() for table in tables for column in table.columns)
    return frozenset(
        (column.name.lower(), column.type.strip().upper())
        for table in tables
        if _is_patient_table(table)
        for column in table.columns
        if column.name not in table.primary_key
        and family(column.type) == "string"
        and (seq := tokens(column.name))
        and len(seq) >= 2
        and seq[-1] in OWN_ID_LAST
        # named by an initial alone (P_ID, pt_no): a number that says whose it is by name
        # (MedicaidID, mobile_number, customId) may be anyone's
        and all(len(word) <= MAX_INITIALS for word in seq[:-1])
        and not is_patient_key(column.name)  # a key by its name already (patient_id)
        and held[column.name.lower()] < len(tables) * OWN_ID_SHARE
    )


def _keys_a_patient(keys: list[str]) -> bool:
    """Whether a key names the patient, not a person: a provider's person_id is the staff
    member's own row in a person table that patients share (OpenMRS)."""
    return any("person" not in tokens(key) for key in keys)


def _keyed_per_patient(table: TableProfile, keys: list[str]) -> bool:
    """Whether the primary key is the patient's key and a visit's (DoCare's
    ``MED_ANESTHESIA_NURSE``, keyed by patient, visit and operation): one row per patient's
    visit, the record kept of it, whoever the table is named for; a register of staff is keyed
    by its own numbers (Care2x's ``care_personell``: its number, the person's, the job's)."""
    primary = {column.lower() for column in table.primary_key}
    return any(key.lower() in primary for key in keys) and any(
        is_encounter_key(column) for column in primary
    )


# The details of a person a column may name for the patient (patient_name, patient_ssn).
PATIENT_DETAIL_WORDS = frozenset({"name", "birth", "dob", "ssn", "address", "phone", "surname"})
MIN_PATIENT_DETAILS = 2
# Where a patient lives and who they are, as a discharge record names its fields (pat_zip).
PATIENT_WHEREABOUTS = frozenset({"zip", "zipcode", "postcode", "postal", "county", "city"})
PATIENT_FACTS = PATIENT_WHEREABOUTS | {"age", "sex", "gender", "birth", "dob", "state"}


def _patients_columns(table: TableProfile, words: frozenset[str]) -> list[tuple[str, ...]]:
    """The words of each column named by the patient word and one of ``words`` (``pat_zip``,
    ``patient_ssn``)."""
    return [
        seq
        for seq in (tokens(column.name) for column in table.columns)
        if not PATIENT_WORDS.isdisjoint(seq) and not words.isdisjoint(seq)
    ]


def _describes_the_patient(table: TableProfile) -> bool:
    """Whether the row names the patient's residence and another fact of theirs by the patient
    word (a public-use discharge file's ``pat_zip``, ``pat_county``, ``pat_age``): one patient's
    record, though no key or name says whose."""
    named = _patients_columns(table, PATIENT_FACTS)
    return len(named) >= MIN_PATIENT_DETAILS and any(
        not PATIENT_WHEREABOUTS.isdisjoint(seq) for seq in named
    )


def _names_the_patients_details(table: TableProfile) -> bool:
    """Whether columns name the patient's own details (a home-health nurse's assessment form:
    ``oasis_c_nurse_patient_name``, ``..._patient_ssn``): a form a clinician fills in about the
    patient, not a register of the staff it is named for. Words, not :func:`person_classes`:
    behind the staff word a name's votes read ``..._nurse_patient_name`` as the nurse's."""
    return len(_patients_columns(table, PATIENT_DETAIL_WORDS)) >= MIN_PATIENT_DETAILS


# What a clinician writes about a patient: a table named for one and for staff is the writing.
CLINICAL_WRITING_WORDS = frozenset(
    {"note", "comment", "remark", "memo", "history", "progress", "course", "record", "report"}
)


def _clinicians_writing(table: TableProfile) -> bool:
    """Named for staff and for what they write (a nurse's progress notes, a doctor's history:
    AicoreMed's historial_medico), without an employment record's or an account's columns: a
    patient key then makes it a record of that patient's care. A register of staff keyed by a
    person number (Indonesian ``pegawai.pid``) or pointing to whom it serves stays staff."""
    named = {singular(word) for word in tokens(table.name)}
    return (
        bool(named & CLINICAL_WRITING_WORDS)
        and _structure_role(table) is None
        and not _logs_in(table)
    )


def _logs_in(table: TableProfile) -> bool:
    """Whether the table's rows are accounts that log in (a last login, logged in, failed
    attempts, a lockout): the system's users, whatever the table is called; in a table named
    for patients, only when its rows hold no birth date (a patient with a portal login). A
    table of persons that log in is the users' (Mirth's ``person``, VistA's ``NEW_PERSON``,
    whose users' birth dates and SSNs it keeps)."""
    named = {singular(word) for word in tokens(table.name)}
    patients = not named.isdisjoint(PATIENT_WORDS - {"person"})
    found = False
    for column in table.columns:
        seq = tokens(column.name)
        if patients and not BIRTH_WORDS.isdisjoint(seq):
            return False
        found = (
            found
            or not LOGIN_ACTIVITY_WORDS.isdisjoint(seq)
            or ("login" in seq and ("last" in seq or "fail" in seq))
        )
    # persons with a password beside a login name are the users (Samson's Person: its staff,
    # the patients kept in Client); a table named for patients keeps a portal's login
    return found or (not patients and _structure_role(table) == "staff")


def _names_a_thing(name: str) -> bool:
    """Whether a table's name names an organisation or a thing (``insurance_company``,
    ``pharmacy_lines``), whose rows are not persons'."""
    return bool({singular(word) for word in tokens(name)} & (THING_WORDS | ORGANISATION_WORDS))


# What a table of places is named for besides an owner of one: a unit, a location and the
# divisions of a country (a LIMS's province and district, each with its office's contacts).
PLACE_WORDS = frozenset(
    {"unit", "location", "province", "district", "county", "region", "state", "country", "division"}
)


# The same, as Spanish and Portuguese put them first (establecimiento_salud, tb_unidade_saude,
# centro_medico): a health facility, whatever follows.
HEAD_FIRST_PLACES = frozenset(
    {"establecimiento", "estabelecimento", "unidad", "unidade", "centro", "clinica",
     "consultorio", "institucion", "instituicao", "entidad", "entidade", "empresa", "sede"}
)  # fmt: skip


def _names_a_place(name: str) -> bool:
    """Whether a table's name ends in a place or an organisation (``clinic``, ``md_bk_hospital``,
    ``care_unit``), or begins with one in Spanish or Portuguese (``establecimiento_salud``): its
    rows are places, whatever a qualifier says (``test_result_unmatched`` and a pharmacy's
    billing transaction hold persons)."""
    words = tokens(name)
    return bool(words) and (
        singular(words[-1]) in PLACE_OWNERS | PLACE_WORDS
        or not HEAD_FIRST_PLACES.isdisjoint(words[:2])
    )


def _names_an_institution(table: TableProfile) -> bool:
    """Whether a table's name ends in an institution or a unit of one (``INSTITUTION``,
    ``lab_department``): the persons its rows point to are its contacts and staff."""
    words = tokens(table.name)
    return bool(words) and singular(words[-1]) in INSTITUTION_WORDS


# The numbers a patient is known by across systems: a row that keeps one is that patient's.
PATIENT_NUMBERS = frozenset({PhiClass.MRN, PhiClass.HEALTH_PLAN, PhiClass.SSN})


def _names_the_patient(name: str) -> bool:
    """Whether a column's name opens by saying whose it is: the patient's (``patient_code``,
    ``patient_cpr``; not a count, ``num_patient_confirmed``). A person's or a subject's is
    anyone's (an organisation's contact person)."""
    words = tokens(name)
    return bool(words) and singular(words[0]) in PATIENT_WORDS - {"person", "subject"}


def _patients_number(table: TableProfile) -> str | None:
    """The first column named as a patient's record, plan or social security number (a
    member's ``member_id``, CCLF's ``BENE_MBI_ID``), on a table not named for an organisation
    or a thing, unless the column says it is the patient's (an insurance check's
    ``patient_code``)."""
    thing = _names_a_thing(table.name)
    # a declared key refers to its own table's row (an invoice's name_insurance_join_id)
    referring = {name.lower() for fk in table.foreign_keys for name in fk.columns}
    for name in _valued(table):
        if (thing and not _names_the_patient(name)) or name.lower() in referring:
            continue
        if any(vote[0] in PATIENT_NUMBERS for vote in name_votes(name, "linked")):
            return name
    return None


def _patients_name(table: TableProfile) -> str | None:
    """The first column named as the patient's name (``patient_name``, MedinTux's
    ``EC_NomPatient``): a row that names its patient is that patient's, though no key says so;
    on a table named for an organisation or a thing, only a name opening with the patient (an
    insurance check's ``patient_name``)."""
    thing = _names_a_thing(table.name)
    for name in _valued(table):
        words = {singular(word) for word in tokens(name)}
        if thing and not _names_the_patient(name):
            continue
        # a person's or a subject's name is anyone's (an organisation's contact person)
        if words & (PATIENT_WORDS - {"person", "subject"}) and any(
            vote[0] == PhiClass.NAME for vote in name_votes(name, "linked")
        ):
            return name
    return None


def _contactable_person(table: TableProfile) -> bool:
    """A name beside a way to reach its bearer (a phone, an email) on a table not named for an
    organisation or a thing: a person's row, though no key says whose (a booking made before
    the patient is registered, a referral's or a next of kin's). A place has an address but no
    phone; an organisation's details say whose they are (``alamat_asuransi``, ``company_phone``).
    """
    if _names_a_thing(table.name) or _names_a_place(table.name):
        return False  # a laboratory's or a pharmacy's name and e-mail are its own
    if _keyed_as_entry(table):
        return False
    found: set[PhiClass] = set()
    for name in _valued(table):
        if organisation_contact(name):
            return False
        classes = {vote[0] for vote in name_votes(name, "person")}
        if classes & (CONTACT_CLASSES | {PhiClass.NAME, PhiClass.ADDRESS}) and (
            _owner_words(name) & (THING_WORDS | ORGANISATION_WORDS)
        ):
            return False
        found |= classes
    # a website is an organisation's way to be reached (an insurer's, a specialist's office),
    # never a patient's on their own row
    return PhiClass.NAME in found and bool(found & CONTACT_CLASSES) and PhiClass.URL not in found


# Codes that are part of an address or a number, not a thing's code (``postal_code``).
ADDRESS_CODES = frozenset({("postal", "code"), ("post", "code"), ("zip", "code"), ("area", "code")})


def _owner_words(name: str) -> set[str]:
    """A column name's words that may say whose detail it is: all of them but the code of an
    address or a phone number (``postal_code`` is an address's, not a thing's code)."""
    seq = tokens(name)
    words = {singular(word) for word in seq}
    if any(pair in ADDRESS_CODES for pair in pairwise(seq)):
        words.discard("code")
    return words


SEX_WORDS = frozenset({"sex", "gender"})


def _demographic_core(table: TableProfile) -> bool:
    """A birth date beside a sex or gender: what a register of persons keeps of each, its names
    often in a table of their own (GNUmed's ``identity`` and ``names``); a range or a rule by
    sex is kept by age, not by a date of birth.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> _demographic_core(T("identity", columns=(C("dob", "TIMESTAMP"), C("gender", "TEXT"))))
    True
    """
    valued = _valued(table)
    return PhiClass.DATE in person_classes(valued) and any(
        SEX_WORDS & set(tokens(name)) for name in valued
    )


# Words that make an age a bound of a range or a rule (a reference range's age_min), not a
# person's age.
AGE_BOUND_WORDS = frozenset(
    {"min", "max", "from", "to", "low", "high", "lower", "upper", "start", "end", "limit",
     "range", "bound", "group", "band", "category"}
)  # fmt: skip
CASE_REPORT_DATES = 2


def _case_report(table: TableProfile) -> bool:
    """A person's sex and age (not a bound of a range) beside two dates or more, on a row no code
    names: a report of one person's case, kept without a register of persons (VAERS's
    VAERSDATA, FAERS's ``demo``); a reference range by age and sex dates at most its validity,
    and a coded tariff or bed for an age and a sex is a kind of thing."""
    valued = [column for column in table.columns if family(column.type) != "boolean"]
    words = [tokens(column.name) for column in valued]  # a boolean is a setting (show_sex)
    aged = any("age" in named and not AGE_BOUND_WORDS & set(named) for named in words) and any(
        SEX_WORDS & set(named) for named in words
    )
    dated = sum(
        family(column.type) in ("date", "datetime") or bool(DATE_WORDS & set(named))
        for column, named in zip(valued, words, strict=True)
    )
    coded = any(named == ("code",) for named in words)  # a kind of thing: a tariff, a bed
    return aged and dated >= CASE_REPORT_DATES and not coded


def _keyed_as_entry(table: TableProfile) -> bool:
    """The row's own key (its primary key, else its first column) is a code or names a thing
    (OpenClinic GA's ``serviceid``, a list's ``code``): a directory's entry, whose contact
    details are the service's or the centre's; a person's row is keyed by a number of theirs."""
    keys = table.primary_key or tuple(column.name for column in table.columns[:1])
    for key in keys:
        words = {singular(word) for word in tokens(key)}
        if words & (THING_WORDS | ORGANISATION_WORDS) or tokens(key)[-1:] == ("code",):
            return True
    return False


def _valued(table: TableProfile) -> list[str]:
    """The names of columns that can hold a person's data: a boolean is a setting whatever it is
    named for (a saved query's ``show_subject_dob``)."""
    fields = field_names(tuple(column.name for column in table.columns))
    return [
        fields.get(column.name, column.name)
        for column in table.columns
        if family(column.type) != "boolean"
    ]


def _field_keys(
    table: TableProfile, names: tuple[str, ...], patient_key_type: str | None
) -> list[str]:
    """Columns that are patient keys once their table's module prefix is set apart: a separated
    one (``OC_PRESCR_PATIENTUID``), or a patient word alone, glued or bare (FreeMED's
    ``rxpatient``, ``calpatient``, ``patient``) typed as the patient table's key is; in the
    table's order."""
    named, words = _named_keys(names)
    if not words:
        # a yes or no is no key (ClearCanvas's MatchPatientId: whether to match on it)
        return [c.name for c in table.columns if c.name in named and not is_flag(c.type)]
    # with no patients' table in the database (a module's own, a subset), the word alone is a
    # key to the patients kept elsewhere when it is typed as keys are
    typed = {patient_key_type} if patient_key_type is not None else KEY_FAMILIES
    if patient_key_type == "uuid":
        typed = {"uuid", "string"}  # a UUID is kept as text as often as typed (Patient/<uuid>)
    return [
        column.name
        for column in table.columns
        if (column.name in named and not is_flag(column.type))
        or (column.name in words and _key_family(column.type) in typed)
    ]


@cache
def _visit_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    """The visit keys among a table's column names, behind its module prefix words too."""
    return tuple(name for name in names if is_encounter_key(separated_field(name, names)))


@cache
def _named_keys(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names that are patient keys behind separated prefix words, and those that are a
    patient word alone (a key if typed as the patient table's). Cached per table's names."""
    glued = field_names(names)
    return (
        tuple(name for name in names if is_patient_key(separated_field(name, names))),
        tuple(name for name in names if tokens(glued.get(name, name)) in PATIENT_FIELDS),
    )


def _is_code_list(table: TableProfile) -> bool:
    """Only a key, a name or label and a description: a list of codes, whatever it is called
    (OpenClinica's ``subject_event_status``)."""
    keys = {name.lower() for name in table.primary_key}
    if not keys:
        return False
    words = []
    for column in table.columns:
        if column.name.lower() in keys:
            continue
        seq = set(tokens(column.name))
        if not seq or not seq <= CODE_LIST_WORDS:
            return False  # read no further: most tables say so at their first column
        words.append(seq)
    return any(seq & {"name", "label", "title", "description"} for seq in words)


def _namespaces(names: Iterable[str]) -> frozenset[str]:
    """The code-list prefixes (``d``, ``ref``, ``sys``) that start most of a schema's tables:
    there they name the application, not a dictionary (OpenDolphin keeps every table as
    ``d_<entity>``: ``d_patient``, ``d_karte``), so its tables are read without them."""
    names = tuple(names)
    firsts = Counter(seq[0] for seq in map(tokens, names) if len(seq) > 1)
    floor = max(MIN_NAMESPACE, len(names) * NAMESPACE_SHARE)
    return frozenset(word for word, n in firsts.items() if word in REFERENCE_FIRST and n >= floor)


# The words an ORM's class adds to a table's name (AllegianceMD's EncountersEntity, a DTO,
# a Model): no part of what the rows are.
CLASS_SUFFIXES = frozenset({"entity", "model", "dto", "bean"})


def _class_words(name: str) -> list[str]:
    """A table's name's words in the singular, without the suffix an ORM's class adds."""
    words = [singular(word) for word in tokens(name)]
    return words[:-1] if len(words) > 1 and words[-1] in CLASS_SUFFIXES else words


@cache
def _name_role(name: str, namespace: frozenset[str] = frozenset()) -> str | None:
    words = _class_words(name)
    if len(words) > 1 and words[0] in namespace:
        words = words[1:]
    if not words:
        return None
    if (
        words[0] in REFERENCE_FIRST
        and any(word in PATIENT_WORDS for word in words[1:])
        and _names_register(words)
    ):
        return "patient"  # a system's or a dimension's patients (Sys_Paciente, dim_patient)
    if words[-1] in REFERENCE_LAST or (words[0] in REFERENCE_FIRST and len(words) > 1):
        return "reference"
    if set(words) & CONFIG_WORDS:
        return "reference"
    if set(words) & JOB_WORDS:
        return "job"
    if set(words) & AUDIT_WORDS:
        return "audit"
    if any(word in PATIENT_WORDS for word in words):
        return "patient" if _names_register(words) else "linked"
    if any(word in STAFF_WORDS for word in words) or singular(words[-1]) in OCCUPATION_WORDS:
        return "staff"
    if any(word in PERSON_WORDS for word in words):
        return "person"
    return None


def _versions_of_rows(name: str) -> bool:
    """Whether a table's name says it keeps versions (``report_versions``) and nothing else a
    configuration's name says: with a declared key to the row it versions, it is that row's."""
    words = {singular(word) for word in tokens(name)}
    return "version" in words and not (words & CONFIG_WORDS) - {"version"}


# What a table of texts kept for rows of any table is named for.
TEXT_STORE_WORDS = frozenset({"text", "blob", "document", "attachment"})
# Tables of notes: attached to a patient's row, they are about the patient.
NOTE_TABLE_WORDS = frozenset({"note", "comment", "annotation", "remark", "memo"})
# The last words of a column holding a clinician's note.
NOTE_COLUMN_LAST = frozenset({"note", "notes", "narrative"})
# A store of whole resources: the resource's type beside its content.
RESOURCE_WORDS = frozenset({"res", "resource"})
CONTENT_WORDS = frozenset({"text", "content", "data", "json", "xml", "body", "blob"})
# What a column keeping a row's whole document is called (see stored_documents).
# (a DICOM object's attributes, whole: dcm4chee's pat_attrs, study_attrs)
WHOLE_DOCUMENT_WORDS = frozenset(
    {"content", "data", "json", "xml", "body", "document", "doc", "attrs", "attributes"}
)
# The columns of a code list beside its key: what the code is called and says, its order and
# whether it is in use.
CODE_LIST_WORDS = frozenset(
    {
        "name", "label", "title", "description", "desc", "code", "status", "active", "order",
        "sort", "seq", "position", "display", "short", "long", "text", "abbreviation", "abbr",
    }
)  # fmt: skip

CONTACT_TABLE_WORDS = frozenset(
    {"address", "location", "contact", "telecom", "phone", "email", "residence", "domicile"}
)


# Words of a key to the account a row's person logs in with.
ACCOUNT_KEY_WORDS = frozenset({"user", "account", "login", "username", "userid"})
# Who cares for a patient: an aide on the staff, or a relative at home.
CARER_WORDS = frozenset({"caregiver", "carer", "caretaker"})
# Words of a column saying how a person is related to the patient.
RELATION_COLUMN_WORDS = frozenset({"relation", "relationship", "relationtype", "kinship"})


def _says_relation(table: TableProfile) -> bool:
    """Whether a table has a column of how one person is related to another: ``relation``,
    ``relationship_type_id``."""
    return any(
        not RELATION_COLUMN_WORDS.isdisjoint(tokens(column.name)) for column in table.columns
    )


def _client_key(column: TableColumn) -> bool:
    """``client_id INTEGER``, ``ClientNo INT``: a number named for a client alone. An OAuth
    application's client id is text."""
    words = tokens(column.name)
    return (
        len(words) == 2
        and words[0] in CLIENT_WORDS
        and words[1] in PATIENT_KEY_LAST
        and family(column.type) == "integer"
    )


def _keys_clients(tables: Iterable[TableProfile]) -> bool:
    """Whether a client key leads to the patient in a database that keeps no patients' table:
    it keeps no table of clients either (an export of a resident's assessments keyed
    ``client_id``, its residents kept elsewhere), and some table is keyed by one."""
    tables = list(tables)
    if any(_names_clients(t.name) for t in tables):
        return False
    return any(_client_key(column) for table in tables for column in table.columns)


def _names_clients(name: str) -> bool:
    """Whether a table is named for clients (``oauth_client``, ``clients``)."""
    words = [singular(word) for word in tokens(name) if not word.isdigit()]
    return not CLIENT_WORDS.isdisjoint(words)


def _is_patient_table(table: TableProfile) -> bool:
    """Named for patients alone: ``patient``, ``patients``, ``person``, ``tbl_patient_data``."""
    return _names_patients(table.name)


@cache
def _names_patients(name: str) -> bool:
    """:func:`_is_patient_table` by the name alone. Cached: asked of every table several
    times a scan."""
    words = [singular(word) for word in tokens(name) if not word.isdigit()]
    core = [word for word in words if word not in {"tbl", "t", "data", "master", "info", "main"}]
    return len(core) == 1 and core[0] in PATIENT_WORDS


# A patient word alone, bare or as a glued field of a module prefix (``rxpatient``).
PATIENT_FIELDS = frozenset({("patient",), ("pat",), ("pt",)})


def _key_family(type_name: str) -> str:
    """The type family a key is kept in: :func:`.coltypes.family`, or ``uuid``."""
    return "uuid" if type_name.strip().upper().startswith(UUID_TYPES) else family(type_name)


def _patient_key_type(tables: Iterable[TableProfile]) -> str | None:
    """The type family of the patient table's one-column primary key, when there is one table
    named for patients alone: what a glued patient field must be typed as to refer to it."""
    keys = set()
    for table in tables:
        if _is_patient_table(table) and len(table.primary_key) == 1:
            by_name = {column.name: column for column in table.columns}
            column = by_name.get(table.primary_key[0])
            if column is not None:
                keys.add(_key_family(column.type))
    return keys.pop() if len(keys) == 1 else None


# Words after the patient word that keep a table the register of patients (``patient_data``,
# ``patient_identifier``): the person, their identity, names and ways to reach them.
REGISTER_WORDS = frozenset(
    {
        "data", "info", "information", "detail", "demographic", "master", "main", "profile",
        "registry", "register", "registration", "identity", "identifier", "id", "name", "alias",
        "address", "contact", "phone", "telecom", "extra", "ext", "extension", "attribute",
        "biodata", "personal", "general", "basic", "list", "index", "core", "tbl", "table",
        "record", "file", "card", "other", "number", "all", "new", "old", "mpi", "prior", "search",
        "previous",
    }
)  # fmt: skip


def _names_register(words: list[str]) -> bool:
    """Whether a table named with the patient word is the patients' register, not a record
    about them: nothing follows the last patient word, or a word of the person does
    (``patient``, ``patient_data``, ``tbl_patient_address``, ``patient_prior``), not only words
    of their care (``patient_labs``, ``patient_medications``, ``patient_visit``: a patient's
    rows)."""
    last = max(i for i, word in enumerate(words) if word in PATIENT_WORDS)
    after = [word for word in words[last + 1 :] if not word.isdigit()]
    return not after or bool(set(after) & REGISTER_WORDS)


# The type families a key is kept in.
KEY_FAMILIES = frozenset({"integer", "string"})
UUID_TYPES = ("UUID", "UNIQUEIDENTIFIER")  # PostgreSQL's, SQL Server's
# Columns that name a row: a table whose rows are named is a list of things many rows share
# (a form, a programme, a drug, a place), not a part of one patient's record.
NAMED_ROW_WORDS = frozenset({"name", "title", "label", "code", "abbreviation", "abbr"})
# A key, a code and a description at most: a code list, not a part of a record
CODE_LIST_MAX_COLUMNS = 3


def _extract_families(
    profiles: Mapping[str, TableProfile], roles: Mapping[str, str]
) -> dict[str, tuple[str, str]]:
    """The files of a keyless extract that repeat a person's file's record key as their first
    column (the Danish patient register's ``recnum`` on every satellite of ``lpr_adm``, Japan's
    claims' ``SEQ1_NO``), each with that person's file and the key: the same record's other parts.
    Only where neither side declares a key of any kind: a schema with keys says its joins."""

    def keyless(table: TableProfile) -> bool:
        return not (table.primary_key or table.foreign_keys or any(unique_keys(table)))

    def record_key(table: TableProfile) -> str | None:
        first = table.columns[0].name if table.columns else ""
        words = tokens(first)
        if len(words) < 2 or words[-1] not in KEY_WORDS or set(words) & (SITE_WORDS | RUN_WORDS):
            # a bare id is each row's own; a site's key and the run that loaded it (T-MSIS's
            # DA_RUN_ID) every record's
            return None
        return first.lower()

    headers: dict[str, str] = {}
    for key in sorted(profiles):
        table = profiles[key]
        column = record_key(table)
        if roles[key] in PATIENT_CONTEXT and keyless(table) and column is not None:
            headers.setdefault(column, key)
    found = {}
    for key in sorted(profiles):
        table = profiles[key]
        if roles[key] != "other" or not keyless(table):
            continue
        column = record_key(table)
        if column is not None and column in headers:
            found[key] = (headers[column], table.columns[0].name)
    return found


def _record_parts(
    profiles: Mapping[str, TableProfile],
    edges: Mapping[str, list[tuple[ForeignKey, str | None]]],
    roles: Mapping[str, str],
    own_roles: Mapping[str, str],
    shared: set[str],
) -> dict[str, tuple[str, ForeignKey]]:
    """The tables a patient's row keeps a part of its record in, each with that row's table
    and the key it points by: the key is named for the table (SORMAS's
    ``cases.hospitalization_id``, ``symptoms_id``, ``epidata_id``), the table is no one's by
    its own name or columns, is no organisation or thing, names none of its rows (a form, a
    programme, a place does) and refers to no register of persons (a GP's row refers to the
    GP's contact: GPs are shared among patients, a hospitalisation is not)."""
    found: dict[str, tuple[str, ForeignKey]] = {}
    for key, targets in sorted(edges.items()):
        if roles[key] not in PATIENT_CONTEXT:
            continue
        for fk, target in targets:
            if (
                target is None
                or len(profiles[target].columns) <= CODE_LIST_MAX_COLUMNS  # a code list's shape
                or target in found
                or target in shared
                or roles[target] != "other"
                or len(fk.columns) != 1
                # a part of one record is pointed to by its row's key; a key to a column
                # beside it picks a code from a list (NOSH's billing_core.cpt -> cpt.cpt)
                or profiles[target].primary_key not in ((), tuple(fk.referred_columns))
            ):
                continue
            table = profiles[target]
            named = [singular(w) for w in words_of(fk.columns[0]) if w not in KEY_WORDS]
            # compared run together: InsSubNum names inssub, however each is split
            own = [singular(w) for w in words_of(table.name)]
            if "".join(named) != "".join(own) or set(named) & (THING_WORDS | ORGANISATION_WORDS):
                continue  # an organisation or a thing is shared, not a part of one record
            if any(set(tokens(column.name)) & NAMED_ROW_WORDS for column in table.columns):
                continue
            if any(
                other is not None and own_roles[other] in ("patient", "person", "staff")
                for _fk, other in edges[target]
            ):
                continue
            found[target] = (key, fk)
    return found


# The data classes and elements of ONC's United States Core Data for Interoperability (USCDI
# v3) that name kinds of a patient's record, as an EHI export names its sections.
DATA_CLASS_WORDS = frozenset(
    {
        "allergy", "intolerance", "immunization", "vaccination", "vital", "problem",
        "medication", "goal", "concern", "smoking", "pregnancy",
    }
)  # fmt: skip
# The histories of a patient's record (a table's history is its rows' versions).
HISTORY_KINDS = frozenset(
    {
        "medical", "surgical", "family", "social", "obstetric", "gynecological", "psychiatric",
        "past", "sexual", "birth", "travel", "occupational", "hospice", "care",
    }
)  # fmt: skip


def _names_a_data_class(name: str) -> bool:
    """Whether a table's name holds a USCDI data class's word (``VitalSigns``) or names a
    history of the patient's (``SurgicalHistory``), not of rows (``Claim_History``)."""
    words = _class_words(name)
    return bool(set(words) & DATA_CLASS_WORDS) or any(
        word == "history" and at > 0 and words[at - 1] in HISTORY_KINDS
        for at, word in enumerate(words)
    )


# The words of a date kept as text (healthmemex's onset_date TEXT).
EVENT_DATE_WORDS = DATE_WORDS | {"dttm", "onset"}
# When a row was written, changed or synchronised: not when what it records happened.
KEEPING_WORDS = RECORD_KEEPING_WORDS | {"sync", "synced"}


def _dates_an_event(table: TableProfile) -> bool:
    """Whether a column dates what the row records (an onset, a reading; typed as a date or
    named for one), not only when the row was written: a list of kinds (an allergy catalogue)
    is dated only so."""
    return any(
        (family(column.type) in ("date", "datetime") or set(words) & EVENT_DATE_WORDS)
        and not set(words) & KEEPING_WORDS
        for column in table.columns
        for words in [tokens(column.name)]
    )


def _is_encounter_table(table: TableProfile) -> bool:
    """Named for patients' encounters alone: ``opd``, ``admissions``, ``visit``."""
    words = [word for word in _class_words(table.name) if not word.isdigit()]
    return bool(words) and words[-1] in ENCOUNTER_WORDS


# Words of a key to an address or a part of one; a key to an address's part, type or level is
# a key to a list of the kinds (OpenELIS's address_part_id), which is no one's address.
ADDRESS_KEY_WORDS = frozenset({"address", "addr", "house", "street", "residence", "domicile"})
ADDRESS_KIND_WORDS = frozenset({"part", "type", "level", "kind", "category"})


def _leads_to_address(table: TableProfile, column: str) -> bool:
    """Whether the key leads from an address or a location to its place (Sahana's
    pr_person_location.location_id) or names an address or a part of one (Samson's
    Address.house_id), not a list of kinds (a contact's location is its institution's)."""
    words = {singular(word) for word in tokens(column)}
    named = {singular(word) for word in tokens(table.name)}
    return bool(words & ADDRESS_KEY_WORDS or named & (ADDRESS_KEY_WORDS | {"location"})) and not (
        words & ADDRESS_KIND_WORDS
    )


def _holds_contacts(table: TableProfile) -> bool:
    return bool({singular(word) for word in tokens(table.name)} & CONTACT_TABLE_WORDS)


def table_roles(
    tables: Iterable[TableProfile], implied: Mapping[str, tuple[ForeignKey, ...]]
) -> dict[str, str]:
    """Each table's role, by qualified name: ``patient``, ``person``, ``linked``, ``staff``,
    ``reference``, ``job``, ``audit`` or ``other``.

    ``implied`` holds the inferred foreign keys by qualified name; they count like declared ones.
    """
    return linkage(tables, implied)[0]


def linkage(
    tables: Iterable[TableProfile],
    implied: Mapping[str, tuple[ForeignKey, ...]],
    days: Mapping[tuple[str | None, str], str] | None = None,
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Each table's role (see :func:`table_roles`) and, for a linked table, the path of keys
    that links it: ``("lab_result.visit_id -> visit", "visit.patient_id -> patient")``.
    ``days``: the schema's date dimensions (:func:`.phi_calendar.calendars`), when the caller
    has them already."""
    profiles = {table.qualified_name: table for table in tables}
    by_name = {(t.schema, t.name): key for key, t in profiles.items()}
    roles: dict[str, str] = {}
    paths: dict[str, tuple[str, ...]] = {}
    # the patient table's own columns: a table keyed by one of them extends the patient's row
    shared = frozenset(
        column.name.lower()
        for table in profiles.values()
        if _is_patient_table(table)
        for column in table.columns
    )
    own_ids = _patients_own_id_names(profiles.values())
    keeps_patients = any(_is_patient_table(table) for table in profiles.values())
    clients = not keeps_patients and _keys_clients(profiles.values())
    table_words = {words_of(table.name) for table in profiles.values()}
    patient_key_type = _patient_key_type(profiles.values())
    # tables a key refers to or leaves from: a description of the database stands alone
    keyed = {
        name
        for key, table in profiles.items()
        for fk in (*table.foreign_keys, *implied.get(key, ()))
        for name in (key, by_name.get((fk.referred_schema or table.schema, fk.referred_table)))
    }
    registers = _named_registers(profiles.values())
    namespace = _namespaces(table.name for table in profiles.values())
    if days is None:
        days = calendars(profiles.values())
    for key, table in profiles.items():
        role = _name_role(table.name, namespace)
        if role is None and table.name in registers:
            role = "person"  # what a key named for the patient is declared to refer to
        if role == "reference" and stored_messages(table):
            role = None  # Mirth's d_mc1 keeps messages whole: no dictionary, whatever its name
        if role == "reference" and table.foreign_keys and _versions_of_rows(table.name):
            role = None  # a report's versions, declared to belong to it: no schema's version
        if role is None and key not in keyed and dates_tables(table, table_words):
            role = "reference"  # when each table was loaded: the database's, no one's
        if (table.schema, table.name) in days:
            role = "reference"  # a calendar's days: every row's, no one's
        if (
            role in (None, "patient", "linked")
            and not _is_patient_table(table)
            and _is_code_list(table)
        ):
            role = "reference"  # subject_event_status: a code list that mentions subjects
        if role in (None, "audit"):
            role = _structure_role(table) or role
        elif role in ("patient", "linked", "person") and _logs_in(table):
            role = "staff"  # Mirth's users, kept in a table called person
        names = tuple(column.name for column in table.columns)
        keys = [
            name
            for name in _field_keys(table, names, patient_key_type)
            if not _own_row_key(table, name, shared)
            and not _keys_other_rows(table, name, registers)
            and not _keys_accounts(table, name, implied.get(key, ()), profiles, by_name)
        ]
        if not keys and not _is_patient_table(table):
            # the patient's own number, kept by the name the patients' table gives it (MCGH's
            # P_ID on every record of a patient's): a key to the patient, though no patient
            # word names it
            unique = {name.lower() for key in unique_keys(table) if len(key) == 1 for name in key}
            keys = [
                c.name
                for c in table.columns
                if (c.name.lower(), c.type.strip().upper()) in own_ids
                and c.name.lower() not in unique
            ]  # unique in its own table, or of another type, it is that table's own id
        if not keys and clients:
            # a key to another table says whose it is (a user's, when it leads to the users)
            leading = {
                n.lower() for fk in (*table.foreign_keys, *implied.get(key, ())) for n in fk.columns
            }
            keys = [
                c.name for c in table.columns if _client_key(c) and c.name.lower() not in leading
            ]
        if keys and _declared_patient_key(table, profiles, by_name) not in (None, *keys):
            # the declared key links the row (below); a patient id kept beside it is the
            # number the patient is known by (ClearCanvas's Study.PatientId beside PatientGUID)
            keys = []
        visits = _visit_keys(names)
        if keys and (
            role in (None, "linked", "reference", "job", "audit")
            or (
                role == "staff"
                and _keys_a_patient(keys)
                and (
                    _clinicians_writing(table)
                    or _keyed_per_patient(table, keys)
                    or _names_the_patients_details(table)
                )
            )
        ):
            role = "linked"  # a job or audit row about one patient is that patient's, and so
            # is a clinician's record of one (a nurse's progress notes, a doctor's history)
            paths[key] = (f"{table.name}.{keys[0]}: a patient key",)
        elif role == "linked":
            paths[key] = (f"{table.name}: named for a record of a patient's care",)
        elif visits and role in (None, "job", "audit") and not _is_encounter_table(table):
            role = "linked"  # a row of one patient's visit, keyed or not (SIMRS GOS declares none)
            paths[key] = (f"{table.name}.{visits[0]}: a visit key",)
        elif (
            role is None
            and len(person_classes(_valued(table))) >= 2
            and not _names_a_place(table.name)
        ):
            role = "person"  # a name with a birth date, SSN or MRN: persons, unless the table
            # is named for a place (HOSxP's clinic: its social security scheme's code)
        elif role is None and _demographic_core(table):
            role = "person"  # a birth date with a sex: persons, their names kept apart (GNUmed)
        elif role is None and _case_report(table):
            role = "linked"  # VAERS's reports, FAERS's demographics: one person's case each
            paths[key] = (f"{table.name}: a case report of one person's age, sex and dates",)
        elif role is None and _contactable_person(table):
            role = "person"  # a booking's or a referral's person: a name and how to reach them
        elif role is None and _dicom_study(table):
            role = "linked"  # DICOM's General Study module: a study is always a patient's
            paths[key] = (f"{table.name}: a DICOM study's identity and date, a patient's study",)
        elif role is None and _is_medical_record(table) and refers_to_any_row(table):
            role = "linked"  # Mediboard's dossier_medical, kept for a patient or a stay
            paths[key] = (f"{table.name}: a medical record kept for a row of any table",)
        elif role is None and (number := _patients_number(table)) is not None:
            role = "linked"  # a claim line keyed by the member's number: the member's
            paths[key] = (f"{table.name}.{number}: a patient's record or plan number",)
        elif role is None and (named := _patients_name(table)) is not None:
            role = "linked"  # an emergency board's row, the patient named, not keyed
            paths[key] = (f"{table.name}.{named}: the patient's name",)
        elif role is None and _describes_the_patient(table):
            role = "linked"  # a public-use discharge record: the patient's zip, county, age
            paths[key] = (f"{table.name}: the patient's residence and age, one patient's",)
        roles[key] = role or "other"
    for key, column in keyed_by_site_key(profiles, roles).items():
        roles[key] = "linked"
        paths[key] = (column,)
    for key, column in keyed_by_shared_key(profiles, roles).items():
        roles[key] = "linked"
        paths[key] = (column,)
    edges = {
        key: [
            (fk, by_name.get((fk.referred_schema or table.schema, fk.referred_table)))
            for fk in (*table.foreign_keys, *implied.get(key, ()))
        ]
        for key, table in profiles.items()
    }
    own_roles = dict(roles)  # what each table is by its own name and columns
    # A contact or address table a patient row points to holds that patient's details (OMOP's
    # person.location_id -> location); the other rows that point there (an organisation's, a
    # site's) keep their own address there and do not reach the patient by it (see shared).
    contacts = set()
    # a table of places whose rows lie within rows of its own (Avni's address_level: a village
    # in its district) is a gazetteer the patient's row names a place of, not their address row
    nested = {
        key for key, targets in edges.items() if any(target == key for _fk, target in targets)
    }
    for key, targets in edges.items():
        if _is_patient_table(profiles[key]):
            for fk, target in targets:
                if (
                    target
                    and roles[target] == "other"
                    and _holds_contacts(profiles[target])
                    and target not in nested
                    # the patient's employer's or insurer's place (corporate_location_id)
                    and not {singular(w) for w in tokens(fk.columns[0])} & EMPLOYER_WORDS
                    # a named place (a hospital's branch, its name, phone and contact
                    # person) is where the patient registered, not where they live
                    and not any(tokens(c.name) == ("name",) for c in profiles[target].columns)
                ):
                    roles[target] = "person"
                    paths[target] = (step(profiles[key], fk) + " (the patient's)",)
                    contacts.add(target)

    def assigned(key: str) -> bool:
        """A task assigned to staff: a key of a job table's to the staff table."""
        return roles[key] == "job" and any(
            target is not None and roles[target] == "staff" for _fk, target in edges[key]
        )

    # A register of persons the patient's row points to by a key of its own (not the key that
    # makes it a person's row) holds the patient's name and phone among others': OpenEyes keeps
    # patients', GPs', sites' and institutions' in one ``contact`` table. The other rows that
    # point there keep their own contact there: they do not reach the patient by it.
    shared = contacts | {
        target
        for key, targets in edges.items()
        if _is_patient_table(profiles[key])
        for fk, target in targets
        if target is not None
        and own_roles[target] == "person"
        and not _is_patient_table(profiles[target])
        and not set(fk.columns) & set(profiles[key].primary_key)
    }
    parties = _party_registers(profiles, edges, own_roles)
    # The tables the patients' table extends, keyed by its own primary key (table-per-subclass
    # inheritance: SanteDB's pat_tbl -> psn_tbl -> ent_vrsn_tbl), are registers of parties with
    # the patients among them: what hangs on them hangs on patients too.
    for key, (owner, fk) in _superclasses(profiles, edges, own_roles).items():
        parties |= {key}
        if roles[key] == "other":
            roles[key] = "person"
            paths[key] = (step(profiles[owner], fk) + " (the patients' table extends it)",)
    # The records a patient's row keeps in tables of their own (a case's hospitalisation, its
    # symptoms, its exposures) are that patient's, and so is what hangs on them.
    for key, (owner, fk) in _record_parts(profiles, edges, roles, own_roles, shared).items():
        roles[key] = "linked"
        paths[key] = (step(profiles[owner], fk) + " (a part of its record)", *paths.get(owner, ()))
    for key, (header, column) in _extract_families(profiles, roles).items():
        roles[key] = "linked"
        paths[key] = (
            f"{profiles[key].name}.{column}: {profiles[header].name}'s record key, repeated",
            *paths.get(header, ()),
        )
    # A row keyed to a users' table by a key named for the patient (Mimba+'s BirthPlan.motherId
    # -> User) is a patient's: that system's users are its patients too (an mHealth app's
    # mothers, a portal's members), whoever else logs in.
    for key, targets in sorted(edges.items()):
        if roles[key] != "other":
            continue
        for fk, target in targets:
            if (
                target is not None
                and roles[target] == "staff"
                and set(tokens(fk.columns[0])) & PATIENT_USER_WORDS
            ):
                roles[key] = "linked"
                paths[key] = (f"{step(profiles[key], fk)}: a key named for the patient",)
                break
    # The users' table a patients' row refers to one to one, for its own account (RADAR-base's
    # unique subject.user_id -> radar_user), keeps the patients' logins, names and e-mails
    # beside the staff's: its rows are persons, patients among them.
    for key, targets in sorted(edges.items()):
        if not _is_patient_table(profiles[key]):
            continue
        for fk, target in targets:
            if (
                target is not None
                and roles[target] == "staff"
                and not ACCOUNT_KEY_WORDS.isdisjoint(tokens(fk.columns[0]))
                and _one_to_one(profiles[key], fk)  # who registered them keys many patients
            ):
                roles[target] = "person"
                paths[target] = (f"{step(profiles[key], fk)}: the patients' own accounts",)
    # Caregivers a patient is joined to by a row that says how they are related (MHIRA's
    # patient_caregiver.relation) are the patient's family, no paid aides on the staff.
    for key, targets in sorted(edges.items()):
        ends = [(fk, target) for fk, target in targets if target is not None]
        if (
            len(ends) != 2  # a row joining the two, not a record naming many (an admission)
            or _is_patient_table(profiles[key])
            or not _says_relation(profiles[key])
            or not any(_is_patient_table(profiles[target]) for _fk, target in ends)
        ):
            continue
        for fk, target in ends:
            if (
                roles[target] == "staff"
                and not CARER_WORDS.isdisjoint(tokens(profiles[target].name))
                and not names_actor(fk.columns[0])
            ):
                roles[target] = "person"
                paths[target] = (f"{step(profiles[key], fk)}: joined to a patient by a relation",)
    # A messaging platform's contacts are the people it reaches (RapidPro's contacts_contact, a
    # health programme's mothers): where no table keeps patients, a table named for contacts
    # alone, with their names, is the register of persons.
    if not keeps_patients:
        for key, table in profiles.items():
            if (
                roles[key] == "other"
                and {singular(word) for word in tokens(table.name)} == {"contact"}
                and any(tokens(column.name) == ("name",) for column in table.columns)
            ):
                roles[key] = "person"
                paths[key] = (f"{table.name}: the contacts a platform reaches, no patient table",)
    # Breadth first from the patient and person tables, against the direction of the keys:
    # an order's specimen's comment is still the patient's, and a laboratory's specimen, its
    # item, the analysis, the result and its signature (OpenELIS) too: four keys away at most.
    frontier = [key for key, role in roles.items() if role in PATIENT_CONTEXT]
    reached = {key: paths.get(key, ()) for key in frontier}
    frontier += through_links(frontier, profiles, edges, roles, reached, paths)
    for _hop in range(MAX_HOPS):
        following = []
        for key, targets in sorted(edges.items()):
            if key in reached or not (
                roles[key] in ("other", "job", "audit")
                # a doctor's or a nurse's record of a patient's session, keyed to the session
                or (roles[key] == "staff" and _clinicians_writing(profiles[key]))
            ):
                continue
            for fk, target in targets:
                if (
                    target in reached
                    and target in frontier
                    and target not in shared
                    and not names_actor(fk.columns[0])  # who ordered it, not whose it is
                    and not names_kind(fk.columns[0])  # what kind it is, not whose
                    and (roles[key] == "other" or not fk.implied)
                    and not (target in parties and _another_party(profiles[key], fk))
                    # an institution's or a department's person is its contact, not a patient
                    and not (roles[target] == "person" and _names_an_institution(profiles[key]))
                ):
                    reached[key] = (step(profiles[key], fk), *reached[target])
                    following.append(key)
                    break
        frontier = following
        for key in following:
            if roles[key] == "job" and len(reached[key]) > 1 + assigned(key):
                # a job row counts only by its own key to the patient; a task assigned to
                # staff is someone's work on the patient's row it is declared to key
                # (SORMAS's task.caze_id), where a system's queue is not. An audit row copies
                # the row it is declared to key, whoever's that row is.
                del reached[key]
                continue
            roles[key] = "linked"
            paths[key] = reached[key]
        frontier += through_links(frontier, profiles, edges, roles, reached, paths)
    # The address a patient's own address row points to holds the patient's address, and so
    # does the one that points to in turn (Samson's ClientAddress -> Address -> AddressHouse).
    holders = [k for k in edges if roles[k] in PATIENT_CONTEXT and _holds_contacts(profiles[k])]
    for _hop in range(MAX_HOPS):
        found = []
        for key in holders:
            for fk, target in edges[key]:
                if (
                    target
                    and roles[target] == "other"
                    and _holds_contacts(profiles[target])
                    and _leads_to_address(profiles[key], fk.columns[0])
                ):
                    roles[target] = "person"
                    paths[target] = (
                        step(profiles[key], fk) + " (the patient's)",
                        *paths.get(key, ()),
                    )
                    found.append(target)
        holders = found
    # A note a patient's row points to is about that patient, also when a link table of the
    # two keys attaches it (OpenClinica's dn_subject_map -> discrepancy_note).
    for key, targets in sorted(edges.items()):
        if roles[key] not in PATIENT_CONTEXT:
            continue
        for fk, target in targets:
            if target and roles[target] == "other" and _is_note_table(profiles[target]):
                roles[target] = "linked"
                paths[target] = (step(profiles[key], fk) + " (a note on it)", *paths.get(key, ()))
    # A note kept on a row of any table, by the table's reference and the row's id (OpenELIS's
    # note.reference_table, reference_id), is kept on patients' rows among the rest; so is an
    # address or a contact so kept (OpenEyes's address.parent_class, parent_id), and a child
    # row of a document of any kind (Frappe's parent, parenttype, parentfield).
    if any(role in PATIENT_CONTEXT for role in roles.values()):
        for key, table in profiles.items():
            if roles[key] != "other":
                continue
            anywhere = refers_to_any_row(table)
            if _child_row(table):
                roles[key] = "linked"
                paths[key] = (f"{table.name}: a child row of any document, patients' among them",)
            elif anywhere and (_is_note_table(table) or _is_text_store(table)):
                roles[key] = "linked"
                paths[key] = (f"{table.name}: a note on a row of any table, patients' among them",)
            elif anywhere and _holds_contacts(table):
                roles[key] = "person"
                paths[key] = (f"{table.name}: kept for a row of any table, patients' among them",)
    # A FHIR store's table for a type of the Patient compartment holds patients' resources,
    # the key to the patient kept inside each one (see .fhir_store).
    for key, kind in compartment_tables(profiles.values()).items():
        if roles[key] in ("other", "reference"):  # DocumentReference: no code list
            roles[key] = "linked"
            paths[key] = (
                f"{profiles[key].name}: a FHIR store's {kind} resources, of the Patient "
                "compartment",
            )
    # A FHIR resource laid out element by element names its patient by a reference element.
    for key, table in profiles.items():
        if roles[key] in ("other", "reference") and (subject := flattened_subject(table)):
            roles[key] = "linked"
            paths[key] = (f"{table.name}.{subject}: a FHIR resource's reference to its patient",)
    # No key found, but the name says its rows are patients' visits: they are still a patient's;
    # a store of whole typed resources (a FHIR server's) keeps patients' among the rest.
    referred_to = {
        target for targets in edges.values() for _fk, target in targets if target is not None
    }
    # A database of a patient's table and tables no key joins, declared or implied, is an
    # extract of records filed apart (a per-patient EHI export's sections, a registry's files,
    # NEMSIS's and NAACCR's record groups): each table dating an event is the patients' record.
    flat = not keyed and "patient" in roles.values()
    for key, table in profiles.items():
        if (
            roles[key] == "other"
            and flat
            # a section dating events, or one of a clinician's notes, dated or not (Helios's
            # clinical_notes: ConsultationNote, ProgressNote, ImagingNarrative)
            and (_dates_an_event(table) or _holds_notes(table))
        ):
            roles[key] = "linked"
            paths[key] = (f"{table.name}: a section of an extract of patients' records, unkeyed",)
        elif roles[key] == "other" and _is_encounter_table(table):
            roles[key] = "linked"
            paths[key] = (f"{table.name}: a register of patients' visits",)
        elif (
            roles[key] == "other"
            and not edges.get(key)
            and key not in referred_to
            and _names_a_data_class(table.name)
            and _dates_an_event(table)
        ):
            # an export's section of one kind of a patient's record (Qualifacts' Allergies,
            # VitalSigns, SurgicalHistory), nothing keyed to or from it: the patient's
            roles[key] = "linked"
            paths[key] = (f"{table.name}: named for a kind of a patient's record (USCDI)",)
        elif roles[key] == "other" and stored_resource(table) is not None:
            roles[key] = "linked"
            paths[key] = (f"{table.name}: a store of whole resources, patients' among them",)
    # A document whose search row is a patient's is the patient's too: OpenSRP keeps each
    # event as JSON in ``event`` and what is searched in ``event_metadata.event_id -> event``.
    for key, targets in sorted(edges.items()):
        if roles[key] not in PATIENT_CONTEXT:
            continue
        for fk, target in targets:
            if (
                target is not None
                and not fk.implied
                and roles[target] == "other"
                and _describes(profiles[key], profiles[target])
            ):
                roles[target] = "linked"
                paths[target] = (
                    step(profiles[key], fk) + " (its index row)",
                    *paths.get(key, ()),
                )
    # A copy of a patient's table's rows, kept as its history (SORMAS's ``cases_history``,
    # Hibernate Envers's ``*_aud``), holds what the patient's rows held.
    for key, original in _history_copies(profiles).items():
        if roles[original] in PATIENT_CONTEXT and roles[key] not in PATIENT_CONTEXT:
            roles[key] = "linked"
            table = profiles[key]
            paths[key] = (
                f"{table.name}: a copy of {profiles[original].name}'s rows",
                *paths.get(original, ()),
            )
    # Rows a patient's record keeps in a table named as the record's table and more, with no key
    # of their own nor to say whose they are (Winning Health's DC_CYXJ_CYXJ_RYXYZD, the
    # admission diagnoses of a discharge summary), are the record's: nothing refers to them, as
    # something refers to a code list, and a table with a key of its own (OSCAR's
    # billingservice, HAPI's hfj_resource_modified) is a thing of its own.
    for key, parent in _detail_tables(profiles).items():
        if (
            roles[key] == "other"
            and roles[parent] in PATIENT_CONTEXT
            and key not in referred_to
            and not edges.get(key)  # its own keys say where its rows belong
        ):
            roles[key] = "linked"
            paths[key] = (
                f"{profiles[key].name}: detail rows of {profiles[parent].name}",
                *paths.get(parent, ()),
            )
    return roles, paths


def _detail_tables(profiles: Mapping[str, TableProfile]) -> dict[str, str]:
    """Each table without a primary key named as another of its schema and more words after
    (``order_item`` of ``order``), with the longest such table: the table its rows are details
    of by name."""
    by_words = {(table.schema, words_of(table.name)): key for key, table in profiles.items()}
    found = {}
    for key, table in profiles.items():
        if table.primary_key:
            continue
        words = words_of(table.name)
        for end in range(len(words) - 1, 0, -1):
            parent = by_words.get((table.schema, words[:end]))
            if parent is not None:
                found[key] = parent
                break
    return found


def _party_registers(
    profiles: Mapping[str, TableProfile],
    edges: Mapping[str, list[tuple[ForeignKey, str | None]]],
    own_roles: Mapping[str, str],
) -> frozenset[str]:
    """Registers of parties, persons and organisations alike (Tryton's ``party_party``, Odoo's
    ``res_partner``), that the patients' table extends one row for one: the patient is one
    kind of party among others (an institution, a health professional, an insurer)."""
    return frozenset(
        target
        for key, targets in edges.items()
        if own_roles[key] == "patient" and _ends_in_patient(profiles[key].name)
        for fk, target in targets
        if target is not None
        and target != key
        and own_roles[target] == "person"
        and not _is_patient_table(profiles[target])
        and _one_to_one(profiles[key], fk)
    )


def _superclasses(
    profiles: Mapping[str, TableProfile],
    edges: Mapping[str, list[tuple[ForeignKey, str | None]]],
    own_roles: Mapping[str, str],
) -> dict[str, tuple[str, ForeignKey]]:
    """The tables a patients' table extends by its primary key, and theirs in turn: each with
    the table and key that extend it."""
    found: dict[str, tuple[str, ForeignKey]] = {}
    frontier = [key for key, role in own_roles.items() if role == "patient"]
    for _hop in range(MAX_HOPS):
        following = []
        for key in frontier:
            own_key = {column.lower() for column in profiles[key].primary_key}
            for fk, target in edges[key]:
                if (
                    target is not None
                    and target != key
                    and target not in found
                    and not fk.implied
                    and own_key
                    and {column.lower() for column in fk.columns} == own_key
                    # a row that keys its patient itself is a record of one (a visit a
                    # registration form extends: ZEPRS's encounter), no register of parties
                    and own_roles[target] not in ("patient", "staff", "linked")
                ):
                    found[target] = (key, fk)
                    following.append(target)
        frontier = following
    return found


def _ends_in_patient(name: str) -> bool:
    """Named for patients, behind a module's prefix (``gnuhealth_patient``), not a part of
    their record (``patient_evaluation``)."""
    words = words_of(name)
    return bool(words) and singular(words[-1]) in PATIENT_WORDS


def _one_to_one(table: TableProfile, fk: ForeignKey) -> bool:
    """Whether the key's columns are unique in ``table``: each row extends one referred row."""
    columns = {column.lower() for column in fk.columns}
    return any(
        {column.lower() for column in unique} == columns for unique in unique_keys(table) if unique
    )


# Words of a key to the place of an organisation the patient belongs to, not of the patient.
EMPLOYER_WORDS = ORGANISATION_WORDS | {"corporate", "corporation", "employer", "sponsor"}


def _another_party(table: TableProfile, fk: ForeignKey) -> bool:
    """Whether a key to a register of parties refers to a party that is not a patient: one the
    table extends one row for one, as the patients' table does (an institution, a professional),
    or one named for an organisation (an insurance plan's ``company``)."""
    if _ends_in_patient(table.name):
        return False
    named = {singular(word) for column in fk.columns for word in tokens(column)}
    return _one_to_one(table, fk) or bool(named & ORGANISATION_WORDS)


# Words naming a table of what is searched or known about another's rows, one for each.
INDEX_WORDS = frozenset({"metadata", "meta", "index", "search"})


def _describes(table: TableProfile, other: TableProfile) -> bool:
    """Whether ``table`` is named as ``other`` with a word of :data:`INDEX_WORDS` after it
    (``event_metadata`` and ``event``): its rows index the other's."""
    words, others = words_of(table.name), words_of(other.name)
    return len(words) == len(others) + 1 and words[:-1] == others and words[-1] in INDEX_WORDS


# Words naming a table's copy of another's rows: its history, versions, audit copy, archive.
COPY_WORDS = frozenset(
    {"history", "hist", "aud", "audit", "archive", "arch", "log", "versions", "version", "bak",
     "backup", "old", "copy", "snapshot", "deleted"}
)  # fmt: skip


def _history_copies(profiles: Mapping[str, TableProfile]) -> dict[str, str]:
    """Each table that is another's copy (by qualified name): named as that table with a word
    of :data:`COPY_WORDS` before or after, and holding every column of it, or only some of them
    beside its own key (Medplum's ``Observation_History``: the version's key, the resource's id,
    its content and time)."""
    by_words = {(table.schema, words_of(table.name)): key for key, table in profiles.items()}
    found = {}
    for key, table in profiles.items():
        words = words_of(table.name)
        if len(words) < 2:
            continue
        for rest in _without_copy_words(words):
            original = by_words.get((table.schema, rest))
            if original is None or original == key:
                continue
            kept = {column.name.lower() for column in table.columns}
            columns = {column.name.lower() for column in profiles[original].columns}
            own = kept - {name.lower() for name in table.primary_key}
            if columns <= kept or (len(own) >= 2 and own <= columns):
                found[key] = original
                break
    return found


def _without_copy_words(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The names a copy's words may be its original's under: without the copy words it ends in,
    or without those it starts with (one or several: ``AuditLog_Specimens``,
    ``patient_history_archive``)."""
    ending, starting = len(words), 0
    while ending > 1 and words[ending - 1] in COPY_WORDS:
        ending -= 1
    while starting < len(words) - 1 and words[starting] in COPY_WORDS:
        starting += 1
    return [rest for rest in (words[:ending], words[starting:]) if rest != words]


# Frappe (ERPNext, its healthcare app) keeps a document's rows of a table field in a child
# table: the parent document's name, its DocType and the field.
CHILD_ROW_COLUMNS = frozenset({"parent", "parenttype", "parentfield"})


def _child_row(table: TableProfile) -> bool:
    """A child table of Frappe's, whose rows belong to a document of any DocType."""
    return {column.name.lower() for column in table.columns} >= CHILD_ROW_COLUMNS


def _dicom_study(table: TableProfile) -> bool:
    """The attributes of DICOM's General Study module: a study's instance UID or accession
    number beside its date or time (OpenREM keeps them in ``generalstudymoduleattr`` and hangs
    the patient's attributes and every dose report on it). In DICOM's model a study is one
    patient's, whatever the table is keyed by."""
    words = [set(tokens(column.name)) for column in table.columns]
    identity = any(
        {"study", "instance", "uid"} <= seq or "studyinstanceuid" in seq or "accession" in seq
        for seq in words
    )
    return identity and any("study" in seq and seq & DATEISH for seq in words)


def _is_medical_record(table: TableProfile) -> bool:
    """Named for a medical record: ``medical_record``, ``dossier_medical``, ``health_file``."""
    words = {singular(word) for word in tokens(table.name)}
    return bool(words & {"medical", "health", "clinical"}) and bool(
        words & (RECORD_WORDS | {"chart"})
    )


def _is_note_table(table: TableProfile) -> bool:
    return bool({singular(word) for word in tokens(table.name)} & NOTE_TABLE_WORDS)


def _holds_notes(table: TableProfile) -> bool:
    """Whether a text column is named a note or a narrative (``ProgressNote``)."""
    return any(
        family(column.type) == "string"
        and not NOTE_COLUMN_LAST.isdisjoint(tokens(column.name)[-1:])
        for column in table.columns
    )


def _is_text_store(table: TableProfile) -> bool:
    """Named for the texts or documents it keeps (Cerner's LONG_TEXT, LONG_BLOB): kept for a
    row of any table, each is what was written on that row."""
    return bool(set(tokens(table.name)) & TEXT_STORE_WORDS)


def stored_resource(table: TableProfile) -> str | None:
    """The column keeping each row's whole resource when the table is a store of typed
    resources: a resource type beside the resource's content in a blob or long text (HAPI FHIR's
    ``res_type`` and ``res_text``). Such a store holds Patient resources among the others."""
    typed = content = None
    for column in table.columns:
        part = _resource_part(column.name, column.type)
        if part == "type":
            typed = column.name
        elif part == "content":
            content = column.name
    return content if typed else None


def stored_documents(table: TableProfile) -> tuple[str, ...]:
    """The columns keeping each row's whole document: named just so (``data``, ``content``,
    ``json``, ``document``; ``ov_data``, ``claimdata`` behind a prefix) and typed to hold one (JSON,
    a long text, a blob). On a patient's row (an openEHR composition, an OpenSRP client, a FHIR
    resource) the document carries the patient's details. Not a form's answers or observations
    (``observations``, ``answers``), which are named for what they hold."""
    ids = {tokens(column.name) for column in table.columns}
    return tuple(
        column.name
        for column in table.columns
        if _document_column(column.name, column.type)
        # data beside the id of the data item it holds (SICdb's Data beside DataID) is that
        # item's charted value, not a document
        and (tokens(column.name)[-1], "id") not in ids
    )


@cache
def _document_column(name: str, type_name: str) -> bool:
    """:func:`stored_documents` of one column. Cached: asked of every column of a patient's
    row."""
    seq = tokens(name)
    if not seq or not (seq[-1] in WHOLE_DOCUMENT_WORDS or "".join(seq).endswith("data")):
        return False
    kind = type_name.strip().upper()
    return kind.startswith("JSON") or family(kind) == "binary" or is_large_text(kind)


@cache
def _resource_part(name: str, type_name: str) -> str | None:
    """``type`` or ``content`` when a column so named and typed can be that part of a store of
    typed resources (see :func:`stored_resource`). Cached: asked of every column of every
    table, and wide schemas repeat their names."""
    seq = tokens(name)
    if RESOURCE_WORDS.isdisjoint(seq):
        return None
    # the type named, or kept as a key to a table of types (Microsoft's ResourceTypeId)
    if seq[-1] == "type" or seq[-2:] == ("type", "id"):
        return "type"
    # a resource kept raw (RawResource), or its text in a large object (PostgreSQL's oid:
    # HAPI FHIR's res_text, its res_text_vc beside it)
    whole = family(type_name) == "binary" or is_large_text(type_name)
    if not (CONTENT_WORDS | {"raw"}).isdisjoint(seq) and (whole or type_name.upper() == "OID"):
        return "content"
    return None


def _own_row_key(table: TableProfile, column: str, shared: frozenset[str]) -> bool:
    """A patient-key name that is the table's whole primary key numbers the table's own rows
    (HAPI FHIR keys every table by ``pid``, its persistent id), unless the patient table has it
    too (a table extending the patient's row); a declared foreign key still links it, as a path."""
    own = tuple(name.lower() for name in table.primary_key) == (column.lower(),)
    return own and column.lower() not in shared


def _keys_other_rows(table: TableProfile, column: str, registers: frozenset[str]) -> bool:
    """A patient-key name declared a foreign key to a table that does not hold persons refers to
    that table's rows (HAPI FHIR's ``forced_id_pid`` -> ``hfj_forced_id``, ``search_pid``);
    ``registers``: the tables keys named for the patient outright refer to, which do."""
    return any(
        column in fk.columns
        and _name_role(fk.referred_table) not in ("patient", "person")
        and fk.referred_table not in registers
        for fk in table.foreign_keys
    )


def _keys_accounts(
    table: TableProfile,
    column: str,
    implied: tuple[ForeignKey, ...],
    profiles: Mapping[str, TableProfile],
    by_name: Mapping[tuple[str | None, str], str],
) -> bool:
    """A patient-key name that refers, declared or implied, to the system's accounts names the
    user who did something (Samson's ``execPerson_id`` -> ``Person``, its staff), not whom."""
    for fk in (*table.foreign_keys, *implied):
        target = by_name.get((fk.referred_schema or table.schema, fk.referred_table))
        if column in fk.columns and target is not None and _logs_in(profiles[target]):
            return True
    return False


# The words that name the patient outright in a key, not an alias of its number (pid).
PATIENT_NAMED = frozenset({"patient", "person", "subject", "demographic"})


def _named_registers(tables: Iterable[TableProfile]) -> frozenset[str]:
    """The tables a declared foreign key named for the patient outright refers to: GNUmed's
    ``clin_encounter.fk_patient`` -> ``xlnk_identity``. The schema says they hold the
    patients, whatever they are called; a key named by an alias (HAPI FHIR's ``forced_id_pid``)
    says no such thing."""
    return frozenset(
        fk.referred_table
        for table in tables
        for fk in table.foreign_keys
        if len(fk.columns) == 1
        and is_patient_key(fk.columns[0])
        and set(tokens(fk.columns[0])) & PATIENT_NAMED
    )
