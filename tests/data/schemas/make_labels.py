"""Write ``phi_labels.csv``: the hand-made label of every column of the development set.

The judgement is written out below, table by table, as explicit column lists (see LABELLING.md
for the policy); nothing here calls the detector. Run it after changing a list:

    .venv/bin/python tests/data/schemas/make_labels.py
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# schema -> table -> {column: HIPAA class}; every column not listed is labelled "not".
PHI: dict[str, dict[str, dict[str, str]]] = {
    "omop": {
        "person": {
            "month_of_birth": "date", "day_of_birth": "date", "birth_datetime": "date",
            "person_source_value": "mrn",
        },
        "observation_period": {
            "observation_period_start_date": "date", "observation_period_end_date": "date",
        },
        "visit_occurrence": {
            "visit_start_date": "date", "visit_start_datetime": "date",
            "visit_end_date": "date", "visit_end_datetime": "date",
        },
        "visit_detail": {
            "visit_detail_start_date": "date", "visit_detail_start_datetime": "date",
            "visit_detail_end_date": "date", "visit_detail_end_datetime": "date",
        },
        "condition_occurrence": {
            "condition_start_date": "date", "condition_start_datetime": "date",
            "condition_end_date": "date", "condition_end_datetime": "date",
        },
        "drug_exposure": {
            "drug_exposure_start_date": "date", "drug_exposure_start_datetime": "date",
            "drug_exposure_end_date": "date", "drug_exposure_end_datetime": "date",
            "verbatim_end_date": "date", "sig": "free_text",
        },
        "procedure_occurrence": {
            "procedure_date": "date", "procedure_datetime": "date",
            "procedure_end_date": "date", "procedure_end_datetime": "date",
        },
        "device_exposure": {
            "device_exposure_start_date": "date", "device_exposure_start_datetime": "date",
            "device_exposure_end_date": "date", "device_exposure_end_datetime": "date",
            "unique_device_id": "device_id", "production_id": "device_id",
        },
        "measurement": {
            "measurement_date": "date", "measurement_datetime": "date",
            "measurement_time": "date",
        },
        "observation": {"observation_date": "date", "observation_datetime": "date"},
        "death": {"death_date": "date", "death_datetime": "date"},
        "note": {"note_date": "date", "note_datetime": "date", "note_text": "free_text"},
        "note_nlp": {"snippet": "free_text"},
        "specimen": {
            "specimen_date": "date", "specimen_datetime": "date",
            "specimen_source_id": "other_id",
        },
        "location": {
            "address_1": "address", "address_2": "address", "city": "address",
            "zip": "address", "county": "address", "location_source_value": "address",
            "latitude": "address", "longitude": "address",
        },
        "payer_plan_period": {
            "payer_plan_period_start_date": "date", "payer_plan_period_end_date": "date",
            "family_source_value": "other_id",
        },
        "drug_era": {"drug_era_start_date": "date", "drug_era_end_date": "date"},
        "dose_era": {"dose_era_start_date": "date", "dose_era_end_date": "date"},
        "condition_era": {"condition_era_start_date": "date", "condition_era_end_date": "date"},
        "episode": {
            "episode_start_date": "date", "episode_start_datetime": "date",
            "episode_end_date": "date", "episode_end_datetime": "date",
        },
        "cohort": {"cohort_start_date": "date", "cohort_end_date": "date"},
    },
    "mimic_iii": {
        "ADMISSIONS": {
            "ADMITTIME": "date", "DISCHTIME": "date", "DEATHTIME": "date",
            "EDREGTIME": "date", "EDTIMEOUT": "date", "DIAGNOSIS": "free_text",
        },
        "CALLOUT": {
            "CREATETIME": "date", "UPDATETIME": "date", "ACKNOWLEDGETIME": "date",
            "OUTCOMETIME": "date", "FIRSTRESERVATIONTIME": "date",
            "CURRENTRESERVATIONTIME": "date",
        },
        "CHARTEVENTS": {"CHARTTIME": "date", "STORETIME": "date"},
        "CPTEVENTS": {"CHARTDATE": "date"},
        "DATETIMEEVENTS": {"CHARTTIME": "date", "STORETIME": "date", "VALUE": "date"},
        "ICUSTAYS": {"INTIME": "date", "OUTTIME": "date"},
        "INPUTEVENTS_CV": {"CHARTTIME": "date", "STORETIME": "date"},
        "INPUTEVENTS_MV": {
            "STARTTIME": "date", "ENDTIME": "date", "STORETIME": "date", "COMMENTS_DATE": "date",
        },
        "LABEVENTS": {"CHARTTIME": "date"},
        "MICROBIOLOGYEVENTS": {"CHARTDATE": "date", "CHARTTIME": "date"},
        "NOTEEVENTS": {
            "CHARTDATE": "date", "CHARTTIME": "date", "STORETIME": "date", "TEXT": "free_text",
        },
        "OUTPUTEVENTS": {"CHARTTIME": "date", "STORETIME": "date"},
        "PATIENTS": {"DOB": "date", "DOD": "date", "DOD_HOSP": "date", "DOD_SSN": "date"},
        "PRESCRIPTIONS": {"STARTDATE": "date", "ENDDATE": "date"},
        "PROCEDUREEVENTS_MV": {
            "STARTTIME": "date", "ENDTIME": "date", "STORETIME": "date", "COMMENTS_DATE": "date",
        },
        "SERVICES": {"TRANSFERTIME": "date"},
        "TRANSFERS": {"INTIME": "date", "OUTTIME": "date"},
    },
    "mimic_iv": {
        "admissions": {
            "admittime": "date", "dischtime": "date", "deathtime": "date",
            "edregtime": "date", "edouttime": "date",
        },
        "emar_detail": {"reason_for_no_barcode": "free_text"},
        "emar": {"charttime": "date", "scheduletime": "date", "storetime": "date"},
        "hcpcsevents": {"chartdate": "date"},
        "labevents": {"charttime": "date", "storetime": "date", "comments": "free_text"},
        "microbiologyevents": {
            "chartdate": "date", "charttime": "date", "storedate": "date", "storetime": "date",
            "comments": "free_text",
        },
        "omr": {"chartdate": "date"},
        "patients": {"dod": "date"},
        "pharmacy": {
            "starttime": "date", "stoptime": "date", "entertime": "date",
            "verifiedtime": "date", "expirationdate": "date",
        },
        "poe": {"ordertime": "date"},
        "prescriptions": {"starttime": "date", "stoptime": "date"},
        "procedures_icd": {"chartdate": "date"},
        "services": {"transfertime": "date"},
        "transfers": {"intime": "date", "outtime": "date"},
        "chartevents": {"charttime": "date", "storetime": "date"},
        "datetimeevents": {"charttime": "date", "storetime": "date", "value": "date"},
        "icustays": {"intime": "date", "outtime": "date"},
        "ingredientevents": {"starttime": "date", "endtime": "date", "storetime": "date"},
        "inputevents": {"starttime": "date", "endtime": "date", "storetime": "date"},
        "outputevents": {"charttime": "date", "storetime": "date"},
        "procedureevents": {"starttime": "date", "endtime": "date", "storetime": "date"},
    },
    "dcm4chee": {
        "content_item": {"text_value": "free_text"},
        "dicomattrs": {"attrs": "other_id"},
        "hl7psu_task": {"accession_no": "other_id", "series_iuid": "other_id",
                        "study_iuid": "other_id"},
        "ian_task": {"study_iuid": "other_id"},
        "instance": {
            "content_date": "date", "content_time": "date", "created_time": "date",
            "updated_time": "date", "sop_iuid": "other_id",
        },
        "instance_req": {
            "accession_no": "other_id", "req_proc_id": "other_id", "sps_id": "other_id",
            "study_iuid": "other_id",
        },
        "mpps": {
            "accession_no": "other_id", "created_time": "date", "pps_start_date": "date",
            "pps_start_time": "date", "sop_iuid": "other_id", "study_iuid": "other_id",
            "updated_time": "date",
        },
        "mwl_item": {
            "accession_no": "other_id", "admission_id": "other_id", "created_time": "date",
            "req_proc_id": "other_id", "sps_id": "other_id", "sps_start_date": "date",
            "sps_start_time": "date", "study_iuid": "other_id", "updated_time": "date",
        },
        "patient": {
            "created_time": "date", "pat_birthdate": "date", "updated_time": "date",
            "verification_time": "date",
        },
        "patient_demographics": {"pat_id": "mrn", "pat_birthdate": "date", "pat_name": "name"},
        "patient_id": {"pat_id": "mrn"},
        "person_name": {
            "alphabetic_name": "name", "ideographic_name": "name", "phonetic_name": "name",
        },
        "rejected_instance": {"series_iuid": "other_id", "sop_iuid": "other_id",
                              "study_iuid": "other_id"},
        "series": {
            "compress_time": "date", "created_time": "date", "expiration_date": "date",
            "inst_purge_time": "date", "metadata_update_time": "date", "modified_time": "date",
            "pps_iuid": "other_id", "pps_start_date": "date", "pps_start_time": "date",
            "series_iuid": "other_id", "stgver_time": "date", "updated_time": "date",
        },
        "series_req": {
            "accession_no": "other_id", "req_proc_id": "other_id", "sps_id": "other_id",
            "study_iuid": "other_id",
        },
        "soundex_code": {"sx_code_value": "name"},
        "stgcmt_result": {"series_iuid": "other_id", "sop_iuid": "other_id",
                          "study_iuid": "other_id"},
        "study": {
            "access_time": "date", "accession_no": "other_id", "admission_id": "other_id",
            "created_time": "date", "expiration_date": "date", "modified_time": "date",
            "study_date": "date", "study_id": "other_id", "study_iuid": "other_id",
            "study_time": "date", "updated_time": "date",
        },
        "task": {"series_iuid": "other_id", "sop_iuid": "other_id", "study_iuid": "other_id"},
        "ups": {
            "admission_id": "other_id", "created_time": "date",
            "expected_end_date_time": "date", "replaced_iuid": "other_id",
            "expiration_date_time": "date", "start_date_time": "date",
            "transaction_iuid": "other_id", "updated_time": "date", "ups_iuid": "other_id",
        },
        "ups_req": {"accession_no": "other_id", "req_proc_id": "other_id",
                    "study_iuid": "other_id"},
        "verify_observer": {"verify_datetime": "date"},
    },
}  # fmt: skip

_CREATE = re.compile(r"create\s+table\s+(\w+)\s*\((.*?)\)\s*;", re.I | re.S)


def columns(schema: str) -> list[tuple[str, str]]:
    """(table, column) of every column declared in the schema's DDL, in order."""
    found = []
    for match in _CREATE.finditer((HERE / schema / "ddl.sql").read_text()):
        depth, part, parts = 0, "", []
        for char in match.group(2) + ",":
            depth += char == "("
            depth -= char == ")"
            if char == "," and depth == 0:
                parts.append(part.strip())
                part = ""
            else:
                part += char
        for part in parts:
            name = part.split()[0].strip('"')
            if name.lower() not in ("constraint", "primary", "unique", "foreign"):
                found.append((match.group(1), name))
    return found


def main() -> None:
    """Write the CSV, checking every listed column exists."""
    rows = []
    for schema, tables in PHI.items():
        declared = columns(schema)
        known = set(declared)
        for table, marked in tables.items():
            for column in marked:
                if (table, column) not in known:
                    raise SystemExit(f"{schema}.{table}.{column} is not in the DDL")
        for table, column in declared:
            hipaa = tables.get(table, {}).get(column)
            rows.append(
                (schema, table, column, "phi" if hipaa else "not", (hipaa or "").replace("_", "-"))
            )
    with (HERE / "phi_labels.csv").open("w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("schema", "table", "column", "label", "class"))
        writer.writerows(rows)
    print(f"{len(rows)} columns, {sum(r[3] == 'phi' for r in rows)} PHI")


if __name__ == "__main__":
    main()
