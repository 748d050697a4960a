"""Words for PHI classes taken from the standards, not grown by hand.

- **HL7 v2** (hl7apy's 2.5 reference data): every field of the segments that carry a person or
  a patient's episode (PID, PD1, NK1, GT1, IN1-IN3, PV1, PV2, MRG, ORC, OBR, SPM) typed as an
  identifier (CX, EI, EIP, DLN, or a string named ``..._NUMBER``/``..._ID``) gives the words of
  its name: ``PLACER_ORDER_NUMBER`` -> ``placer``, ``order``; ``PATIENT_ACCOUNT_NUMBER`` ->
  ``account``; ``VISIT_NUMBER`` -> ``visit``. Fields typed XPN give the people whose names a
  row may hold (``guarantor``, ``insured``, ``mother``, ``contact``, ``alias``).
- **FHIR** (fhir.resources): the elements of Patient, RelatedPerson, Practitioner and
  Encounter typed HumanName, Address, ContactPoint, Attachment and Identifier, and the parts
  of HumanName and Address (``family``, ``given``, ``prefix``, ``suffix``; ``line``,
  ``district``, ``postal``).
- **HIPAA Safe Harbor** (45 CFR 164.514(b)(2)) and the claims it names: claim, authorization,
  referral, certificate and licence numbers, admission and accession numbers, invoice numbers
  (an account number by another name).

Words that name organisations or codes rather than a person's identifier (company, employer,
facility, provider, payor, group, type, set) are left out.
"""

from __future__ import annotations

import re
from functools import cache

from assessor.model import PhiClass

from .tokens import singular, tokens

__all__ = [
    "clinical_topic_words",
    "fhir_words",
    "hl7_field_words",
    "identifier_words",
    "relation_words",
]

_SEGMENTS = frozenset(
    {
        "PID", "PD1", "NK1", "GT1", "IN1", "IN2", "IN3", "PV1", "PV2", "MRG", "ORC", "OBR", "SPM",
        "IPC",  # imaging procedure control: requested procedure and scheduled step ids
    }
)  # fmt: skip
_IDENTIFIER_TYPES = frozenset({"CX", "EI", "EIP", "DLN"})
# Words of field names that say "an identifier of" rather than "whose" or "what".
_FRAME = frozenset(
    {
        "patient", "number", "num", "id", "identifier", "list", "prior", "alternate", "s",
        "of", "the", "and", "or", "ph", "home", "business", "card", "health", "ins", "emp",
        "associated", "party", "parties", "next", "kin", "case", "pid",
        # a procedure or a step alone is numbered by its row; requested or scheduled, by a
        # placer system for one patient
        "procedure", "step",
    }
)  # fmt: skip
# Field names about organisations, codes or structure: not a person's identifier.
_NOT_PERSONAL = frozenset(
    {
        "company", "employer", "employee", "facility", "provider", "payor", "agency", "group",
        "parent", "duplicate", "diagnosis", "set", "type", "universal", "namespace", "co",
        "ordering", "callback", "call", "back", "special", "coverage", "approval",
        # IPC's station is a modality's; "study" and "instance" alone name a research study
        # or a row as often as an imaging study (their UIDs are found by name elsewhere)
        "station", "study", "instance", "uid",
    }
)  # fmt: skip
# Safe Harbor and claims identifiers outside the HL7 segments above.
_HIPAA = {
    "claim": PhiClass.OTHER_ID,
    "invoice": PhiClass.ACCOUNT,
    "bill": PhiClass.ACCOUNT,
    "authorization": PhiClass.OTHER_ID,
    "authorisation": PhiClass.OTHER_ID,
    "auth": PhiClass.OTHER_ID,
    "referral": PhiClass.OTHER_ID,
    "admission": PhiClass.OTHER_ID,
    "encounter": PhiClass.OTHER_ID,
    "accession": PhiClass.OTHER_ID,
    "requisition": PhiClass.OTHER_ID,
    "certificate": PhiClass.LICENCE,
    "passport": PhiClass.OTHER_ID,
    "beneficiary": PhiClass.HEALTH_PLAN,
    "subscriber": PhiClass.HEALTH_PLAN,
    # the patient's chart, numbered as the medical record is (a clinic's chart_id)
    "chart": PhiClass.MRN,
}


def _hl7_fields() -> list[tuple[str, str]]:
    """(data type, long name) of each field of the person and episode segments."""
    from hl7apy.v2_5 import fields

    return [
        _type_and_name(value)
        for key, value in fields.FIELDS.items()
        if key.split("_")[0] in _SEGMENTS
    ]


def _type_and_name(value: tuple) -> tuple[str, str]:
    """(data type, long name) of one of hl7apy's field entries: a composite's own, or a
    leaf's, whose detail (when it has one) says them."""
    if value[0] != "sequence" and value[1] is not None:
        return str(value[1][2]), str(value[1][3])
    return str(value[2]), str(value[3])


# A segment's id and a field's number: run together only when the segment is capitalised
# (``Pid5``, ``PID5``); lower case, it is a word's (eTB Manager's ``pid0``..``pid3``, parent ids).
_FIELD_ID = re.compile(r"^([A-Z][A-Za-z0-9]{2}[_.\-]?|[a-z][a-z0-9]{2}[_.\-])(\d{1,3})$")


@cache
def hl7_field_name(name: str) -> str | None:
    """The long name of the HL7 v2.5 field of a person or an episode a column is named by, as
    a store of HL7 messages' fields names them (an XDS registry's ``Pid5``, a staging table's
    ``PID_11``): ``PATIENT_NAME``, ``PATIENT_ADDRESS``; None for any other name."""
    found = _FIELD_ID.match(name)
    if found is None or (segment := found.group(1).rstrip("_.-").upper()) not in _SEGMENTS:
        return None
    from hl7apy.v2_5 import fields

    value = fields.FIELDS.get(f"{segment}_{int(found.group(2))}")
    if value is None:
        return None
    long_name = _type_and_name(value)[1]
    # a repeating field's "list" is its values (PATIENT_IDENTIFIER_LIST); a next of kin's
    # fields are named without the kin (NK1-2 is NAME)
    long_name = long_name.removesuffix("_LIST")
    return f"NEXT_OF_KIN_{long_name}" if segment == "NK1" else long_name


@cache
def hl7_field_words() -> frozenset[str]:
    """The lowercase words of every HL7 v2.5 field's name: a vocabulary of healthcare English
    against which an abbreviation is checked for what else it could mean."""
    from hl7apy.v2_5 import fields

    found: set[str] = set()
    for value in fields.FIELDS.values():
        found.update(re.findall("[a-z]+", _type_and_name(value)[1].lower()))
    return frozenset(found)


def _words(name: str) -> set[str]:
    return {singular(word) for word in tokens(name.replace("_", " ").lower())}


_CLASS_WORDS = frozenset(
    {"ssn", "license", "licence", "driver", "account", "policy", "insured", "medicare",
     "medicaid", "member", "subscriber"}
)  # fmt: skip


def _class_of(words: set[str]) -> PhiClass:
    if words & {"ssn"} or {"social", "security"} <= words:
        return PhiClass.SSN
    if words & {"license", "licence", "driver"}:
        return PhiClass.LICENCE
    if "account" in words:
        return PhiClass.ACCOUNT
    if words & {"policy", "insured", "medicare", "medicaid", "member", "subscriber"}:
        return PhiClass.HEALTH_PLAN
    return PhiClass.OTHER_ID


@cache
def identifier_words() -> dict[str, PhiClass]:
    """Words that, with an identifier suffix (``_id``, ``_no``, ``_nr``...), name a patient's
    identifier, and its class: ``visit`` -> other-id, ``account`` -> account."""
    found: dict[str, PhiClass] = dict(_HIPAA)
    for data_type, name in _hl7_fields():
        upper = name.upper()
        if data_type not in _IDENTIFIER_TYPES and not (
            data_type == "ST" and ("NUMBER" in upper or upper.endswith("_ID"))
        ):
            continue
        words = _words(name)
        if words & _NOT_PERSONAL:
            continue
        phi_class = _class_of(words)
        # An SSN or licence field names its class by its own words; the rest (whose) is frame.
        keep = words - _FRAME if phi_class == PhiClass.OTHER_ID else words & _CLASS_WORDS
        for word in keep:
            found.setdefault(word, phi_class)
    return found


@cache
def relation_words() -> frozenset[str]:
    """People other than staff whose names HL7 rows hold: ``guarantor``, ``insured``,
    ``mother``, ``contact``, ``alias``, ``spouse``..."""
    found: set[str] = set()
    for data_type, name in _hl7_fields():
        words = _words(name)
        if data_type == "XPN" and not words & _NOT_PERSONAL:
            raw = set(tokens(name.replace("_", " ").lower()))
            found |= (words | raw) - _FRAME - {"name", "medicaid", "military", "alia"}
    return frozenset(found)


@cache
def fhir_words() -> dict[str, PhiClass]:
    """Element names of FHIR's person resources and of their HumanName, Address and
    ContactPoint parts, by the class of what they hold: ``telecom`` -> phone, ``given`` ->
    name, ``district`` -> address."""
    from fhir.resources.address import Address
    from fhir.resources.encounter import Encounter
    from fhir.resources.humanname import HumanName
    from fhir.resources.patient import Patient
    from fhir.resources.practitioner import Practitioner
    from fhir.resources.relatedperson import RelatedPerson

    by_type = {
        "HumanName": PhiClass.NAME,
        "Address": PhiClass.ADDRESS,
        "ContactPoint": PhiClass.PHONE,
        "Attachment": PhiClass.PHOTO,
        "Identifier": PhiClass.OTHER_ID,
    }
    found: dict[str, PhiClass] = {}
    for resource in (Patient, RelatedPerson, Practitioner, Encounter):
        for field, info in resource.model_fields.items():
            annotation = str(info.annotation)
            for type_name, phi_class in by_type.items():
                if f"{type_name}Type" in annotation and not field.endswith("__ext"):
                    for word in tokens(field):
                        found.setdefault(word, phi_class)
    # Parts that are not identifiers alone: a state or country is allowed by Safe Harbor;
    # "line" and "code" name too much else.
    skip = {"use", "type", "text", "period", "country", "state", "extension", "id", "fhir",
            "line", "code"}  # fmt: skip
    for model, phi_class in ((HumanName, PhiClass.NAME), (Address, PhiClass.ADDRESS)):
        for field in model.model_fields:
            if "__" in field or field in skip or field.startswith(("fhir", "modifier")):
                continue
            for word in tokens(field):
                if word not in skip:
                    found.setdefault(word, phi_class)
    return found


# FHIR R4's clinical resources (the Clinical module: Summary, Diagnostics, Medications and Care
# Provision), whose subject is the patient: what a clinician writes about one, by topic.
CLINICAL_RESOURCES = (
    "AllergyIntolerance", "AdverseEvent", "Condition", "Procedure", "FamilyMemberHistory",
    "ClinicalImpression", "DetectedIssue", "RiskAssessment", "CarePlan", "Goal",
    "NutritionOrder", "VisionPrescription", "MedicationRequest", "MedicationStatement",
    "MedicationAdministration", "Immunization", "Observation", "DiagnosticReport",
)  # fmt: skip
# and the elements of them that name a topic of their own: an allergy's reaction, a condition
# kept on the problem list (Condition.category problem-list-item), its symptoms
CLINICAL_ELEMENTS = ("reaction", "problem", "symptom", "medications")
# The topics of a social history (HL7 C-CDA's Social History section, FHIR's social-history
# observation category, US Core's smoking status): what a patient's history records of habits
# and exposures, written out.
SOCIAL_HISTORY = (
    "tobacco", "smoking", "alcohol", "caffeine", "coffee", "recreational",
    "exercise", "diet", "sleep", "sexual", "lifestyle", "seatbelt", "hazardous",
)  # fmt: skip
# Words of those names that name an event, a workflow or a part, not a topic: they are found on
# any row (an order's plan, a service's request, a care team's member).
_NOT_TOPIC = frozenset(
    {
        "event", "member", "family", "care", "plan", "goal", "order", "request", "statement",
        "administration", "detected", "issue", "report", "observation", "vision",
    }
)  # fmt: skip


@cache
def clinical_topic_words() -> frozenset[str]:
    """Words that name a clinical topic, from FHIR's clinical resource names: ``allergy``,
    ``condition``, ``procedure``, ``medication``, ``risk``... and the topics of a social
    history (``tobacco``, ``alcohol``) (singular, lowercase)."""
    words = {
        singular(word)
        for name in (*CLINICAL_RESOURCES, *CLINICAL_ELEMENTS, *SOCIAL_HISTORY)
        for word in tokens(name)
    }
    return frozenset(words - _NOT_TOPIC)
