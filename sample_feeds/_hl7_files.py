"""Write the HL7 v2 feed files: line endings, batch, MLLP framing, latin-1 and broken messages."""

from __future__ import annotations

import random
from pathlib import Path

try:
    from . import _feeds_admin as admin
    from . import _feeds_clinical as clinical
    from ._people import Patient
except ImportError:  # run as a script
    import _feeds_admin as admin
    import _feeds_clinical as clinical
    from _people import Patient

Message = list[str]


def _plain(messages: list[Message], ending: str) -> str:
    return "".join(ending.join(message) + ending for message in messages)


def _mllp(messages: list[Message]) -> bytes:
    return b"".join(b"\x0b" + ("\r".join(m) + "\r").encode("ascii") + b"\x1c\r" for m in messages)


def _broken(rng: random.Random, patients: list[Patient]) -> bytes:
    """The engine's error folder: good LIS results with 8 broken messages between them."""
    good = clinical.lis_results(rng, patients, 24)
    broken: list[bytes] = [
        # 1. no MSH: the message starts at PID
        "\r".join(good[0][1:]).encode("ascii"),
        # 2. truncated in the middle of an OBX
        "\r".join(good[1])[: len("\r".join(good[1][:5])) + 25].encode("ascii"),
        # 3. a line of binary junk
        bytes([0x00, 0xFF, 0xFE, 0x13, 0x88, 0x9C, 0x00, 0x7F, 0xC3, 0x28, 0xA0, 0xA1]) * 3,
        # 4. wrong delimiter: segments after MSH use ',' as the field separator
        "\r".join([good[2][0]] + [s.replace("|", ",") for s in good[2][1:]]).encode("ascii"),
        # 5. MSH-9 (message type) empty
        "\r".join([good[3][0].replace("|ORU^R01|", "||"), *good[3][1:]]).encode("ascii"),
        # 6. unknown version in MSH-12
        "\r".join([good[4][0].replace("|2.3.1", "|2.x"), *good[4][1:]]).encode("ascii"),
        # 7. lower-case segment ids
        "\r".join([good[5][0]] + [s[:3].lower() + s[3:] for s in good[5][1:]]).encode("ascii"),
        # 8. header cut after the encoding characters
        b"MSH|^~\\&|LABWORKS",
    ]
    parts: list[bytes] = []
    for index, message in enumerate(good[6:]):
        parts.append(("\r".join(message) + "\r").encode("ascii"))
        if index < len(broken):
            parts.append(broken[index] + b"\r")
    return b"".join(parts)


def write_feeds(out: Path, rng: random.Random, patients: list[Patient]) -> dict[str, int]:
    """Write every feed file under `out/hl7`; return the number of messages per file."""
    folder = out / "hl7"
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}

    def text(name: str, messages: list[Message], ending: str, encoding: str = "ascii") -> None:
        (folder / name).write_bytes(_plain(messages, ending).encode(encoding))
        counts[name] = len(messages)

    text("pas_adt_2026-03.hl7", admin.pas_adt(rng, patients, 1000, "PAS"), "\r")
    capture = admin.pas_adt(rng, patients, 150, "PASL")
    (folder / "pas_adt_port6661_capture.mllp").write_bytes(_mllp(capture))
    counts["pas_adt_port6661_capture.mllp"] = len(capture)
    text("engine_acks_to_pas.hl7", admin.engine_acks(rng, 150), "\n")
    charges = admin.pas_charges(rng, patients, 300)
    lines = admin.batch("MEDITRAK", "BILLPRO", "202603312355", [charges[:150], charges[150:]])
    (folder / "pas_charges_batch_2026-03.hl7").write_bytes(("\r\n".join(lines) + "\r\n").encode())
    counts["pas_charges_batch_2026-03.hl7"] = len(charges)
    text("lis_results_2026-03.hl7", clinical.lis_results(rng, patients, 500), "\n")
    text("reflab_results_2026-03.hl7", clinical.reference_lab_results(rng, patients, 250), "\r\n")
    text("ehr_orders_2026-03.hl7", clinical.ehr_orders(rng, patients, 300), "\r")
    text("ehr_vxu_to_state_iis.hl7", clinical.immunizations(rng, patients, 150), "\n")
    text("ris_reports_2026-03.hl7", clinical.radiology_reports(rng, patients, 150), "\r")
    text("pacs_image_links_2026-03.hl7", clinical.pacs_image_links(rng, patients, 120), "\r\n")
    text("pharmacy_rde_2026-03.hl7", clinical.pharmacy_orders(rng, patients, 300), "\r\n")
    text("scheduling_siu_latin1.hl7", admin.scheduling(rng, patients, 250), "\n", "latin-1")
    text("dictation_mdm_2026-03.hl7", clinical.dictated_notes(rng, patients, 120), "\r")
    error_queue = _broken(rng, patients)
    (folder / "engine_error_queue.hl7").write_bytes(error_queue)
    # 18 good and 6 broken messages start with MSH; 2 broken ones (no MSH, junk) do not
    counts["engine_error_queue.hl7"] = error_queue.count(b"MSH|")
    return counts
