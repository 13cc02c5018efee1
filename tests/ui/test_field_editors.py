"""Editors made cheaply for long forms, behaving as before: a date field's calendar is made
the first time it opens, opens on the typed date (or by Alt+Down) and a picked day lands in
the field; a text field's clear button appears with its first text and empties it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from claimdesk.domain.fields import Choice, FieldSpec, FieldType, FormSchema
from claimdesk.ui.claim_form import ClaimForm
from claimdesk.ui.field_widgets import DateEditor, LineEditor

SCHEMA = FormSchema(
    "dates",
    "Dates",
    tuple(FieldSpec(f"day{n}", f"Day {n}", FieldType.DATE, position=n) for n in range(3)),
)


def test_the_calendar_opens_on_the_typed_date_and_fills_the_field(qtbot: QtBot) -> None:
    form = ClaimForm(SCHEMA)
    qtbot.addWidget(form)
    form.show()
    editors = [form.rows[f"day{n}"].editor for n in range(3)]
    assert all(isinstance(e, DateEditor) and e.calendar is None for e in editors)
    editor = editors[1]
    assert isinstance(editor, DateEditor)
    editor.set_text("2026-03-31")
    menu = editor.button.menu()
    menu.popup(editor.button.mapToGlobal(QPoint(0, editor.button.height())))
    qtbot.waitUntil(menu.isVisible, timeout=2_000)
    calendar = editor.calendar
    assert calendar is not None
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 3, 31)
    assert menu.sizeHint().height() >= calendar.sizeHint().height()
    with qtbot.waitSignal(form.field_left, timeout=2_000) as left:
        calendar.clicked.emit(QDate(2026, 4, 2))  # what a click on 2 April sends
    assert left.args == ["day1"]
    assert editor.text() == "2026-04-02"
    assert not menu.isVisible()
    assert editors[0].calendar is None
    assert editors[2].calendar is None
    # Opened again: the same calendar, on the new date.
    menu.popup(editor.button.mapToGlobal(QPoint(0, editor.button.height())))
    qtbot.waitUntil(menu.isVisible, timeout=2_000)
    assert editor.calendar is calendar
    assert calendar.selectedDate() == QDate(2026, 4, 2)
    menu.hide()


def test_alt_down_in_the_field_opens_the_calendar(qtbot: QtBot) -> None:
    form = ClaimForm(SCHEMA)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    editor = form.rows["day0"].editor
    assert isinstance(editor, DateEditor)
    editor.line.setFocus()
    qtbot.waitUntil(editor.line.hasFocus, timeout=2_000)
    seen: list[bool] = []

    def pick() -> None:  # the menu runs its own loop until a day is picked
        seen.append(editor.button.menu().isVisible())
        assert editor.calendar is not None
        editor.calendar.clicked.emit(QDate(2026, 1, 5))

    QTimer.singleShot(300, pick)
    qtbot.keyClick(editor.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.text() == "2026-01-05", timeout=3_000)
    assert seen == [True]


def test_the_clear_button_comes_with_the_first_text_and_clears_it(qtbot: QtBot) -> None:
    schema = FormSchema("t", "T", (FieldSpec("ref", "Ref"), FieldSpec("note", "Note")))
    form = ClaimForm(schema)
    qtbot.addWidget(form)
    form.show()
    typed, filled = form.rows["ref"].editor, form.rows["note"].editor
    assert isinstance(typed, LineEditor)
    assert isinstance(filled, LineEditor)
    assert not typed.line.isClearButtonEnabled()
    qtbot.keyClicks(typed.line, "BOIL-100")
    assert typed.line.isClearButtonEnabled()
    filled.set_text("kept from the last claim")
    assert filled.line.isClearButtonEnabled()
    button = next(b for b in typed.line.findChildren(QToolButton) if b.isVisible())
    with qtbot.waitSignal(form.changed, timeout=2_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert typed.text() == ""


SKUS = FormSchema(
    "skus",
    "SKUs",
    (
        FieldSpec(
            "ref",
            "Product reference",
            FieldType.TEXT,
            suggestions=(
                Choice("BOIL-100", "Combi boiler"),
                Choice("BOIL-101", "Smart thermostat"),
                Choice("BOIL-110", "Smart thermostat twin pack"),
            ),
        ),
        FieldSpec("qty", "Quantity", FieldType.INTEGER, position=1),
    ),
)


def _typed_form(qtbot: QtBot, text: str) -> tuple[ClaimForm, LineEditor]:
    form = ClaimForm(SKUS)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    editor = form.rows["ref"].editor
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()
    qtbot.waitUntil(editor.line.hasFocus, timeout=2_000)
    qtbot.keyClicks(editor.line, text)
    popup = editor.line.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2_000)
    return form, editor


def test_a_suggestion_picked_by_keyboard_puts_the_bare_reference(qtbot: QtBot) -> None:
    _form, editor = _typed_form(qtbot, "twin")
    popup = editor.line.completer().popup()
    edits: list[str] = []
    editor.edited.connect(lambda: edits.append(editor.text()))
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert editor.line.text() == "BOIL-110"  # highlighted: the reference, not "… — name"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2_000)
    assert editor.line.text() == "BOIL-110"
    assert edits[-1] == "BOIL-110"  # the form checks what the field now holds


def test_a_suggestion_picked_by_mouse_puts_the_bare_reference(qtbot: QtBot) -> None:
    _form, editor = _typed_form(qtbot, "thermo")
    popup = editor.line.completer().popup()
    index = popup.model().index(1, 0)
    assert "twin pack" in index.data()  # the list shows names, to choose by
    rect = popup.visualRect(index)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2_000)
    assert editor.line.text() == "BOIL-110"


def test_a_shorter_unique_match_is_offered(qtbot: QtBot) -> None:
    _form, editor = _typed_form(qtbot, "101")
    popup = editor.line.completer().popup()
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.line.text() == "BOIL-101"
