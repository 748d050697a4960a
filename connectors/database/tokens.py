"""Column and table names as words: ``birthDate``, ``date_of_birth``, ``guardianphone``, ``DOB``.

Names are split on punctuation, spaces, camel case and digits; a run of letters that is not a
known word is then split into known words when it can be wholly (``mothersname`` ->
``mothers name``), or, as a name folded to lower case often needs, into English words around
a short part no vocabulary knows (``visitdatedd`` -> ``visit date dd``). Unknown words stay
whole, so ``ethnicity`` never becomes ``eth nic ity``.
Names in a national language the rules know are read as their English words
(``TANGGAL_LAHIR`` -> ``birth date``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .abbreviations import expansion

__all__ = [
    "TRANSLATIONS",
    "VOCABULARY",
    "english_word",
    "key_tokens",
    "known_word",
    "singular",
    "tokens",
]

_PARTS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")

# Words the splitter may use inside a run of letters; every piece of a split must be one of
# these. Short words only where they are common in column names.
VOCABULARY = frozenset(
    """
    patient patients person people subject client member resident guardian guarantor
    insured subscriber mother mothers father fathers parent parents guardians spouse partner kin
    relative contact emergency next family given first last middle maiden full nick
    legal preferred sur fore mid name names surname forename lname fname mname sname
    birth birthday birthdate date dates time times timestamp datetime day month year of dob dod
    death place part
    deceased admit admission disch discharge chart store start end in out entry event
    phone telephone tel tele mobile cell cellphone fax pager home work biz business cont
    email mail address addr street city town zip zipcode postal postcode county line state
    social security ssn ss mrn nhs medical record rec med chart number num no nbr id
    account acct bank card credit policy plan group insurance medicaid medicare
    license licence drivers driver plate vehicle vin device serial implant udi
    url web website homepage ip photo picture image portrait fingerprint biometric
    note notes comment comments remark remarks narrative text freetext memo description
    reason history findings impression report message body summary complaint
    instructions detail details order result results test lab specimen encounter visit
    created updated update modified changed deleted entered added opened closed reviewed signed
    received completed resolved on at by user staff provider pharm
    doctor physician investigator code codes type status flag value attr attribute key field uid
    study series instance sop accession modality tag group element dcm dicom tracked entity
    """.split()  # noqa: SIM905
)


def singular(word: str) -> str:
    """A crude singular for matching table names: ``patients`` -> ``patient``."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "zes")) and len(word) > 4:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@cache
def _pieces() -> frozenset[str]:
    """The words a run of letters may be split into: the rules' own, the national words they
    read, and those of HL7 v2's field names (``patientunitstayid`` -> patient unit stay id);
    only the rules' own below four letters, where chance matches abound."""
    from .phi_vocabulary import hl7_field_words

    longer = (word for word in (*hl7_field_words(), *TRANSLATIONS) if len(word) >= 4)
    return VOCABULARY | frozenset(longer)


@cache
def _english() -> frozenset[str]:
    """The splitter's words and FHIR's English (see :func:`_fhir_definition_words`) of four
    letters or more: what a run of letters around a short unknown one may be read as. Shorter
    words match by chance (Sweden's ``personnummer`` is no person's ``num``)."""
    every = (*_pieces(), *_fhir_definition_words())
    return frozenset(word for word in every if len(word) >= 4)


@cache
def _fhir_definition_words() -> tuple[str, ...]:
    """The English of FHIR's element names and definitions (``tools/build_fhir_data.py``
    writes ``assessor/data/fhir_words.txt``): a column folded to lower case is written in it."""
    text = resources.files("assessor").joinpath("data/fhir_words.txt").read_text("utf-8")
    return tuple(text.split())


def known_word(word: str) -> bool:
    """A number, a word the splitter knows (see :func:`_pieces`) or an element name of FHIR's
    person resources (``suffix``, ``given``, ``district``)."""
    return word.isdigit() or word in _pieces() or word in _fhir_words()


def english_word(word: str) -> bool:
    """A word of four letters or more that the splitter or FHIR's English knows
    (``administer``): whole, not a module prefix run into a shorter field."""
    return word in _english()


@cache
def _fhir_words() -> frozenset[str]:
    from .phi_vocabulary import fhir_words

    return frozenset(fhir_words())


# The last word of a name that says what the column holds (English compounds end in their
# head): when the words before it are unknown, it is still split off them, so a run of
# letters lower-cased from camelCase (PostgreSQL folds ``creatorComment`` to
# ``creatorcomment``) says what it holds. Not dates or keys: ``candidate`` ends in a date,
# ``fluid`` in an id.
HEADS = frozenset(
    {
        "comment", "comments", "description", "desc", "details", "detail", "note", "notes",
        "remark", "remarks", "reply", "text", "narrative", "summary", "message",
        "instructions", "findings", "number", "name", "names", "address", "email",
        # where a person is reached (openMAXIMS's ``correspondphone``, ``correspondpostcode``);
        # not a city, which ends ethnicity and capacity
        "phone", "fax", "postcode",
    }
)  # fmt: skip
MIN_MODIFIER = 4  # the unknown words before the head: "context" is no con-text
# English words that end in a head and are not compounds of it (a task's ``taskcontext``)
HEADLESS_ENDINGS = (
    "context", "pretext", "subtext", "denote", "connote", "keynote", "rename", "microphone",
    "headphone", "earphone", "megaphone", "saxophone", "xylophone", "gramophone",
    # a phonetic code of a name (double metaphone), and speakers of a language
    "metaphone", "homophone", "anglophone", "francophone",
)  # fmt: skip


# What a legacy schema puts before every table's name, run into it once the name is folded to
# lower case (``tblPatient`` -> ``tblpatient``, eTB Manager's ``tbcase``): no English word starts
# with these letters, so they are always a word of their own.
GLUED_PREFIXES = ("tbl", "tb", "lkp")
MIN_AFTER_PREFIX = 3
# The date run into what it dates (DATASUS's DTNASC, DTOBITO: data de nascimento, de óbito),
# where what follows is a word the rules read: no English word starts with these letters.
DATE_PREFIX = "dt"
MIN_AFTER_DATE = 4


@cache
def _split_word(word: str, wide: bool = True) -> tuple[str, ...]:
    """``word`` as the fewest known words covering it, or itself when there is no such split;
    ``wide``: with HL7 v2's words too (see :func:`_pieces`), else with the rules' own; and,
    ``wide``, a known head split off unknown words before it (``epidnumber`` -> epid number)."""
    known = _pieces() if wide else VOCABULARY
    if word in known or len(word) < 5:
        return (word,)
    for prefix in GLUED_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_AFTER_PREFIX:
            return (prefix, *_split_word(word[len(prefix) :], wide))
    if word.startswith(DATE_PREFIX) and len(word) - len(DATE_PREFIX) >= MIN_AFTER_DATE:
        after = _split_word(word[len(DATE_PREFIX) :], wide)
        if all(part in known or expansion(part) for part in after):
            return (DATE_PREFIX, *after)
    covered = _cover(word, known)
    if covered is not None or not wide or word.endswith(HEADLESS_ENDINGS):
        return covered or (word,)
    loosely = _cover_loosely(word, _english())
    if loosely is not None:
        return loosely
    for head in sorted(HEADS, key=len, reverse=True):
        if word.endswith(head) and len(word) - len(head) >= MIN_MODIFIER:
            modifier = word[: -len(head)]
            return (*(_cover(modifier, known) or (modifier,)), head)
    return (word,)


MAX_UNKNOWN_RUN = 3  # letters before or after known words: dd, mm, yy, tb, dis
MIN_KNOWN_PIECES = 2


def _cover_loosely(word: str, known: frozenset[str]) -> tuple[str, ...] | None:
    """Known words with a short unknown run before or after them (``visitdatedd`` -> visit date
    dd, as camelCase ``visitDateDd`` reads): the fewest unknown letters, two known words at
    least, neither run over :data:`MAX_UNKNOWN_RUN` letters. None otherwise: ``mandate`` is no
    man's date."""
    if _cover(word, known) is not None:
        return None  # wholly English words the rules' vocabulary lacks: left as they were
    for unknown in range(1, 2 * MAX_UNKNOWN_RUN + 1):
        for head in range(max(0, unknown - MAX_UNKNOWN_RUN), min(unknown, MAX_UNKNOWN_RUN) + 1):
            tail = unknown - head
            covered = _cover(word[head : len(word) - tail], known)
            if covered is not None and len(covered) >= MIN_KNOWN_PIECES:
                before = (word[:head],) if head else ()
                return (*before, *covered, *((word[len(word) - tail :],) if tail else ()))
    return None


def _cover(word: str, known: frozenset[str]) -> tuple[str, ...] | None:
    """The fewest known words that make up ``word``, or None."""
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 14), end):
            piece = word[start:end]
            prefix = best[start]
            # a known word's plural too (textitems), from five letters
            if prefix is not None and (
                piece in known or (len(piece) >= 5 and piece[-1] == "s" and piece[:-1] in known)
            ):
                candidate = (*prefix, piece)
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[-1]


# Brazilian Portuguese, as the public health systems write it (e-SUS, DATASUS): the citizen
# cared for, the professional, the parents, the street and neighbourhood, the home, the SUS card
# and its CNS number, the social integration numbers (NIS, PIS/PASEP), an address's complement,
# notes, details, contents, surgeries, allergies, certificates.
BRAZILIAN: dict[str, tuple[str, ...]] = {
    "cidadao": ("patient",), "profissional": ("provider",), "mae": ("mother",),
    "pai": ("father",), "logradouro": ("street",), "bairro": ("neighborhood",),
    "residencia": ("home",), "cartao": ("card",), "cns": ("cns",), "nis": ("ssn",),
    "pasep": ("ssn",), "complemento": ("complement",),
    # the driver's licence (Carteira Nacional de Habilitação), an appointment, and the surname
    # as Portugal and Mozambique write it (apelido)
    "cnh": ("licence",), "agendamento": ("appointment",), "apelido": ("surname",),
    # país, the country (SINAN's ID_PAIS), written without its accent: no plural of pai
    "pais": ("country",),
    "nota": ("note",), "detalhes": ("details",), "conteudo": ("content",),
    "cirurgia": ("surgery",), "alergia": ("allergy",), "atestado": ("certificate",),
}  # fmt: skip
# Turkish, as the Ministry of Health's VEM model and hospital systems write it in ASCII
# (HASTA_KODU, DOGUM_TARIHI, TC_KIMLIK_NUMARASI): the patient and the visit (basvuru), names and
# dates, the places and numbers of a person, the narrative of a visit, the staff. Nouns also in
# the possessive (``-i``, ``-si``, ``-u``) a compound puts on its head: ``hasta adi``, the
# patient's name. Not AD alone (an advance directive in English), ANA (analysis) nor SOKAK
# (street), whose SK would abbreviate it where a warehouse writes a surrogate key.
TURKISH: dict[str, tuple[str, ...]] = {
    "hasta": ("patient",), "basvuru": ("visit",), "kodu": ("code",), "adi": ("name",),
    "soyad": ("surname",), "soyadi": ("surname",), "dogum": ("birth",), "olum": ("death",),
    "tarih": ("date",), "tarihi": ("date",), "zaman": ("time",), "zamani": ("time",),
    "yeri": ("place",), "baba": ("father",), "adresi": ("address",), "ilce": ("district",),
    "mahalle": ("neighborhood",),
    "telefonu": ("phone",), "eposta": ("email",), "kimlik": ("national", "identity"),
    "numara": ("no",), "numarasi": ("no",), "aciklama": ("remarks",),
    "aciklamasi": ("remarks",), "sikayet": ("complaint",), "sikayeti": ("complaint",),
    "oyku": ("history",), "oykusu": ("history",), "notu": ("note",), "epikriz": ("summary",),
    "muayene": ("examination",), "tani": ("diagnosis",), "tanisi": ("diagnosis",),
    "bulgu": ("findings",), "bulgulari": ("findings",), "tedavi": ("therapy",),
    "sonuc": ("result",), "sonucu": ("result",), "rapor": ("report",), "raporu": ("report",),
    "personel": ("employee",), "hekim": ("doctor",), "doktor": ("doctor",),
    "hemsire": ("nurse",), "kullanici": ("user",), "yatis": ("admission",),
    "cikis": ("discharge",), "sevk": ("referral",), "recete": ("prescription",),
    "ilac": ("drug",), "fatura": ("bill",), "sigorta": ("insurance",), "kayit": ("record",),
    "guncelleme": ("update",),
}  # fmt: skip
# The numbers countries give their residents for life (identity, social security and
# health-system numbers), by the names their own systems use: a person's number whatever the
# country (after the national identification numbers the countries publish). Not those that
# spell a clinical or technical word too: Denmark's CPR (cardiopulmonary resuscitation) alone,
# Guatemala's DPI, Russia's INN, Thailand's CID.
NATIONAL_IDS: dict[str, tuple[str, ...]] = dict.fromkeys(
    (
        "pnr", "personnummer", "personnr", "fodselsnummer", "foedselsnummer", "hetu",
        "henkilotunnus", "kennitala", "bsn", "burgerservicenummer", "pesel", "amka", "egn",
        "cnp", "oib", "emso", "jmbg", "codfisc", "codicefiscale", "niss", "nss",
        "ahvn", "svnr", "ppsn", "nric", "mykad", "hkid", "aadhaar", "aadhar", "cccd", "cmnd",
        "jumin", "cuil", "cuit", "tckn", "iqama", "ahv", "cnic",
        # Sri Lanka's and Pakistan's National Identity Card, Mozambique's NID, Tanzania's NIDA
        # number
        "nic", "nid", "nida",
    ),
    ("ssn",),
)  # fmt: skip
# Words of the Nordic countries' registers and records (Danish, Norwegian, Swedish, in ASCII):
# the date and time of a thing, births and deaths, names, where a person lives.
NORDIC: dict[str, tuple[str, ...]] = {
    "dato": ("date",), "tidspunkt": ("time",), "tidpunkt": ("time",),
    "fodselsdato": ("birth", "date"), "foedselsdato": ("birth", "date"),
    "fodsel": ("birth",), "foedsel": ("birth",), "fodelse": ("birth",),
    "dodsdato": ("death", "date"), "doedsdato": ("death", "date"), "dodsdatum": ("death", "date"),
    "navn": ("name",), "namn": ("name",), "fornavn": ("first", "name"),
    "fornamn": ("first", "name"), "efternavn": ("surname",), "etternavn": ("surname",),
    "efternamn": ("surname",), "adress": ("address",), "bopael": ("residence",),
    "bopel": ("residence",), "postnummer": ("postcode",), "postnr": ("postcode",),
    "indlaeggelse": ("admission",), "udskrivning": ("discharge",),
    # a middle name, a care unit and a care provider (Swedish, Norwegian, Danish)
    "mellannamn": ("middle", "name"), "mellomnavn": ("middle", "name"),
    "mellemnavn": ("middle", "name"), "enhet": ("unit",), "enhets": ("unit",),
    "enhed": ("unit",), "vardgivare": ("provider",), "vardgivar": ("provider",),
}  # fmt: skip
# Japanese written in the Latin alphabet (romaji), as clinic systems name columns: the patient,
# the full name, birth date, address and phone, the insured person and the public-expense
# recipient a card's number is of, a number, and the remarks written on a record.
JAPANESE: dict[str, tuple[str, ...]] = {
    "kanja": ("patient",), "shimei": ("name",), "seinengappi": ("birth", "date"),
    "juusho": ("address",), "jusho": ("address",), "denwa": ("phone",),
    "hihokensha": ("insured",), "jukyuusha": ("beneficiary", "no"),
    "jukyusha": ("beneficiary", "no"),
    "bangou": ("no",), "bango": ("no",), "tekiyou": ("remarks",), "tekiyo": ("remarks",),
}  # fmt: skip
# Italian words of a patient's record besides those with Spanish and Portuguese (``paziente``,
# ``nascita``): the person the health service assists, the hour, admission and discharge, the
# residence and its municipality.
ITALIAN: dict[str, tuple[str, ...]] = {
    "assistito": ("patient",), "ora": ("time",), "ingresso": ("admit",),
    "uscita": ("discharge",), "residenza": ("residence",), "comune": ("municipality",),
}  # fmt: skip
# Polish, as clinic systems and the national health fund's files write it in ASCII: the patient
# and the guardian, first names and surnames (a maiden one, a father's), where a person was born,
# is registered and lives, the visit's narrative, and the staff.
POLISH: dict[str, tuple[str, ...]] = {
    "pacjent": ("patient",), "pacjenta": ("patient",), "pacjenci": ("patient",),
    "imie": ("first", "name"), "imiona": ("first", "name"), "nazwisko": ("surname",),
    "rodowe": ("maiden",), "ojca": ("father",), "matki": ("mother",),
    "opiekun": ("guardian",), "opiekuna": ("guardian",), "miejsce": ("place",),
    "urodzenia": ("birth",), "miejscowosc": ("locality",), "ulica": ("street",),
    "dzielnica": ("district",), "gmina": ("municipality",), "gminy": ("municipality",),
    "zamieszkanie": ("residence",), "zamieszkania": ("residence",),
    "zameldowanie": ("residence",), "zameldowania": ("residence",), "uwagi": ("remarks",),
    "komentarz": ("comment",), "opis": ("description",), "wywiad": ("anamnesis",),
    "rozpoznanie": ("diagnosis",), "zalecenia": ("instructions",), "dawkowanie": ("instructions",),
    "czas": ("time",), "numer": ("no",), "wizyta": ("visit",), "wizyty": ("visit",),
    "pracownik": ("employee",), "pracownika": ("employee",), "pracownicy": ("employee",),
    "lekarz": ("doctor",), "lekarza": ("doctor",),
}  # fmt: skip
# The abbreviations Latin American hospital systems write their names in, apart and glued
# (fec_nac, adm_fecnac: fecha de nacimiento; apelnom: apellido y nombre; histclin: historia
# clínica, the medical record; nrodoc: the number of the identity document, Argentina's DNI).
SPANISH_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "fec": ("date",), "nac": ("birth",), "fecnac": ("birth", "date"),
    "fechanac": ("birth", "date"), "apel": ("surname",), "apelnom": ("name",),
    "apenom": ("name",), "telef": ("phone",), "histclin": ("medical", "record"),
    "nrodoc": ("identity", "no"), "nrodocu": ("identity", "no"),
}  # fmt: skip
# Words read only whole, never as what a shortening stands for: a register's compounds would
# take any three of their letters (``DedApplied``, a deductible, is no ``doedsdato``).
WHOLE_ONLY = (
    frozenset(NATIONAL_IDS)
    | frozenset(NORDIC)
    | frozenset(JAPANESE)
    | frozenset(ITALIAN)
    | frozenset(POLISH)
    | frozenset(SPANISH_ABBREVIATIONS)
)
# Vietnamese, as hospital systems and the health-insurance claim files write it without its
# tones: words of two syllables each, read as one (``ho_ten``, the full name; ``ngay_sinh``, the
# birth date; ``dia_chi``, the address); ``ngay`` (a day) is a date wherever it stands.
PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("ho", "ten"): ("name",), ("dia", "chi"): ("address",), ("dien", "thoai"): ("phone",),
    ("ngay", "sinh"): ("birth", "date"), ("noi", "sinh"): ("birth", "place"),
    ("benh", "nhan"): ("patient",), ("ma", "bn"): ("patient", "code"),
    ("gioi", "tinh"): ("sex",), ("ghi", "chu"): ("note",), ("chan", "doan"): ("diagnosis",),
    ("ket", "luan"): ("conclusion",), ("mo", "ta"): ("description",),
    ("ly", "do"): ("reason",), ("ma", "the"): ("health", "insurance", "card", "no"),
    ("ngay",): ("date",),
    # Polish: a postal code, a second first name
    ("kod", "pocztowy"): ("postcode",), ("drugie", "imie"): ("middle", "name"),
    # India's postal index number written as two words (PermPinCode)
    ("pin", "code"): ("pincode",),
    # Spanish: the number of a person's identity document (Argentina's DNI, written nro_doc)
    # and the clinical history, the medical record (historia clínica: hist_clin)
    ("nro", "doc"): ("identity", "no"), ("nro", "documento"): ("identity", "no"),
    ("numero", "documento"): ("identity", "no"), ("hist", "clin"): ("medical", "record"),
    # Denmark's CPR number and Italy's tax code (codice fiscale) written as two words
    ("cpr", "nr"): ("ssn",), ("cpr", "nummer"): ("ssn",), ("codice", "fiscale"): ("ssn",),
    # the Philippines' national health insurer written camelCase (philHealthID)
    ("phil", "health"): ("philhealth",),
    # the nomor rekam medis (medical record number) as Indonesian systems abbreviate it (no_rm)
    ("no", "rm"): ("mrn",),
    # an appointment missed, not a number: service_contact_no_show
    ("no", "show"): ("noshow",),
    # DHIS2's tracker, the health information system of most low- and middle-income countries:
    # the person it tracks is a tracked entity instance
    ("tracked", "entity", "instance"): ("patient",),
}  # fmt: skip
MAX_PHRASE = max(map(len, PHRASES))
# The endings national words take in the plural (Spanish, Portuguese): read as the word.
PLURAL_ENDINGS = ("s", "es")
# Words of a national system's names read as the English words the rules know: Indonesian and
# Malay, as SIMRS GOS writes them (``TANGGAL_LAHIR``, ``pasien``, ``NOPEN``). Only words that
# no English name uses; ``NORM`` is the nomor rekam medis (medical record number) and ``NOPEN``
# the nomor pendaftaran (admission number); ``rekam medis`` is the medical record it numbers.
TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "pasien": ("patient",), "nama": ("name",), "panggilan": ("nickname",),
    "alamat": ("address",), "kodepos": ("postcode",), "wilayah": ("region",),
    "tempat": ("place",), "tanggal": ("date",), "tgl": ("date",), "jam": ("time",),
    "waktu": ("time",), "lahir": ("birth",), "kelahiran": ("birth",), "meninggal": ("death",),
    "masuk": ("admit",), "keluar": ("discharge",), "telepon": ("phone",), "nik": ("ssn",),
    "norm": ("mrn",), "rekam": ("record",), "medis": ("medical",), "nomor": ("no",),
    "nomer": ("no",), "nopen": ("admission", "no"), "nomr": ("mrn",), "ibu": ("mother",),
    "ayah": ("father",), "suami": ("husband",), "istri": ("wife",),
    "kesimpulan": ("conclusion",), "saran": ("recommendation",), "balasan": ("reply",),
    "pesan": ("message",),
    "kunjungan": ("visit",), "pendaftaran": ("admission",), "keluarga": ("family",),
    "penanggung": ("guarantor",), "kartu": ("card",), "asuransi": ("insurance",),
    "peserta": ("member",), "identitas": ("identity",), "kontak": ("contact",),
    "catatan": ("note",), "keterangan": ("remarks",), "deskripsi": ("description",),
    "alasan": ("reason",), "keluhan": ("complaint",), "riwayat": ("history",),
    "diagnosa": ("diagnosis",), "kesan": ("impression",), "usul": ("recommendation",),
    "klinis": ("clinical",), "hasil": ("result",), "aturan": ("instructions",),
    "petunjuk": ("instructions",), "pegawai": ("employee",), "dokter": ("doctor",),
    "perawat": ("nurse",), "pengguna": ("user",), "oleh": ("by",), "referensi": ("reference",),
    "jenis": ("type",), "kelas": ("class",), "cabang": ("site",), "umur": ("age",),
    "tagihan": ("bill",), "pembayaran": ("payment",), "resep": ("prescription",),
    "obat": ("drug",), "tindakan": ("procedure",), "rujukan": ("referral",),
    # the parts of an Indonesian clinical note (SOAP and the care process): the physical
    # examination, the assessment, the intervention, implementation and evaluation
    "pemeriksaan": ("examination",), "fisik": ("physical",), "asesmen": ("assessment",),
    "intervensi": ("intervention",), "implementasi": ("implementation",),
    "evaluasi": ("evaluation",),
    # and a register's fields glued as Indonesian systems write them: the birth date and
    # place (tgllahir, tmplahir), the mobile ("handphone") number (nohp; not HP alone,
    # English's history and physical) and the phone number (notelp)
    "tgllahir": ("birth", "date"), "tmplahir": ("birth", "place"), "nohp": ("mobile", "no"),
    "notelp": ("phone", "no"),
    # Indonesia's administrative divisions below the province, where a person lives: the
    # regency or city, the district, the rural and the urban village; and an emergency (kontak
    # darurat, the emergency contact) and the person answerable for a patient
    "kabupaten": ("county",), "kota": ("city",), "kabkota": ("county",),
    "kecamatan": ("district",), "desa": ("village",), "kelurahan": ("village",),
    "darurat": ("emergency",), "penanggungjawab": ("guarantor",),
    # The words of a patient's identifiers in the other languages open hospital systems are
    # written in (Spanish, Portuguese, French, German, Italian, Dutch), none an English name
    # uses: the Safe Harbor classes read for their meaning, as above.
    "paciente": ("patient",), "paziente": ("patient",), "nombre": ("name",),
    "nombres": ("name",), "nome": ("name",), "nom": ("name",), "naam": ("name",),
    "fecha": ("date",), "datum": ("date",), "hora": ("time",), "uhrzeit": ("time",),
    "nacimiento": ("birth",), "nascimento": ("birth",), "naissance": ("birth",),
    "nascita": ("birth",), "geburt": ("birth",), "geburtsdatum": ("birth", "date"),
    "defuncion": ("death",), "fallecimiento": ("death",), "obito": ("death",),
    "deces": ("death",), "decesso": ("death",), "sterbedatum": ("death", "date"),
    "direccion": ("address",), "domicilio": ("address",), "endereco": ("address",),
    "adresse": ("address",), "indirizzo": ("address",), "anschrift": ("address",),
    "strasse": ("street",), "calle": ("street",), "barrio": ("neighborhood",),
    "localidad": ("locality",), "ciudad": ("city",), "cidade": ("city",), "ville": ("city",),
    "citta": ("city",), "stadt": ("city",), "plz": ("postcode",), "cep": ("postcode",),
    "telefono": ("phone",), "telefone": ("phone",), "telefon": ("phone",),
    "celular": ("mobile",), "cellulare": ("mobile",), "movil": ("mobile",),
    "correo": ("email",), "courriel": ("email",), "numero": ("no",), "nro": ("no",),
    "cpf": ("ssn",), "pis": ("ssn",), "dni": ("ssn",), "nir": ("ssn",), "cedula": ("ssn",),
    "curp": ("ssn",), "identificacion": ("identification",), "identidad": ("identity",),
    "ident": ("identification",), "factura": ("invoice",),
    "prontuario": ("medical", "record"), "expediente": ("record",), "historia": ("history",),
    "historial": ("history",),
    "ingreso": ("admit",), "internacao": ("admission",), "ricovero": ("admission",),
    "aufnahme": ("admission",), "egreso": ("discharge",), "entlassung": ("discharge",),
    "dimissione": ("discharge",), "madre": ("mother",), "mutter": ("mother",),
    "vater": ("father",), "contacto": ("contact",), "contato": ("contact",),
    "kontakt": ("contact",), "observaciones": ("remarks",), "observacion": ("remarks",),
    "observacao": ("remarks",), "observacoes": ("remarks",), "osservazioni": ("remarks",),
    "bemerkung": ("remarks",), "notas": ("notes",), "notiz": ("note",),
    "comentario": ("comment",), "comentarios": ("comments",), "commentaire": ("comment",),
    "commento": ("comment",), "kommentar": ("comment",), "diagnostico": ("diagnosis",),
    "diagnosi": ("diagnosis",), "medico": ("doctor",), "enfermera": ("nurse",),
    "enfermero": ("nurse",), "usuario": ("user",),
    # the staff (el personal: Peru's HIS MINSA's Nombres_Personal, MAESTRO_PERSONAL, beside
    # its Nombres_Paciente) and the clerk who registers the visit (Registrador)
    "personal": ("staff",), "registrador": ("registrar",), "maestro": ("master",),
    "apellido": ("surname",), "apellidos": ("surname",),
    # and the narrative a clinician writes in them: reasons, complaints, findings, treatment
    "motivo": ("reason",), "motif": ("reason",), "queixa": ("complaint",),
    "padecimiento": ("history",), "antecedentes": ("history",), "antecedents": ("history",),
    "anamnese": ("anamnesis",), "exploracion": ("examination",), "examen": ("examination",),
    "befund": ("findings",), "hallazgos": ("findings",), "tratamiento": ("therapy",),
    "tratamento": ("therapy",), "traitement": ("therapy",), "therapie": ("therapy",),
    "evolucion": ("progress",), "evolucao": ("progress",), "verlauf": ("progress",),
    "resumen": ("summary",), "resumo": ("summary",), "indicaciones": ("instructions",),
    # French, as Mediboard writes it: the doctor, remarks, a nickname, the place of birth, and
    # the matricule (the social security number, NIR)
    "medecin": ("doctor",), "praticien": ("practitioner",), "remarques": ("remarks",),
    "remarque": ("remark",), "surnom": ("nickname",), "lieu": ("place",),
    "matricule": ("ssn",), "immatriculation": ("ssn",), "infirmiere": ("nurse",),
    # and a laboratory's suppliers and equipment, as LabBook writes them
    "fournisseur": ("supplier",), "equipement": ("equipment",), "fabricant": ("manufacturer",),
    "fabriquant": ("manufacturer",),
    # German, as Swiss and German practice systems write it (Elexis): the time, the town, a
    # reason, the diagnoses, allergies and risks written out, a stored content
    "zeit": ("time",), "ort": ("city",), "grund": ("reason",), "diagnosen": ("diagnosis",),
    # and a nursing home's residents and their names (Offene-Pflege.de)
    "nachname": ("surname",), "vorname": ("first", "name"), "gebdatum": ("birth", "date"),
    "geburtsname": ("maiden", "name"), "bewohner": ("resident",),
    "allergien": ("allergies",), "risiken": ("risks",), "inhalt": ("content",),
    # Russian, as the hospital systems of Russia and its neighbours transliterate it (Medwork's
    # Patient.SeriyaPasporta, FOMS's SNILS): a person's names (familiya, imya, otchestvo), the
    # address, passport, insurance policy, and the narrative of notes, diagnoses, complaints.
    # (Not FIO, their run-together full name: English clinical data writes FiO2.)
    "familiya": ("surname",), "imya": ("first", "name"), "otchestvo": ("middle", "name"),
    "adres": ("address",), "gorod": ("city",),
    "kvartira": ("apartment",), "raion": ("district",), "rayon": ("district",),
    "strana": ("country",), "pasport": ("passport",), "pasporta": ("passport",),
    "snils": ("ssn",), "polis": ("policy",), "polisa": ("policy",), "rozhdeniya": ("birth",),
    "smerti": ("death",), "primechanie": ("note",), "diagnoz": ("diagnosis",),
    "zhaloby": ("complaint",), "anamnez": ("anamnesis",), "vrach": ("doctor",),
    "patsient": ("patient",), "pacient": ("patient",),
    # Chinese hospital systems name columns by the pinyin initials of their Chinese names (Bsoft
    # PHIS's BRXM, 病人姓名): the conventional initials of a patient's identifiers, whole names
    # only (not XM alone, which also abbreviates 项目, an item)
    "brid": ("patient", "id"), "brxm": ("patient", "name"), "hzxm": ("patient", "name"),
    "sfzh": ("ssn",), "sfzhm": ("ssn",), "csny": ("birth", "date"), "csrq": ("birth", "date"),
    "lxdh": ("phone",), "jtdh": ("home", "phone"), "sjhm": ("mobile",), "hkdz": ("address",),
    "jtdz": ("home", "address"), "lxdz": ("address",), "xzz": ("address",),
    "lxrm": ("contact", "name"), "lxrxm": ("contact", "name"), "gzdw": ("employer",),
    "bah": ("mrn",), "bahm": ("mrn",), "zyh": ("admission", "no"), "zyhm": ("admission", "no"),
    "mzh": ("visit", "no"), "mzhm": ("visit", "no"), "brda": ("patient",),
    # and those of China's national EMR data sets (WS 445) that two vendors' systems share
    # (Bsoft's and Winning Health's): the dates of a visit, an admission, a discharge, a death
    # and an update; visit and phone numbers; the histories a record takes (史, -s)
    "jzrq": ("visit", "date"), "jzrqsj": ("visit", "date", "time"), "ryrq": ("admit", "date"),
    "ryrqsj": ("admit", "date", "time"), "cyrq": ("discharge", "date"),
    "cyrqsj": ("discharge", "date", "time"), "swrq": ("death", "date"),
    "swrqsj": ("death", "date", "time"), "zdrq": ("diagnosis", "date"),
    "jcrq": ("examination", "date"), "gxrq": ("update", "date"), "gxsj": ("update", "time"),
    "cjsj": ("created", "time"), "mjzh": ("visit", "no"), "jzlsh": ("visit", "no"),
    "hzdhhm": ("patient", "phone", "no"), "dhhm": ("phone", "no"),
    "lxrdhhm": ("contact", "phone", "no"), "hjdz": ("home", "address"),
    "jkkh": ("health", "insurance", "card", "no"), "jmjkkh": ("health", "insurance", "card", "no"),
    "xbs": ("present", "illness", "history"), "jws": ("past", "history"),
    "hys": ("marital", "history"), "yjs": ("menstrual", "history"), "jzs": ("family", "history"),
    "crbs": ("infection", "history"), "yfjzs": ("vaccination", "history"),
    "sxs": ("transfusion", "history"), "zlgcms": ("therapy", "course", "description"),
    "ryqk": ("admission", "condition"), "cyqk": ("discharge", "condition"),
    # the patient's and the case's (Fall, the encounter's) numbers run together, as German
    # hospital systems write them (SAP IS-H's PATNR and FALNR) and as PostgreSQL folds Open
    # Dental's PatNum
    "patnr": ("patient", "nr"), "patno": ("patient", "no"), "patnum": ("patient", "num"),
    "falnr": ("encounter", "nr"), "fallnr": ("encounter", "nr"),
    # CDISC SDTM's subject identifiers: the trial's unique subject id and the subject's id
    "usubjid": ("unique", "subject", "id"), "subjid": ("subject", "id"),
    # the NHS Data Dictionary's LOCAL PATIENT IDENTIFIER as its maternity data set writes it
    # (MSDS's LPIDMother, LPIDBaby)
    "lpid": ("local", "patient", "id"),
    **BRAZILIAN,
    **TURKISH,
    **NATIONAL_IDS,
    **NORDIC,
    **JAPANESE,
    **ITALIAN,
    **POLISH,
    **SPANISH_ABBREVIATIONS,
    # Epic's contact serial number, the number of a patient's encounter (PAT_ENC_CSN_ID)
    "csn": ("encounter", "no"),
    # the hospital, visit and admission numbers of Thai hospital systems (Hospital OS, HOSxP)
    "hn": ("hospital", "no"), "vn": ("visit", "no"), "an": ("admission", "no"),
    # a mobile subscriber's number as GSM names it (MomConnect's msisdn, RapidPro's)
    "msisdn": ("mobile",),
    # Kenya's national unique patient identifier and an HIV clinic's unique patient number
    # (DWAPI's NUPI, Ushauri's UPN)
    "nupi": ("national", "unique", "patient", "number"), "upn": ("unique", "patient", "number"),
}  # fmt: skip
# The type prefixes of Brazil's public health systems' names, read only beside a word of the
# language: no_ a name (nome), nu_ a number (número), ds_ a description, dt_ a date, co_ a
# code or key (código), tp_ a type.
TYPE_PREFIXES = {
    "no": ("name",), "nu": ("no",), "ds": ("description",), "dt": ("date",), "co": ("code",),
    "tp": ("type",),
}  # fmt: skip
PORTUGUESE = frozenset(BRAZILIAN) | frozenset(
    {
        "nome", "nascimento", "obito", "endereco", "cidade", "cep", "telefone", "celular", "cpf",
        "prontuario", "internacao", "contato", "observacao", "observacoes", "queixa", "evolucao",
        "resumo", "tratamento", "anamnese",
    }
)  # fmt: skip
# Words of those languages that English names use too (a lab's ``norm_range_low`` is a
# normal range, a ``personal_history`` the patient's own): read in translation only alone
# (SIMRS GOS's ``NORM``) or beside a word of the language that is not one (HIS MINSA's
# ``Apellido_Paterno_Personal``, the staff member's surname).
ALSO_ENGLISH = frozenset({"norm", "personal"})
# Head-first noun phrases of those languages ("tanggal lahir": date of birth) are turned round
# as English writes them ("birth date") when they start with one of these heads.
_HEADS = frozenset(
    {
        "name", "date", "time", "no", "num", "id", "place", "address", "phone", "card", "type",
        "code", "note", "result", "history", "reason", "description", "remarks", "instructions",
        "age", "bill", "payment", "complaint",
    }
)  # fmt: skip

# A trailing language-region pair is a locale, not words: title_pt_br is Portuguese, not a
# patient's title.
_LANGUAGES = frozenset({"pt", "en", "es", "fr", "de", "it", "nl", "zh", "ja", "ru", "ar", "sv"})
_REGIONS = frozenset(
    {"br", "pt", "us", "gb", "uk", "mx", "es", "ca", "fr", "de", "cn", "tw", "hk", "au", "ar"}
)


# Shortenings of US claims data (CMS's CCLF and SynPUF files, X12's element names), read as
# what they stand for; and identifiers' acronyms kept as they are (``mbi``, the Medicare
# Beneficiary Identifier, is no shortened "mobile").
CLAIMS_WORDS = {
    "clm": "claim", "bene": "beneficiary", "cntl": "control", "ptnt": "patient",
    "hic": "hic", "mbi": "mbi", "hicn": "hicn", "npi": "npi", "prvdr": "provider",
    "dgns": "diagnosis", "prcdr": "procedure", "pmt": "payment", "cntrctr": "contractor",
    "ld": "load",
    # India's public-health systems shorten the beneficiary so (AMRIT's ben_name, BenImage)
    "ben": "beneficiary",
}  # fmt: skip


# The parents as a family calls them (a paediatric chart's Mom1, Dad1Ph): the words the rules
# read for them.
FAMILIAR: dict[str, str] = {"mom": "mother", "mum": "mother", "dad": "father"}


def _unabbreviated(word: str) -> str:
    """The word an abbreviation stands for (``tlp`` -> ``phone``), when it is one; known words,
    national ones included, are kept as they are."""
    if word in VOCABULARY or word in TRANSLATIONS:
        return word
    for ending in PLURAL_ENDINGS:  # Spanish and Portuguese plurals: pacientes, medicos
        if word.endswith(ending) and word[: -len(ending)] in TRANSLATIONS:
            return word[: -len(ending)]
    if word in CLAIMS_WORDS:
        return CLAIMS_WORDS[word]
    if word in FAMILIAR:
        return FAMILIAR[word]
    if english_word(word):
        return word  # an English word abbreviates nothing: a fall, a desk, prime, meds
    return expansion(word) or word


@cache
def key_tokens(name: str) -> tuple[str, ...]:
    """The words of a name as key inference reads them: run-together names split by the rules'
    own words only. HL7 v2's words would split ``spec_itemid`` into a qualified ``item`` key,
    which MIMIC's microbiology codes are not (``benchmarks/db_relationships.py``)."""
    return _read(name, wide=False)


@cache
def tokens(name: str) -> tuple[str, ...]:
    """The lowercase words of a name.

    >>> tokens("date_of_birth"), tokens("birthDate"), tokens("DOB")
    (('date', 'of', 'birth'), ('birth', 'date'), ('dob',))
    >>> tokens("guardianphone"), tokens("first name"), tokens("addr_line1")
    (('guardian', 'phone'), ('first', 'name'), ('addr', 'line', '1'))
    >>> tokens("title_pt_br")
    ('title',)
    >>> tokens("TANGGAL_LAHIR"), tokens("NOPEN"), tokens("NORM"), tokens("norm_range_low")
    (('birth', 'date'), ('admission', 'no'), ('mrn',), ('norm', 'range', 'low'))
    """
    return _read(name, wide=True)


# The type a legacy application's variables wear as a prefix (Hungarian notation, as Visual
# Basic and Access wrote them), run into a camelCase name: EIDSS's ``strFirstName``,
# ``datBirthDate``, ``intAgeMonth``, ``idfsOccupationType``. Only before a capital letter: the
# type says what the column is stored as, the words after it what it holds.
_HUNGARIAN = re.compile(r"^(str|int|dbl|bln|idfs?|dat|dtm|lng|sng|byt|chr|txt)(?=[A-Z][a-z])")


# A lower-case lead run into a camelCase name of two words or more (the Data Lake's
# ``dmicImportLogId``, ``dmCommissionerDerivationReason``): a namespace the name is filed under,
# as a Hungarian type prefix is, kept as written rather than read as a word it might shorten.
_LEAD = re.compile(r"^[a-z]+(?=(?:[A-Z][a-z]+){2})")


def _phrases(words: list[str]) -> list[str]:
    """The words with each phrase of :data:`PHRASES` read as the English it means, the longest
    first."""
    read: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(MAX_PHRASE, len(words) - at), 0, -1):
            if (meaning := PHRASES.get(tuple(words[at : at + size]))) is not None:
                read.extend(meaning)
                at += size
                break
        else:
            read.append(words[at])
            at += 1
    return read


def _acronyms(parts: list[str]) -> list[str]:
    """The parts of a camelCase name with an acronym written in mixed case kept whole: a
    capital letter alone after a short part ends it (``DoB``, ``ProbandDoD``: date of birth,
    of death), not a word of its own."""
    kept: list[str] = []
    for part in parts:
        before = kept[-1] if kept else ""
        if len(part) == 1 and part.isupper() and len(before) == 2 and before.istitle():
            kept[-1] += part
        else:
            kept.append(part)
    return kept


def _read(name: str, wide: bool) -> tuple[str, ...]:
    from .phi_vocabulary import hl7_field_name  # it reads names with these tokens

    name = hl7_field_name(name) or name  # PID_5, an HL7 field's number: PATIENT_NAME
    words: list[str] = []
    hungarian = _HUNGARIAN.match(name)
    for part in _acronyms(_PARTS.findall(name[hungarian.end() :] if hungarian else name)):
        lower = part.lower()
        words.extend(_split_word(lower, wide) if lower.isalpha() else (lower,))
    if hungarian and hungarian.group(1) == "idf":
        words.append("id")  # EIDSS's idfHumanCase: the identifier of a human case, a key
    lead = _LEAD.match(name)
    # the language's words as written, before a phrase of them is read (numero documento)
    spoken = {word for word in words if word in TRANSLATIONS}
    words = [
        word if at == 0 and lead and word == lead.group(0) else _unabbreviated(word)
        for at, word in enumerate(_phrases(words))
    ]
    if len(words) >= 3 and words[-2] in _LANGUAGES and words[-1] in _REGIONS:
        words = words[:-2]
    national = [word for word in words if word in TRANSLATIONS]
    if len(words) >= 2 and words[0] in TYPE_PREFIXES and not PORTUGUESE.isdisjoint(words):
        # the type prefix Brazil's public health systems put first (DATASUS's convention:
        # no_cidadao, the citizen's name; nu_cns, the CNS number; dt_nascimento)
        words = [*TYPE_PREFIXES[words[0]], *words[1:]]
    if national and (len(words) == 1 or (set(national) | spoken) - ALSO_ENGLISH):
        words = [english for word in words for english in TRANSLATIONS.get(word, (word,))]
        if words[0] == "data" and len(words) >= 2:
            words[0] = "date"  # Portuguese and Italian: data de nascimento, data di nascita
        if len(words) >= 2 and words[0] in _HEADS:
            words = [*words[1:], words[0]]
    return tuple(words)
