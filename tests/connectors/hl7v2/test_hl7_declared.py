"""Delimiters reported as declared, wrapped text never taken for a segment (issue 15.5)."""

from __future__ import annotations

import json

import pytest
from hl7_fixtures import build

from assessor.connectors.hl7v2.profiler import profile_messages


def _only(profiles):
    (profile,) = profiles.values()
    return profile


@pytest.mark.usefixtures("each_tally")
@pytest.mark.parametrize("msh2", ["&&&&", "^~\\\\&"])
def test_a_declaration_that_repeats_a_character_is_reported_as_sent_and_read_as_standard(msh2):
    data = build(sender="SendApp^2.16.840.1.1^ISO", message_type="ORU^R01^ORU_R01")
    data = data.replace(b"MSH|^~\\&|", f"MSH|{msh2}|".encode(), 1)
    profile = _only(profile_messages([data]))
    assert profile.encoding_characters == {f"|{msh2}": 1}
    assert profile.conformance["encoding-characters-repeated"] == 1
    assert list(profile.message_types) == ["ORU^R01"]


def test_the_v27_truncation_character_is_kept_in_the_declaration():
    data = build().replace(b"MSH|^~\\&|", b"MSH|^~\\&#|", 1)
    assert _only(profile_messages([data])).encoding_characters == {"|^~\\&#": 1}


@pytest.mark.usefixtures("each_tally")
@pytest.mark.parametrize(
    "line", ["NUMBER: 4 of 7", "NUMBER|4 of 7", "NUM", "ABC DEF|x", "12 tablets^daily"]
)
def test_a_line_that_is_not_a_segment_is_a_wrapped_line_and_names_no_segment(line):
    body = ("OBX|1|TX|NOTE^Note||first line", line, "NTE|1||more")
    profile = _only(profile_messages([build(message_type="ORU^R01^ORU_R01", body=body)]))
    assert profile.conformance["wrapped-line"] == 1
    text = json.dumps(profile.to_dict())
    assert line[:3] not in text.replace("NTE", "").replace("MSH", "")
    assert set(profile.segments) == {"MSH", "OBX", "NTE"}
