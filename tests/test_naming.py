"""Stable ids from the names systems are seen under."""

from assessor.naming import alias_key, flow_id, slugify


def test_slug_is_lowercase_ascii_with_dashes() -> None:
    assert slugify("Zoë's LAB^01") == "zoe-s-lab-01"


def test_empty_name_still_gives_an_id() -> None:
    assert slugify("^^") == "unnamed"


def test_alias_comparison_ignores_case_and_punctuation() -> None:
    assert alias_key("pas-prod.aldhelm.local") == alias_key("PAS_PROD ALDHELM LOCAL")


def test_parallel_flows_are_told_apart_by_channel() -> None:
    assert flow_id("pas", "ehr", "mllp", "ADT Router") != flow_id("pas", "ehr", "mllp")


def test_names_in_other_scripts_get_distinct_ascii_ids() -> None:
    tokyo, osaka = slugify("東京病院"), slugify("大阪病院")
    assert tokyo != osaka and tokyo.isascii() and osaka.isascii()


def test_names_in_other_scripts_compare_by_their_own_letters() -> None:
    assert alias_key("Лаборатория") == alias_key("ЛАБОРАТОРИЯ!")
    assert alias_key("Лаборатория") != alias_key("Аптека")


def test_a_name_without_letters_or_digits_matches_nothing() -> None:
    assert alias_key("--") is None
