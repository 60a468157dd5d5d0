"""The README documents every command and option, and every command has help (as datasette's
tests/test_docs.py does for its settings)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsledger.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def _options(command: click.Command) -> list[str]:
    names = []
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in ("help", "version"):
            names.extend(name for name in param.opts if name.startswith("--"))
    return names


def test_docs_cli_has_the_designed_commands() -> None:
    assert COMMANDS == [
        "batch",
        "export",
        "ingest",
        "report",
        "schema",
        "serve",
        "show",
        "stories",
    ]


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_command_has_a_readme_section(name: str) -> None:
    assert f"### `newsledger {name}`" in README


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_command_has_help(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert cli.commands[name].help
    assert result.output.startswith(f"Usage: cli {name}") or f"{name} [OPTIONS]" in result.output


@pytest.mark.parametrize(
    ("name", "option"),
    [(name, option) for name in COMMANDS for option in _options(cli.commands[name])],
)
def test_docs_command_option_is_in_readme(name: str, option: str) -> None:
    section = README.split(f"### `newsledger {name}`", 1)[1].split("\n### ", 1)[0]
    assert re.search(rf"`{re.escape(option)}\b", section), f"{name} {option}"


@pytest.mark.parametrize("option", _options(cli))
def test_docs_global_option_is_in_readme(option: str) -> None:
    assert f"`{option}" in README


def test_docs_quick_start_is_exactly_make_demo_and_make_test() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = quick_start.split("```", 2)[1]
    assert block.split() == ["make", "demo", "make", "test"]
