"""The LIS's legacy database: one table model written as SQLite, PostgreSQL and MariaDB.

Deliberately old-fashioned: most tables have no primary key, nothing declares a foreign key
(`result.patient_id` -> `patient.id` by naming convention only), dates live in text columns,
patient attributes are entity-attribute-value rows and test codes are local with no terminology.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

try:
    from ._feeds_clinical import LIS_COMMENTS, LOCAL_PANELS
    from ._people import CLINICIANS, Patient
except ImportError:  # run as a script
    from _feeds_clinical import LIS_COMMENTS, LOCAL_PANELS
    from _people import CLINICIANS, Patient

# (table, [(column, portable type)], primary key column or None)
TABLES: list[tuple[str, list[tuple[str, str]], str | None]] = [
    (
        "patient",
        [
            ("id", "INTEGER"),
            ("mrn", "VARCHAR(12)"),
            ("last_name", "VARCHAR(40)"),
            ("first_name", "VARCHAR(40)"),
            ("birth_dt", "VARCHAR(8)"),
            ("sex", "CHAR(1)"),
            ("ssn", "VARCHAR(11)"),
            ("addr_line", "VARCHAR(80)"),
            ("phone_no", "VARCHAR(20)"),
        ],
        None,
    ),
    (
        "patient_attribute",
        [("patient_id", "INTEGER"), ("attr_name", "VARCHAR(40)"), ("attr_value", "VARCHAR(120)")],
        None,
    ),
    (
        "staff",
        [
            ("staff_id", "INTEGER"),
            ("staff_name", "VARCHAR(60)"),
            ("staff_role", "VARCHAR(20)"),
            ("pager", "VARCHAR(10)"),
        ],
        "staff_id",
    ),
    (
        "instrument",
        [
            ("instrument_id", "VARCHAR(12)"),
            ("instrument_name", "VARCHAR(60)"),
            ("bench", "VARCHAR(20)"),
            ("last_calibrated", "VARCHAR(20)"),
        ],
        "instrument_id",
    ),
    (
        "lab_order",
        [
            ("order_no", "VARCHAR(12)"),
            ("patient_id", "INTEGER"),
            ("ordering_staff_id", "INTEGER"),
            ("panel_code", "VARCHAR(8)"),
            ("ordered_dt", "VARCHAR(20)"),
            ("priority", "CHAR(1)"),
            ("status", "VARCHAR(4)"),
        ],
        None,
    ),
    (
        "specimen",
        [
            ("specimen_id", "VARCHAR(12)"),
            ("order_no", "VARCHAR(12)"),
            ("specimen_type", "VARCHAR(10)"),
            ("collected_dt", "VARCHAR(20)"),
            ("received_dt", "VARCHAR(20)"),
        ],
        None,
    ),
    (
        "result",
        [
            ("result_id", "INTEGER"),
            ("order_no", "VARCHAR(12)"),
            ("patient_id", "INTEGER"),
            ("test_code", "VARCHAR(8)"),
            ("result_value", "VARCHAR(40)"),
            ("units", "VARCHAR(12)"),
            ("ref_range", "VARCHAR(20)"),
            ("abnormal_flag", "CHAR(1)"),
            ("resulted_dt", "VARCHAR(20)"),
            ("verified_by", "INTEGER"),
            ("instrument_id", "VARCHAR(12)"),
        ],
        None,
    ),
    (
        "result_comment",
        [("result_id", "INTEGER"), ("comment_seq", "INTEGER"), ("comment_text", "TEXT")],
        None,
    ),
    (
        "panel_member",
        [("panel_code", "VARCHAR(8)"), ("test_code", "VARCHAR(8)"), ("seq", "INTEGER")],
        None,
    ),
    (
        "billing_export",
        [
            ("order_no", "VARCHAR(12)"),
            ("charge_code", "VARCHAR(10)"),
            ("exported_flag", "CHAR(1)"),
            ("export_dt", "VARCHAR(20)"),
        ],
        None,
    ),
    (
        "audit_log",
        [
            ("log_dt", "VARCHAR(20)"),
            ("staff_id", "INTEGER"),
            ("action_code", "VARCHAR(12)"),
            ("detail", "VARCHAR(200)"),
        ],
        None,
    ),
]

Row = tuple[object, ...]


def _dt(rng: random.Random, day: int) -> str:
    """A legacy text date-time like '20260312 0830'."""
    return f"202603{day:02d} {rng.randint(0, 23):02d}{rng.choice((0, 15, 30, 45)):02d}"


def build_rows(rng: random.Random, patients: list[Patient]) -> dict[str, list[Row]]:
    """Every row of every table, deterministic for a given generator state."""
    rows: dict[str, list[Row]] = {name: [] for name, _, _ in TABLES}
    chosen = patients[:40]
    for i, p in enumerate(chosen, start=1):
        rows["patient"].append(
            (
                i,
                p.mrn,
                p.last.upper(),
                p.first.upper(),
                p.dob,
                p.sex,
                p.ssn,
                f"{p.street}, {p.town} {p.postcode}",
                p.phone,
            )
        )
        rows["patient_attribute"].append((i, "BLOOD_GROUP", rng.choice(("A+", "O+", "B-", "AB+"))))
        if rng.random() < 0.5:
            rows["patient_attribute"].append(
                (i, "NOK_PHONE", f"07{rng.randint(100000000, 999999999)}")
            )
        if rng.random() < 0.4:
            rows["patient_attribute"].append(
                (i, "ALERT", rng.choice(("HIGH RISK SAMPLE", "LATEX ALLERGY")))
            )
    for staff_id, last, first, role in CLINICIANS:
        rows["staff"].append((int(staff_id), f"{last.upper()}, {first}", role, f"B{staff_id[1:]}"))
    for n, bench in enumerate(
        ("BENCH-CHEM", "BENCH-CHEM", "BENCH-HAEM", "BENCH-HAEM", "BENCH-CHEM", "BENCH-MICRO"),
        start=1,
    ):
        rows["instrument"].append(
            (f"ANALYZER-{n:02d}", f"Analyser {n}", bench, _dt(rng, rng.randint(1, 28)))
        )
    for panel in sorted(LOCAL_PANELS):
        for seq, test in enumerate(LOCAL_PANELS[panel][2], start=1):
            rows["panel_member"].append((panel, test[0], seq))
    result_id = 0
    for n in range(60):
        order_no = f"LW{500000 + n * 13}"
        patient_id = rng.randint(1, len(chosen))
        day = rng.randint(1, 30)
        panel = rng.choice(sorted(LOCAL_PANELS))
        rows["lab_order"].append(
            (
                order_no,
                patient_id,
                int(rng.choice(CLINICIANS)[0]),
                panel,
                _dt(rng, day),
                rng.choice("RRRS"),
                rng.choice(("FIN", "FIN", "PEND")),
            )
        )
        rows["specimen"].append((f"SP{700000 + n}", order_no, "SER", _dt(rng, day), _dt(rng, day)))
        for code, _name, units, low, high in LOCAL_PANELS[panel][2]:
            result_id += 1
            value = rng.uniform(low * 0.8, high * 1.3)
            flag = "H" if value > high else "L" if value < low else ""
            rows["result"].append(
                (
                    result_id,
                    order_no,
                    patient_id,
                    code,
                    f"{value:.1f}",
                    units,
                    f"{low}-{high}",
                    flag,
                    _dt(rng, day),
                    int(rng.choice(CLINICIANS)[0]),
                    f"ANALYZER-{rng.randint(1, 6):02d}",
                )
            )
            if rng.random() < 0.15:
                rows["result_comment"].append((result_id, 1, rng.choice(LIS_COMMENTS)))
        if rng.random() < 0.7:
            rows["billing_export"].append(
                (order_no, f"CHG{rng.randint(8000, 8099)}", "Y", _dt(rng, day))
            )
    for _ in range(30):
        rows["audit_log"].append(
            (
                _dt(rng, rng.randint(1, 30)),
                int(rng.choice(CLINICIANS)[0]),
                rng.choice(("VIEW", "VERIFY", "AMEND", "PRINT")),
                f"order LW{rng.randint(500000, 500800)}",
            )
        )
    return rows


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def sql_script(rows: dict[str, list[Row]], dialect: str) -> str:
    """The schema and data as one SQL script for `postgresql`, `mariadb` or `sqlite`."""
    out = [
        f"-- LabWorks LIS legacy database, St Aldhelm's General Hospital ({dialect}).",
        "-- Generated by sample_feeds/generate.py; every patient is invented.",
        "",
    ]
    for name, columns, pk in TABLES:
        body = [f"    {col} {kind}" for col, kind in columns]
        if pk:
            body.append(f"    PRIMARY KEY ({pk})")
        suffix = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" if dialect == "mariadb" else ""
        out.append(f"CREATE TABLE {name} (\n" + ",\n".join(body) + f"\n){suffix};")
    out.append("")
    for name, columns, _ in TABLES:
        if not rows[name]:
            continue
        cols = ", ".join(col for col, _ in columns)
        values = ",\n".join(
            "    (" + ", ".join(_literal(v) for v in row) + ")" for row in rows[name]
        )
        out.append(f"INSERT INTO {name} ({cols}) VALUES\n{values};")
    return "\n".join(out) + "\n"


def write_database(out: Path, rng: random.Random, patients: list[Patient]) -> dict[str, int]:
    """Write lis_legacy.sqlite and the PostgreSQL and MariaDB scripts; return rows per table."""
    rows = build_rows(rng, patients)
    (out / "sql").mkdir(parents=True, exist_ok=True)
    for dialect in ("postgresql", "mariadb"):
        (out / "sql" / f"lis_legacy.{dialect}.sql").write_text(
            sql_script(rows, dialect), encoding="utf-8"
        )
    target = out / "lis_legacy.sqlite"
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target)
    try:
        connection.executescript(sql_script(rows, "sqlite"))
        connection.commit()
    finally:
        connection.close()
    return {name: len(table_rows) for name, table_rows in sorted(rows.items())}
