"""A long form is usable at once and built in later turns of the event loop: its first rows
are there after the constructor, the rest arrive without the caller doing anything, and
every method that needs all fields acts on all of them meanwhile. Typing during the build
keeps its text, focus and place; the tab order ends up in field order; a form deleted while
it builds stops cleanly. Short forms are built at once, as before."""

from __future__ import annotations

import itertools

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.domain.fields import Choice, FieldSpec, FieldType
from claimdesk.domain.issues import Issue
from claimdesk.ui.claim_form import FIRST_ROWS, ClaimForm
from claimdesk.ui.field_widgets import blank_text, make_editor
from tests.benchmarks.bench_form import schema  # text, numbers, choices, dates, yes/no…

LONG = schema(200)
TEXT_FIELD = "field_197"  # a number field near the end (197 % 7 == 1)


def in_scroll_area(qtbot: QtBot, form: ClaimForm) -> QScrollArea:
    """Shown in a scroll area, as the window shows it; keep the area (it owns the form)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(form)
    area.resize(880, 720)
    qtbot.addWidget(area)
    area.show()
    return area


def built(form: ClaimForm) -> int:
    return len(form.tab_chain())


def test_a_long_form_is_built_after_construction_without_the_caller(qtbot: QtBot) -> None:
    form = ClaimForm(LONG)
    area = in_scroll_area(qtbot, form)
    assert not form.complete
    assert FIRST_ROWS <= built(form) < len(LONG)
    with qtbot.waitSignal(form.completed, timeout=10_000):
        pass
    assert form.complete
    assert built(form) == len(LONG)
    assert list(form.rows) == [spec.name for spec in LONG]
    QApplication.processEvents()  # the last rows laid out
    # The rows built later line up with the first ones: one column of labels, one of fields.
    lefts = {row.editor.mapTo(form, QPoint(0, 0)).x() for row in form.rows.values()}
    assert len(lefts) == 1
    assert not form.findChildren(QTimer, options=Qt.FindChildOption.FindChildrenRecursively)
    assert area.widget() is form


def test_values_set_values_and_issues_reach_all_fields_during_the_build(qtbot: QtBot) -> None:
    form = ClaimForm(LONG)
    area = in_scroll_area(qtbot, form)
    assert not form.complete
    values = form.values()
    assert list(values) == [spec.name for spec in LONG]
    assert values["field_005"] == "0"  # a yes/no field says no, as its check box would
    # Issues for rows not built yet wait for their rows; nothing is built for them now.
    form.show_issues([Issue(TEXT_FIELD, "bad", "must be a number")], all_fields=True)
    assert not form.complete
    with qtbot.waitSignal(form.completed, timeout=10_000):
        pass
    assert form.visible_error(TEXT_FIELD) == "⚠ must be a number"
    assert form.values() == values  # what the built editors say is what it said before

    other = ClaimForm(LONG)
    other_area = in_scroll_area(qtbot, other)
    other.set_values({TEXT_FIELD: "12.5", "field_001": "7"})
    assert other.values()[TEXT_FIELD] == "12.5"
    assert other.rows[TEXT_FIELD].editor.text() == "12.5"
    assert other.has_input()

    third = ClaimForm(LONG)
    third_area = in_scroll_area(qtbot, third)
    third.set_values(third.values())  # what they hold already: nothing to build for
    assert not third.complete
    third.show_issues([Issue("field_198", "missing", "is required")], all_fields=True)
    assert third.visible_error("field_198") == "⚠ is required"  # asked now: built now
    assert third.complete
    assert area.widget() is form
    assert other_area.widget() is other
    assert third_area.widget() is third


def test_a_blank_value_is_what_a_new_editor_holds(qtbot: QtBot) -> None:
    for kind in FieldType:
        spec = FieldSpec("x", "X", kind, choices=(Choice("a"),))
        editor = make_editor(spec)
        qtbot.addWidget(editor)
        assert editor.text() == blank_text(spec), kind


def test_typing_during_the_build_keeps_text_focus_and_place(qtbot: QtBot) -> None:
    form = ClaimForm(LONG)
    # The test sets the pace, one turn of the build between two keys, so that keys are
    # typed while rows are added however fast or busy the machine is.
    form.hold_building()
    area = in_scroll_area(qtbot, form)
    area.activateWindow()
    line = form.tab_chain()[0]
    assert isinstance(line, QLineEdit)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus, timeout=2_000)
    place = line.mapTo(form, QPoint(0, 0))
    scroll = area.verticalScrollBar().maximum()
    assert scroll > 0  # room for the whole form from the start
    typed, while_building = "", 0
    for char in "Replaced boiler at number four":
        while_building += not form.complete
        qtbot.keyClick(line, char)
        typed += char
        form.build_more(5)
        QApplication.processEvents()  # the new rows laid out and painted
        assert line.mapTo(form, QPoint(0, 0)) == place
    assert while_building == len(typed)  # every key typed while rows were being added
    assert not form.complete
    with qtbot.waitSignal(form.completed, timeout=10_000):
        form.build_more(len(LONG))
    QApplication.processEvents()
    assert line.text() == typed
    assert line.hasFocus()
    assert line.mapTo(form, QPoint(0, 0)) == place
    assert area.verticalScrollBar().value() == 0
    assert form.values()["field_000"] == typed


def test_the_tab_order_follows_the_fields_once_built(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    before, after = QPushButton("Before", window), QPushButton("After", window)
    form = ClaimForm(LONG)
    area = QScrollArea(window)
    area.setWidgetResizable(True)
    area.setWidget(form)
    layout.addWidget(before)
    layout.addWidget(area)
    layout.addWidget(after)
    # As the main window chains it: header, the fields built so far, footer.
    chain = [before, *form.tab_chain(), after]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(form.completed, timeout=10_000):
        pass
    order = []
    widget: QWidget = before
    for _ in range(len(LONG) + 1):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [*(row.editor.focus_widget() for row in form.rows.values()), after]


def test_a_form_replaced_or_deleted_mid_build_stops_cleanly(qtbot: QtBot) -> None:
    first = ClaimForm(LONG)
    area = in_scroll_area(qtbot, first)
    QApplication.processEvents()
    assert not first.complete
    timers = first.findChildren(QTimer)
    assert timers  # work is pending
    # The main window switching promotion: the scroll area deletes the form it held.
    second = ClaimForm(LONG)
    area.setWidget(second)
    assert not shiboken6.isValid(first)
    assert not any(shiboken6.isValid(timer) for timer in timers)
    with qtbot.waitSignal(second.completed, timeout=10_000):
        pass
    assert second.complete

    third = ClaimForm(LONG)
    timers = third.findChildren(QTimer)
    third.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(third)
    assert not any(shiboken6.isValid(timer) for timer in timers)
    qtbot.wait(100)  # nothing fires into the deleted form (pytest-qt fails on exceptions)


def test_a_short_form_is_built_at_once(qtbot: QtBot) -> None:
    form = ClaimForm(schema(FIRST_ROWS))
    qtbot.addWidget(form)
    assert form.complete
    assert built(form) == FIRST_ROWS
    assert not form.findChildren(QTimer)
    assert form.minimumHeight() == 0


def test_a_problem_label_is_made_when_a_field_first_has_a_problem(qtbot: QtBot) -> None:
    form = ClaimForm(schema(10))
    qtbot.addWidget(form)
    form.show()
    assert form.findChild(QLabel, "error_field_002") is None
    form.show_issues([Issue("field_002", "too_small", "must be at least 1")], all_fields=True)
    error = form.findChild(QLabel, "error_field_002")
    assert isinstance(error, QLabel)
    assert error.isVisible()
    assert form.visible_error("field_002") == "⚠ must be at least 1"
    assert form.visible_error("field_001") == ""
    assert form.findChild(QLabel, "error_field_001") is None
    form.show_issues([], all_fields=True)
    assert not error.isVisible()
    assert form.visible_error("field_002") == ""
