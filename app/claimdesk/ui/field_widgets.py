"""A registry from ``FieldType`` to an editor widget. Every editor speaks text: the domain
parses and checks it, so the form, the grid and an imported file share one validator."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from claimdesk.domain.fields import Choice, FieldSpec, FieldType
from claimdesk.domain.typed import MDY, default_order


class FieldEditor(QWidget):
    """The common face of every editor: text in, text out, and two signals."""

    edited = Signal()  # the text changed by the user
    left = Signal()  # the user finished with the field (focus left or Enter)
    BLANK = ""  # text() of a new editor

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)

    def text(self) -> str:
        raise NotImplementedError

    def set_text(self, text: str) -> None:
        raise NotImplementedError

    def show_reading(self, text: str) -> None:
        """How the typed value was read, in the user's format ("→ 20 Nov 2026"), beside the
        field; "" hides it. The label is made the first time: most fields never need one."""
        label = self.findChild(QLabel, "reading")
        if label is None:
            if not text:
                return
            label = QLabel(self)
            label.setObjectName("reading")
            label.setProperty("role", "reading")
            self.row.insertWidget(self.row.count() - 1, label)  # before the stretch
        label.setText(f"→ {text}" if text else "")
        label.setVisible(bool(text))

    def focus_widget(self) -> QWidget:
        raise NotImplementedError

    def set_invalid(self, invalid: bool) -> None:
        widget = self.focus_widget()
        before = widget.property("invalid")
        if bool(before) == invalid:
            return  # never set is valid: setting a property costs as much as a widget
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def set_accessible(self, name: str, description: str) -> None:
        widget = self.focus_widget()
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)


class ReferenceCompleter(QCompleter):
    """Suggestions shown as "BOIL-110 — Smart thermostat twin pack" and found by any part
    of either ("twin", "101"), while what lands in the field, highlighted by the arrow keys
    or picked by Enter or a click, is the bare reference."""

    def __init__(self, choices: tuple[Choice, ...], parent: QWidget) -> None:
        super().__init__(QStringListModel([c.display for c in choices], parent), parent)
        self._values = [c.value for c in choices]
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMaxVisibleItems(12)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # `index` is in the source model: its row is the choice's position.
        return self._values[index.row()] if index.isValid() else ""


class LineEditor(FieldEditor):
    """Text, numbers and whole numbers; open suggestions (e.g. SKUs) through a completer."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit(self)
        # The clear button only shows over text: it is made when the first text arrives,
        # not for every empty field of a long form.
        self.line.textChanged.connect(lambda text: self._first_text(text))
        self.line.setPlaceholderText(_placeholder(spec))
        if spec.type in (FieldType.NUMBER, FieldType.INTEGER):
            self.line.setFixedWidth(200)
        elif spec.type is FieldType.TIMESTAMP:
            self.line.setFixedWidth(260)
        else:
            self.line.setMinimumWidth(320)
            self.line.setMaximumWidth(480)
        if spec.suggestions:
            completer = ReferenceCompleter(spec.suggestions, self)
            self.line.setCompleter(completer)
            # The completer writes with setText, which is no edit to the form: say it is.
            completer.activated[str].connect(self.edited)  # type: ignore[index]
        self.row.addWidget(self.line)
        self.row.addStretch(1)
        # Signal to signal, and lambdas rather than bound methods: each connection costs
        # a third as much, which counts in a form of 200 fields (tests/benchmarks/bench_form.py).
        self.line.textEdited.connect(self.edited)
        self.line.editingFinished.connect(self.left)

    def _first_text(self, text: str) -> None:
        if text and not self.line.isClearButtonEnabled():
            self.line.setClearButtonEnabled(True)

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)

    def focus_widget(self) -> QWidget:
        return self.line


class ChoiceEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("— choose —"), "")
        for choice in spec.choices:
            self.combo.addItem(choice.display, choice.value)
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.row.addWidget(self.combo)
        self.row.addStretch(1)
        self.combo.activated.connect(lambda index: self._chosen(index))

    def _chosen(self, _index: int) -> None:
        self.edited.emit()
        self.left.emit()

    def text(self) -> str:
        return str(self.combo.currentData() or "")

    def set_text(self, text: str) -> None:
        index = self.combo.findData(text)
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class BooleanEditor(FieldEditor):
    """A check box whose text is "1" or "0", like the platforms' tiny integers."""

    BLANK = "0"

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(_field_text(spec.help or spec.label), self)
        self.row.addWidget(self.box)
        self.row.addStretch(1)
        self.box.toggled.connect(lambda on: self._toggled(on))

    def _toggled(self, _on: bool) -> None:
        self.edited.emit()
        self.left.emit()

    def text(self) -> str:
        return "1" if self.box.isChecked() else "0"

    def set_text(self, text: str) -> None:
        self.box.setChecked(text.strip().casefold() in {"1", "true", "yes", "y", "on"})

    def focus_widget(self) -> QWidget:
        return self.box


class DateEditor(FieldEditor):
    """Typed YYYY-MM-DD (blank allowed) with a calendar on a button (or Alt+Down)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(_date_placeholder())
        self.line.setFixedWidth(172)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.button.setAccessibleName(
            self.tr("Pick {label} from a calendar").format(label=_field_text(spec.label))
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The calendar is made the first time it opens: a form of many date fields shows in
        # a fraction of the time (tests/benchmarks/bench_form.py).
        self.calendar: QCalendarWidget | None = None
        menu = QMenu(self.button)
        self.button.setMenu(menu)
        menu.aboutToShow.connect(lambda: self._sync_calendar())
        self.row.addWidget(self.line)
        self.row.addWidget(self.button)
        self.row.addStretch(1)
        self.line.textEdited.connect(self.edited)
        self.line.editingFinished.connect(self.left)
        # Alt+Down opens the calendar (a shortcut of the line, not a Python event filter
        # that every event of the line would pass through).
        opener = QAction(self.line)
        opener.setShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_Down))
        opener.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        opener.triggered.connect(self.button.showMenu)
        self.line.addAction(opener)

    def _make_calendar(self) -> QCalendarWidget:
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        action = QWidgetAction(self.button.menu())
        action.setDefaultWidget(calendar)
        self.button.menu().addAction(action)
        calendar.clicked.connect(self._pick)
        calendar.activated.connect(self._pick)
        return calendar

    def _sync_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = self._make_calendar()
        try:
            day = dt.date.fromisoformat(self.line.text().strip())
        except ValueError:
            day = dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _pick(self, date: QDate) -> None:
        self.line.setText(date.toString("yyyy-MM-dd"))
        self.button.menu().hide()
        self.line.setFocus()
        self.edited.emit()
        self.left.emit()

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)

    def focus_widget(self) -> QWidget:
        return self.line


def _field_text(text: str) -> str:
    return QCoreApplication.translate("Fields", text) if text else text


def _date_placeholder() -> str:
    """The date as this user writes it: DD/MM/YYYY, or MM/DD/YYYY in the US."""
    if default_order(QLocale().name()) == MDY:
        return QCoreApplication.translate("FieldEditor", "MM/DD/YYYY or today")
    return QCoreApplication.translate("FieldEditor", "DD/MM/YYYY or today")


def _placeholder(spec: FieldSpec) -> str:
    if spec.type is FieldType.INTEGER:
        return QCoreApplication.translate("FieldEditor", "whole number")
    if spec.type is FieldType.NUMBER:
        return QCoreApplication.translate("FieldEditor", "number, e.g. {example}").format(
            example=QLocale().toString(1250.5, "f", 2)
        )
    if spec.type is FieldType.TIMESTAMP:
        return QCoreApplication.translate("FieldEditor", "e.g. 2025-01-28T14:30:00Z")
    if spec.suggestions:
        return QCoreApplication.translate("FieldEditor", "type to search")
    return ""


EDITORS: dict[FieldType, type[FieldEditor]] = {
    FieldType.TEXT: LineEditor,
    FieldType.NUMBER: LineEditor,
    FieldType.INTEGER: LineEditor,
    FieldType.CHOICE: ChoiceEditor,
    FieldType.DATE: DateEditor,
    FieldType.TIMESTAMP: LineEditor,
    FieldType.BOOLEAN: BooleanEditor,
}


def make_editor(spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    return EDITORS[spec.type](spec, parent)


def blank_text(spec: FieldSpec) -> str:
    """What ``text()`` of ``spec``'s new editor gives, without making it."""
    return EDITORS[spec.type].BLANK
