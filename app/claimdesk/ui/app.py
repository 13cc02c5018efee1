"""Start the desktop app. Only Qt and the window are imported before the window shows;
the sandbox, pydantic and requests load afterwards on a worker thread."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.style import STYLESHEET


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ClaimDesk")
    app.setOrganizationName("ClaimDesk")
    app.setDesktopFileName("claimdesk")  # resources/claimdesk.desktop: icon and name on Wayland
    app.setStyleSheet(STYLESHEET)
    return app


def run(
    *,
    demo: bool,
    quit_after_shown: bool = False,
    quit_when_ready: bool = False,
    started: float | None = None,
) -> int:
    """The event loop.

    For benchmarks and install checks: ``quit_after_shown`` quits once the first frame is
    shown; ``quit_when_ready`` quits once the claim form is ready for typing. Each prints
    its time since ``started`` ("shown 0.412", "ready 1.020")."""
    started = started if started is not None else time.perf_counter()
    app = make_application()
    window = MainWindow()
    window.show()

    def report(what: str) -> None:
        print(f"{what} {time.perf_counter() - started:.3f}", flush=True)
        window.close()

    if quit_after_shown:
        QTimer.singleShot(0, lambda: report("shown"))
    if quit_when_ready:
        window.form_ready.connect(lambda: report("ready"))
    # After the first frame: the window shows before anything slow starts (logging is set
    # up by that work, on a worker thread).
    if demo and not quit_after_shown:
        QTimer.singleShot(0, window.start_training)
    elif not demo:
        QTimer.singleShot(0, window.load_profiles)
    return app.exec()
