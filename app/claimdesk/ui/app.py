"""Start the desktop app. Only Qt and the window are imported before the window shows;
the sandbox, pydantic and requests load afterwards on a worker thread."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from claimdesk import __version__
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.style import STYLESHEET


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ClaimDesk")
    app.setOrganizationName("ClaimDesk")
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLESHEET)
    return app


def run(*, demo: bool, quit_after_shown: bool = False, started: float | None = None) -> int:
    """The event loop.

    ``quit_after_shown`` (for benchmarks and install checks) prints the seconds from
    ``started`` to the first shown frame ("shown"), and in training mode to the claim
    form ready for typing ("ready"), then quits."""
    started = started if started is not None else time.perf_counter()
    app = make_application()
    window = MainWindow()
    window.show()
    if quit_after_shown:

        def shown() -> None:
            print(f"shown {time.perf_counter() - started:.3f}", flush=True)
            if not demo:
                window.close()

        def ready() -> None:
            print(f"ready {time.perf_counter() - started:.3f}", flush=True)
            window.close()

        window.form_ready.connect(ready)
        QTimer.singleShot(0, shown)
    if demo:
        window.start_training()
    return app.exec()
