"""What the command line prints is text, never terminal commands: control characters that
came with data (a server's message, a file's cell, a name) are shown escaped, so that a
claim cannot recolour the terminal, move its cursor, set its title or hide a line.

Kept: tab and newline; a carriage return before a newline (CSV's line ends) or at the very
start of one write (the command's own progress line, ``print("\\rsent …", end="")``).
C0 controls show as ``\\x1b``; DEL and the C1 controls as ``\\u009b``, which a JSON reader
decodes back to the same character (``json.dumps`` already escapes C0, not C1)."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

_CONTROLS = re.compile(r"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with its control characters (but tab, newline and CR-LF) escaped."""
    return _CONTROLS.sub(_escape, text)


class PrintableStream(io.TextIOBase):
    """A text stream that escapes control characters before they reach ``wrapped``."""

    def __init__(self, wrapped: TextIO) -> None:
        super().__init__()
        self.wrapped = wrapped

    def write(self, text: str) -> int:
        if text.startswith("\r"):  # our own progress line rewriting itself
            self.wrapped.write("\r" + printable(text[1:]))
        else:
            self.wrapped.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self.wrapped.flush()

    def isatty(self) -> bool:
        return self.wrapped.isatty()

    def fileno(self) -> int:
        return self.wrapped.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.wrapped, "encoding", "utf-8"))


@contextmanager
def printable_output() -> Iterator[None]:
    """While inside: ``sys.stdout`` and ``sys.stderr`` escape control characters."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = PrintableStream(out)
    sys.stderr = PrintableStream(err)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = out, err
