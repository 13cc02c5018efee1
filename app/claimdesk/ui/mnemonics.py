"""Alt+letter for a label whose text is only known at run time (the target list's noun:
"Promotion", "Object", "Touchpoint"…): the first of its letters that no other control of
the window uses, so that one Alt+letter never reaches two things.

Imported before the first frame: Qt widgets only, no ``Qt`` namespace (see main_window)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QWidget

_MNEMONIC = re.compile(r"&(?!&)(\S)")


def mnemonic_letter(text: str) -> str | None:
    """The Alt+letter of ``text`` ("C&onnection:" → "o"), lower-case; None without one."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def letters_in_use(window: QWidget, skip: QWidget | None = None) -> set[str]:
    """The Alt+letters of ``window``'s buttons, labelled fields and menu bar titles (not
    ``skip``'s); hidden ones too, since they show again."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget is skip or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue  # a label without a field has no Alt+letter
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions()]
    return {letter for letter in map(mnemonic_letter, texts) if letter is not None}


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with "&" before its first letter not in ``taken`` (none when every letter
    is taken); an "&" already in ``text`` is shown as itself."""
    text = text.replace("&", "&&")
    for index, char in enumerate(text):
        if char.isalnum() and char.lower() not in taken:
            return f"{text[:index]}&{text[index:]}"
    return text
