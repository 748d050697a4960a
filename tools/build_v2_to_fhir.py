"""Compile the HL7 v2-to-FHIR IG's mapping tables into the two small CSVs assessor ships.

The IG (HL7/v2-to-fhir, Apache-2.0) publishes one spreadsheet per segment map ("PID[Patient]")
and per message structure ("ADT_A01"). assessor needs only which v2 fields have a FHIR target,
which resource a segment map fills, and which segment maps a structure uses, so this script keeps
those columns and drops the rest (conditions, narrative, comments).

    python tools/build_v2_to_fhir.py ../shared/reference/v2-to-fhir assessor/data

writes ``v2_to_fhir_fields.csv`` and ``v2_to_fhir_messages.csv`` (what maps at all), and
``v2_to_fhir_elements.csv`` and ``v2_to_fhir_targets.csv`` (each field's FHIR element path, type,
datatype map and assigned value; each segment map's target instance and its references), which
assessor.fhir_sample follows to build resources. The output is sorted, so a re-run on the same
tables gives the same bytes (tests/brain/test_fhir_mapping.py checks it).
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

SOURCE = "HL7/v2-to-fhir @8c9b414b (Apache-2.0)"
_MAP_NAME = re.compile(r"FHIR R4_ ([A-Z][A-Z0-9]{2})\[([^\]]+)\]")
_STRUCTURE = re.compile(r"FHIR R4_ ([A-Z]{3}_[A-Z0-9]{3})")
_FIELD = re.compile(r"^([A-Z][A-Z0-9]{2})-(\d+)$")
_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{2}")
_TARGET = re.compile(r"^([A-Za-z]+)")
_ELEMENT = re.compile(r"[A-Za-z$]*")


def _rows(path: Path) -> list[list[str]]:
    """The sheet's data rows: the first two rows are a two-line header."""
    text = path.read_text("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))[2:]


def _segment_maps(folder: Path) -> Iterator[tuple[str, list[list[str]]]]:
    """Each segment map the IG publishes ("PID[Patient]") with its sheet's rows."""
    for path in sorted((folder / "segments").glob("*.csv")):
        named = _MAP_NAME.search(path.name)
        if named is not None:
            yield f"{named[1]}[{named[2]}]", _rows(path)


def field_rows(folder: Path) -> list[tuple[str, ...]]:
    """(segment map, field, v2 datatype, FHIR elements, vocabulary map, name, min, max) per field.

    A field the IG lists without a FHIR element has an empty ``fhir_elements``.
    """
    out = []
    for segment_map, rows in _segment_maps(folder):
        targets: dict[str, tuple[tuple[str, str, str, str], list[str], list[str]]] = {}
        for row in rows:
            cells = [*row, *[""] * 16]
            field, name, datatype = cells[1].strip(), cells[2].strip(), cells[3].strip()
            element, vocabulary = cells[9], cells[15]
            if not _FIELD.match(field):
                continue
            kept = targets.setdefault(
                field, ((datatype, name, cells[4].strip(), cells[5].strip()), [], [])
            )
            top = _ELEMENT.match(element.strip())[0]
            if top and top not in kept[1]:
                kept[1].append(top)
            if vocabulary.strip() and vocabulary.strip() not in kept[2]:
                kept[2].append(vocabulary.strip())
        for field, ((datatype, name, least, most), elements, vocabularies) in targets.items():
            mapped = " ".join(elements)
            vocabulary = " ".join(vocabularies)
            out.append((segment_map, field, datatype, mapped, vocabulary, name, least, most))
    return sorted(out, key=lambda r: (r[0], _field_order(r[1])))


def _field_order(path: str) -> tuple[str, int]:
    segment, _, number = path.partition("-")
    return segment, int(number) if number else 0


def _map_uses(folder: Path) -> Iterator[tuple[str, str, re.Match[str], str, list[str]]]:
    """(structure, segment, target match, segment map, row cells) per segment map a message
    structure applies to a FHIR target."""
    for path in sorted((folder / "messages").glob("*.csv")):
        named = _STRUCTURE.search(path.name)
        if named is None:
            continue
        for row in _rows(path):
            cells = [*row, *[""] * 12]
            syntax, target, segment_map = cells[2], cells[9].strip(), cells[10].strip()
            segment = _SEGMENT.search(syntax)
            resource = _TARGET.match(target)
            if segment is not None and resource is not None and segment_map:
                yield named[1], segment[0], resource, segment_map, cells


def message_rows(folder: Path) -> list[tuple[str, str, str, str]]:
    """(structure, segment, resource, segment map) per segment map a structure applies."""
    return sorted({(s, segment, target[1], m) for s, segment, target, m, _ in _map_uses(folder)})


def element_rows(folder: Path) -> list[tuple[str, ...]]:
    """(segment map, field, FHIR element, FHIR type, max, datatype map, assignment, conditional).

    One row per FHIR element a field fills, in the sheet's order; ``conditional`` is "1" when the
    IG applies the row only under a condition. A row of the segment itself (no field, an
    assigned value: PID[Account] sets ``status`` to "active") has an empty ``field``: the IG
    writes it into every instance the map makes.
    """
    out = []
    for segment_map, rows in _segment_maps(folder):
        for order, row in enumerate(rows):
            cells = [*row, *[""] * 20]
            field, element = cells[1].strip(), cells[9].strip()
            if not element:
                continue
            if not _FIELD.match(field):
                if "-" in field or not cells[16].strip():
                    continue
                field = ""
            conditional = " ".join(cells[6].split())
            out.append(
                (
                    segment_map,
                    field,
                    element,
                    cells[11].strip(),
                    cells[13].strip(),
                    cells[14].strip(),
                    cells[16].strip(),
                    conditional,
                    order,
                )
            )
    out.sort(key=lambda r: (r[0], _field_order(r[1]), r[8]))
    return [r[:8] for r in out]


def target_rows(folder: Path) -> list[tuple[str, str, str, str, str, str]]:
    """(structure, segment, segment map, target instance, conditional, references) per map use."""
    out = set()
    for structure, segment, target, segment_map, cells in _map_uses(folder):
        conditional = " ".join(cells[6].split())
        references = " ; ".join(
            part.strip() for part in re.split(r"[;\n]", cells[11]) if part.strip()
        )
        out.add((structure, segment, segment_map, target.string, conditional, references))
    return sorted(out)


def write(rows: list[tuple[str, ...]], header: tuple[str, ...], path: Path) -> None:
    """Write one CSV with LF endings."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str]) -> None:
    """Build both files from the IG tables folder into the data folder."""
    source, target = Path(argv[0]), Path(argv[1])
    write(
        field_rows(source),
        (
            "segment_map",
            "field",
            "v2_datatype",
            "fhir_elements",
            "vocabulary_map",
            "v2_name",
            "v2_min",
            "v2_max",
        ),
        target / "v2_to_fhir_fields.csv",
    )
    write(
        message_rows(source),
        ("structure", "segment", "resource", "segment_map"),
        target / "v2_to_fhir_messages.csv",
    )
    write(
        element_rows(source),
        (
            "segment_map",
            "field",
            "fhir_element",
            "fhir_type",
            "fhir_max",
            "datatype_map",
            "assignment",
            "condition",
        ),
        target / "v2_to_fhir_elements.csv",
    )
    write(
        target_rows(source),
        ("structure", "segment", "segment_map", "target", "condition", "references"),
        target / "v2_to_fhir_targets.csv",
    )


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/reference/v2-to-fhir", "assessor/data"])
