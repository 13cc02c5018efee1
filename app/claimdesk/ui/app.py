"""Start the desktop app. Only Qt and the window are imported before the window shows;
the sandbox, pydantic and requests load afterwards on a worker thread."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from claimdesk.settings import Settings
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.theme import apply_theme, is_dark, on_system_scheme_changed, use_theme

__all__ = ["apply_theme", "is_dark", "make_application", "run", "shows_welcome"]


def shows_welcome(settings: Settings, *, demo: bool, timed: bool) -> bool:
    """The welcome, once, on a real first run: never in training mode (``--demo``) or a
    timed start (benchmarks, install checks), so neither waits for it."""
    return not (demo or timed or settings.welcomed)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ClaimDesk")
    app.setOrganizationName("ClaimDesk")
    app.setDesktopFileName("claimdesk")  # resources/claimdesk.desktop: icon and name on Wayland
    apply_theme(app)
    # The user switching the system between light and dark while ClaimDesk runs.
    # (Followed unless the user picked a theme: View → Theme.)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: on_system_scheme_changed(app))
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
    from claimdesk.settings import load_settings, save_settings
    from claimdesk.ui.i18n import install_language

    started = started if started is not None else time.perf_counter()
    app = make_application()
    settings = load_settings()
    install_language(settings.language)
    if settings.theme:
        use_theme(app, settings.theme)
    window = MainWindow()
    window.show()
    first_run = shows_welcome(settings, demo=demo, timed=quit_after_shown or quit_when_ready)
    if first_run:
        window.show_welcome()
        try:
            save_settings(settings.with_changes(welcomed=True))
        except OSError as error:
            print(f"claimdesk: settings not saved: {error}", file=sys.stderr)

    def report(what: str) -> None:
        # The time since start-up, and the system's monotonic clock for a caller that
        # times the whole process from its launch (tests/benchmarks/bench_cold_start.py).
        print(f"{what} {time.perf_counter() - started:.3f}", flush=True)
        print(f"clock {time.monotonic():.6f}", flush=True)
        window.close()

    if quit_after_shown:
        QTimer.singleShot(0, lambda: report("shown"))
    if quit_when_ready:
        window.form_ready.connect(lambda: report("ready"))

        def failed(error: str) -> None:  # say why at once rather than wait for ever
            print(f"claimdesk: not ready: {error}", file=sys.stderr, flush=True)
            app.exit(1)

        window.load_failed.connect(failed)
    # After the first frame: the window shows before anything slow starts (logging is set
    # up by that work, on a worker thread).
    if demo and not quit_after_shown:
        QTimer.singleShot(0, window.start_training)
    elif not demo:
        QTimer.singleShot(0, window.load_profiles)
        if first_run:
            # Profiles may exist already (made with `claimdesk profiles add`): then the
            # form replaces the welcome; without any, the welcome stays.
            window.keep_welcome = True
    return app.exec()
