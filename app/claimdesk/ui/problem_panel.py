"""The batch window's side panel: how many problems, the first ``PANEL_LIMIT`` of them (a
click goes to the cell), and "show only rows with problems". Its strings keep the batch
window's translation context."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListView, QListWidget, QVBoxLayout, QWidget

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        side = QVBoxLayout(self)
        side.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(translate("BatchWindow", "Problems"), self)
        self.title.setObjectName("problemsTitle")
        side.addWidget(self.title)
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
        lines = [line.format(row=row + 1, text=text) for row, _column, text in listed]
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

    def _chosen(self, item: Any) -> None:
        line = self.list.row(item)
        place = self._places[line] if 0 <= line < len(self._places) else None
        if place is None:
            self.more_chosen.emit()
        else:
            self.place_chosen.emit(*place)
