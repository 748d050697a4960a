"""The content sniff the source detection calls on a file's first 4 KB."""

from __future__ import annotations

import pytest

from assessor.connectors.hl7v2.sniff import looks_like_hl7v2


@pytest.mark.parametrize(
    "head",
    [
        b"MSH|^~\\&|LAB|H|EHR|H|20240101||ORU^R01|1|P|2.5\r",
        b"\xef\xbb\xbfMSH|^~\\&|LAB\n",
        b"\x0bMSH|^~\\&|LAB|H\r",
        b"\r\n  \tMSH|^~\\&|LAB\r",
        b"FHS|^~\\&|LAB\rBHS|^~\\&|LAB\rMSH|^~\\&|LAB\r",
        b"BHS|^~\\&|LAB\r",
        b"MSH#^~\\&#LAB\r",
        b"[SOM]MSH|^~\\&|AccMgr|1\r",
        b"/*\n * examples\n */\nMSH|^~\\&|RADIS1||DMCRES\n",
    ],
)
def test_hl7_heads_are_recognised(head):
    assert looks_like_hl7v2(head)


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"<?xml version='1.0'?><channel><name>MSH</name></channel>",
        b'{"resourceType": "CapabilityStatement"}',
        b"name,owner,version\nPAS,IT,5\n",
        b"MSHELL script\n",
        b"\x1f\x8b\x08\x00",
        bytes(range(256)),
    ],
)
def test_other_heads_are_not(head):
    assert not looks_like_hl7v2(head)
