"""Invented patients and clinicians for the sample estate.

Every person here is made up from small name lists and a seeded random generator. Social
security numbers start with 9, an area the US SSA never issues, so none can be real.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST_NAMES_F = (
    "Alice",
    "Beatrice",
    "Clara",
    "Dorothy",
    "Eleanor",
    "Fiona",
    "Grace",
    "Hannah",
    "Imogen",
    "Julia",
    "Katherine",
    "Lucy",
    "Maria",
    "Nora",
    "Olivia",
    "Priya",
    "Rosa",
    "Sofia",
    "Tamsin",
    "Una",
    "Violet",
    "Wendy",
    "Yasmin",
    "Zara",
)
FIRST_NAMES_M = (
    "Aaron",
    "Benedict",
    "Callum",
    "Daniel",
    "Edward",
    "Felix",
    "George",
    "Hugo",
    "Isaac",
    "James",
    "Kwame",
    "Liam",
    "Marcus",
    "Nathan",
    "Oscar",
    "Patrick",
    "Rahul",
    "Samuel",
    "Thomas",
    "Victor",
    "William",
    "Xavier",
    "Yusuf",
    "Zachary",
)
LAST_NAMES = (
    "Abbott",
    "Bancroft",
    "Castellano",
    "Delacroix",
    "Ellison",
    "Fairweather",
    "Garside",
    "Hollis",
    "Ingram",
    "Jessop",
    "Kowalczyk",
    "Lindqvist",
    "Mbeki",
    "Nakamura",
    "O'Dwyer",
    "Pemberton",
    "Quayle",
    "Rasmussen",
    "Sutcliffe",
    "Thackeray",
    "Underhill",
    "Varga",
    "Whitlock",
    "Yardley",
    "Zielinski",
    "Ashdown",
    "Brightwell",
    "Cartwright",
    "Dunmore",
    "Everdene",
)
# Accented names only used on the latin-1 scheduling feed.
ACCENTED_FIRST = ("Zoë", "José", "Françoise", "Jürgen", "Inès", "Søren", "Chloé", "Björn")
ACCENTED_LAST = ("Müller", "Núñez", "Lefèvre", "Åström", "Gonçalves", "Çelik", "Ferré")
STREETS = (
    "Abbey Road",
    "Bell Lane",
    "Cathedral Close",
    "Deanery Street",
    "Elm Grove",
    "Friars Walk",
    "Glebe Terrace",
    "High Street",
    "Kings Row",
    "Mill Lane",
    "Orchard Way",
    "Priory Court",
)
TOWNS = (("Sherborne", "DT9"), ("Malmesbury", "SN16"), ("Wimborne", "BH21"), ("Wareham", "BH20"))

CLINICIANS = (
    ("1001", "Okafor", "Adaeze", "MD"),
    ("1002", "Harrington", "Miles", "MD"),
    ("1003", "Szabo", "Eva", "MD"),
    ("1004", "Pryce", "Gwen", "MD"),
    ("1005", "Acheson", "Robert", "MD"),
    ("1006", "Lam", "Wing", "MD"),
    ("1007", "Fenwick", "Ruth", "RN"),
    ("1008", "Devlin", "Conor", "MD"),
)


@dataclass(frozen=True)
class Patient:
    """One invented patient as every system in the estate knows them."""

    mrn: str
    last: str
    first: str
    middle: str
    dob: str  # YYYYMMDD
    sex: str
    street: str
    town: str
    postcode: str
    phone: str
    ssn: str
    account: str


def make_patients(rng: random.Random, count: int) -> list[Patient]:
    """Make `count` invented patients with distinct MRNs."""
    patients = []
    for i in range(count):
        sex = rng.choice("FM")
        first = rng.choice(FIRST_NAMES_F if sex == "F" else FIRST_NAMES_M)
        middle = rng.choice(FIRST_NAMES_F if sex == "F" else FIRST_NAMES_M)[0]
        year = rng.randint(1931, 2024)
        dob = f"{year:04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        town, district = rng.choice(TOWNS)
        patients.append(
            Patient(
                mrn=str(100100 + i * 7),
                last=rng.choice(LAST_NAMES),
                first=first,
                middle=middle,
                dob=dob,
                sex=sex,
                street=f"{rng.randint(1, 180)} {rng.choice(STREETS)}",
                town=town,
                postcode=f"{district} "
                f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQ')}",
                phone=f"01{rng.randint(200, 999)} {rng.randint(100000, 999999)}",
                ssn=f"9{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                account=f"A{rng.randint(4000000, 4999999)}",
            )
        )
    return patients
