"""What a column's name alone says about PHI: its words against the Safe Harbor classes.

``DOB``, ``birthDate`` and ``date_of_birth`` are dates of birth; ``guardianphone`` a phone;
``mothersname`` a name. Words that make a column *about* an identifier rather than the
identifier itself (``phone_type``, ``email_verified``) cancel the vote. Context (whose row it
is) is weighed later, in :mod:`.phi`.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from assessor.model import PhiClass

from .phi_vocabulary import fhir_words, relation_words
from .tokens import known_word, singular, tokens

__all__ = [
    "DATEISH",
    "INSTITUTION_WORDS",
    "META_LAST",
    "NUMBERISH",
    "RECORD_KEEPING_WORDS",
    "Vote",
    "is_user_defined_slot",
    "name_votes",
    "organisation_contact",
    "person_classes",
]

NUMBERISH = frozenset({"no", "num", "number", "nbr", "nr", "id"})
# Besides the words, the patterns a date is written in, as a word of the name: a year, month
# and day (``HOSTZ_YMD``, ``adm_yyyymmdd``) or a year and month, finer than the year Safe Harbor
# allows (``BIRTH_YM``, Japan's and Korea's claims).
DATEISH = frozenset(
    {"date", "dt", "dte", "dttm", "datetime", "time", "timestamp", "ts", "day", "ymd", "ym",
     "yyyymmdd", "yyyymm", "yymmdd", "ymdhms",
     # a time stamp named by the stamp alone (Greenway Intergy's CreateStamp CHARACTER(14))
     "stamp",
     # obstetrics' dates, named by their abbreviations alone: the last menstrual period and
     # the estimated date of delivery or confinement (iSALUS's confirmationLmpEdd)
     "lmp", "lnmp", "edd", "edc"}
)  # fmt: skip
# A first word that makes the column a yes or no about the rest (isPhotoFee, has_email).
FLAG_FIRST = frozenset({"is", "has", "can", "allow", "allows", "use", "uses", "show"})
# The words of when a row was written or changed, not when what it records happened.
RECORD_KEEPING_WORDS = frozenset(
    {
        "created", "updated", "update", "modified", "changed", "inserted", "deleted",
        "lastupdate", "timestamp", "ts", "entered", "stamp", "mod", "upd", "crt", "create",
        "creation", "insert", "modify", "updt", "lastmod",
    }
)  # fmt: skip
# A last word that makes the column describe an identifier instead of holding it.
META_LAST = frozenset(
    {
        "type", "typ", "flag", "ind", "indicator", "yn", "status", "count", "cnt", "pref",
        "category", "preference", "consent", "allowed", "ok", "verified", "valid", "format", "len",
        "length", "source", "method", "visible", "hidden", "optout", "opt", "required",
        "mask", "label", "seq", "sequence", "option", "options", "reason", "estimated",
        "approx", "known", "precision", "accuracy", "subject", "template",
        # a time's unit (OpenClinic GA's OC_PRESCR_TIMEUNIT: days, hours) names no time
        "unit", "units",
        # how a value is put together or shown: a setting (eTB Manager's workspace keeps a
        # patientNameComposition), not the value
        "composition", "pattern", "layout", "style", "setting", "settings", "config",
        "configuration", "rule", "rules",
        # whether it may be published (HL7 PD1's publicity code: GaiaEHR's phone_publicity)
        "publicity",
        # where a number was issued (drivers_license_state, passport_country): a place Safe
        # Harbor allows, not the number
        "state", "province", "country",
        # the zone a time was kept in (NextGen's create_timestamp_tz), not the time
        "tz", "timezone",
        # the code that says which kind the value is, as X12 qualifies a date or an id
        # (ModMed's date_of_current_illness_qualifier: 431, onset), not the value
        "qualifier", "qual",
    }
)  # fmt: skip
# The elements FHIR's data types keep beside the value (ContactPoint.system, use and rank;
# Identifier.use, system and assigner): how it is used, whose scheme, who issued it. After a
# time they are what was timed (het_encours_dt_lastUse: when it was last used).
DATATYPE_ELEMENTS = frozenset({"use", "rank", "system", "assigner"})
TIMING_WORDS = DATEISH | {"last"}
PERSON_QUALIFIERS = frozenset(
    {
        "first", "last", "middle", "given", "family", "maiden", "full", "sur", "fore",
        "nick", "legal", "preferred", "birth", "patient", "pt", "pat", "beneficiary",
        "guardian", "mother", "mothers", "father", "fathers", "parent", "parents", "spouse",
        "partner", "kin",
        "nok", "contact", "emergency", "guarantor", "subscriber", "insured", "relative",
        "child", "person", "resident", "caller", "informant", "next", "sender", "recipient",
        "receiver", "witness", "alias", "cont", "employer",
        # who gave consent or the history for the patient (HCS's ConsentGiverName)
        "giver",
        # a second given name, or the patronymic the post-Soviet systems keep (EIDSS)
        "second",
        # who holds a card or a policy: the insurance's subscriber
        "holder", "cardholder", "policyholder",
        # who supports a patient's treatment at home (a TB or HIV programme's DOT supporter)
        "supporter",
        # the patient in the patient table's words (context.PATIENT_WORDS): OSCAR's demographic
        "demographic",
        # and as behavioural health, social care and health plans call the patient (Credible's
        # Client Name, a claim's member_name), or those the patient supports (Dependent Name #1)
        "client", "member", "consumer", "dependent",
    }
) | relation_words()  # fmt: skip
# People a patient's row may name by themselves (``PAT_NEXT_KIN``, ``subscriber_employer``): the
# column holds that person's name. Safe Harbor counts relatives' and employers' names.
RELATED_HEADS = frozenset(
    {"kin", "nok", "guardian", "mother", "father", "spouse", "guarantor", "employer", "supporter"}
)
# The sections of a clinical note a long text may be named for.
SECTION_WORDS = frozenset(
    {
        "subjective", "objective", "plan", "dictation", "transcription", "recommendation",
        "recommendations", "recommend", "interpretation", "conclusion", "course", "exam",
        "exams", "examination", "relatives", "progress", "consult", "consultation",
        # the sections of a history and physical, as notes abbreviate them: history of present
        # illness, review of systems, physical exam, past medical, surgical, family and social
        # history (in a long text: a short one is a flag or a code)
        "hpi", "ros", "pe", "pmh", "psh", "pfsh", "fh", "sh",
        # and HL7 C-CDA's section titles spelt out: History of Present Illness, Plan of
        # Treatment, Complications, Indications, Interventions, Health Concerns
        "illness", "treatment", "complication", "complications", "indication", "indications",
        "intervention", "interventions", "concern", "concerns",
        # and an examination, the investigations and the surgery done, as Indian hospital
        # records write them (general_examine, investigation, surgery)
        "examine", "investigation", "investigations", "surgery", "surgeries",
        # a handover's SBAR (situation, background, assessment, recommendation), a care
        # process's planning, implementation and evaluation
        "situation", "background", "planning", "implementation", "evaluation",
        # a psychiatric clerking's: the presenting problem, the systems review, the premorbid
        # personality and the mental state examination (MSE) by its domains
        "presenting", "review", "premorbid", "mse", "appearance", "behaviour", "behavior",
        "speech", "mood", "affect", "thought", "perception", "cognition", "insight",
        "judgement",
    }
)  # fmt: skip
# First words of a site's numbered spare fields (``usertext3``, ``custom1``, ``genericval2``):
# what they hold is configured per site, so their names say nothing of it.
SLOT_FIRST = frozenset({"user", "custom", "generic", "extra", "misc", "spare", "udf", "free"})
# Parts of a person's name (FHIR HumanName): a column named just so, on a person's row. A
# prefix alone is a title (Mr, Dr), which names no one.
NAME_PARTS = frozenset(
    {w for w, c in fhir_words().items() if c == PhiClass.NAME} - {"name", "family", "prefix"}
    | {"nickname", "alias", "initials", "maiden"}
    # the name a word before "name" says, kept under that word alone (Synthea's first, last)
    | {"first", "middle", "last"}
)
# A card that is a health card (Brazil's Cartão SUS, an insurance card), not a payment card.
HEALTH_CARD_WORDS = frozenset({"sus", "cns", "health", "insurance", "medicaid", "medicare"})
# National health and insurance numbers under their own names: Medicare's HICN and MBI, Canada's
# HIN and health card number (Ontario's OHIP, Quebec's RAMQ), Australia's IHI, New Zealand's
# NHI, Germany's KVNR, the Philippines' PhilHealth number.
HEALTH_NUMBER_WORDS = frozenset(
    {"hicn", "mbi", "hin", "hcn", "ihi", "nhi", "kvnr", "ohip", "ramq", "philhealth",
     # the unique patient identifier Scotland files its CHI number under (Pat UPI), as
     # Kenya's client registry names its own
     "upi"}
)  # fmt: skip
# Scotland's Community Health Index number: last (anon_chi) or before a number word, not a
# syllable of Vietnamese (ma_chi_so, an indicator's code)
CHI = "chi"
# Social security numbers by their English names and acronyms: the United States', the
# Philippines' SSS, Canada's SIN, the United Kingdom's NINO, Indonesia's KTP. Each other
# country's one number for a person (Aadhaar, PESEL, BSN, personnummer, AHV, NRIC...) is read as
# "ssn" by the tokenizer (tokens.NATIONAL_IDS).
SSN_WORDS = frozenset({"ssn", "socsec", "sss", "sin", "nin", "nino", "ssnr", "ktp"})
# The issuer of a person's national number when a column names it alone (gov_id, govt_no).
GOVERNMENT_WORDS = frozenset({"gov", "govt", "government"})
# What a patient's own row numbers by one of these words is the patient's record (a file, a
# folder, a dossier, a case): ClearHealth's ``patient.record_number``, a file number.
RECORD_WORDS = frozenset({"record", "rec", "file", "folder", "dossier"})
# Words that make an "address" a network one (DICOM's presentation address, a host's).
NETWORK_WORDS = frozenset(
    {"pres", "presentation", "mac", "host", "socket", "network", "net", "server", "port", "aet"}
)
# What a "..._name" column names when it is not a person: things, places, organisations.
THING_WORDS = frozenset(
    {
        "file", "user", "form", "field", "table", "drug", "facility", "provider", "doctor",
        "physician", "pharmacy", "insurance", "company", "plan", "test", "item", "code",
        "type", "category", "status", "class", "device", "org", "organization", "attr",
        "organisation", "hospital", "clinic", "site", "location", "unit", "ward", "service",
        "app", "application", "system", "station", "host", "attribute", "property",
        "document", "image", "study", "series", "product", "practice", "ref", "referring",
        "performing", "perf", "phys", "attending", "ordering", "dept", "department",
        "institution", "medication", "med", "lab", "panel", "procedure", "proc", "payer",
        "vaccine", "vacc", "manufacturer", "brand", "generic", "queue", "job", "task", "schema",
        "db", "column", "view", "report", "template", "group", "role", "team", "list",
        "center", "centre", "entity",
        # a namespace of identifiers and where data came from (E-PIX's mpi_domain_name,
        # safe_source_name)
        "domain", "source",
        # a messaging channel (RapidPro's channels_channel: its name, number and alert e-mail)
        "channel",
        # staff, whose names are not a patient's (Frappe's practitioner_name)
        "practitioner", "clinician", "nurse", "surgeon", "therapist", "pharmacist",
        "technician", "consultant", "staff", "employee", "officer",
    }
)  # fmt: skip
# What a person's row holds a code of and may spell out by its name: a category, a race, a
# language, a diagnosis group (CMS's DRG_NAME, CLM_CTGRY_NAME, RACE1_NAME), no person's name.
CODED_KINDS = frozenset(
    {"race", "ethnicity", "origin", "language", "specialty", "taxonomy", "drg", "diagnosis",
     "dx", "poa", "religion", "nationality", "occupation", "gender", "sex"}
)  # fmt: skip
PHONETIC_WORDS = frozenset({"soundex", "metaphone", "dmetaphone", "nysiis", "phonetic"})
NAME_EXTRA = frozenset({"other", "others", "alt", "alternate"})  # name_2, name_others
# A part of a person's name kept under its own word after whose it is (RXNT's kin_last,
# card_holder_mi; SPARC's middle_initial): the part, not the whole name.
QUALIFIED_NAME_PARTS = frozenset({"first", "last", "middle", "mi", "initial", "initials", "suffix"})
UID_WORDS = frozenset({"iuid", "studyuid", "seriesuid", "instanceuid"})
PERSON_NAME_WORDS = frozenset(
    {
        "fname", "lname", "mname", "surname", "forename", "firstname", "lastname",
        "givenname", "familyname", "maidenname", "middlename", "fullname", "nickname", "sname",
        # first and family names in the languages of national systems (German, French,
        # Portuguese, Italian, Dutch; Spanish's apellido the tokens read as surname); their
        # words for "name" alone name anything
        "vorname", "nachname", "familienname", "prenom", "sobrenome", "cognome", "voornaam",
        "achternaam",
    }
)  # fmt: skip
ADDRESS_WORDS = frozenset(
    {
        "address", "addr", "street", "city", "town", "zip", "zipcode", "postcode", "postal",
        "county", "suburb", "apartment", "apt", "latitude", "longitude", "lat", "lng", "lon",
        # a road and a house's number glued (HOSxP's and the Thai 43 files' ROAD, HOUSENO)
        "road", "houseno",
        "geolocation", "gps", "coordinates", "coordinate", "geo",
        # India's postal index number, glued or not (PermPinCode)
        "pincode",
        # geographic subdivisions smaller than a state (Safe Harbor names the precinct)
        "precinct", "neighborhood", "neighbourhood", "township", "village", "hamlet",
        "locality", "subdistrict", "subregion", "parish", "commune", "municipality", "borough",
        # England's census areas (output areas, lower and middle super output areas) and its
        # unique property reference number: smaller than a state, down to a house
        "lsoa", "msoa", "uprn",
        # India's sub-district (taluka, tehsil) and the landmark its addresses are found by
        "taluka", "taluk", "tehsil", "landmark",
    }
)  # fmt: skip
# Where a person lives, and the areas and codes that say where: a residence alone may be a
# country's key (GNU Health's party.residence), and beside a phone, a date, a state or a type
# it says whose phone, what changed, which state or what kind.
RESIDENCE_WORDS = frozenset({"residence", "domicile"})
AREA_WORDS = frozenset(
    {"district", "ward", "area", "zone", "region", "county", "municipality", "locality", "code",
     "cd", "id"}
)  # fmt: skip
AREA_ABBREVIATION = 4  # an unknown word this short is an area's acronym (CCG)


def _area_of_residence(seq: tuple[str, ...]) -> bool:
    """The words name a residence and, beside it, one area or its code: an area's acronym (HES's
    CCG_RESIDENCE) or a subdivision (``district_of_residence``)."""
    others = [word for word in seq if word not in RESIDENCE_WORDS | {"of"}]
    return (
        not RESIDENCE_WORDS.isdisjoint(seq)
        and len(others) == 1
        and (
            others[0] in AREA_WORDS
            or (len(others[0]) <= AREA_ABBREVIATION and not known_word(others[0]))
        )
    )


# Organisations whose own numbers are not a patient's (an insurer's id, a payer's number).
ORGANISATION_WORDS = frozenset(
    {
        "company", "carrier", "payer", "payor", "org", "organization", "organisation",
        "provider", "firm", "insurer", "agency", "vendor", "supplier", "branch",
        # the hospital itself, as a multi-site system keys everything to it (BHIMA)
        "enterprise", "tenant",
    }
)  # fmt: skip
# Words that make a number a code's (``insurance_class_nr``, ``unit_type_nr``): the number of a
# class, type or category, which no patient is identified by.
CODE_NUMBER_WORDS = frozenset({"type", "class", "category", "kind", "grade", "level", "use"})
# The last words of a category's display name, as Epic's Clarity names it beside the category's
# number (``SEX_C``, ``SEX_C_NAME``).
CATEGORY_NAME = ("c", "name")
# A code's last word: the code of a kind (phone_type_cd) or of a country (phone_country_code).
CODE_LAST_WORDS = frozenset({"code", "cd"})
# Verbs that make a contact word a channel to use (``send_by_fax``, ``remind_email``): a flag
# or a preference, not the number or address itself.
CHANNEL_VERBS = frozenset({"send", "remind", "notify", "via"})
# People a patient's row names by a role and "person" (FHIR Patient.contact): the column holds
# that person's name.
CONTACT_PERSON_FIRST = frozenset(
    {"contact", "emergency", "reference", "responsible", "companion", "accompanying"}
)
# The words of a person's names, one or several (FHIR's HumanName.given repeats).
NAME_WORDS = frozenset({"name", "names", "nm"})
# The places Safe Harbor lets a dataset keep (a state; so a country, a province, a region of
# several states), and a year: an address's last word naming one of them (``adr_country``,
# ``temporary_address_province``, ``address_year``) is no part of the address itself.
ALLOWED_PLACE_LAST = frozenset({"country", "nation", "state", "province", "region", "year"})
# The words that start a count (``num_instances``, ``total_sessions``) where the name's last word
# is what is counted.
COUNT_FIRST = frozenset({"num", "nb", "nbr", "count", "cnt", "total", "qty"})
COUNT_OF = frozenset({"number", "no", "num", "nb", "count"})  # no_of_sessions
# The contact words whose plurals name several of them (FreeHealth's TELS, MAILS, FAXES).
PLURAL_CONTACTS = frozenset(
    {"phone", "telephone", "tel", "mobile", "fax", "email", "emailaddress", "address"}
)
# Whose contact details a column keeps when its name says so: an organisation's, a place's or
# a clinician's (``institution_address``, ``company_phone``, ``referring_fax``), not the patient's.
# Institutions and their units, whose persons are their contacts and staff.
INSTITUTION_WORDS = frozenset(
    {"institution", "hospital", "clinic", "facility", "department", "dept", "ward", "center",
     "centre", "laboratory", "pharmacy", "company", "organization", "organisation", "firm",
     "agency", "vendor", "supplier", "branch", "biobank"}
)  # fmt: skip
PLACE_OWNERS = (
    ORGANISATION_WORDS
    | INSTITUTION_WORDS
    | frozenset(
        {
            "practice", "lab", "site", "insurance", "plan", "school", "manufacturer", "doctor",
            "physician", "practitioner", "referring", "ordering", "attending", "performing",
            "dr", "pharm",
            # the patient's general practitioner, primary care physician (GP_office_address)
            "gp", "pcp",
            # where a statement's payment goes (Credible's Remit To Address)
            "remit", "remittance", "payee",
            # who certified a death or a birth (the IJE death record's certifier_street_name)
            "certifier",
        }
    )
)  # fmt: skip
CONTACT_DETAILS = frozenset(
    {PhiClass.ADDRESS, PhiClass.PHONE, PhiClass.FAX, PhiClass.EMAIL, PhiClass.URL}
)
# Which phone a shortened "ph" is: home, work, cell...
PHONE_QUALIFIERS = frozenset({"home", "work", "cell", "business", "mobile", "day", "night"})
Vote = tuple[PhiClass, float, tuple[str, ...]]


def is_count(seq: tuple[str, ...]) -> bool:
    """A number of things, which identifies nobody: ``NumberOfPatientRelatedStudies``,
    ``no_of_sessions``, ``num_patient_referred`` (patients referred, counted).

    >>> is_count(("number", "of", "patient", "related", "studies")), is_count(("num", "patient"))
    (True, False)
    """
    if any(after == "of" and word in COUNT_OF for word, after in pairwise(seq)):
        return True
    if "per" in seq[1:-1]:
        return True  # a rate: emails_per_minute
    last = seq[-1]
    counted = singular(last) != last or (len(last) > 4 and last.endswith("ed"))
    if len(seq) > 1 and seq[0] in COUNT_FIRST and counted:
        return True
    # "number" with the things numbered after it (NumberTubesEDTA): how many
    return len(seq) > 2 and seq[0] == "number" and singular(seq[1]) != seq[1]


def is_user_defined_slot(seq: tuple[str, ...]) -> bool:
    """A site's numbered spare field: ``usertext3``, ``custom_1``, ``genericval2``.

    >>> is_user_defined_slot(("user", "text", "3")), is_user_defined_slot(("user", "notes"))
    (True, False)
    """
    return len(seq) >= 2 and seq[0] in SLOT_FIRST and seq[-1].isdigit()


# Besides META_LAST's (its flag, source, precision...), the last words of a name that says
# something of a date, not the date itself: who may see it (CanDIG's dateOfBirthTier), a code.
DATE_CODE_HEADS = frozenset({"tier", "level"}) | CODE_LAST_WORDS


def _has(words: set[str], *groups: frozenset[str] | set[str]) -> bool:
    return all(words & group for group in groups)


YEAR_WORDS = frozenset({"yyyy", "yy", "year", "yr"})


def _date_of_person(words: set[str]) -> bool:
    if words & YEAR_WORDS:
        return False  # the year alone (a birth date's year kept apart) is no date element
    if words & {"dob", "dod", "birthday", "birthdate", "bday"}:
        return True
    # day and month of birth are date elements too; the year alone is not PHI
    return bool(words & {"birth", "death", "deceased", "died"}) and bool(
        words & (DATEISH | {"month"})
    )


# Clinicians and staff, whose own birth dates a patient's row may keep (FHIR's
# Practitioner.birthDate copied onto an encounter: ``provider_bday``).
STAFF_OWNERS = frozenset(
    {"provider", "physician", "doctor", "clinician", "practitioner", "nurse", "prescriber",
     "surgeon", "staff", "employee",
     # the patient's general practitioner, primary care physician (GP_name, pcp_phone)
     "gp", "pcp",
     # the clerk who registers a visit (Peru's HIS MINSA's Registrador)
     "registrar"}
)  # fmt: skip


def dates_staff(seq: tuple[str, ...]) -> bool:
    """Whether a birth or death date is a clinician's or a staff member's, by its name."""
    return _date_of_person(set(seq)) and bool(set(seq) & STAFF_OWNERS)


def _last_word(seq: tuple[str, ...]) -> str:
    """The last word of a name that is no number (``mother`` of Mom1)."""
    return next((word for word in reversed(seq) if not word.isdigit()), "")


# Words for whose a value is, written after it as national data sets name their columns
# (MSDS's EthnicCategoryMother, PhoneNextKin): the value's own last word comes before them.
TRAILING_OWNERS = frozenset({"mother", "father", "baby", "spouse", "guardian", "kin", "nok"})


def _kinds_words(seq: tuple[str, ...]) -> tuple[str, ...]:
    """The words of what a name says is kept, before a trailing owner (``nhs number status``
    of NHSNumberStatusMother, ``phone`` of PhoneNextKin); the name's own words without one."""
    words = [word for word in seq if not word.isdigit()]
    while len(words) > 1 and words[-1] in TRAILING_OWNERS | {"next", "of"}:
        words.pop()
    return tuple(words)


def _kinds_last_word(seq: tuple[str, ...]) -> str:
    """The last of :func:`_kinds_words` (``flag`` of ValidNHSNoFlagMother)."""
    return next(iter(_kinds_words(seq)[-1:]), "")


@cache
def owned_value(name: str) -> str | None:
    """The name of what a column keeps of the person its name ends with, when it ends with one
    after other words (``local_patient_id`` of LPIDBaby); None otherwise."""
    seq = tokens(name)
    kind = _kinds_words(seq)
    return "_".join(kind) if kind and kind != tuple(w for w in seq if not w.isdigit()) else None


# The last words of a row's key: a contact's row, not the contact (fax_id, phone_uuid).
ROW_KEY_LAST = frozenset({"id", "uuid", "guid", "pk", "fk"})
# The name of a row's kind, not of a person or a contact: PhoneTypeName, address_type_desc.
KIND_NAMES = frozenset(
    (kind, naming)
    for kind in ("type", "typ", "kind")
    for naming in ("name", "desc", "description", "text", "label")
)
# Words that make a related person's name the relation to them: Relation to Guarantor,
# PatientRelationshipToInsured.
RELATION_WORDS = frozenset({"relation", "relationship", "rel", "reltn", "relationtype"})


@cache
def name_votes(name: str, role: str) -> tuple[Vote, ...]:
    """The classes a column's name alone suggests, before context weighs them.

    Cached: the same names (``id``, ``date``, ``pid``) recur across thousands of tables.

    >>> [v[0].value for v in name_votes("guardianphone", "patient")]
    ['phone']
    >>> name_votes("dose_given", "linked"), name_votes("passive_alert_flag", "patient")
    ((), ())
    """
    votes = _spelled_votes(name, role)
    if _names_owner(tokens(name)):
        # an institution's address, a company's phone, a clinic's email: theirs, on any row
        return tuple(vote for vote in votes if vote[0] not in CONTACT_DETAILS)
    return votes


def organisation_contact(name: str) -> bool:
    """Whether a column holds an organisation's, a place's or a clinician's contact details
    (``alamat_asuransi``: the insurer's address, ``company_phone``)."""
    return _names_owner(tokens(name)) and any(
        vote[0] in CONTACT_DETAILS for vote in _spelled_votes(name, "person")
    )


def _spelled_votes(name: str, role: str) -> tuple[Vote, ...]:
    """:func:`name_votes` before the contact details an owner's name qualifies are set aside."""
    seq = tokens(name)
    if (
        not seq
        # a numbered slot's too (PhoneType1), whoever's it is (ValidNHSNoFlagMother)
        or _kinds_last_word(seq) in META_LAST
        or (_last_word(seq) in DATATYPE_ELEMENTS and TIMING_WORDS.isdisjoint(seq))
        or seq[-2:] in KIND_NAMES  # the kind's name: PhoneTypeName
        or seq[0] in FLAG_FIRST
        or is_user_defined_slot(seq)
        or is_count(seq)
    ):
        return ()
    # several phones, e-mails or addresses kept in one column are each a phone, an e-mail...
    words = set(seq) | {singular(word) for word in seq} & PLURAL_CONTACTS
    if seq in (("mail",), ("mails",)):
        words.add("email")  # French writes an e-mail address "mail"
    if seq[-1] in NUMBERISH | CODE_LAST_WORDS and words & CODE_NUMBER_WORDS:
        return ()  # the code of a kind: phone_type_cd, insurance_class_nr
    if seq[-2:-1] in (("country",), ("ctry",), ("dial",), ("dialing",)) and (
        seq[-1] in CODE_LAST_WORDS
    ):
        return ()  # a country's code (phone_country_code: +44), allowed as the country is
    votes: list[Vote] = []

    def vote(phi_class: PhiClass, confidence: float, reason: str) -> None:
        votes.append((phi_class, confidence, (f"name:{reason}",)))

    if _date_of_person(words) and not dates_staff(seq) and seq[-1] not in DATE_CODE_HEADS:
        vote(PhiClass.DATE, 0.95, "birth-or-death-date")
    staffs = bool({singular(word) for word in seq} & STAFF_OWNERS)  # a doctor's, an employee's
    if (
        words & SSN_WORDS
        or _has(words, {"social"}, {"security"})
        or ("id", "card") in pairwise(seq)  # an identity card's number: the national id
    ):
        if not staffs:
            vote(PhiClass.SSN, 0.95, "ssn")
    elif _has(words, {"identity", "identification"}, NUMBERISH - {"id"}) and not staffs:
        vote(PhiClass.SSN, 0.85, "identity-number")  # an identity document's number
    elif seq[-1] == "ss" and (
        (len(seq) == 1 and role in ("patient", "person"))
        or (len(seq) > 1 and {singular(word) for word in seq[:-1]} & PERSON_QUALIFIERS)
    ):
        vote(PhiClass.SSN, 0.75, "ss")  # OpenEMR's patient_data.ss, subscriber_ss
    if (
        # EMPI, MPI, EUID: the master patient index's number (its enterprise-wide unique id), IHE
        # PIX/PDQ's patient identifier
        # India's hospital number, the unique health identification number (UHID)
        words & {"mrn", "medrec", "pubpid", "mrno", "empi", "mpi", "euid", "uhid"}
        or _has(words, {"medical", "med"}, {"record", "rec"})
        or _has(words, {"chart", "hospital", "nhs", "ur", "unit", "patient"}, NUMBERISH - {"id"})
        or (role in ("patient", "person") and _has(words, RECORD_WORDS, NUMBERISH - {"id"}))
        or seq in (("patient", "code"), ("pat", "code"), ("pt", "code"))
    ):
        vote(PhiClass.MRN, 0.9, "record-number")
    if (
        words & HEALTH_NUMBER_WORDS
        or seq[-1] == CHI
        or _has(words, {CHI}, NUMBERISH)
        or seq in (("medicaid",), ("medicare",))
        or _has(words, {"hic"}, NUMBERISH - {"id"})  # the HIC number, CMS's HICN
        # Brazil's national health card (Cartão SUS) and its CNS number
        or _has(words, {"cns", "sus"}, NUMBERISH)
        or _has(
            words,
            {"policy", "subscriber", "insurance", "insured", "beneficiary", "medicaid", "medicare"},
            NUMBERISH,
        )
    ) and not words & ORGANISATION_WORDS:
        vote(PhiClass.HEALTH_PLAN, 0.85, "health-plan")
    identity_card = ("id", "card") in pairwise(seq)
    if words & {"account", "acct", "acctno", "iban"} or (
        _has(words, {"card"}, NUMBERISH) and not identity_card and not words & HEALTH_CARD_WORDS
    ):
        vote(PhiClass.ACCOUNT, 0.8, "account")
    if _has(words, {"license", "licence"}) or _has(words, {"dl"}, NUMBERISH):
        vote(PhiClass.LICENCE, 0.85, "licence")
    if (
        words & {"udi", "serialno"}
        or _has(words, {"production"}, NUMBERISH)  # UDI's production identifier
        or _has(words, {"device", "implant"}, {"id", "serial", "sn", "udi", *NUMBERISH})
        or _has(words, {"serial"}, NUMBERISH)
    ):
        vote(PhiClass.DEVICE_ID, 0.75, "device-id")
    if words & {"vin", "vehicle"} or _has(words, {"plate"}):
        vote(PhiClass.VEHICLE_ID, 0.8, "vehicle-id")
    if words & CHANNEL_VERBS:
        pass  # a channel to use, not the address: remind_email, send_by_email
    elif words & {"email", "emailaddress"} or _has(words, {"e"}, {"mail"}):
        vote(PhiClass.EMAIL, 0.95, "email")
    elif (
        words & {"website", "homepage"}
        or _has(words, {"web"}, {"address", "site"})
        or seq in (("url",), ("uri",))
    ):
        # a URL named for a thing (a document's, an image's, a request's, a code system's)
        # is that thing's address, not a person's web address
        vote(PhiClass.URL, 0.75, "url")
    elif (
        seq == ("ip",)
        or words & {"ipaddr"}
        or _has(words, {"ip"}, {"address", "addr"})
        or _has(words, {"remote", "client"}, {"addr", "ip", "host"})
    ):
        vote(PhiClass.IP, 0.8, "ip-address")
    elif len(seq) > 1 and seq[-1] in ALLOWED_PLACE_LAST:
        pass  # the address's country, province or year, not the address: adr_country
    elif (
        (words & ADDRESS_WORDS and not words & NETWORK_WORDS)
        or _has(words, {"birth"}, {"place", "tmp"})  # tmp_lahir: tempat lahir
        or _has(words, {"house"}, NUMBERISH - {"id"})
        or _has(words, {"post"}, {"code"})  # The Ark's POST_CODE, as postcode
        or "birthplace" in words  # FHIR's patient-birthPlace: an Address
    ):
        vote(PhiClass.ADDRESS, 0.85, "address")  # a place of birth is a town
    elif words & {"district", "region"} and role in ("patient", "person"):
        vote(PhiClass.ADDRESS, 0.7, "fhir:address.district")
    elif _area_of_residence(seq):
        # where the person lives, by an area's code (HES's CCG_RESIDENCE, a district of
        # residence): an area smaller than a state
        vote(PhiClass.ADDRESS, 0.75, "residence")
    if words & {"fingerprint", "biometric", "retina", "voiceprint", "faceprint", "palmprint"}:
        vote(PhiClass.BIOMETRIC, 0.85, "biometric")
    if words & {"photo", "photograph", "picture", "portrait", "headshot", "selfie"} and not (
        words & {"file", "filename", "path", "dir", "folder", "url", "uri", "uuid", "guid"}
    ):
        vote(PhiClass.PHOTO, 0.85, "photo")  # photo_filename says where it is kept, not who
    if words & CHANNEL_VERBS:
        pass  # a channel to use, not the number: send_by_fax, remind_phone
    elif seq[-1] in ROW_KEY_LAST:
        pass  # a fax's or a phone's row (ModMed's fax_outbound_id), not its number
    elif "fax" in words:
        vote(PhiClass.FAX, 0.9, "fax")
    elif (
        # Portuguese's "fone" too (e-SUS's nu_fone_residencia), read as it is spelt: a
        # translation would make every "fn" an abbreviation of it
        words & {"phone", "telephone", "tel", "tele", "mobile", "cellphone", "phoneno", "fone"}
        or _has(words, {"cell", "contact"}, NUMBERISH - {"id"})
        # HL7 v2's own field names shorten phone to "Ph" (Business Ph, Phone Number - Home)
        or _has(words, {"ph"}, PHONE_QUALIFIERS | NUMBERISH - {"id"})
    ):
        vote(PhiClass.PHONE, 0.9, "phone")
    elif "pager" in words:
        vote(PhiClass.PHONE, 0.6, "pager")
    elif seq[-2:] == ("area", "code") and (
        len(seq) == 2 or seq[-3] in PHONE_QUALIFIERS | {"alt", "alternate", "other"}
    ):
        # a phone number's first digits, of a kind of phone (Sunrise's HomeAreaCode)
        vote(PhiClass.PHONE, 0.75, "phone-area-code")
    elif "telecom" in words:
        vote(PhiClass.PHONE, 0.8, "fhir:telecom")
    elif "cell" in seq[1:] and {singular(w) for w in seq[: seq.index("cell", 1)]} & (
        PERSON_QUALIFIERS | PHONE_QUALIFIERS | {"subject"}
    ):
        # a person's cell (subject_cell, contact_cell_alt, work_cell): their cellphone; a
        # cell alone is a grid's, a sample's or a district's (Rwanda's)
        vote(PhiClass.PHONE, 0.8, "cellphone")
    if words & PHONETIC_WORDS:
        # a phonetic or hashed code of a name is derived from it: the name by other means
        vote(PhiClass.NAME, 0.8, "phonetic-code-of-a-name")
    qualifiers = {singular(word) for word in words} & PERSON_QUALIFIERS
    if (words & PERSON_NAME_WORDS or (words & NAME_WORDS and qualifiers)) and not (
        words & {"user", "file"} or _thing_before_name(seq) or _staff_before_name(seq)
    ):
        vote(PhiClass.NAME, 0.9, "person-name")
    elif seq in (("name",), ("names",), ("full", "name"), ("display", "name")) and role in (
        "patient",
        "person",
    ):
        vote(PhiClass.NAME, 0.75, "name")
    elif seq == ("initials",) and role in ("patient", "person"):
        vote(PhiClass.NAME, 0.7, "initials")  # a person's initials, drawn from the name
    elif (
        role in ("patient", "person", "linked")
        and len(seq) >= 2
        and seq[-1] in QUALIFIED_NAME_PARTS
        and singular(seq[-2]) in PERSON_QUALIFIERS
        and not _staff_before_name(seq)
    ):
        vote(PhiClass.NAME, 0.8, "person-name-part")  # kin_last, card_holder_mi, middle_initial
    elif role in ("patient", "person") and (
        (len(seq) == 1 and seq[0] in NAME_PARTS)
        or (seq[0] == "name" and all(w.isdigit() or w in NAME_EXTRA | NAME_PARTS for w in seq[1:]))
    ):
        vote(PhiClass.NAME, 0.75, "fhir:human-name-part")  # suffix, given, name_2, name_others
    elif (
        role in ("patient", "person")
        and len(seq) >= 2
        and seq[-1] in NAME_WORDS
        # Insurer Name, PHARMNAME, certifiers_last_name: not a patient's or their people's
        and not (words | {singular(word) for word in words}) & (THING_WORDS | PLACE_OWNERS)
        and not words & CODED_KINDS  # a code's display name: DRG_NAME, RACE1_NAME
        # the name of the row an id refers to (Epic's PROV_ID_PROV_NAME, FINAL_DRG_ID_DRG_NAME)
        and "id" not in seq[:-1]
    ):
        vote(PhiClass.NAME, 0.6, "person-name-on-a-persons-row")  # alphabetic_name
    elif (
        role in ("patient", "person", "linked")
        and _last_word(seq) in RELATED_HEADS
        and not words & RELATION_WORDS  # the relation to the guarantor, not the guarantor
    ):
        # PAT_NEXT_KIN, subscriber_employer, a chart's numbered parents (Mom1, Dad2)
        vote(PhiClass.NAME, 0.7, "related-person")
    elif (
        role in ("patient", "person")
        and len(seq) == 2
        and seq[-1] == "contact"
        and seq[0] in CONTACT_PERSON_FIRST | {"primary", "secondary", "family", "alternate"}
    ):
        vote(PhiClass.NAME, 0.7, "fhir:patient.contact")  # emergency_contact: who to call
    elif (
        role in ("patient", "person", "linked")
        and len(seq) == 2
        and seq[-1] == "person"
        and seq[0] in CONTACT_PERSON_FIRST
    ):
        vote(PhiClass.NAME, 0.7, "contact-person")  # on a patient's record too: theirs
    if (
        words & {"passport", "nationalid"}
        or _has(words, {"national", "nat", "tax"} | GOVERNMENT_WORDS, NUMBERISH)
        # a number the state issues a person, by its code (gov_code; a tax code may be a rate's)
        or _has(words, {"national"} | GOVERNMENT_WORDS, {"code"})
    ):
        vote(PhiClass.OTHER_ID, 0.8, "national-id")
    elif (
        "accession" in words
        and (seq[-1] == "accession" or seq[-1] in NUMBERISH | {"identifier", "ref", "uid", "n"})
    ) or _has(words, {"pathology"}, NUMBERISH - {"id"}):
        # the number itself, not the accession's site, institution or procedure's name
        # a surgical pathology number is the pathology report's accession number
        vote(PhiClass.OTHER_ID, 0.8, "accession-number")
    elif seq in (("external", "id"), ("ext", "id"), ("external", "identifier")):
        # the row's number in another system: on a patient's or a specimen's row, theirs
        vote(PhiClass.OTHER_ID, 0.75, "external-id")
    elif words & UID_WORDS or (
        words & {"uid"} and words & {"study", "series", "instance", "sop"} and "class" not in words
    ):
        vote(PhiClass.OTHER_ID, 0.8, "dicom-uid")  # a study's or image's instance UID
    elif (
        role in ("patient", "person")
        and seq[0] in {"patient", "person"}
        and seq[-2:]
        == (
            "source",
            "value",
        )
    ):
        vote(PhiClass.MRN, 0.8, "source-patient-id")  # OMOP person_source_value
    elif role in ("patient", "person") and "identifier" in words:
        vote(PhiClass.OTHER_ID, 0.8, "person-identifier")  # OpenMRS patient_identifier
    elif role in ("patient", "person") and (
        words & {"username", "login", "uname", "userid"} or _has(words, {"portal"}, {"user"})
    ):
        vote(PhiClass.OTHER_ID, 0.75, "portal-login")
    if len(seq) > 2 and seq[-2:] == CATEGORY_NAME:
        # a category's display name (Epic Clarity's STATE_C_NAME, ACCOUNT_TYPE_C_NAME beside the
        # category's number, STATE_C): a value of a list, no one's name, number or date; a
        # county's or a district's name is still a part of the address
        return tuple(vote for vote in votes if vote[0] == PhiClass.ADDRESS)
    return tuple(votes)


def _thing_before_name(seq: tuple[str, ...]) -> bool:
    """Whether the word just before a name word says what is named, and it is a thing, not a
    person: ``PATIENT_CLASS_NM`` is the name of the patient's class, ``patient_drug_name`` a
    drug's."""
    return any(
        word in NAME_WORDS and singular(before) in THING_WORDS for before, word in pairwise(seq)
    )


# Who a person's name may belong to when it is not the patient: the clinicians whose birth
# dates a row may keep, the system's users and other staff.
STAFF_NAME_OWNERS = STAFF_OWNERS | frozenset(
    {
        "user", "therapist", "pharmacist", "technician", "consultant", "officer", "referring",
        "attending", "ordering", "performing",
        # a doctor's and a pharmacy's as US schemas shorten them (dr_last_name, pharm_phone),
        # and whoever did something to the row (sent_by, received_by, entered_by)
        "dr", "pharm", "by",
        # a doctor's as exports shorten it (CGM APRIMA's Doc First Name), or a document's
        "doc",
    }
)  # fmt: skip


def _staff_before_name(seq: tuple[str, ...]) -> bool:
    """Whether a word before the name's own words says it is a user's, a clinician's or the
    one who sent or received the row (GaiaEHR's ``user_lname``, RXNT's ``dr_last_name``,
    EIDSS's ``strSentByFirstName``), not the patient's."""
    return any(singular(word) in STAFF_NAME_OWNERS for word in seq[:-1])


def _names_owner(seq: tuple[str, ...]) -> bool:
    """Whether a name's words before its last say its contact details are an organisation's,
    a place's or a clinician's (``institution_address``, ``company_phone``), not a person's."""
    return bool({singular(word) for word in seq[:-1]} & PLACE_OWNERS) and not (
        set(seq) & PERSON_QUALIFIERS
    )


PERSON_CLASSES = frozenset({PhiClass.NAME, PhiClass.SSN, PhiClass.MRN})


def person_classes(column_names: list[str]) -> set[PhiClass]:
    """The person identifiers a table's column names hold: a person's name, SSN, MRN, or
    a date of birth (as DATE). Two of them make the table a table of persons.

    >>> sorted(c.value for c in person_classes(["client_no", "forename", "dob"]))
    ['date', 'name']
    """
    found: set[PhiClass] = set()
    for name in column_names:
        for phi_class, _confidence, reasons in name_votes(name, "person"):
            if phi_class in PERSON_CLASSES or reasons == ("name:birth-or-death-date",):
                found.add(phi_class)
    return found
