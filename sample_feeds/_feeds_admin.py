"""Administrative feeds: PAS ADT (v2.3, Z-segments, SSN), engine ACKs, PAS charges, scheduling."""

from __future__ import annotations

import random

try:
    from ._hl7_segments import FACILITY, clinician, month_times, msh, pid, pv1, seg, stamp
    from ._people import ACCENTED_FIRST, ACCENTED_LAST, Patient
except ImportError:  # run as a script
    from _hl7_segments import FACILITY, clinician, month_times, msh, pid, pv1, seg, stamp
    from _people import ACCENTED_FIRST, ACCENTED_LAST, Patient

Message = list[str]

ADT_EVENTS = (
    ("A01", 20),
    ("A02", 8),
    ("A03", 17),
    ("A04", 25),
    ("A08", 19),
    ("A11", 2),
    ("A13", 2),
    ("A31", 5),
    ("A40", 2),
)
INSURERS = (("NHS", "NHS"), ("BUPA", "BUPA-GOLD"), ("AXA", "AXA-PPP"), ("SELF", "SELF-PAY"))
CHARGES = (
    ("CHG4410", "Room and board semi-private", "L", "1450.00"),
    ("CHG4420", "ICU day", "L", "3900.00"),
    ("99213", "Office visit est patient", "C4", "145.00"),
    ("80048", "Basic metabolic panel", "C4", "38.00"),
    ("85025", "Complete blood count", "C4", "27.00"),
    ("71046", "XR chest 2 views", "C4", "96.00"),
    ("CHG7730", "Pharmacy dispensing fee", "L", "12.50"),
)
DIAGNOSES = (
    ("J18.9", "Pneumonia, unspecified organism"),
    ("I10", "Essential hypertension"),
    ("E11.9", "Type 2 diabetes mellitus"),
    ("N39.0", "Urinary tract infection"),
    ("I50.9", "Heart failure, unspecified"),
    ("A41.9", "Sepsis, unspecified organism"),
)


def _weighted_event(rng: random.Random) -> str:
    events = [event for event, weight in ADT_EVENTS for _ in range(weight)]
    return rng.choice(events)


def pas_adt(rng: random.Random, patients: list[Patient], count: int, prefix: str) -> list[Message]:
    """PAS (MEDITRAK) ADT on v2.3 to the engine: SSN in PID-19, MRN without authority, ZPV/ZIN."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        event = _weighted_event(rng)
        patient = rng.choice(patients)
        ts = stamp(when, "minute")
        visit = f"V{rng.randint(2000000, 2999999)}"
        patient_class = {"A04": "O", "A31": "N"}.get(event, rng.choice("IIIE"))
        segments = [
            msh("MEDITRAK", "MIRTH", ts, f"ADT^{event}", f"{prefix}{n:06d}", "2.3"),
            seg("EVN", {1: event, 2: ts}),
            pid(patient, authority=False, ssn=True, account=True),
        ]
        if event == "A40":
            segments.append(seg("MRG", {1: str(int(patient.mrn) + 900000)}))
        else:
            segments.append(pv1(rng, patient_class, visit, ts if event == "A01" else ""))
        if event in {"A01", "A04", "A08", "A02"}:
            segments.append(
                seg(
                    "ZPV",
                    {
                        1: "1",
                        2: f"WC{rng.randint(1, 40):02d}",
                        3: rng.choice("YN"),
                        4: rng.choice(("STD", "SIDEROOM", "BARRIER")),
                    },
                )
            )
            insurer, plan = rng.choice(INSURERS)
            segments.append(
                seg(
                    "ZIN",
                    {
                        1: "1",
                        2: insurer,
                        3: plan,
                        4: f"POL{rng.randint(10000000, 99999999)}",
                        5: "20260101",
                    },
                )
            )
        messages.append(segments)
    return messages


def engine_acks(rng: random.Random, count: int) -> list[Message]:
    """The engine's ACKs back to the PAS, mostly AA with a few AE rejections."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        event = _weighted_event(rng)
        original = f"PAS{rng.randint(1, 1000):06d}"
        segments = [
            msh("MIRTH", "MEDITRAK", stamp(when, "second"), f"ACK^{event}", f"ACK{n:06d}", "2.3")
        ]
        if rng.random() < 0.06:
            reason = rng.choice(("Unknown ZPV-4 value", "PID-3 missing", "Destination LIS timeout"))
            segments.append(seg("MSA", {1: "AE", 2: original, 3: reason}))
            segments.append(seg("ERR", {1: f"^^^207&Application internal error&HL70357&&{reason}"}))
        else:
            segments.append(seg("MSA", {1: "AA", 2: original}))
        messages.append(segments)
    return messages


def pas_charges(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """PAS charge postings (DFT^P03, v2.2) sent point-to-point to billing."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "minute")
        segments = [
            msh("MEDITRAK", "BILLPRO", ts, "DFT^P03", f"CHG{n:06d}", "2.2"),
            seg("EVN", {1: "P03", 2: ts}),
            pid(patient, authority=False, ssn=True, account=True),
            pv1(rng, rng.choice("IIO"), f"V{rng.randint(2000000, 2999999)}"),
        ]
        for i in range(1, rng.randint(1, 3) + 1):
            code, text, system, amount = rng.choice(CHARGES)
            dx_code, dx_text = rng.choice(DIAGNOSES)
            segments.append(
                seg(
                    "FT1",
                    {
                        1: str(i),
                        4: ts[:8],
                        5: ts[:8],
                        6: "CG",
                        7: f"{code}^{text}^{system}",
                        10: "1",
                        11: amount,
                        19: f"{dx_code}^{dx_text}^I10",
                        21: clinician(rng),
                    },
                )
            )
        messages.append(segments)
    return messages


def batch(sender: str, receiver: str, when: str, batches: list[list[Message]]) -> list[str]:
    """Wrap messages in FHS/BHS ... BTS/FTS: returns the flat list of segment lines."""
    # FHS-1 / BHS-1 are the field separator itself, so FHS-2 / BHS-2 hold the encoding characters.
    lines = [
        "FHS|^~\\&|"
        + "|".join([sender, FACILITY, receiver, FACILITY, when, "", "charges_202603.dat"])
    ]
    for number, messages in enumerate(batches, start=1):
        lines.append(
            "BHS|^~\\&|"
            + "|".join(
                [sender, FACILITY, receiver, FACILITY, when, "", f"B{number:03d}", "", str(number)]
            )
        )
        for message in messages:
            lines.extend(message)
        lines.append(seg("BTS", {1: str(len(messages))}))
    lines.append(seg("FTS", {1: str(len(batches))}))
    return lines


def scheduling(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """ScheduleWise SIU^S12 on v2.3.1 in latin-1 (MSH-18 = 8859/1), some accented names."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        name = None
        if rng.random() < 0.25:
            name = f"{rng.choice(ACCENTED_LAST)}^{rng.choice(ACCENTED_FIRST)}"
        start = stamp(when, "minute")
        kind = rng.choice(
            (
                ("NEW", "New patient"),
                ("FOLLOWUP", "Follow-up visit"),
                ("PREOP", "Pre-operative assessment"),
            )
        )
        appt = f"SW{rng.randint(100000, 999999)}"
        provider = clinician(rng)
        clinic = f"OPD^CLINIC{rng.randint(1, 9)}^^{FACILITY}"
        segments = [
            msh(
                "SCHEDULEWISE", "CERULEAN", start, "SIU^S12", f"SW{n:06d}", "2.3.1", {18: "8859/1"}
            ),
            seg(
                "SCH",
                {
                    1: f"{appt}^SCHEDULEWISE",
                    2: appt,
                    6: "ROUTINE^Routine booking",
                    8: f"{kind[0]}^{kind[1]}^L",
                    9: "30",
                    10: "MIN",
                    11: f"^^30^{start}",
                    16: provider,
                    20: "SWUSER^Booking^Clerk",
                    25: "BOOKED",
                },
            ),
            pid(patient, authority=True, name=name),
            pv1(rng, "O", f"V{rng.randint(2000000, 2999999)}"),
            seg("RGS", {1: "1"}),
            seg(
                "AIS",
                {
                    1: "1",
                    3: f"{kind[0]}^{kind[1]}^L",
                    4: start,
                    5: "0",
                    6: "MIN",
                    7: "30",
                    8: "MIN",
                },
            ),
            seg("AIL", {1: "1", 3: clinic}),
            seg("AIP", {1: "1", 3: provider, 4: "ATTENDING"}),
        ]
        messages.append(segments)
    return messages
