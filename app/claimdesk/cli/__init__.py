"""The command line: ``main`` (the desktop app, training mode and every command), one module
per command beside it."""

from claimdesk.cli.main import build_parser, main, parse

__all__ = ["build_parser", "main", "parse"]
