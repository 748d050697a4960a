"""Reading gzip files that may be damaged: every byte before the damage, then a classified error.

Python's :class:`gzip.GzipFile` raises as soon as a read reaches the damage and drops the bytes it
had already inflated for that read, so a 131-message archive cut short yields nothing. This
reader inflates with :mod:`zlib` a bounded amount at a time (a gzip bomb never inflates past
what the caller asked for), hands out what it inflated, and raises :class:`GzipDamage` only on
the read after the last good byte.
"""

from __future__ import annotations

import zlib
from types import TracebackType
from typing import BinaryIO

__all__ = ["GZIP_MAGIC", "GzipDamage", "GzipReader"]

GZIP_MAGIC = b"\x1f\x8b"
_RAW_CHUNK = 64 << 10
_GZIP_WBITS = 16 + zlib.MAX_WBITS  # a gzip header and trailer (CRC-32, length) around deflate


class GzipDamage(OSError):
    """The gzip data cannot be read past some point; ``kind`` classifies why."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # truncated-gzip | corrupt-gzip

    def __str__(self) -> str:
        return str(self.args[0])


class GzipReader:
    """The inflated bytes of a gzip stream (one or more members), read with ``read(n)``."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._inflater = zlib.decompressobj(_GZIP_WBITS)
        self._pending = b""  # compressed input not yet handed to the inflater
        self._raw_done = False
        self._done = False
        self._damage: GzipDamage | None = None
        self._member_started = False  # the current member has consumed input

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` inflated bytes (all that is left when negative); ``b""`` at the end.

        Raises GzipDamage once everything before the damage has been returned.
        """
        if size is None or size < 0:
            parts = []
            while chunk := self.read(1 << 20):
                parts.append(chunk)
            return b"".join(parts)
        out = bytearray()
        while len(out) < size and not self._done:
            if self._damage is not None:
                break
            try:
                out += self._inflate(size - len(out))
            except GzipDamage as damage:
                self._damage = damage
        if not out and self._damage is not None:
            damage, self._damage = self._damage, None
            self._done = True
            raise damage
        return bytes(out)

    def _inflate(self, wanted: int) -> bytes:
        if not self._pending and not self._raw_done:
            self._pending = self._raw.read(_RAW_CHUNK)
            self._raw_done = not self._pending
        if self._inflater.eof:
            return self._next_member()
        if not self._pending:
            self._done = True
            if not self._member_started:
                return b""
            self._damage = GzipDamage("truncated-gzip", "the gzip data ends early (truncated)")
            return self._inflater.flush()
        self._member_started = True
        try:
            data = self._inflater.decompress(self._pending, wanted)
        except zlib.error as exc:
            self._done = True
            raise GzipDamage(
                "corrupt-gzip", f"the gzip data is corrupt ({_zlib_reason(exc)})"
            ) from None
        # At the end of a member zlib leaves what follows in unused_data (and, after a capped
        # read, the same bytes again in unconsumed_tail).
        if self._inflater.eof:
            self._pending = self._inflater.unused_data
        else:
            self._pending = self._inflater.unconsumed_tail
        return data

    def _next_member(self) -> bytes:
        """After one member ends: another member, zero padding, or damage."""
        rest = self._pending.lstrip(b"\x00")
        if not rest and self._raw_done:
            self._done = True
            return b""
        if not rest:
            self._pending = b""
            return b""
        if rest[:2] != GZIP_MAGIC[: len(rest)]:
            self._done = True
            raise GzipDamage("corrupt-gzip", "bytes that are not gzip follow the gzip data")
        self._pending = rest
        self._inflater = zlib.decompressobj(_GZIP_WBITS)
        self._member_started = False
        return b""

    def readable(self) -> bool:
        """Always true: this is a reader."""
        return True

    def close(self) -> None:
        """Close the underlying file."""
        self._raw.close()

    def __enter__(self) -> GzipReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _zlib_reason(exc: zlib.error) -> str:
    """zlib's own words without its "Error -3 while decompressing data:" prefix."""
    return str(exc).rpartition(": ")[2] or "unreadable"
