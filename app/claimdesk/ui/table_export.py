"""Export what a window's table shows to a CSV file the user chooses, and say in the window's
banner how it went: one way for the reward points and the Claret sales windows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import QFileDialog, QWidget

from claimdesk.service.batch_import import ImportProblem

Report = Callable[[str, str], None]  # (kind, text), as a window's show_banner


def shown_rows(proxy: QSortFilterProxyModel) -> Iterator[int]:
    """The source model's row numbers, in the order the table shows them."""
    for row in range(proxy.rowCount()):
        yield proxy.mapToSource(proxy.index(row, 0)).row()


def export_and_report(path: Path, export: Callable[[Path], int], report: Report) -> None:
    try:
        count = export(path)
    except ImportProblem as error:
        report("error", str(error))
    else:
        done = QCoreApplication.translate("TableExport", "{count} rows exported.")
        report("success", done.format(count=count))


def choose_and_export(
    parent: QWidget, title: str, file_name: str, export: Callable[[Path], int], report: Report
) -> None:
    """Asks where to save (``file_name`` offered), then exports there."""
    csv_files = QCoreApplication.translate("TableExport", "CSV (*.csv)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, file_name, csv_files)
    if path:
        export_and_report(Path(path), export, report)
