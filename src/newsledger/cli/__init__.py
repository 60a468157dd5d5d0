"""The ``newsledger`` command line: thin commands over ``newsledger.api.Ledger``."""

from newsledger.cli import commands, services
from newsledger.cli.main import cli, main

__all__ = ["cli", "commands", "main", "services"]
