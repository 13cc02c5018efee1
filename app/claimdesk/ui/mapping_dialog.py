"""Which field each column of an imported file fills: one box per column, unmatched columns
start as ignored; fields filled twice or required fields left without a column are named
before the user imports. The rows skipped (title, blank, total) are said, and another sheet
row can be chosen as the header (``header_row_chosen``: the window reads the table again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.fields import FormSchema
from claimdesk.domain.translation import QT_TRANSLATE_NOOP
from claimdesk.ui.i18n import field_text

if TYPE_CHECKING:
    from claimdesk.service.batch_import import Mapping, Table
    from claimdesk.service.platform import LoadedForm

IGNORE = QT_TRANSLATE_NOOP("MappingDialog", "(ignore this column)")


class MappingDialog(QDialog):
    """Which field each column of the file fills; unmatched columns start as ignored."""

    header_row_chosen = Signal(int)  # a sheet row, 1-based

    def __init__(
        self,
        table: Table,
        form: LoadedForm | FormSchema,
        mapping: Mapping,
        parent: QWidget | None = None,
    ) -> None:
        """``form``: the claim form whose fields the columns fill, or the schema itself
        (the reward points import)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the columns of {source}").format(source=table.source))
        self.form = form
        self.schema: FormSchema = form if isinstance(form, FormSchema) else form.schema
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the field each column fills. Columns left as ignored are not imported."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("headerRow")
        self.header_row.setRange(1, max(1, len(table.sheet)))
        self.header_row.setValue(table.header_row)
        self.header_row.setAccessibleName(self.tr("Header row"))
        header_line = QHBoxLayout()
        header_label = QLabel(self.tr("The column names are in &row:"), self)
        header_label.setBuddy(self.header_row)
        header_line.addWidget(header_label)
        header_line.addWidget(self.header_row)
        self.use_header = QPushButton(self.tr("&Use this row"), self)
        self.use_header.clicked.connect(self._header_chosen)
        header_line.addWidget(self.use_header)
        header_line.addStretch(1)
        layout.addLayout(header_line)
        from claimdesk.service.batch_import import skipped

        self.skipped = QLabel(skipped(table), self)
        self.skipped.setWordWrap(True)
        self.skipped.setVisible(bool(table.skipped))
        layout.addWidget(self.skipped)
        grid = QFormLayout()
        self.boxes: list[QComboBox] = []
        labels = [self.tr(IGNORE)] + [
            f"{field_text(spec.label)}{' *' if spec.required else ''}" for spec in self.schema
        ]
        for index, header in enumerate(table.headers):
            box = QComboBox(self)
            box.addItems(labels)
            box.setAccessibleName(self.tr("Field for column {name}").format(name=header))
            chosen = mapping.columns.get(index)
            if chosen is not None:
                box.setCurrentIndex(list(self.schema.names).index(chosen) + 1)
            box.currentIndexChanged.connect(self._update)
            example = next((row[index] for row in table.rows[:20] if row[index]), "")
            shown = header or self.tr("(column {n}, no header)").format(n=index + 1)
            label = QLabel(
                shown
                + (
                    "  <i>" + self.tr("e.g. {example}").format(example=example[:30]) + "</i>"
                    if example
                    else ""
                )
            )
            grid.addRow(label, box)
            self.boxes.append(box)
        layout.addLayout(grid)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setProperty("role", "fieldError")
        layout.addWidget(self.missing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def _header_chosen(self) -> None:
        self.header_row_chosen.emit(self.header_row.value())

    def chosen(self) -> dict[int, str]:
        names = list(self.schema.names)
        return {
            i: names[b.currentIndex() - 1] for i, b in enumerate(self.boxes) if b.currentIndex()
        }

    def choose(self, header_index: int, field: str | None) -> None:
        names = list(self.schema.names)
        self.boxes[header_index].setCurrentIndex(0 if field is None else names.index(field) + 1)

    def _update(self) -> None:
        taken = list(self.chosen().values())
        twice = sorted(
            {field_text(self.schema.label_of(n)) or n for n in taken if taken.count(n) > 1}
        )
        missing = [field_text(s.label) for s in self.schema if s.required and s.name not in taken]
        parts = []
        if twice:
            parts.append(self.tr("Filled by two columns: {f}.").format(f=", ".join(twice)))
        if missing:
            parts.append(
                self.tr("No column for the required {f}: those cells will show as missing.").format(
                    f=", ".join(missing)
                )
            )
        self.missing.setText(" ".join(parts))
        self.missing.setVisible(bool(parts))
