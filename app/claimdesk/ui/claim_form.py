"""A claim form rendered from any ``FormSchema``: one row per field in ``position`` order,
the label (with * when required), the editor, and the field's problem right under it.

A long form is built the way a browser builds a long page: the first rows at once (enough to
fill the window), the rest in later turns of the event loop, a few milliseconds at a time, so
the form can be read and typed in within a frame or two. Callers never see a half-built
form: what needs the widgets of all fields (``rows``, ``touch_all``, ``visible_error``,
``set_values`` of a field not built yet, ``focus_first`` on one) finishes the build first;
``values`` gives a field not built yet the text its new editor would hold, and
``show_issues`` keeps its issues for when its row is built, so the checks run on every
keystroke do not force the build."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from claimdesk.domain.fields import FieldSpec, FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.ui.field_widgets import FieldEditor, blank_text, make_editor
from claimdesk.ui.i18n import field_text

# Rows built before the constructor returns: more than a tall window shows (~32 px a row).
FIRST_ROWS = 30
ROW_SPACING = 10
# Each later turn builds rows for about this long; Qt then shows and lays them out in the
# same turn or the next, which keeps every turn well under a frame's 25 ms here.
TURN_SECONDS = 0.010


class FieldRow:
    """The widgets of one field. The problem label is made the first time the field has a
    problem: a hidden label per field was a fifth of a 200-field form's build time, and a
    hidden widget takes no room, so nobody sees the difference."""

    def __init__(self, editor: FieldEditor, label: QLabel, column: QVBoxLayout) -> None:
        self.editor, self.label, self.column = editor, label, column
        self.touched = False
        # Looked up once: show_issues runs for every field on every keystroke.
        self.label_text = field_text(editor.spec.label)
        self.help_text = field_text(editor.spec.help)
        self._error: QLabel | None = None
        self._shown: list[str] = []  # the messages shown now
        self.reading_shown = ""  # how the typed value was read, shown beside it

    @property
    def error(self) -> QLabel:
        if self._error is None:
            parent = self.editor.parentWidget()
            error = QLabel(parent)
            error.setObjectName(f"error_{self.editor.spec.name}")
            error.setProperty("role", "fieldError")
            error.setWordWrap(True)
            error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            error.setVisible(False)
            error.setAccessibleName(
                QCoreApplication.translate("ClaimForm", "Problem with {label}").format(
                    label=self.label_text
                )
            )
            self.column.addWidget(error)
            self._error = error
        return self._error

    def has_problem_shown(self) -> bool:
        return bool(self._shown)

    def show_issues(self, issues: Iterable[Issue]) -> None:
        """The field's problems under it, marked by a sign and words, not only by colour; a
        screen reader hears them as the field's description."""
        messages = [i.message for i in issues]
        if messages == self._shown:
            return  # as it is: most fields on most keystrokes
        self._shown = messages
        text = "\n".join(f"⚠ {m}" for m in messages)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.error.setAccessibleDescription("\n".join(messages))
        self.editor.set_invalid(bool(text))
        described = (
            QCoreApplication.translate("ClaimForm", "Error: {problems}").format(
                problems="; ".join(messages)
            )
            if messages
            else self.help_text
        )
        self.editor.set_accessible(self.label_text, described)


class ClaimForm(QWidget):
    """Emits ``changed`` as the user types, ``field_left`` when a field is finished, and
    ``completed`` when a long form's last row has been built."""

    changed = Signal()
    field_left = Signal(str)
    completed = Signal()

    def __init__(self, schema: FormSchema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        self._rows: dict[str, FieldRow] = {}
        self._waiting: list[FieldSpec] = list(schema)[::-1]  # popped from the end
        self._waiting_issues: dict[str, list[Issue]] = {}  # for rows not built yet
        self._previous: QWidget | None = None  # the last built field's focus widget
        self.setObjectName("claimForm")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The rows: the first ones in ``form_layout``; a long form's later ones in sections
        # below it, each a form layout of its own, so that adding a section lays out that
        # section, not every row above it again (that made each turn slower than the last).
        self._body = QVBoxLayout()
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(ROW_SPACING)
        self.form_layout = _form_layout()
        self._body.addLayout(self.form_layout)
        outer.addLayout(self._body)
        if any(spec.required for spec in schema):
            legend = QLabel(self.tr("* required"), self)
            legend.setObjectName("requiredLegend")
            outer.addWidget(legend)
        outer.addStretch(1)
        self._builder: QTimer | None = None
        self._label_width = 0
        self._painted = False
        self._paint_waits = 0
        if len(self._waiting) <= FIRST_ROWS:
            self._build(len(self._waiting), self.form_layout, self)
            return
        self._build(FIRST_ROWS, self.form_layout, self)
        self._label_width = self._widest_label()
        self._hold_label_column(self.form_layout)
        # Room for the rows to come, estimated from the first ones: the scroll bar shows the
        # whole form's length from the start, and a form that keeps its size is not painted
        # again at each turn (a growing one was: a third of each turn).
        first_rows = self.form_layout.sizeHint().height() + ROW_SPACING
        self.setMinimumHeight(round(first_rows * len(schema) / FIRST_ROWS * 1.05))
        # A child of the form: deleting the form (a new promotion chosen) deletes it too,
        # so no turn ever builds into a deleted form.
        self._builder = QTimer(self)
        self._builder.setSingleShot(True)
        self._builder.setInterval(0)
        self._builder.timeout.connect(lambda: self._build_turn())
        self._builder.start()

    # --- building -------------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        """Every row is built."""
        return not self._waiting

    def finish_building(self) -> None:
        """Build the rows still waiting, now."""
        if self._waiting:
            self._build_section(len(self._waiting))

    def hold_building(self) -> None:
        """Stop the timed turns; ``build_more`` then drives the build, a turn of a fixed
        size at a time (a test's pace, the same on a fast or a busy machine)."""
        if self._builder is not None:
            self._builder.stop()

    def build_more(self, count: int) -> None:
        """One turn of the build: the next ``count`` rows, in a section of their own."""
        if self._waiting:
            self._build_section(min(count, len(self._waiting)))

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painted = True
        super().paintEvent(event)

    def _build_turn(self) -> None:
        # The first rows on screen before the rest: a turn that came first would hold up
        # that first paint. A form nobody shows (or that is never painted) is built anyway.
        if not self._painted and self.isVisible() and self._paint_waits < 3:
            self._paint_waits += 1
        else:
            self._build_section(0, time.perf_counter() + TURN_SECONDS)
        if self._waiting and self._builder is not None:
            self._builder.start()

    def _build_section(self, count: int, deadline: float = 0.0) -> None:
        """``count`` rows, or rows until ``deadline`` (at least one), in a new section."""
        section = QWidget(self)
        layout = _form_layout(section)
        self._build(max(count, 1), layout, section)
        while self._waiting and time.perf_counter() < deadline:
            self._build(1, layout, section)
        self._hold_label_column(layout)
        self._body.addWidget(section)
        section.show()  # now, not in a later turn: visible_error asks isVisibleTo at once
        if not self._waiting and self._builder is not None:
            self._builder.stop()
            self._builder.deleteLater()
            self._builder = None
            self.setMinimumHeight(0)
            self.completed.emit()

    def _build(self, count: int, layout: QFormLayout, parent: QWidget) -> None:
        for _ in range(count):
            self._add_row(self._waiting.pop(), layout, parent)

    def _widest_label(self) -> int:
        metrics = self.fontMetrics()
        return max(
            metrics.horizontalAdvance(field_text(spec.label) + (" *" if spec.required else ""))
            for spec in self.schema
        )

    def _hold_label_column(self, layout: QFormLayout) -> None:
        """Give every section's label column the width of the form's widest label, so that
        the fields line up and do not move right (under the user's cursor) when a longer
        label is built."""
        item = layout.itemAt(0, QFormLayout.ItemRole.LabelRole)
        first = item.widget() if item is not None else None
        if first is not None:
            first.setMinimumWidth(self._label_width)

    def _add_row(self, spec: FieldSpec, layout: QFormLayout, parent: QWidget) -> None:
        editor = make_editor(spec, parent)
        editor.setObjectName(f"field_{spec.name}")
        label_text, help_text = field_text(spec.label), field_text(spec.help)
        label = QLabel(label_text + (" *" if spec.required else ""), parent)
        label.setObjectName(f"label_{spec.name}")
        focus = editor.focus_widget()
        label.setBuddy(focus)
        label.setToolTip(help_text)
        if spec.required:
            label.setAccessibleDescription(self.tr("required"))
        # The editor and its problem in a layout, not in a widget of their own: no
        # reparenting, 200 widgets fewer in a form of 200 fields.
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if help_text:
            focus.setToolTip(help_text)
        layout.addRow(label, column)
        row = FieldRow(editor, label, column)
        editor.set_accessible(label_text, help_text)  # what show_issues(()) would leave
        self._rows[spec.name] = row
        editor.edited.connect(self.changed)
        editor.left.connect(lambda name=spec.name: self._on_left(name))
        # Each row goes after the one before: what followed that one (the window's footer)
        # follows this one, so the order is right at every step of the build.
        if self._previous is not None:
            QWidget.setTabOrder(self._previous, focus)
        self._previous = focus
        waiting = self._waiting_issues.pop(spec.name, None)
        if waiting:
            row.show_issues(waiting)

    # --- the form's face ------------------------------------------------------------------

    @property
    def rows(self) -> dict[str, FieldRow]:
        """Every field's row, in position order (finishing the build first)."""
        self.finish_building()
        return self._rows

    def tab_chain(self) -> list[QWidget]:
        """The focus widgets of the rows built so far, in order. Rows built later put
        themselves after the last one, before whatever followed it."""
        return [row.editor.focus_widget() for row in self._rows.values()]

    def _on_left(self, name: str) -> None:
        self._rows[name].touched = True
        self.field_left.emit(name)

    def values(self) -> dict[str, str]:
        """Every field's text; a field not built yet holds what its editor starts with (it
        cannot have been typed in, and ``set_values`` builds it)."""
        built = {name: row.editor.text() for name, row in self._rows.items()}
        return {spec.name: built.get(spec.name, blank_text(spec)) for spec in self.schema}

    def set_values(self, values: Mapping[str, str]) -> None:
        waiting = {spec.name: spec for spec in self._waiting}
        if any(
            name in waiting and value != blank_text(waiting[name]) for name, value in values.items()
        ):
            self.finish_building()
        for name, value in values.items():
            row = self._rows.get(name)
            if row is not None:
                row.editor.set_text(value)

    def has_input(self) -> bool:
        return any(v.strip() for v in self.values().values())

    def touch_all(self) -> None:
        for row in self.rows.values():
            row.touched = True

    def show_issues(self, issues: Iterable[Issue], *, all_fields: bool = False) -> None:
        """Show each field's issues; untouched fields stay quiet unless ``all_fields``. A
        row not built yet shows its issues when it is built."""
        by_field: dict[str, list[Issue]] = {}
        for issue in issues:
            if issue.field:
                by_field.setdefault(issue.field, []).append(issue)
        for name, row in self._rows.items():
            shown = (
                by_field.get(name, [])
                if (all_fields or row.touched or row.editor.text().strip())
                else []
            )
            row.show_issues(shown)
        self._waiting_issues = {
            spec.name: by_field[spec.name]
            for spec in self._waiting
            if spec.name in by_field and (all_fields or blank_text(spec).strip())
        }

    def visible_error(self, name: str) -> str:
        row = self.rows[name]
        return row.error.text() if row.has_problem_shown() and row.error.isVisibleTo(self) else ""

    def focus_first(self, names: Iterable[str] = ()) -> None:
        wanted = set(names)
        for name, row in self._rows.items():  # the rows built so far first
            if not wanted or name in wanted:
                row.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if wanted & {spec.name for spec in self._waiting}:
            self.finish_building()
            self.focus_first(wanted)


def _form_layout(parent: QWidget | None = None) -> QFormLayout:
    layout = QFormLayout(parent) if parent is not None else QFormLayout()
    if parent is not None:  # a section's: a layout of a widget gets the style's margins
        layout.setContentsMargins(0, 0, 0, 0)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    layout.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.setHorizontalSpacing(12)
    layout.setVerticalSpacing(ROW_SPACING)
    return layout
