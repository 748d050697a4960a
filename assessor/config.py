"""Scoring configuration: weights, severity points, efforts, exclusions and the day of judgement.

Defaults ship in ``assessor/data/weights.toml``; a user's TOML file overrides any key of it. A
mistake (an unknown key, a value of the wrong kind, a rule id that does not exist) raises
:class:`assessor.errors.UsageError` naming the key and the values it accepts.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from assessor.errors import UsageError
from assessor.model import Dimension, Severity

__all__ = ["EFFORTS", "ScoringConfig", "default_config", "load_config"]

EFFORTS = ("S", "M", "L", "XL")
DISPOSITIONS = ("retain", "retire", "rehost", "replatform", "refactor", "replace")

# section -> (field of ScoringConfig, valid keys or None for free keys, kind of value)
_SECTIONS: dict[str, tuple[str, tuple[str, ...] | None, type]] = {
    "dimensions": ("dimension_weights", tuple(d.value for d in Dimension), float),
    "severity": ("severity_points", tuple(s.value for s in Severity), float),
    "impact": ("impact_weights", ("base", "criticality", "use_cases"), float),
    "criticality": (
        "factor_weights",
        ("betweenness", "articulation", "downstream_reach", "declared", "hub_damping"),
        float,
    ),
    "gates": ("gate_floors", ("end-of-support-and-plain-phi",), float),
    "bands": ("bands", ("ready", "ready-with-conditions", "min-confidence"), float),
    "effort": ("effort_by_disposition", DISPOSITIONS, str),
    "confidence": ("confidence_weights", ("declared", "use-cases"), float),
}
_SCALARS = {
    "blocking": {"severity": ("blocking_severity", str)},
    "roadmap": {
        "capacity": ("capacity_days_per_month", float),
        "wave-months": ("wave_months", float),
    },
}
_TOP_LEVEL = ("today", *_SECTIONS, *_SCALARS, "rules", "components")


@dataclass(frozen=True)
class ScoringConfig:
    """Every number the scoring uses, plus what the user switched off and why."""

    dimension_weights: dict[str, float] = field(default_factory=dict)
    severity_points: dict[str, float] = field(default_factory=dict)
    impact_weights: dict[str, float] = field(default_factory=dict)
    factor_weights: dict[str, float] = field(default_factory=dict)
    gate_floors: dict[str, float] = field(default_factory=dict)
    bands: dict[str, float] = field(default_factory=dict)
    effort_by_disposition: dict[str, str] = field(default_factory=dict)
    blocking_severity: str = "high"
    capacity_days_per_month: float | None = None  # None: the estate's, else the default
    wave_months: float = 3.0  # at most this many months of capacity in one wave
    disabled_rules: dict[str, str] = field(default_factory=dict)  # rule id -> reason
    excluded_components: dict[str, str] = field(default_factory=dict)  # component id -> reason
    today: date = field(default_factory=date.today)
    confidence_weights: dict[str, float] = field(default_factory=dict)

    def with_exclusions(
        self,
        disabled_rules: dict[str, str] | None = None,
        excluded_components: dict[str, str] | None = None,
    ) -> ScoringConfig:
        """A copy with more rules switched off and components left out, each with its reason."""
        rules = {**self.disabled_rules, **(disabled_rules or {})}
        _check_rule_ids(rules, "disabled rule")
        _check_reasons(rules, "rule")
        components = {**self.excluded_components, **(excluded_components or {})}
        _check_reasons(components, "component")
        return replace(self, disabled_rules=rules, excluded_components=components)

    def severity_rank(self, severity: str) -> int:
        """Position of a severity from info (0) to critical (4)."""
        return [s.value for s in Severity].index(severity)

    def effort_of(self, disposition: str) -> str:
        """The effort size configured for a disposition."""
        return self.effort_by_disposition.get(disposition, "M")


def _defaults_data() -> dict[str, Any]:
    text = resources.files("assessor").joinpath("data/weights.toml").read_text("utf-8")
    return tomllib.loads(text)


def default_config(today: date | None = None) -> ScoringConfig:
    """The shipped defaults (judged against ``today``, the real today when not given)."""
    config = _apply(ScoringConfig(), _defaults_data(), "weights.toml")
    return replace(config, today=today) if today else config


def load_config(path: str | None) -> ScoringConfig:
    """The defaults overridden by the user's TOML file at ``path`` (None: the defaults)."""
    config = default_config()
    if path is None:
        return config
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"config file {path} not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"config file {path} cannot be read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"config file {path} is not valid TOML: {error}") from None
    return _apply(config, data, path)


def _apply(config: ScoringConfig, data: dict[str, Any], origin: str) -> ScoringConfig:
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _TOP_LEVEL:
            raise UsageError(_unknown(origin, key, _TOP_LEVEL))
        if key == "today":
            if not isinstance(value, date):
                raise UsageError(f"{origin}: 'today' must be a TOML date such as 2026-11-25")
            changes["today"] = value
        elif key in _SECTIONS:
            name, valid, kind = _SECTIONS[key]
            merged = dict(getattr(config, name))
            merged.update(_section(origin, key, value, valid, kind))
            changes[name] = merged
        elif key in _SCALARS:
            for sub, sub_value in _table(origin, key, value).items():
                if sub not in _SCALARS[key]:
                    raise UsageError(_unknown(origin, f"{key}.{sub}", tuple(_SCALARS[key])))
                name, kind = _SCALARS[key][sub]
                changes[name] = _value(origin, f"{key}.{sub}", sub_value, kind)
        else:
            changes.update(_exclusions(config, origin, key, value))
    result = replace(config, **changes)
    if result.confidence_weights.get("declared", 0.0) > 1:
        raise UsageError(
            f"{origin}: 'confidence.declared' is the credit of a declared fact against 1 for a "
            f"scanned one; use a number from 0 to 1"
        )
    for name, key in (("capacity_days_per_month", "capacity"), ("wave_months", "wave-months")):
        if getattr(result, name) == 0:
            raise UsageError(f"{origin}: 'roadmap.{key}' must be more than 0")
    if result.blocking_severity not in [s.value for s in Severity]:
        raise UsageError(
            _bad(
                origin,
                "blocking.severity",
                result.blocking_severity,
                tuple(s.value for s in Severity),
            )
        )
    return result


def _exclusions(config: ScoringConfig, origin: str, key: str, value: Any) -> dict[str, Any]:
    expected = "disabled" if key == "rules" else "excluded"
    table = _table(origin, key, value)
    for sub in table:
        if sub != expected:
            raise UsageError(_unknown(origin, f"{key}.{sub}", (expected,)))
    entries = {
        str(k): v for k, v in _table(origin, f"{key}.{expected}", table.get(expected, {})).items()
    }
    for target, reason in entries.items():
        if not isinstance(reason, str) or not reason.strip():
            raise UsageError(
                f"{origin}: {key}.{expected}.{target} needs a reason (a non-empty "
                f"string saying why)"
            )
    if key == "rules":
        _check_rule_ids(entries, f"{origin}: rules.disabled")
        return {"disabled_rules": {**config.disabled_rules, **entries}}
    return {"excluded_components": {**config.excluded_components, **entries}}


def _check_rule_ids(rules: dict[str, str], where: str) -> None:
    from assessor.rules import all_rules  # late: the rules package is heavier than config

    valid = tuple(r.id for r in all_rules())
    for rule_id in rules:
        if rule_id not in valid:
            raise UsageError(_bad(where, "rule id", rule_id, valid))


def _check_reasons(entries: dict[str, str], kind: str) -> None:
    for target, reason in entries.items():
        if not isinstance(reason, str) or not reason.strip():
            raise UsageError(f"excluding {kind} {target} needs a reason")


def _section(
    origin: str, key: str, value: Any, valid: tuple[str, ...] | None, kind: type
) -> dict[str, Any]:
    result = {}
    for sub, sub_value in _table(origin, key, value).items():
        if valid is not None and sub not in valid:
            raise UsageError(_unknown(origin, f"{key}.{sub}", valid))
        result[sub] = _value(origin, f"{key}.{sub}", sub_value, kind)
    return result


def _table(origin: str, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise UsageError(f"{origin}: '{key}' must be a table ([{key}])")
    return value


def _value(origin: str, key: str, value: Any, kind: type) -> Any:
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0:
            raise UsageError(f"{origin}: '{key}' must not be negative, got {value}")
        return float(value)
    if kind is int and isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if kind is str and isinstance(value, str):
        if key.startswith("effort.") and value not in EFFORTS:
            raise UsageError(_bad(origin, key, value, EFFORTS))
        return value
    wanted = {float: "a number", int: "a positive whole number", str: "a string"}[kind]
    raise UsageError(f"{origin}: '{key}' must be {wanted}, got {value!r}")


def _unknown(origin: str, key: str, valid: tuple[str, ...]) -> str:
    return f"{origin}: unknown key '{key}'; valid keys: {', '.join(valid)}"


def _bad(origin: str, key: str, value: Any, valid: tuple[str, ...]) -> str:
    return f"{origin}: {key} {value!r} is not valid; use one of {', '.join(valid)}"
