"""Reward points as a table (model/view): one row per reward point, appended a page at a
time; a proxy sorts by the real value (numbers as numbers, dates as dates) and filters by
a search text and by active / inactive."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from claimdesk.domain.myrewards import RewardPoint
from claimdesk.service.reward_points import TABLE_COLUMNS

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = TABLE_COLUMNS  # the service's reward point columns that the table shows
SAMPLES = {  # the widest usual value of each column, for its first width
    "reference": "TC-00000 wide",
    "name": "Thermostatic radiator valve pair",
    "active": "Active ▲",
    "quantity": "Quantity ▲",
    "points_per_quantity": "Points per qty ▲",
    "sale_date_from": "2026-12-31 ▲",
    "sale_date_to": "2026-12-31 ▲",
    "user_groups": "User groups ▲",
    "updated_at": "2026-12-31 23:59",
}


@dataclass(frozen=True, slots=True)
class Row:
    """One reward point with its cells' text and sort keys, made once (on the loading
    thread for whole pages) so that painting does no formatting."""

    rp: RewardPoint
    text: tuple[str, ...]
    keys: tuple[Any, ...]


def make_row(rp: RewardPoint) -> Row:
    return Row(
        rp,
        tuple(column.cell(rp) for column in COLUMNS),
        tuple(column.sort_key(rp) for column in COLUMNS),
    )


def make_rows(items: Sequence[RewardPoint]) -> list[Row]:
    return [make_row(rp) for rp in items]


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC_COLUMNS = frozenset(i for i, column in enumerate(COLUMNS) if column.numeric)


class RewardPointsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._row_of: dict[int, int] = {}

    @property
    def items(self) -> list[RewardPoint]:
        return [row.rp for row in self.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            column = COLUMNS[section]
            return QCoreApplication.translate(column.context, column.label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: the common answers first, no work.
        if role == _DISPLAY:
            return self.rows[index.row()].text[index.column()]
        if role == SORT_ROLE:
            return self.rows[index.row()].keys[index.column()]
        if role == _ALIGN and index.column() in _NUMERIC_COLUMNS:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            rp = self.rows[index.row()].rp
            return f"{rp.reference} — id {rp.id}"
        return None

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._row_of = {}
        self.endResetModel()

    def append(self, items: Sequence[RewardPoint | Row]) -> None:
        rows = [item if isinstance(item, Row) else make_row(item) for item in items]
        fresh = [row for row in rows if row.rp.id not in self._row_of]
        if not fresh:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        for offset, row in enumerate(fresh):
            self._row_of[row.rp.id] = start + offset
        self.rows.extend(fresh)
        self.endInsertRows()

    def put(self, rp: RewardPoint) -> None:
        """A created or updated record: replaced in place, or added at the end."""
        index = self._row_of.get(rp.id)
        if index is None:
            self.append([rp])
            return
        self.rows[index] = make_row(rp)
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(COLUMNS) - 1))

    def by_id(self, reward_point_id: int) -> RewardPoint | None:
        index = self._row_of.get(reward_point_id)
        return None if index is None else self.rows[index].rp


class RewardPointsFilter(QSortFilterProxyModel):
    """Search text within the reference, name, user groups or id; ``active``: None (all),
    True or False."""

    def __init__(self, model: RewardPointsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.active: bool | None = None

    def set_filter(self, text: str | None = None, active: Any = ...) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
        if active is not ...:
            self.active = active
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.active is None and not self.text:
            return True  # the common case while pages arrive: no work per row
        model = self.sourceModel()
        assert isinstance(model, RewardPointsModel)
        rp = model.rows[source_row].rp
        if self.active is not None and rp.active != self.active:
            return False
        if not self.text:
            return True
        fields = (rp.reference, rp.name, ", ".join(map(str, rp.user_groups)), str(rp.id))
        return any(self.text in field.casefold() for field in fields)

    def items_at(self, rows: Iterable[int]) -> list[RewardPoint]:
        model = self.sourceModel()
        assert isinstance(model, RewardPointsModel)
        return [model.rows[self.mapToSource(self.index(r, 0)).row()].rp for r in sorted(set(rows))]
