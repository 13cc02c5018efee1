"""Help → "Save a problem report…": ask where, build the zip on a worker (the versions, the
last logs, the profiles' non-secret settings, the outbox's counts and last attempts, the
self-test — service/report.py), then say where it was saved."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from claimdesk.ui.workers import Runner

if TYPE_CHECKING:
    from claimdesk.service.workspace import Workspace

log = logging.getLogger("claimdesk.ui")


def qt_version() -> str:
    """The Qt the window runs on, and its binding."""
    import PySide6
    from PySide6.QtCore import qVersion

    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


def _self_test() -> str:
    from claimdesk import self_test

    return self_test.summary()[0]


class ProblemReport(QObject):
    """One report being saved; says so when it is done (a message box, and ``saved``)."""

    saved = Signal(str)  # the zip's path
    failed = Signal(str)  # why it was not saved

    def __init__(self, parent: QWidget | None, workspace: Workspace, path: Path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.path = path
        self.message: QMessageBox | None = None
        self.runner = Runner(self)
        version = qt_version()
        from claimdesk.service.report import build_report

        self.runner.run(
            lambda: build_report(workspace, path, qt_version=version, self_test=_self_test),
            self._saved,
            self._failed,
        )

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("problemReportMessage")
        self.message = box
        box.open()

    def _saved(self, path: Path) -> None:
        self._tell(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("ProblemReport", "Problem report saved"),
            QCoreApplication.translate(
                "ProblemReport",
                "The problem report was saved to:\n{path}\n\nSend this file to support. It "
                "holds no passwords, tokens or keys.",
            ).format(path=path),
        )
        self.saved.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        log.error("the problem report was not saved: %s", error)
        self._tell(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ProblemReport", "Problem report not saved"),
            QCoreApplication.translate(
                "ProblemReport", "The problem report could not be saved: {why}"
            ).format(why=error),
        )
        self.failed.emit(str(error))


def save_problem_report(
    parent: QWidget | None, workspace: Workspace, path: Path | None = None
) -> ProblemReport | None:
    """Ask where to save (unless ``path`` is given), then save on a worker; None when the
    user cancelled the file dialog."""
    if path is None:
        from claimdesk.service.report import report_name

        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ProblemReport", "Save a problem report"),
            str(Path(folder) / report_name()),
            QCoreApplication.translate("ProblemReport", "Zip files (*.zip)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    return ProblemReport(parent, workspace, path)
