"""Delimiters from MSH-1/MSH-2, escape sequences, and character sets with a latin-1 fallback."""

from __future__ import annotations

import pytest

from assessor.connectors.hl7v2.encoding import (
    DelimiterError,
    Delimiters,
    codec_for,
    decode,
    escape_kinds,
    parse_delimiters,
    unescape,
)


def test_standard_delimiters_are_read_from_msh():
    delimiters, oddity = parse_delimiters(b"MSH|^~\\&|LAB")
    assert delimiters == Delimiters("|", "^", "~", "\\", "&")
    assert oddity is None


def test_unusual_delimiters_are_read_not_assumed():
    delimiters, _ = parse_delimiters(b"MSH#$*!@#LAB")
    assert delimiters == Delimiters("#", "$", "*", "!", "@")


def test_a_repeated_encoding_character_is_tolerated_named_and_kept_as_declared():
    delimiters, oddity = parse_delimiters(b"MSH|^~\\\\&|LAB")
    assert delimiters.declared == "|^~\\\\&"
    assert (delimiters.component, delimiters.escape) == ("^", "\\")
    assert oddity == "encoding-characters-repeated"


def test_missing_encoding_characters_are_tolerated_and_named():
    delimiters, oddity = parse_delimiters(b"MSH|^~}|LAB")
    assert (delimiters.component, delimiters.repetition, delimiters.escape) == ("^", "~", "}")
    assert delimiters.subcomponent is None
    assert oddity == "encoding-characters-missing"


@pytest.mark.parametrize(
    "head", [b"MSHA^~\\&|", b"MSH ^~\\&|", b"MSH", b"MSH||", b"MSH|AB~\\&|", b"MSH\xe9^~\\&\xe9"]
)
def test_delimiters_nobody_can_tokenize_with_raise_a_clear_error(head):
    with pytest.raises(DelimiterError, match="MSH-"):
        parse_delimiters(head)


def test_escape_sequences_stand_for_the_delimiters():
    d = Delimiters()
    assert unescape("A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\", d) == "A|B^C&D~E\\"


def test_escape_sequences_follow_the_declared_escape_character():
    d = Delimiters("|", "^", "~", "!", "&")
    assert unescape("A!F!B", d) == "A|B"


def test_hex_escape_and_line_break_are_decoded_and_highlighting_dropped():
    d = Delimiters()
    assert unescape("\\H\\x\\N\\ \\X4142\\\\.br\\y", d) == "x AB\ny"


def test_escape_kinds_name_the_sequences_without_their_values():
    assert escape_kinds("A\\F\\B\\X4142\\C\\.br\\", Delimiters()) == ["\\F\\", "\\X\\", "\\.br\\"]


@pytest.mark.parametrize(
    ("msh18", "codec"),
    [("8859/1", "latin-1"), ("UNICODE UTF-8", "utf-8"), ("ASCII", "ascii"), ("", None)],
)
def test_msh18_names_map_to_codecs(msh18, codec):
    assert codec_for(msh18) == codec


def test_ascii_decodes_without_any_undecodable_byte():
    assert decode(b"PID|1", None) == ("PID|1", 0, "ascii")


def test_declared_latin1_decodes_as_latin1():
    assert decode("Zoë".encode("latin-1"), "latin-1") == ("Zoë", 0, "latin-1")


def test_undeclared_utf8_is_recognised():
    assert decode("Zoë".encode(), None) == ("Zoë", 0, "utf-8")


def test_bytes_no_charset_can_decode_fall_back_to_latin1_and_are_counted():
    text, undecodable, used = decode(b"Zo\xeb \xff\xfe", "utf-8")
    assert used == "latin-1"
    assert text == "Zo\xeb \xff\xfe"
    assert undecodable == 3
