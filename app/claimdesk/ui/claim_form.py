"""A claim form rendered from any ``FormSchema``: one row per field in ``position`` order,
the label (with * when required), the editor, and the field's problem right under it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from claimdesk.domain.fields import FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.ui.field_widgets import FieldEditor, make_editor


class FieldRow:
    """The widgets of one field."""

    def __init__(self, editor: FieldEditor, label: QLabel, error: QLabel) -> None:
        self.editor, self.label, self.error = editor, label, error
        self.touched = False

    def show_issues(self, issues: Iterable[Issue]) -> None:
        text = "\n".join(f"⚠ {i.message}" for i in issues)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.editor.set_invalid(bool(text))
        spec = self.editor.spec
        self.editor.set_accessible(spec.label, text or spec.help)


class ClaimForm(QWidget):
    """Emits ``changed`` as the user types and ``field_left`` when a field is finished."""

    changed = Signal()
    field_left = Signal(str)

    def __init__(self, schema: FormSchema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        self.rows: dict[str, FieldRow] = {}
        self.setObjectName("claimForm")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(10)
        outer.addLayout(self.form_layout)
        if any(spec.required for spec in schema):
            legend = QLabel(self.tr("* required"), self)
            legend.setObjectName("requiredLegend")
            outer.addWidget(legend)
        outer.addStretch(1)
        previous: QWidget | None = None
        for spec in schema:
            editor = make_editor(spec, self)
            editor.setObjectName(f"field_{spec.name}")
            label = QLabel(spec.label + (" *" if spec.required else ""), self)
            label.setObjectName(f"label_{spec.name}")
            label.setBuddy(editor.focus_widget())
            label.setToolTip(spec.help)
            if spec.required:
                label.setAccessibleDescription(self.tr("required"))
            error = QLabel(self)
            error.setObjectName(f"error_{spec.name}")
            error.setProperty("role", "fieldError")
            error.setWordWrap(True)
            error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            error.setVisible(False)
            # The editor and its problem in a layout, not in a widget of their own: no
            # reparenting, 200 widgets fewer in a form of 200 fields.
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            if spec.help:
                editor.focus_widget().setToolTip(spec.help)
            self.form_layout.addRow(label, column)
            row = FieldRow(editor, label, error)
            editor.set_accessible(spec.label, spec.help)  # what show_issues(()) would leave
            self.rows[spec.name] = row
            editor.edited.connect(self.changed)
            editor.left.connect(lambda name=spec.name: self._on_left(name))
            if previous is not None:
                QWidget.setTabOrder(previous, editor.focus_widget())
            previous = editor.focus_widget()

    def _on_left(self, name: str) -> None:
        self.rows[name].touched = True
        self.field_left.emit(name)

    def values(self) -> dict[str, str]:
        return {name: row.editor.text() for name, row in self.rows.items()}

    def set_values(self, values: Mapping[str, str]) -> None:
        for name, value in values.items():
            if name in self.rows:
                self.rows[name].editor.set_text(value)

    def has_input(self) -> bool:
        return any(v.strip() for v in self.values().values())

    def touch_all(self) -> None:
        for row in self.rows.values():
            row.touched = True

    def show_issues(self, issues: Iterable[Issue], *, all_fields: bool = False) -> None:
        """Show each field's issues; untouched fields stay quiet unless ``all_fields``."""
        by_field: dict[str, list[Issue]] = {}
        for issue in issues:
            if issue.field:
                by_field.setdefault(issue.field, []).append(issue)
        for name, row in self.rows.items():
            shown = (
                by_field.get(name, [])
                if (all_fields or row.touched or row.editor.text().strip())
                else []
            )
            row.show_issues(shown)

    def visible_error(self, name: str) -> str:
        row = self.rows[name]
        return row.error.text() if row.error.isVisibleTo(self) else ""

    def focus_first(self, names: Iterable[str] = ()) -> None:
        wanted = set(names)
        for name, row in self.rows.items():
            if not wanted or name in wanted:
                row.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
                return
