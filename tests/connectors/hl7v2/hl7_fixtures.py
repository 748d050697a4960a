"""Invented HL7 v2 messages for the connector's tests: no real patient anywhere."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).parents[3].parent / "shared" / "corpus" / "hl7v2"
SAMPLE_FEEDS = Path(__file__).parents[3] / "sample_feeds" / "hl7"

# Values that must never appear in anything the scan writes.
PATIENT_VALUES = (
    "ZEBEDEE",
    "QUINTUS",
    "MRN48213",
    "19610923",
    "LARKSPUR",
    "5550147",
    "999-12-3456",
    "ACCT77120",
    "quintus@example.org",
    "Fasting since midnight",
)


def build(
    *,
    sender: str = "PAS",
    sending_facility: str = "GENHOSP",
    receiver: str = "EHR",
    receiving_facility: str = "GENHOSP",
    timestamp: str = "20240105123000+0100",
    message_type: str = "ADT^A01^ADT_A01",
    control_id: str = "MSG0001",
    processing_id: str = "P",
    version: str = "2.5",
    charset: str = "",
    body: tuple[str, ...] | None = None,
    delimiters: str = "|^~\\&",
) -> bytes:
    """One message with ``\\r`` segment ends, written with the standard delimiters and then
    translated to ``delimiters`` (MSH-1 + MSH-2) when they differ."""
    segments = [
        f"MSH|^~\\&|{sender}|{sending_facility}|{receiver}|{receiving_facility}|{timestamp}||"
        f"{message_type}|{control_id}|{processing_id}|{version}||||||{charset}",
        *(
            body
            if body is not None
            else (
                "EVN|A01|20240105122900",
                "PID|1||MRN48213^^^GENHOSP^MR||ZEBEDEE^QUINTUS||19610923|M|||"
                "17 LARKSPUR LANE^^EXAMPLETON^^01234||5550147^^^quintus@example.org|||||"
                "ACCT77120|999-12-3456",
                "PV1|1|I|WARD1^101^A",
            )
        ),
    ]
    text = "\r".join(segments)
    if delimiters != "|^~\\&":
        standard = "|^~\\&"
        table = str.maketrans(standard[: len(delimiters)], delimiters)
        head, rest = text[:8], text[8:]
        text = "MSH" + delimiters + rest.translate(table) if head == "MSH|^~\\&" else text
    return text.encode("latin-1")
