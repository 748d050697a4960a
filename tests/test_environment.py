"""``${VAR}`` references: expanded from the environment, the same way wherever they are written."""

from __future__ import annotations

import pytest

from assessor.environment import UnsetVariables, expand, expand_url
from assessor.errors import SourceError


def test_every_reference_is_replaced_by_its_value() -> None:
    environ = {"USER": "lis", "PW": "pa55"}
    assert expand("db://${USER}:${PW}@h/${USER}", environ) == "db://lis:pa55@h/lis"


def test_a_variable_set_to_empty_text_is_set() -> None:
    assert expand("db://lis:${PW}@h/lis", {"PW": ""}) == "db://lis:@h/lis"


def test_the_process_environment_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSESSOR_TEST_HOST", "db.local")
    assert expand("db://${ASSESSOR_TEST_HOST}/lis") == "db://db.local/lis"


def test_unset_variables_are_all_named_once_in_the_order_written() -> None:
    with pytest.raises(UnsetVariables) as raised:
        expand("${ZED}/${SET}/${ALPHA}/${ZED}", {"SET": "x"})
    assert raised.value.names == ("ZED", "ALPHA")


def test_given_a_replacement_an_unset_variable_takes_it_and_a_set_one_its_value() -> None:
    shown = expand("${SET}/${UNSET}", {"SET": "x"}, unset=lambda name: f"<{name}>")
    assert shown == "x/<UNSET>"


def test_a_value_is_inserted_as_it_is_never_expanded_again() -> None:
    environ = {"PW": r"${OTHER}\1\g<0>$", "OTHER": "leak"}
    assert expand("${PW}", environ) == r"${OTHER}\1\g<0>$"


@pytest.mark.parametrize("text", ["$PW", "${1PW}", "${}", "${P-W}", "$${PW", "{PW}"])
def test_only_a_braced_name_is_a_reference(text: str) -> None:
    assert expand(text, {}) == text


def test_an_unset_variable_in_a_url_is_a_bad_url_naming_each_variable_sorted() -> None:
    with pytest.raises(SourceError) as raised:
        expand_url("db://${USER}:${PW}@h/lis", "database URL", {})
    assert raised.value.kind == "bad-url"
    assert str(raised.value).startswith("environment variable PW, USER is not set; ")
    assert "(the database URL db://${USER}:***@h/lis refers to it)" in str(raised.value)


def test_the_error_for_an_unset_variable_never_shows_a_password_written_in_the_url() -> None:
    with pytest.raises(SourceError) as raised:
        expand_url("https://reader:Sup3rSecret@${HOST}/fhir", "FHIR server URL", {})
    assert "Sup3rSecret" not in str(raised.value)
    assert "the FHIR server URL https://reader:***@${HOST}/fhir" in str(raised.value)
