"""Export what a window's table shows to a file the user chooses, written on a worker (a
share may be slow, and the GUI thread never waits on the disk), and say in the window's
banner how it went: one way for the reward points and the Claret sales windows."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import QFileDialog, QWidget

from claimdesk.service.batch_import import ImportProblem
from claimdesk.ui.workers import Runner

log = logging.getLogger("claimdesk.ui")
Report = Callable[[str, str], None]  # (kind, text), as a window's show_banner


def shown_rows(proxy: QSortFilterProxyModel) -> Iterator[int]:
    """The source model's row numbers, in the order the table shows them."""
    for row in range(proxy.rowCount()):
        yield proxy.mapToSource(proxy.index(row, 0)).row()


def export_in_background(
    runner: Runner,
    write: Callable[[], int],
    report: Report,
    finished: Callable[[object], None] = lambda _outcome: None,
) -> None:
    """``write`` (capturing the rows, not the window) runs on a worker and returns how many
    rows it wrote; the banner says so, or why the file could not be written. ``finished``
    gets the count or the error."""

    def written(count: int) -> None:
        done = QCoreApplication.translate("TableExport", "{count} rows exported.")
        report("success", done.format(count=count))
        finished(count)

    def failed(error: BaseException) -> None:
        if not isinstance(error, ImportProblem):
            log.error("export failed: %r", error)
        report("error", str(error))
        finished(error)

    runner.run(write, written, failed)


def choose_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """Asks where to save a CSV (``file_name`` offered)."""
    csv_files = QCoreApplication.translate("TableExport", "CSV (*.csv)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, file_name, csv_files)
    return Path(path) if path else None
