"""Reading the rows of a CSV export as a spreadsheet user wrote them: encoding, dialect, and
quoting mistakes that are reported with their line instead of swallowing the rest of the file."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator

from assessor.model import ScanError


def decode(raw: bytes) -> str:
    """UTF-8, or UTF-16 with its byte-order mark (Excel's "Unicode text"), else Windows-1252."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def sniff_dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The export's delimiter and quoting, as far as its first 8 KB tell; Excel's otherwise."""
    try:
        sniffed = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        return csv.excel
    # Exports double a quote inside a quoted cell (""), as Excel does; the sniffer's guess
    # otherwise would end a cell at a stray quote and run an unclosed one into the next rows.
    sniffed.doublequote = True
    return sniffed


def read_rows(
    lines: list[str],
    headers: list[str],
    dialect: type[csv.Dialect] | csv.Dialect,
    target: str,
    errors: list[ScanError],
) -> Iterator[tuple[int, dict[str, str | None]]]:
    """Each row of the export after the header, with the number of its last line.

    A row the CSV reader cannot parse (a quote never closed, a field too large) is counted as an
    error naming the line it starts on; that line is skipped and reading goes on from the next,
    so an unterminated quote never swallows the rest of the file.
    """
    offset = 1  # lines before the reader's first
    while offset < len(lines):
        reader = csv.DictReader(iter(lines[offset:]), headers, dialect=dialect, strict=True)
        before = 0
        try:
            for row in reader:
                yield offset + reader.line_num, row
                before = reader.line_num
            return
        except csv.Error as error:
            start = offset + before + 1
            if str(error) != "unexpected end of data":
                # Sloppy quoting within one line ("ACME" Inc): read that line as Excel would.
                lenient = _lenient_row(lines[start - 1], headers, dialect)
                if lenient is not None:
                    yield start, lenient
                    offset = start
                    continue
            quote = dialect.quotechar or '"'
            unclosed = str(error) == "unexpected end of data" or lines[start - 1].count(quote) % 2
            problem = (
                f"a quote ({quote}) opened on line {start} is never closed"
                if unclosed
                else f"line {start} cannot be read as CSV ({error})"
            )
            errors.append(
                ScanError(
                    target,
                    "unreadable-row",
                    f"{problem}; that line was skipped and the lines after it were read",
                    f"line {start}",
                )
            )
            offset = start


def _lenient_row(
    line: str, headers: list[str], dialect: type[csv.Dialect] | csv.Dialect
) -> dict[str, str | None] | None:
    """``line`` parsed as one row without strict quoting; None when it is not a row on its own
    (a quote it opens runs into the next lines) or cannot be parsed at all."""
    if dialect.quotechar and line.count(dialect.quotechar) % 2:
        return None  # a quote left open: the line is not a row on its own
    reader = csv.DictReader(iter([line]), headers, dialect=dialect)
    try:
        row = next(reader, None)
        if next(reader, None) is not None:
            return None
    except csv.Error:
        return None
    return row
