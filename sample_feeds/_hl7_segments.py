"""Small builders for HL7 v2 segments used by the sample feeds (default encoding `|^~\\&`)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

try:
    from ._people import CLINICIANS, Patient
except ImportError:  # run as a script: python sample_feeds/generate.py
    from _people import CLINICIANS, Patient

FACILITY = "SAGH"
MONTH_START = datetime(2026, 3, 1, 0, 0, 0)
WARDS = ("AMU", "WARD4", "WARD7", "ICU", "CCU", "SURG2", "MATY", "PAEDS")


def seg(name: str, fields: dict[int, str]) -> str:
    """Build one segment from its 1-based field positions (unset fields are empty)."""
    last = max(fields) if fields else 0
    return "|".join([name] + [fields.get(i, "") for i in range(1, last + 1)])


def msh(
    sender: str,
    receiver: str,
    when: str,
    message_type: str,
    control_id: str,
    version: str,
    extra: dict[int, str] | None = None,
    receiving_facility: str = FACILITY,
) -> str:
    """Build an MSH segment; `extra` sets fields 13 and beyond (e.g. 18 = character set)."""
    fields = {
        3: sender,
        4: FACILITY,
        5: receiver,
        6: receiving_facility,
        7: when,
        9: message_type,
        10: control_id,
        11: "P",
        12: version,
    }
    fields.update(extra or {})
    last = max(fields)
    return "MSH|^~\\&|" + "|".join(fields.get(i, "") for i in range(3, last + 1))


def month_times(rng: random.Random, count: int, days: int = 30) -> list[datetime]:
    """`count` sorted instants spread over March 2026."""
    seconds = sorted(rng.randint(0, days * 86400 - 1) for _ in range(count))
    return [MONTH_START + timedelta(seconds=s) for s in seconds]


def stamp(when: datetime, precision: str) -> str:
    """Format an HL7 DTM at `minute`, `second` or `zoned` (seconds with +0000) precision."""
    if precision == "minute":
        return when.strftime("%Y%m%d%H%M")
    if precision == "second":
        return when.strftime("%Y%m%d%H%M%S")
    return when.strftime("%Y%m%d%H%M%S") + "+0000"


def clinician(rng: random.Random) -> str:
    """An XCN for a random invented clinician."""
    staff_id, last, first, _ = rng.choice(CLINICIANS)
    return f"{staff_id}^{last}^{first}"


def pid(
    patient: Patient,
    *,
    authority: bool,
    ssn: bool = False,
    account: bool = False,
    name: str | None = None,
) -> str:
    """A PID segment; the MRN carries an assigning authority only when `authority` is true."""
    mrn = f"{patient.mrn}^^^{FACILITY}^MR" if authority else patient.mrn
    fields = {
        1: "1",
        3: mrn,
        5: name or f"{patient.last}^{patient.first}^{patient.middle}",
        7: patient.dob,
        8: patient.sex,
        11: f"{patient.street}^^{patient.town}^^{patient.postcode}^GBR",
        13: patient.phone,
    }
    if account:
        fields[18] = patient.account
    if ssn:
        fields[19] = patient.ssn
    return seg("PID", fields)


def pv1(rng: random.Random, patient_class: str, visit: str, admitted: str = "") -> str:
    """A PV1 segment with a ward location, attending clinician and visit number."""
    if patient_class == "O":
        location = f"OPD^CLINIC{rng.randint(1, 9)}^^{FACILITY}"
    elif patient_class == "E":
        location = f"ED^BAY{rng.randint(1, 12)}^^{FACILITY}"
    else:
        location = f"{rng.choice(WARDS)}^{rng.randint(1, 30):02d}^{rng.choice('ABCD')}^{FACILITY}"
    fields = {1: "1", 2: patient_class, 3: location, 7: clinician(rng), 10: "MED", 19: visit}
    if admitted:
        fields[44] = admitted
    return seg("PV1", fields)
