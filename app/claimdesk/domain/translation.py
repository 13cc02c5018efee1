"""Translating the sentences the rules write, without Qt in the domain.

Domain, service and connector code writes ``translate("Context", "source {name}")`` with a
literal context and source (so ``pyside6-lupdate`` finds them) and formats the result. The
desktop app installs Qt's translator here at start-up; without one (the command line,
tests of the rules) the English source is returned. ``QT_TRANSLATE_NOOP`` marks a source
kept in a table and translated later, where it is shown."""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]
NumberFormat = Callable[[int], str]


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def _grouped(value: int) -> str:
    return f"{value:,}"


_number_format: NumberFormat = _grouped


def set_translator(translator: Translator | None) -> None:
    """Install (or with None, remove) the function that translates (context, source)."""
    global _translator
    _translator = translator or _identity


def set_number_format(number_format: NumberFormat | None) -> None:
    """Install (or with None, remove) how whole numbers are written with digit groups."""
    global _number_format
    _number_format = number_format or _grouped


class Count(int):
    """A whole number whose ``{n:,}`` in a translated sentence follows the user's locale
    (1,000,000 in English, 1.000.000 in Spanish)."""

    def __format__(self, spec: str) -> str:
        return _number_format(int(self)) if spec == "," else super().__format__(spec)


def translate(context: str, text: str) -> str:
    translated = _translator(context, text)
    return translated or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks ``text`` for translation under ``context``; translate it where it is shown."""
    return text
