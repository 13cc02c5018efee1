"""The status bar's outbox button: how many claims wait, need a look or were rejected;
a click (or View → Outbox, Ctrl+O) opens the outbox.

Imported before the first frame: Qt widgets only, no ``Qt`` namespace (see main_window)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget


class OutboxBadge(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outbox"), parent)
        self.setObjectName("outboxBadge")
        self.setFlat(True)
        self.setToolTip(self.tr("Claims waiting to be sent or needing a look (Ctrl+O)"))

    def finish_setup(self) -> None:
        """The icon, after the window's first frame (Ctrl+O is View → Outbox's)."""
        from claimdesk.ui.icons import icon

        self.setIcon(icon("outbox"))

    def show_counts(self, counts: dict[Any, int]) -> None:
        """``counts``: claims by state (both outboxes together)."""
        queued = counts.get("queued", 0) + counts.get("sending", 0)
        unknown, rejected = counts.get("unknown", 0), counts.get("rejected", 0)
        self.setText(
            self.tr("Outbox: {q} queued · {u} unknown · {r} rejected").format(
                q=queued, u=unknown, r=rejected
            )
        )
        self.setAccessibleName(self.text())
