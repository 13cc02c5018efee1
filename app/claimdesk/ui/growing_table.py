"""A table view for a list that grows at its end while the user looks at its top (pages
loading in the background).

Qt lays a view out again after every insertion and repaints its whole viewport, although
rows added below the last visible one change nothing on screen but the scroll bar; in
software rendering that repaint costs tens of milliseconds a time, and it held the window
while pages arrived. This view skips it in exactly that case and repaints as usual after
any other change (a sort, a filter, a reset, rows removed or added where they show)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class GrowingTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Shown from the start, so the viewport does not narrow (and repaint whole) when the
        # rows first overflow it.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Since the last layout: None nothing, True only rows added below the visible ones,
        # False anything else.
        self._below_only: bool | None = None
        self._painting_all = False  # inside a paint event of the whole viewport

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._below_only = False
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsRemoved,
            model.rowsMoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.columnsMoved,
            model.headerDataChanged,
        ):
            signal.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self._below_only = False

    def reset(self) -> None:
        self._below_only = False
        super().reset()

    def rowsInserted(self, parent: Index, start: int, end: int) -> None:
        last_shown = self.rowAt(self.viewport().height() - 1)  # -1: the rows do not fill it
        below = not parent.isValid() and 0 <= last_shown < start
        self._below_only = below and self._below_only is not False
        super().rowsInserted(parent, start, end)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return super().viewportEvent(event)
        assert isinstance(event, QPaintEvent)
        region = event.region()
        self._painting_all = region.rectCount() == 1 and region.boundingRect().contains(
            self.viewport().rect()
        )
        try:
            return super().viewportEvent(event)
        finally:
            self._painting_all = False

    def doItemsLayout(self) -> None:
        below_only, self._below_only = self._below_only, None
        if below_only:
            self.updateGeometries()  # the scroll bar's range; the cells shown are the same
        elif self._painting_all:
            # A layout still pending when the paint began (Qt runs it first): the paint
            # under way shows it whole; an update now would paint everything once more.
            self.updateGeometries()
        else:
            super().doItemsLayout()
