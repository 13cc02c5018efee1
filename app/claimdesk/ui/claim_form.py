"""A claim form rendered from any ``FormSchema``: one row per field in ``position`` order,
the label (with * when required), the editor, and the field's problem right under it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from claimdesk.domain.fields import FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.ui.field_widgets import FieldEditor, make_editor
from claimdesk.ui.i18n import field_text


class FieldRow:
    """The widgets of one field."""

    def __init__(self, editor: FieldEditor, label: QLabel, error: QLabel) -> None:
        self.editor, self.label, self.error = editor, label, error
        self.touched = False
        # Looked up once: show_issues runs for every field on every keystroke.
        self.label_text = field_text(editor.spec.label)
        self.help_text = field_text(editor.spec.help)

    def show_issues(self, issues: Iterable[Issue]) -> None:
        """The field's problems under it, marked by a sign and words, not only by colour; a
        screen reader hears them as the field's description."""
        messages = [i.message for i in issues]
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
            label_text, help_text = field_text(spec.label), field_text(spec.help)
            label = QLabel(label_text + (" *" if spec.required else ""), self)
            label.setObjectName(f"label_{spec.name}")
            label.setBuddy(editor.focus_widget())
            label.setToolTip(help_text)
            if spec.required:
                label.setAccessibleDescription(self.tr("required"))
            error = QLabel(self)
            error.setObjectName(f"error_{spec.name}")
            error.setProperty("role", "fieldError")
            error.setWordWrap(True)
            error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            error.setVisible(False)
            error.setAccessibleName(self.tr("Problem with {label}").format(label=label_text))
            # The editor and its problem in a layout, not in a widget of their own: no
            # reparenting, 200 widgets fewer in a form of 200 fields.
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            if help_text:
                editor.focus_widget().setToolTip(help_text)
            self.form_layout.addRow(label, column)
            row = FieldRow(editor, label, error)
            editor.set_accessible(label_text, help_text)  # what show_issues(()) would leave
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
