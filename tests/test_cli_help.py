"""Every command and option explains itself in --help, and counts read as English."""

from __future__ import annotations

from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from assessor.cli import main


def _commands(group: click.Group) -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        yield name, command
        if isinstance(command, click.Group):
            yield from ((f"{name} {sub}", c) for sub, c in _commands(command))


OPTIONS = [
    (name, option.opts[-1])
    for name, command in _commands(main)
    for option in command.params
    if isinstance(option, click.Option)
]


@pytest.mark.parametrize(("command", "option"), OPTIONS)
def test_every_option_has_help_text(command: str, option: str) -> None:
    (found,) = [
        p
        for p in main.commands[command.split()[0]].params
        if getattr(p, "opts", [""])[-1] == option
    ]
    assert (found.help or "").strip(), f"assessor {command} {option} has no help text"


def test_every_command_has_a_docstring_for_its_help() -> None:
    assert all((command.help or "").strip() for _, command in _commands(main))


def test_one_rule_is_one_rule_not_one_rules() -> None:
    result = CliRunner().invoke(main, ["rules", "HL7V2-Z01"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "1 rule"
