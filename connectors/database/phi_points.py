"""A contact point kept as a kind and a value: the value is the phone number or the address.

FHIR's ContactPoint is a ``system`` (phone, fax, email...) and a ``value``; schemas that keep a
person's telecoms one per row do the same (a contact table's ``type`` and ``value``), so the
value column is named for nothing it holds. On a person's or patient's row it is their phone
or email, whichever the kind says.
"""

from __future__ import annotations

from assessor.model import TableProfile

from .coltypes import family
from .tokens import singular, tokens

__all__ = ["ADDRESS_PART_REASON", "CONTACT_POINT_REASON", "address_parts", "contact_point_value"]

CONTACT_POINT_REASON = "fhir:contact-point.value"
TELECOM_WORDS = frozenset({"contact", "telecom", "phone", "telephone", "email", "mechanism"})
KIND_WORDS = frozenset({"type", "system", "kind", "channel", "mechanism", "medium"})


def contact_point_value(table: TableProfile) -> str | None:
    """The value column of a table of contact points (a kind beside a bare value), or None.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> columns = (C("party", "INTEGER"), C("type", "VARCHAR(20)"), C("value", "VARCHAR(100)"))
    >>> contact_point_value(T("party_contact_mechanism", columns=columns))
    'value'
    """
    if not {singular(word) for word in tokens(table.name)} & TELECOM_WORDS:
        return None
    names = {tokens(column.name): column for column in table.columns}
    if not any(seq and seq[-1] in KIND_WORDS for seq in names):
        return None
    value = names.get(("value",))
    return value.name if value is not None and family(value.type) == "string" else None


ADDRESS_PART_REASON = "table:address-part"
# Subdivisions below a state that a national address names (Rwanda's district, sector and cell
# below the province; a French city's quartier; a zone): on a row that holds an address they
# are parts of it, where elsewhere the same words name a market's sector or a year's quarter.
SUBDIVISION_WORDS = frozenset(
    {"district", "subdistrict", "sector", "quarter", "zone",
     # a town or village as post-Soviet registers name it (Ukraine's eHealth settlement), and
     # the building, suburb or neighbourhood within one
     "settlement", "locality", "village", "suburb", "neighborhood", "neighbourhood", "building"}
)  # fmt: skip
MIN_ADDRESS_COLUMNS = 2  # an address and a city, or a street and a postcode


def address_parts(table: TableProfile, address_columns: int) -> tuple[str, ...]:
    """The text columns named for a subdivision of an address or a line of one, when
    ``address_columns`` of the table's columns already hold parts of one.

    >>> from assessor.model import TableColumn as C, TableProfile as T
    >>> columns = (C("address", "TEXT"), C("city", "TEXT"), C("sanitarydistrict", "TEXT"))
    >>> address_parts(T("private", columns=columns), 2)
    ('sanitarydistrict',)
    """
    if address_columns < MIN_ADDRESS_COLUMNS:
        return ()
    return tuple(
        column.name
        for column in table.columns
        if family(column.type) == "string"
        and (_subdivision(seq := tokens(column.name)) or _address_line(seq))
    )


def _address_line(seq: tuple[str, ...]) -> bool:
    # FHIR Address.line: a numbered line beside the address's other parts (line1, line_2), or
    # the complement Latin America's addresses write after the street and number (complemento)
    return (
        seq[:1] == ("line",) and len(seq) > 1 and all(word.isdigit() for word in seq[1:])
    ) or "complement" in seq


def _subdivision(seq: tuple[str, ...]) -> bool:
    # the last word may run a qualifier into it (sanitarydistrict, subdistrict)
    return bool(seq) and seq[-1].endswith(tuple(SUBDIVISION_WORDS))
