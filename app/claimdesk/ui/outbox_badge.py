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
        # Short: the status line beside it says what waits and what to check (the window
        # fits 680 px); the badge names what only the outbox can fix.
        self.setText(
            self.tr("Outbox · {r} refused").format(r=rejected) if rejected else self.tr("Outbox")
        )
        self.setAccessibleName(
            self.tr("Outbox: {q} waiting · {u} to check · {r} refused").format(
                q=queued, u=unknown, r=rejected
            )
        )
