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
from claimdesk.domain.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    ("reference", QT_TRANSLATE_NOOP("RewardPointsModel", "Reference")),
    ("name", QT_TRANSLATE_NOOP("RewardPointsModel", "Name")),
    ("active", QT_TRANSLATE_NOOP("RewardPointsModel", "Active")),
    ("quantity", QT_TRANSLATE_NOOP("RewardPointsModel", "Quantity")),
    ("points_per_quantity", QT_TRANSLATE_NOOP("RewardPointsModel", "Points per qty")),
    ("sale_date_from", QT_TRANSLATE_NOOP("RewardPointsModel", "Date from")),
    ("sale_date_to", QT_TRANSLATE_NOOP("RewardPointsModel", "Date to")),
    ("user_groups", QT_TRANSLATE_NOOP("RewardPointsModel", "User groups")),
    ("updated_at", QT_TRANSLATE_NOOP("RewardPointsModel", "Updated")),
)
_NUMERIC = {"quantity", "points_per_quantity"}


def display(rp: RewardPoint, key: str) -> str:
    if key == "active":
        return (
            QCoreApplication.translate("RewardPointsModel", "Yes")
            if rp.active
            else QCoreApplication.translate("RewardPointsModel", "No")
        )
    if key == "user_groups":
        return ", ".join(str(g) for g in rp.user_groups) or QCoreApplication.translate(
            "RewardPointsModel", "All"
        )
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
        tuple(display(rp, key) for key, _label in COLUMNS),
        tuple(sort_key(rp, key) for key, _label in COLUMNS),
    )


def make_rows(items: Sequence[RewardPoint]) -> list[Row]:
    return [make_row(rp) for rp in items]


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC_COLUMNS = frozenset(i for i, (key, _l) in enumerate(COLUMNS) if key in _NUMERIC)


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
            return QCoreApplication.translate("RewardPointsModel", COLUMNS[section][1])
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
