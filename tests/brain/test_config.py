"""Scoring configuration: shipped defaults, user overrides, exclusions and mistakes."""

from datetime import date
from pathlib import Path

import pytest

from assessor.config import default_config, load_config
from assessor.errors import UsageError


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "weights.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_defaults_weigh_every_dimension_and_severity() -> None:
    config = load_config(None)
    assert len(config.dimension_weights) == 6 and len(config.severity_points) == 5


def test_the_roadmap_capacity_comes_from_the_config_file(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[roadmap]\ncapacity = 60\nwave-months = 2\n"))
    assert (config.capacity_days_per_month, config.wave_months) == (60.0, 2.0)


def test_by_default_the_config_leaves_the_capacity_to_the_estate_file() -> None:
    assert default_config().capacity_days_per_month is None


def test_a_capacity_of_zero_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"roadmap\.capacity"):
        load_config(write(tmp_path, "[roadmap]\ncapacity = 0\n"))


def test_a_user_file_overrides_one_key_and_keeps_the_others(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[dimensions]\nsecurity = 0.5\n"))
    assert config.dimension_weights["security"] == 0.5
    assert config.dimension_weights["privacy"] == default_config().dimension_weights["privacy"]


def test_today_comes_from_the_file(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "today = 2026-11-25\n")).today == date(2026, 11, 25)


def test_disabled_rules_and_excluded_components_keep_their_reasons(tmp_path: Path) -> None:
    text = '[rules.disabled]\n"HL7V2-Z01" = "documented"\n[components.excluded]\nlab = "sold"\n'
    config = load_config(write(tmp_path, text))
    assert config.disabled_rules == {"HL7V2-Z01": "documented"}
    assert config.excluded_components == {"lab": "sold"}


def test_an_unknown_section_is_named_with_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"unknown key 'weights'.*dimensions"):
        load_config(write(tmp_path, "[weights]\na = 1\n"))


def test_an_unknown_dimension_is_named_with_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"dimensions\.safety.*interoperability"):
        load_config(write(tmp_path, "[dimensions]\nsafety = 1\n"))


def test_a_weight_that_is_not_a_number_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"severity\.high' must be a number"):
        load_config(write(tmp_path, '[severity]\nhigh = "lots"\n'))


def test_an_effort_outside_s_m_l_xl_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="S, M, L, XL"):
        load_config(write(tmp_path, '[effort]\nreplace = "XXL"\n'))


def test_a_blocking_severity_outside_the_scale_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="info, low, medium, high, critical"):
        load_config(write(tmp_path, '[blocking]\nseverity = "bad"\n'))


def test_disabling_a_rule_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"'NOPE-01'.*SEC-T01"):
        load_config(write(tmp_path, '[rules.disabled]\n"NOPE-01" = "x"\n'))


def test_an_exclusion_without_a_reason_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="needs a reason"):
        load_config(write(tmp_path, '[components.excluded]\nlab = ""\n'))


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not found"):
        load_config(str(tmp_path / "absent.toml"))


def test_invalid_toml_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not valid TOML"):
        load_config(write(tmp_path, "[dimensions\n"))


def test_with_exclusions_adds_to_what_the_file_said(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[components.excluded]\nlab = "sold"\n'))
    config = config.with_exclusions(
        disabled_rules={"OPS-P01": "test feed"}, excluded_components={"ris": "retiring"}
    )
    assert config.excluded_components == {"lab": "sold", "ris": "retiring"}
    assert config.disabled_rules == {"OPS-P01": "test feed"}


def test_with_exclusions_refuses_an_unknown_rule() -> None:
    with pytest.raises(UsageError, match="NOPE"):
        default_config().with_exclusions(disabled_rules={"NOPE": "x"})


def test_today_defaults_to_the_real_today() -> None:
    assert load_config(None).today == date.today()
