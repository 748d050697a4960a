"""The few words a profile may keep from a field's value: names from HL7 tables, never data.

A profile counts coding systems (CE/CWE components 3 and 6), OBX-2 value types and MSA-1
acknowledgment codes. A slot that should hold such a name can hold anything a sender put there
(``PID-10 = ^^MRN12345``), so a value is kept only when it *is* one of the names of its HL7
table; anything else is counted as :data:`UNLISTED`. Coding systems are read only from segments
that carry coded observations, orders, diagnoses, procedures, allergies and drugs
(:data:`CODED_SEGMENTS`), never from the segments about the patient, their relatives, guarantor,
insurance or visit, whose coded fields hold identifiers and demographics as often as codes.

Sources: HL7 table 0396 (Coding System) as published in v2.8.2 and in the FHIR value set
``http://terminology.hl7.org/ValueSet/v2-0396`` (its codes only; the ``99zzz``, ``HL7nnnn``,
``ISOnnnn``, ``IBTnnnn``, ``X12DEnnnn`` and ``NCPDPnnnnsss`` families as patterns); the spellings
seen in the coding-system slots of the shared corpus of public sample messages
(``../shared/corpus/hl7v2``: ``LOINC``, ``SNOMED``, ``ICD-10``, ``CPT``, FHIR and OID names of the
same systems); HL7 table 0125 (Value Type) and table 0008 (Acknowledgment Code).
"""

from __future__ import annotations

import re

__all__ = [
    "CODED_SEGMENTS",
    "UNLISTED",
    "ack_code",
    "coding_system",
    "is_coding_system",
    "value_type",
]

UNLISTED = "(unlisted)"
"""What a slot holding a word that is not in its table is counted as."""

CODED_SEGMENTS = frozenset(
    {
        "OBR", "OBX", "ORC", "SPM", "TQ1", "TQ2", "NTE",
        "RXO", "RXE", "RXA", "RXD", "RXG", "RXC", "RXR", "RXV",
        "DG1", "DRG", "PR1", "AL1", "IAM", "PRB", "GOL", "PTH", "VAR",
        "AIS", "BPO", "BPX", "BTX", "OM1", "OM2", "OM3", "OM4", "OM5", "OM6", "OM7",
        "INV", "SAC", "EQU", "TCC", "TCD", "CSP", "CSS", "CTI", "FT1",
    }
)  # fmt: skip
"""Segments whose coded fields are read for their coding systems: orders, observations,
specimens, drugs, diagnoses, procedures, allergies, problems, scheduled services, test
definitions, charges. Not PID, PD1, NK1, GT1, IN1-IN3, PV1, PV2, MRG, ROL, PRT, ACC, ..."""

_TABLE_0396 = (
    "ACR ALPHAID2006 ALPHAID2007 ALPHAID2008 ALPHAID2009 ALPHAID2010 ALPHAID2011 ANS+ ART AS4 "
    "AS4E ATC C4 C5 CAPECC CAS CCC CD2 CDCA CDCEDACUITY CDCM CDCOBS CDCPHINVS CDCREC CDS CE CLP "
    "CPTM CST CVX DCL DCM DQL E E5 E6 E7 ENZC EPASRS FDAUDI FDAUNII FDDC FDDX FDK FIPS5_2 "
    "FIPS6_4 GDRG2004 GDRG2005 GDRG2006 GDRG2007 GDRG2008 GDRG2009 GMDC2004 GMDC2005 GMDC2006 "
    "GMDC2007 GMDC2008 GMDC2009 GS1UDI HB HCPCS HCPT HHC HI HIBUDI HOT HPC I10 I10G2004 "
    "I10G2005 I10G2006 I10P I9 I9C I9CDX I9CP IBT IC2 ICCUDI ICD10AM ICD10CA ICD10GM2007 "
    "ICD10GM2008 ICD10GM2009 ICD10GM2010 ICD10GM2011 ICDO ICDO2 ICDO3 ICS ICSD ISO ISO+ "
    "ISO3166_1 ISO3166_2 ISO4217 ISO639 ITIS IUPC IUPP JC10 JC8 JJ1017 L LB LN MCD MCR MDC "
    "MDDX MEDC MEDR MEDX MGPI MVX NAICS NDA NDC NDFRT NIC NIP001 NIP002 NIP004 NIP007 NIP008 "
    "NIP009 NIP010 NND NPI NUBC NULLFL O301 O3012004 O3012005 O3012006 OHA OPS2007 OPS2008 "
    "OPS2009 OPS2010 OPS2011 PHINQUESTION PLR PLT POS RC RXNORM SCT SCT2 SDM SIC SNM SNM3 SNT "
    "SOC UB04FL14 UB04FL15 UB04FL17 UB04FL31 UB04FL35 UB04FL39 UC UCUM UMD UML UPC UPIN USPS "
    "W1 W2 W4 WC"
)
_SEEN_IN_CORPUS = (
    "LOINC SNOMED SNOMEDCT SNOMED-CT ICD10 ICD-10 ICD10CM ICD-10-CM I10C ICD9 ICD-9 ICD9CM "
    "ICD-9-CM CPT CPT4 CPT-4 RXN GPI NCIT LOCAL "
    "http://loinc.org http://snomed.info/sct http://unitsofmeasure.org "
    "http://www.nlm.nih.gov/research/umls/rxnorm http://hl7.org/fhir/sid/icd-10 "
    "http://hl7.org/fhir/sid/icd-10-cm http://hl7.org/fhir/sid/cvx http://hl7.org/fhir/sid/ndc "
    "2.16.840.1.113883.6.1 2.16.840.1.113883.6.96 2.16.840.1.113883.6.88 "
    "2.16.840.1.113883.6.90 2.16.840.1.113883.12.292"
)
_KNOWN = frozenset(name.upper() for name in (_TABLE_0396 + " " + _SEEN_IN_CORPUS).split())
# the families table 0396 defines by a pattern: a site's local system (99 then letters or
# digits, a letter first so that a number is never taken for one), HL7, ISO and ISBT tables,
# X12 and NCPDP code lists
_FAMILIES = re.compile(
    r"99[A-Z][A-Z0-9]{0,9}|HL7\d{4}|ISO\d{4}|IBT\d{4}|X12DE\d{1,4}|NCPDP\d{4}[A-Z0-9]{0,3}",
    re.IGNORECASE,
)

_VALUE_TYPES = (
    "AD CE CD CF CK CN CNE CP CWE CX DR DT DTM ED FT GTS ID IS MA MO NA NM NR PN RP SN ST TM "
    "TN TS TX XAD XCN XON XPN XTN"
)
_TABLE_0125 = frozenset(_VALUE_TYPES.split())
_TABLE_0008 = frozenset({"AA", "AE", "AR", "CA", "CE", "CR"})


def is_coding_system(name: str) -> bool:
    """Whether ``name`` is a coding system HL7 table 0396 (or common usage) names."""
    return name.upper() in _KNOWN or _FAMILIES.fullmatch(name) is not None


def coding_system(value: bytes) -> str:
    """A coding-system slot as a profile keeps it: the name when it is one, else
    :data:`UNLISTED` ("" when empty)."""
    name = value.decode("latin-1").strip()
    if not name:
        return ""
    return name if len(name) <= 64 and is_coding_system(name) else UNLISTED


def value_type(value: bytes) -> str:
    """OBX-2 as a profile keeps it: a value type of HL7 table 0125, else :data:`UNLISTED`."""
    name = value.decode("latin-1").strip()
    if not name:
        return ""
    return name if name.upper() in _TABLE_0125 else UNLISTED


def ack_code(value: bytes) -> str:
    """MSA-1 as a profile keeps it: a code of HL7 table 0008, else :data:`UNLISTED`."""
    name = value.decode("latin-1").strip()
    if not name:
        return ""
    return name if name.upper() in _TABLE_0008 else UNLISTED
