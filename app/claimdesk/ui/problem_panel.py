"""The batch window's side panel: how many problems, the first ``PANEL_LIMIT`` of them (a
click goes to the cell), and "show only rows with problems". Its strings keep the batch
window's translation context."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.translation import Count
from claimdesk.ui.batch_model import BatchModel

PANEL_LIMIT = 2_000  # problems listed in the side panel; the filter shows every one
translate = QCoreApplication.translate


class ProblemFilter(QSortFilterProxyModel):
    """Only the rows that need the user: a broken rule, or refused / unsure when sent."""

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        assert isinstance(model, BatchModel)
        return model.has_problem(source_row)


class ProblemPanel(QWidget):
    """``place_chosen(row, column)`` when a problem is clicked; ``more_chosen`` for the
    line that stands for those not listed; ``only_problems`` toggles the grid's filter."""

    place_chosen = Signal(int, int)
    more_chosen = Signal()
    fix_chosen = Signal()  # "apply this fix to the N identical problems"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        side = QVBoxLayout(self)
        side.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(translate("BatchWindow", "Problems"), self)
        self.title.setObjectName("problemsTitle")
        side.addWidget(self.title)
        # After a fix of one cell: the same fix for the other cells of its column with the
        # same value and the same problem (hidden while there is none).
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("applyFix")
        self.fix_button.setVisible(False)
        self.fix_button.clicked.connect(lambda _checked=False: self.fix_chosen.emit())
        side.addWidget(self.fix_button)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("BatchWindow", "Problems to fix"))
        self.list.setWordWrap(True)
        # Up to PANEL_LIMIT wrapped lines: laid out a batch at a time between other events,
        # not all in the turn that an import of 100,000 rows lands in.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(100)
        self._places: list[tuple[int, int] | None] = []  # per line of the list
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        side.addWidget(self.list, 1)
        self.only_problems = QCheckBox(
            translate("BatchWindow", "Show only rows with &problems"), self
        )
        side.addWidget(self.only_problems)

    def refresh(self, model: BatchModel) -> None:
        total = model.problem_total()
        listed = model.problem_list(PANEL_LIMIT)
        line = translate("BatchWindow", "Row {row}, {text}")
        added = translate("BatchWindow", "New row, {text}")  # typed here: in no spreadsheet
        numbers = model.numbers
        lines = [
            added.format(text=text)
            if numbers[row] is None
            else line.format(row=numbers[row], text=text)
            for row, _column, text in listed
        ]
        places: list[tuple[int, int] | None] = [(row, column) for row, column, _ in listed]
        more = total - len(listed)
        if more > 0:
            lines.append(
                translate(
                    "BatchWindow", "…and {more:,} more: show only rows with problems to see them"
                ).format(more=Count(more))
            )
            places.append(None)
        self.list.clear()
        self.list.addItems(lines)  # one call: 1,000 lines in ~2 ms, not ~15
        self._places = places
        self.title.setText(
            translate("BatchWindow", "Problems: {n:,}").format(n=Count(total))
            if total
            else translate("BatchWindow", "No problems")
        )
        self.show_fix(model)

    def show_fix(self, model: BatchModel) -> None:
        """Offer the last edit's fix for the cells with the same value and problem."""
        fix = model.fix_offer()
        self.fix_button.setVisible(fix is not None)
        if fix is None:
            return
        count = len(model.same_problems(fix.column, fix.old, fix.problem))
        if not count:
            self.fix_button.setVisible(False)
            return
        self.fix_button.setText(
            translate("BatchWindow", "Apply this fi&x to the {n:,} identical problems").format(
                n=Count(count)
            )
        )
        self.fix_button.setToolTip(
            translate(
                "BatchWindow",
                "Change {old} to {new} in the other {field} cells that have the same problem: "
                "{problem}",
            ).format(
                old=f"“{fix.old}”" if fix.old else model._blank,
                new=f"“{fix.new}”" if fix.new else model._blank,
                field=model.labels[fix.column],
                problem=fix.problem,
            )
        )

    def _chosen(self, item: Any) -> None:
        line = self.list.row(item)
        place = self._places[line] if 0 <= line < len(self._places) else None
        if place is None:
            self.more_chosen.emit()
        else:
            self.place_chosen.emit(*place)
