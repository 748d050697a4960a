"""Clinical feeds: LIS results (local codes, ZLB), EHR point-of-care results (LOINC), EHR orders,
radiology reports (free text), pharmacy orders, dictated notes and immunizations (CVX)."""

from __future__ import annotations

import random

try:
    from ._hl7_segments import FACILITY, clinician, month_times, msh, pid, pv1, seg, stamp
    from ._people import Patient
except ImportError:  # run as a script
    from _hl7_segments import FACILITY, clinician, month_times, msh, pid, pv1, seg, stamp
    from _people import Patient

Message = list[str]

# LIS local test codes: chemistry uses coding system "L", haematology "99LAB". No LOINC anywhere.
LOCAL_PANELS = {
    "BMP": (
        "Basic metabolic panel",
        "L",
        (
            ("GLU1", "Glucose", "mmol/L", 3.9, 6.1),
            ("NA1", "Sodium", "mmol/L", 135, 145),
            ("K1", "Potassium", "mmol/L", 3.5, 5.1),
            ("CREA1", "Creatinine", "umol/L", 60, 110),
            ("UREA1", "Urea", "mmol/L", 2.5, 7.8),
        ),
    ),
    "CBC": (
        "Full blood count",
        "99LAB",
        (
            ("WBC1", "White cell count", "10*9/L", 4.0, 11.0),
            ("HGB1", "Haemoglobin", "g/L", 120, 170),
            ("PLT1", "Platelets", "10*9/L", 150, 400),
        ),
    ),
    "LACT": ("Lactate", "L", (("LACT1", "Lactate", "mmol/L", 0.5, 2.2),)),
    "CRP": ("C-reactive protein", "L", (("CRP1", "CRP", "mg/L", 0.0, 5.0),)),
    "TROP": ("Troponin I high sensitivity", "L", (("TROPI", "Troponin I hs", "ng/L", 0.0, 34.0),)),
}
LIS_COMMENTS = (
    "Sample slightly haemolysed, potassium may be falsely raised.",
    "Result phoned to ward nurse at time of reporting.",
    "Repeat sample requested, clotted specimen.",
    "Please note new reference range from 01/02/2026.",
)
# Send-away tests from the external reference laboratory, coded in LOINC.
REFLAB_TESTS = (
    ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6),
    ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 30, 400),
    ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.4, 4.0),
    ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", 0.0, 4.0),
    ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum", "pg/mL", 200, 900),
    ("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma", "ng/mL", 30, 100),
)
# Imaging procedures, LOINC-coded by the RIS (codes are illustrative).
IMAGING = (
    ("36643-5", "XR Chest 2 Views"),
    ("30799-1", "CT Head WO contrast"),
    ("24627-2", "CT Chest"),
)
REPORT_CODE = "18782-3^Radiology Study observation (narrative)^LN"
FINDINGS = (
    "The lungs are clear. No focal consolidation, effusion or pneumothorax.",
    "Patchy airspace opacity in the right lower zone, in keeping with consolidation.",
    "Heart size is at the upper limit of normal. Mild upper lobe venous diversion.",
    "No acute intracranial haemorrhage, mass effect or midline shift.",
    "Small volume free fluid in the pelvis. Appendix not visualised.",
    "Mild degenerative change at the acromioclavicular joint. No fracture.",
    "Liver is of normal size and echotexture. Gallbladder contains several small calculi.",
)
IMPRESSIONS = (
    "IMPRESSION: No acute abnormality.",
    "IMPRESSION: Right lower lobe pneumonia. Suggest follow-up film in 6 weeks.",
    "IMPRESSION: Findings may represent early fluid overload; correlate clinically.",
    "IMPRESSION: Cholelithiasis without evidence of cholecystitis.",
)
DRUGS = (
    ("861007", "metformin hydrochloride 500 MG Oral Tablet", "500", "mg", "TAB", "PO", "BID"),
    ("617310", "atorvastatin 20 MG Oral Tablet", "20", "mg", "TAB", "PO", "QD"),
    ("314076", "lisinopril 10 MG Oral Tablet", "10", "mg", "TAB", "PO", "QD"),
    ("308191", "amoxicillin 500 MG Oral Capsule", "500", "mg", "CAP", "PO", "TID"),
    ("855332", "warfarin sodium 5 MG Oral Tablet", "5", "mg", "TAB", "PO", "QD"),
    ("198440", "acetaminophen 500 MG Oral Tablet", "1000", "mg", "TAB", "PO", "Q6H"),
)
VACCINES = (
    ("141", "Influenza, seasonal, injectable", "SKB"),
    ("208", "COVID-19, mRNA, LNP-S, PF", "PFR"),
    ("115", "Tdap", "SKB"),
    ("33", "pneumococcal polysaccharide PPV23", "MSD"),
    ("187", "zoster recombinant", "SKB"),
    ("03", "MMR", "MSD"),
)
NOTE_TYPES = (("DS", "Discharge summary"), ("CN", "Clinic letter"), ("OP", "Operative note"))
NOTE_LINES = (
    "{title} {last} is a {age} year old {sexword} admitted with {problem}.",
    "Past history includes hypertension and type 2 diabetes on metformin.",
    "On examination temperature 38.4, heart rate 112, respiratory rate 24, BP 98/60.",
    "Lactate was raised on admission and IV antibiotics were started within the hour.",
    "{pronoun} was reviewed by the medical registrar and improved on intravenous fluids.",
    "Plan: complete 7 days of antibiotics, GP to repeat renal function in one week.",
    "Discussed with {first} and family, who are happy with the plan. Lives at {street}.",
)
PROBLEMS = (
    "community acquired pneumonia",
    "urosepsis",
    "an exacerbation of heart failure",
    "a fall at home",
    "chest pain",
)


def _value(rng: random.Random, low: float, high: float) -> tuple[str, str]:
    """A numeric result and its abnormal flag, mostly within range."""
    span = high - low
    value = max(rng.uniform(low - 0.3 * span, high + 0.4 * span), low * 0.5)
    flag = "L" if value < low else "H" if value > high else "N"
    return (f"{value:.1f}", flag)


def lis_results(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """LabWorks ORU^R01 v2.3.1 to the engine: local codes in OBX-3, NTE comments, ZLB."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "second")
        panel = rng.choice(sorted(LOCAL_PANELS))
        title, system, tests = LOCAL_PANELS[panel]
        order = f"ORD{rng.randint(100000, 999999)}"
        accession = f"LW{rng.randint(100000, 999999)}"
        mrn = f"{patient.mrn}^^^{FACILITY}^MR~L{int(patient.mrn) - 40000}^^^LABWORKS^PI"
        segments = [
            msh("LABWORKS", "MIRTH", ts, "ORU^R01", f"LW{n:07d}", "2.3.1"),
            pid(patient, authority=True).replace(f"{patient.mrn}^^^{FACILITY}^MR", mrn, 1),
            pv1(rng, rng.choice("IIE"), f"V{rng.randint(2000000, 2999999)}"),
            seg("ORC", {1: "RE", 2: order, 3: accession}),
            seg(
                "OBR",
                {
                    1: "1",
                    2: order,
                    3: accession,
                    4: f"{panel}^{title}^{system}",
                    7: ts,
                    15: "SER&Serum",
                    16: clinician(rng),
                    22: ts,
                    24: "CH",
                    25: "F",
                },
            ),
        ]
        for i, (code, name, units, low, high) in enumerate(tests, start=1):
            value, flag = _value(rng, low, high)
            segments.append(
                seg(
                    "OBX",
                    {
                        1: str(i),
                        2: "NM",
                        3: f"{code}^{name}^{system}",
                        5: value,
                        6: units,
                        7: f"{low}-{high}",
                        8: flag,
                        11: "F",
                        14: ts,
                    },
                )
            )
        if rng.random() < 0.15:
            segments.append(seg("NTE", {1: "1", 3: rng.choice(LIS_COMMENTS)}))
        segments.append(
            seg(
                "ZLB",
                {
                    1: "1",
                    2: f"ANALYZER-{rng.randint(1, 6):02d}",
                    3: rng.choice(("QC-PASS", "QC-PASS", "QC-WARN")),
                    4: rng.choice(("BENCH-CHEM", "BENCH-HAEM")),
                },
            )
        )
        messages.append(segments)
    return messages


def reference_lab_results(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """Wessex reference lab ORU^R01 v2.5.1 to the EHR: LOINC-coded, zoned timestamps."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "zoned")
        order = f"CER{rng.randint(1000000, 9999999)}"
        tests = rng.sample(REFLAB_TESTS, rng.randint(1, 3))
        segments = [
            msh(
                "WESSEXREFLAB",
                "CERULEAN",
                ts,
                "ORU^R01^ORU_R01",
                f"WRL{n:07d}",
                "2.5.1",
                {4: "WRL", 15: "AL", 16: "NE", 17: "GBR", 18: "UNICODE UTF-8"},
            ),
            pid(patient, authority=True),
            pv1(rng, "O", f"V{rng.randint(2000000, 2999999)}"),
            seg(
                "ORC",
                {1: "RE", 2: order, 3: f"WRL{rng.randint(100000, 999999)}", 12: clinician(rng)},
            ),
            seg(
                "OBR",
                {
                    1: "1",
                    2: order,
                    4: f"{tests[0][0]}^{tests[0][1]}^LN",
                    7: ts,
                    22: ts,
                    24: "LAB",
                    25: "F",
                },
            ),
        ]
        for i, (code, name, units, low, high) in enumerate(tests, start=1):
            value, flag = _value(rng, low, high)
            segments.append(
                seg(
                    "OBX",
                    {
                        1: str(i),
                        2: "NM",
                        3: f"{code}^{name}^LN",
                        5: value,
                        6: f"{units}^^UCUM",
                        7: f"{low}-{high}",
                        8: flag,
                        11: "F",
                        14: ts,
                    },
                )
            )
        messages.append(segments)
    return messages


def ehr_orders(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """Cerulean EHR orders v2.5.1: OML^O21 to the LIS (local codes) and ORM^O01 to the RIS."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "second")
        order = f"CER{rng.randint(1000000, 9999999)}"
        if rng.random() < 0.6:
            panel = rng.choice(sorted(LOCAL_PANELS))
            header = msh("CERULEAN", "LABWORKS", ts, "OML^O21^OML_O21", f"CERORD{n:06d}", "2.5.1")
            service = f"{panel}^{LOCAL_PANELS[panel][0]}^{LOCAL_PANELS[panel][1]}"
            section = "CH"
        else:
            code, text = rng.choice(IMAGING)
            header = msh("CERULEAN", "RADSUITE", ts, "ORM^O01^ORM_O01", f"CERORD{n:06d}", "2.5.1")
            service, section = f"{code}^{text}^LN", "RAD"
        messages.append(
            [
                header,
                pid(patient, authority=True),
                pv1(rng, rng.choice("IEO"), f"V{rng.randint(2000000, 2999999)}"),
                seg("ORC", {1: "NW", 2: order, 9: ts, 12: clinician(rng)}),
                seg(
                    "OBR",
                    {
                        1: "1",
                        2: order,
                        4: service,
                        6: ts,
                        16: clinician(rng),
                        24: section,
                        27: f"^^^{ts}^^{rng.choice('RRRS')}",
                    },
                ),
            ]
        )
    return messages


def radiology_reports(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """RadSuite RIS ORU^R01 v2.4 straight to the EHR: reports as free text (TX lines or FT)."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "second")
        code, text = rng.choice(IMAGING)
        order = f"CER{rng.randint(1000000, 9999999)}"
        lines = [
            f"EXAMINATION: {text}",
            "CLINICAL DETAILS: " + rng.choice(PROBLEMS),
            *rng.sample(FINDINGS, 2),
            rng.choice(IMPRESSIONS),
            f"Reported by Dr {clinician(rng).split('^')[1]}",
        ]
        segments = [
            msh("RADSUITE", "CERULEAN", ts, "ORU^R01", f"RS{n:06d}", "2.4"),
            pid(patient, authority=True),
            pv1(rng, rng.choice("IOE"), f"V{rng.randint(2000000, 2999999)}"),
            seg("ORC", {1: "RE", 2: order, 3: f"RS{rng.randint(100000, 999999)}"}),
            seg(
                "OBR",
                {
                    1: "1",
                    2: order,
                    4: f"{code}^{text}^LN",
                    7: ts,
                    16: clinician(rng),
                    22: ts,
                    24: "RAD",
                    25: "F",
                    32: clinician(rng).replace("^", "&"),
                },
            ),
        ]
        if rng.random() < 0.3:
            segments.append(
                seg(
                    "OBX",
                    {
                        1: "1",
                        2: "FT",
                        3: REPORT_CODE,
                        5: "\\.br\\".join(lines),
                        11: "F",
                        14: ts,
                    },
                )
            )
        else:
            for i, line in enumerate(lines, start=1):
                segments.append(
                    seg(
                        "OBX",
                        {1: str(i), 2: "TX", 3: REPORT_CODE, 5: line, 11: "F", 14: ts},
                    )
                )
        messages.append(segments)
    return messages


def pharmacy_orders(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """RxPro RDE^O11 v2.4 to the EHR, with `$` as component separator (MSH-2 = `$~\\&`)."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "minute")
        code, name, dose, units, form, route, freq = rng.choice(DRUGS)
        order = f"RX{rng.randint(100000, 999999)}"
        segments = [
            msh("RXPRO", "CERULEAN", ts, "RDE^O11", f"RX{n:06d}", "2.4"),
            pid(patient, authority=True),
            pv1(rng, "I", f"V{rng.randint(2000000, 2999999)}"),
            seg(
                "ORC",
                {
                    1: "NW",
                    2: f"CER{rng.randint(1000000, 9999999)}",
                    3: order,
                    9: ts,
                    12: clinician(rng),
                },
            ),
            seg(
                "RXE",
                {
                    1: f"^{freq}^^{ts}^^R",
                    2: f"{code}^{name}^RXNORM",
                    3: dose,
                    5: units,
                    6: form,
                    10: str(rng.choice((14, 28, 56))),
                    11: form,
                },
            ),
            seg("RXR", {1: f"{route}^Oral^HL70162"}),
        ]
        messages.append([s.replace("^", "$") for s in segments])
    return messages


def dictated_notes(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """VoxScribe MDM^T02 v2.3 to the EHR: TXA plus the note as TX lines (PHI in free text)."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "second")
        doc_type, doc_name = rng.choice(NOTE_TYPES)
        author = clinician(rng)
        age = 2026 - int(patient.dob[:4])
        words = {
            "title": "Mrs" if patient.sex == "F" else "Mr",
            "last": patient.last,
            "age": age,
            "sexword": "woman" if patient.sex == "F" else "man",
            "pronoun": "She" if patient.sex == "F" else "He",
            "first": patient.first,
            "problem": rng.choice(PROBLEMS),
            "street": patient.street,
        }
        lines = [line.format(**words) for line in NOTE_LINES[: rng.randint(4, len(NOTE_LINES))]]
        segments = [
            msh("VOXSCRIBE", "CERULEAN", ts, "MDM^T02", f"VX{n:06d}", "2.3"),
            seg("EVN", {1: "T02", 2: ts}),
            pid(patient, authority=False, account=True),
            pv1(rng, rng.choice("IO"), f"V{rng.randint(2000000, 2999999)}"),
            seg(
                "TXA",
                {
                    1: "1",
                    2: doc_type,
                    3: "TX",
                    4: ts,
                    5: author,
                    6: ts,
                    7: ts,
                    9: author,
                    12: f"DOC{rng.randint(1000000, 9999999)}",
                    17: "AU",
                    19: "AV",
                },
            ),
        ]
        for i, line in enumerate(lines, start=1):
            segments.append(
                seg("OBX", {1: str(i), 2: "TX", 3: f"{doc_type}^{doc_name}^L", 5: line, 11: "F"})
            )
        messages.append(segments)
    return messages


def immunizations(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """Cerulean EHR VXU^V04 v2.5.1 to the state immunization registry, CVX-coded."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "zoned")
        cvx, name, mvx = rng.choice(VACCINES)
        segments = [
            msh(
                "CERULEAN",
                "STATEIIS",
                ts,
                "VXU^V04^VXU_V04",
                f"CERIMM{n:06d}",
                "2.5.1",
                {15: "ER", 16: "AL", 21: "Z22^CDCPHINVS"},
                receiving_facility="STATEDOH",
            ),
            pid(patient, authority=True),
            seg("ORC", {1: "RE", 3: f"IMM{rng.randint(100000, 999999)}^{FACILITY}"}),
            seg(
                "RXA",
                {
                    1: "0",
                    2: "1",
                    3: ts[:8],
                    4: ts[:8],
                    5: f"{cvx}^{name}^CVX",
                    6: "0.5",
                    7: "mL^mL^UCUM",
                    9: "00^New immunization record^NIP001",
                    10: clinician(rng),
                    15: f"LOT{rng.randint(1000, 9999)}",
                    16: "20270131",
                    17: f"{mvx}^^MVX",
                    20: "CP",
                    21: "A",
                },
            ),
            seg("RXR", {1: "C28161^Intramuscular^NCIT", 2: "LD^Left Deltoid^HL70163"}),
            seg(
                "OBX",
                {
                    1: "1",
                    2: "CE",
                    3: "64994-7^Vaccine funding program eligibility^LN",
                    4: "1",
                    5: "V01^Not VFC eligible^HL70064",
                    11: "F",
                    14: ts[:8],
                },
            ),
        ]
        messages.append(segments)
    return messages


def pacs_image_links(rng: random.Random, patients: list[Patient], count: int) -> list[Message]:
    """ClearView PACS ORU^R01 v2.4 to the EHR: a viewer link (OBX RP) and the study UID."""
    messages = []
    for n, when in enumerate(month_times(rng, count), start=1):
        patient = rng.choice(patients)
        ts = stamp(when, "second")
        code, text = rng.choice(IMAGING)
        accession = f"RS{rng.randint(100000, 999999)}"
        link = f"https://pacs-prod.aldhelm.local/viewer?acc={accession}"
        segments = [
            msh("CLEARVIEW", "CERULEAN", ts, "ORU^R01", f"CV{n:06d}", "2.4"),
            pid(patient, authority=True),
            seg("OBR", {1: "1", 3: accession, 4: f"{code}^{text}^LN", 7: ts, 24: "RAD", 25: "F"}),
            seg(
                "OBX",
                {
                    1: "1",
                    2: "RP",
                    3: f"{code}^{text}^LN",
                    5: f"{link}^URL^IMAGE^HTML",
                    11: "F",
                    14: ts,
                },
            ),
            seg(
                "OBX",
                {
                    1: "2",
                    2: "ST",
                    3: "113014^Study Instance UID^DCM",
                    5: f"2.25.{rng.getrandbits(96)}",
                    11: "F",
                },
            ),
        ]
        messages.append(segments)
    return messages
