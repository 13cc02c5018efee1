"""Reward points as a table (model/view): one row per reward point, appended a page at a
time; a proxy sorts by the real value (numbers as numbers, dates as dates) and filters by
a search text and by active / inactive."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from claimdesk.domain.myrewards import RewardPoint

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    ("reference", "Reference"),
    ("name", "Name"),
    ("active", "Active"),
    ("quantity", "Quantity"),
    ("points_per_quantity", "Points per qty"),
    ("sale_date_from", "Date from"),
    ("sale_date_to", "Date to"),
    ("user_groups", "User groups"),
    ("updated_at", "Updated"),
)
_NUMERIC = {"quantity", "points_per_quantity"}


def display(rp: RewardPoint, key: str) -> str:
    if key == "active":
        return "Yes" if rp.active else "No"
    if key == "user_groups":
        return ", ".join(str(g) for g in rp.user_groups) or "All"
    if key in ("sale_date_from", "sale_date_to"):
        day = getattr(rp, key)
        return day.isoformat() if day else ""
    if key == "updated_at":
        return rp.updated_at.strftime("%Y-%m-%d %H:%M") if rp.updated_at else ""
    return str(getattr(rp, key))


def sort_key(rp: RewardPoint, key: str) -> Any:
    value = getattr(rp, key)
    if key == "user_groups":
        return len(value)
    if key in ("reference", "name"):
        return value.casefold()
    if value is None:
        return ""
    if key in ("sale_date_from", "sale_date_to", "updated_at"):
        return value.isoformat()
    return int(value) if isinstance(value, bool) else value


class RewardPointsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[RewardPoint] = []
        self._row_of: dict[int, int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rp = self.items[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(rp, key)
        if role == SORT_ROLE:
            return sort_key(rp, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            return f"{rp.reference} — id {rp.id}"
        return None

    def clear(self) -> None:
        self.beginResetModel()
        self.items = []
        self._row_of = {}
        self.endResetModel()

    def append(self, items: Sequence[RewardPoint]) -> None:
        fresh = [rp for rp in items if rp.id not in self._row_of]
        if not fresh:
            return
        start = len(self.items)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        for offset, rp in enumerate(fresh):
            self._row_of[rp.id] = start + offset
        self.items.extend(fresh)
        self.endInsertRows()

    def put(self, rp: RewardPoint) -> None:
        """A created or updated record: replaced in place, or added at the end."""
        row = self._row_of.get(rp.id)
        if row is None:
            self.append([rp])
            return
        self.items[row] = rp
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def by_id(self, reward_point_id: int) -> RewardPoint | None:
        row = self._row_of.get(reward_point_id)
        return None if row is None else self.items[row]


class RewardPointsFilter(QSortFilterProxyModel):
    """Search text over reference, name and user groups; ``active`` None (all), True, False."""

    def __init__(self, model: RewardPointsModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.active: bool | None = None

    def set_filter(self, text: str | None = None, active: Any = ...) -> None:
        if text is not None:
            self.text = text.strip().casefold()
        if active is not ...:
            self.active = active
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RewardPointsModel)
        rp = model.items[source_row]
        if self.active is not None and rp.active != self.active:
            return False
        if not self.text:
            return True
        haystack = f"{rp.reference}\t{rp.name}\t{' '.join(map(str, rp.user_groups))}\t{rp.id}"
        return all(word in haystack.casefold() for word in self.text.split())

    def items_at(self, rows: Iterable[int]) -> list[RewardPoint]:
        model = self.sourceModel()
        assert isinstance(model, RewardPointsModel)
        return [model.items[self.mapToSource(self.index(r, 0)).row()] for r in sorted(set(rows))]
