"""A registry from ``FieldType`` to an editor widget. Every editor speaks text: the domain
parses and checks it, so the form, the grid and an imported file share one validator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from claimdesk.domain.fields import FieldSpec, FieldType


class FieldEditor(QWidget):
    """The common face of every editor: text in, text out, and two signals."""

    edited = Signal()  # the text changed by the user
    left = Signal()  # the user finished with the field (focus left or Enter)

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

    def focus_widget(self) -> QWidget:
        raise NotImplementedError

    def set_invalid(self, invalid: bool) -> None:
        widget = self.focus_widget()
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def set_accessible(self, name: str, description: str) -> None:
        widget = self.focus_widget()
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)


class LineEditor(FieldEditor):
    """Text, numbers and whole numbers; open suggestions (e.g. SKUs) through a completer."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(_placeholder(spec))
        if spec.type in (FieldType.NUMBER, FieldType.INTEGER):
            self.line.setFixedWidth(200)
        elif spec.type is FieldType.TIMESTAMP:
            self.line.setFixedWidth(260)
        else:
            self.line.setMinimumWidth(320)
            self.line.setMaximumWidth(480)
        if spec.suggestions:
            model = QStringListModel([c.display for c in spec.suggestions], self)
            completer = QCompleter(model, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(12)
            self.line.setCompleter(completer)
            # Picking "BOIL-100 — Combi boiler" keeps the reference alone.
            completer.activated[str].connect(self._take_reference)  # type: ignore[index]
        self.row.addWidget(self.line)
        self.row.addStretch(1)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.line.editingFinished.connect(self.left.emit)

    def _take_reference(self, display: str) -> None:
        for choice in self.spec.suggestions:
            if choice.display == display:
                # After QCompleter has written its text, replace it with the bare reference.
                self.line.setText(choice.value)
                self.edited.emit()
                return

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
        self.combo.activated.connect(self._chosen)

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

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(_field_text(spec.help or spec.label), self)
        self.row.addWidget(self.box)
        self.row.addStretch(1)
        self.box.toggled.connect(self._toggled)

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
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
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
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.row.addWidget(self.line)
        self.row.addWidget(self.button)
        self.row.addStretch(1)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.line.editingFinished.connect(self.left.emit)
        self.line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.button.showMenu()
            return True
        return super().eventFilter(watched, event)

    def _sync_calendar(self) -> None:
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


def _placeholder(spec: FieldSpec) -> str:
    if spec.type is FieldType.INTEGER:
        return QCoreApplication.translate("FieldEditor", "whole number")
    if spec.type is FieldType.NUMBER:
        return QCoreApplication.translate("FieldEditor", "number, e.g. 1250.50")
    if spec.type is FieldType.TIMESTAMP:
        return QCoreApplication.translate("FieldEditor", "e.g. 2025-01-28T14:30:00Z")
    if spec.suggestions:
        return QCoreApplication.translate("FieldEditor", "type to search")
    return ""


EDITORS: dict[FieldType, Callable[[FieldSpec, QWidget | None], FieldEditor]] = {
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
