"""Take the README's screenshots in a real Qt window (offscreen or under Xvfb).

python tests/screenshots.py OUTDIR

writes the README's set (English, light, 100 %) into OUTDIR, then the main screens in
every language × light/dark theme × 100 %/200 % scale into OUTDIR/matrix/, one process per
combination (the scale, QT_SCALE_FACTOR, is fixed when Qt starts). The dark theme is the
palette a dark desktop theme hands Qt (the offscreen platform has no theme of its own).

python tests/screenshots.py OUTDIR --only es dark 2   # one combination
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fresh data folder: claims from an earlier run would make the form ask "send it again?".
os.environ.setdefault("CLAIMDESK_HOME", tempfile.mkdtemp(prefix="claimdesk-shots-"))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QLineEdit

from claimdesk.ui.app import apply_theme, make_application
from claimdesk.ui.main_window import MainWindow

LANGUAGES = ("en", "es")
THEMES = ("light", "dark")
SCALES = ("1", "2")
# The screens shot in every combination (the README's set has them all, in English).
MATRIX = (
    "welcome",
    "menu-tools",
    "claim-form-errors",
    "outbox",
    "today",
    "outbox-waiting",
    "batch-grid",
    "reward-points",
    "claret-sales",
    "settings",
)


class Shots:
    """Where each screen goes: the README's set, or one combination of the matrix."""

    def __init__(self, out: Path, combination: tuple[str, str, str] | None) -> None:
        self.out, self.combination = out, combination

    def __call__(self, widget: object, name: str) -> None:
        if self.combination is None:
            path = self.out / f"{name}.png"
        elif name in MATRIX:
            language, theme, scale = self.combination
            path = self.out / "matrix" / f"{name}-{language}-{theme}-{scale}x.png"
        else:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        from PySide6.QtGui import QPixmap

        image = widget if isinstance(widget, QPixmap) else widget.grab()  # type: ignore[attr-defined]
        image.save(str(path))


def dark_palette() -> object:
    """What a dark desktop theme (Breeze Dark, Adwaita dark) gives Qt's Fusion style: the
    app's own dark palette (View → Theme → Dark)."""
    from claimdesk.ui.theme import dark_palette as app_dark_palette

    return app_dark_palette()


def wait_for(signal: object, timeout_ms: int = 15_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()


def menu_screen(window: MainWindow, shot: Shots) -> None:
    """The window with its Tools menu open (the menu is a window of its own: drawn onto the
    window's picture where it shows)."""
    from PySide6.QtGui import QPainter

    bar = window.menuBar()
    menu = window.menus.tools_menu
    where = bar.actionGeometry(menu.menuAction()).bottomLeft()
    menu.popup(bar.mapToGlobal(where))
    settle()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.hide()
    shot(picture, "menu-tools")


def batch_screen(window: MainWindow, shot: Shots, values: dict[str, str]) -> None:
    """The batch grid with a file of 40 claims, three of them with problems."""
    import csv
    import tempfile

    batch = window.open_batch()
    header = [
        "Sale date",
        "Invoice date",
        "Customer name",
        "Product or Activity Ref",
        "Quantity",
        "Value of sale",
        "Username",
    ]
    rows = []
    for n in range(40):
        rows.append(
            [
                values["sale_date"],
                values["sale_date"],
                "Bob",
                f"BOIL-10{n % 3}",
                str(1 + n % 4),
                str(800 + 25 * n),
                "demo.rep",
            ]
        )
    rows[2][4] = "0"
    rows[5][0] = "31/02/2026"
    rows[9][3] = "BOIL-999"
    path = Path(tempfile.mkdtemp()) / "november-claims.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    batch.import_file(path)
    wait_for(batch.imported)
    batch.resize(1180, 620)
    settle()
    shot(batch, "batch-grid")
    batch.close()


def returns_screens(window: MainWindow, shot: Shots, values: dict[str, str]) -> None:
    """A claim sent with a returns identifier, returned in part from the outbox (its
    history shows the return), then the Returns window with a file of two returns, one
    refused by the platform on its product."""
    import tempfile

    form = window.form
    assert form is not None
    today = dt.date.today().isoformat()
    form.set_values(
        {
            **values,
            "invoice_date": today,
            "quantity": "3",
            "value_of_sale": "1250.50",
            "product_or_activity_ref": "BOIL-100",
            "returns_identifier": "INV-2026-0042",
        }
    )
    window.revalidate()
    window.submit()
    wait_for(window.submitted)
    window.open_outbox()
    dialog = window.outbox_dialog
    dialog.state_box.setCurrentIndex(dialog.state_box.findData(""))
    wait_for(dialog.refreshed)
    row = next(
        i
        for i, c in enumerate(dialog.model.claims)
        if c.values.get("returns_identifier") == "INV-2026-0042"
    )
    dialog.table.selectRow(row)
    wait_for(dialog.details_shown)
    dialog.ask_return_quantity = lambda _claim, left: min(2, left)  # type: ignore[method-assign]
    dialog.confirm_return = lambda _claim, _quantity: True  # type: ignore[method-assign]
    dialog.return_selected()
    wait_for(dialog.returned)
    wait_for(dialog.refreshed)
    dialog.table.clearSelection()
    row = next(
        i
        for i, c in enumerate(dialog.model.claims)
        if c.values.get("returns_identifier") == "INV-2026-0042"
        and not c.target_key.endswith("/returns")
    )
    dialog.table.selectRow(row)
    wait_for(dialog.details_shown)
    dialog.resize(1000, 720)
    settle()
    bar = dialog.details.verticalScrollBar()
    bar.setValue(bar.maximum())  # the claim's returns, below its attempts
    settle()
    shot(dialog, "outbox-return")
    dialog.close()
    window.menus.returns.trigger()
    for _ in range(100):
        if getattr(window, "returns_window", None) is not None:
            break
        settle()
    returns = window.returns_window
    path = Path(tempfile.mkdtemp()) / "returns.csv"
    path.write_text(
        "Username,Returns identifier,Product or activity ref,Quantity\n"
        "demo.rep,INV-2026-0042,BOIL-100,1\n"
        "demo.rep,INV-2026-0042,BOIL-101,1\n",
        encoding="utf-8",
    )
    returns.import_file(path)
    wait_for(returns.imported)
    returns.send_button.click()
    wait_for(returns.sent, 60_000)
    returns.resize(1180, 420)
    settle()
    shot(returns, "returns-window")
    returns.close()


def reward_points_screens(window: MainWindow, shot: Shots) -> None:
    """The reward points window on promotion 4 (three pages), two rows selected, and the
    edit dialog of one of them with a broken rule shown."""
    admin = window.open_admin()
    wait_for(admin.promotions_loaded)
    admin.select_promotion(4)
    wait_for(admin.loaded)
    admin.resize(1180, 640)
    admin.select_references(["p5", "p6"])
    settle()
    shot(admin, "reward-points")
    admin.select_references(["p6"])
    dialog = admin.edit_selected()
    dialog.form.set_values({"date_from": "2028-01-01", "points_per_quantity": "8"})
    dialog.form.touch_all()
    dialog.check(all_fields=True)
    settle()
    shot(dialog, "reward-point-edit")
    dialog.reject()
    admin.close()


def sales_screen(window: MainWindow, shot: Shots) -> None:
    """The Claret sales browser over the last 90 days of History, with totals."""
    claret = next(c for c in window.connections if c.service.platform == "claret")
    window.select_connection(claret.name)
    wait_for(window.form_ready)
    sales = window.open_admin()
    today = dt.date.today()
    sales.set_query("History", today - dt.timedelta(days=90), 91)
    sales.resize(1180, 640)
    sales.load()
    wait_for(sales.loaded)
    settle()
    shot(sales, "claret-sales")
    sales.close()


def main(out: Path, combination: tuple[str, str, str] | None = None) -> int:
    from claimdesk.ui.i18n import install_language

    if combination is not None:
        os.environ["QT_SCALE_FACTOR"] = combination[2]  # read when the QApplication starts
    # A fresh home for each combination too (each is a child of the first run).
    os.environ["CLAIMDESK_HOME"] = tempfile.mkdtemp(prefix="claimdesk-shots-")
    out.mkdir(parents=True, exist_ok=True)
    shot = Shots(out, combination)
    language, theme, _scale = combination or ("en", "light", "1")
    app = make_application()
    if theme == "dark":
        app.setPalette(dark_palette())  # type: ignore[arg-type]
        apply_theme(app)
    install_language(language)
    window = MainWindow()
    window.show()
    settle()
    shot(window, "empty-state")
    window.show_welcome()
    settle()
    shot(window, "welcome")
    window.open_settings()
    settle()
    shot(window.settings_dialog, "settings")
    window.settings_dialog.close()
    window.start_training()  # the same path as `claimdesk --demo`
    wait_for(window.form_ready)
    window.select_promotion(36)
    wait_for(window.form_ready)
    settle()
    shot(window, "claim-form-36")
    menu_screen(window, shot)
    window.open_shortcuts()
    settle()
    shot(window.shortcuts_dialog, "shortcuts")
    window.shortcuts_dialog.close()
    form = window.form
    assert form is not None
    today = dt.date.today().isoformat()
    values = {
        "sale_date": today,
        "invoice_date": "20/11/2026",
        "customer_name": "Bob",
        "product_or_activity_ref": "BOIL-101",
        "quantity": "0",
        "value_of_sale": "1 250,50",
        "username": "demo.rep",
    }
    form.set_values(values)
    window.submit()
    settle()
    shot(window, "claim-form-errors")
    for name, text in {
        "invoice_date": today,
        "quantity": "4",
        "value_of_sale": "1250.50",
    }.items():
        widget = form.rows[name].editor.focus_widget()
        assert isinstance(widget, QLineEdit)
        widget.setText(text)
    window.revalidate()
    window.submit()
    wait_for(window.submitted)
    settle()
    shot(window, "claim-accepted")

    # The outbox: one claim the server asked to retry later, one whose line broke.
    import requests

    training_url = window.workspace.training_url
    assert training_url is not None
    for rule, value in (
        ({"status": 503, "retry_after": 600}, "880"),
        ({"drop": "after_store"}, "990"),
    ):
        requests.post(
            f"{training_url}/_sandbox/faults",
            timeout=5,
            json={"platform": "myrewards", "method": "POST", "times": 1, **rule},
        )
        form.set_values(
            {
                **values,
                "invoice_date": today,
                "quantity": "2",
                "value_of_sale": value,
                "product_or_activity_ref": "BOIL-102",
            }
        )
        window.revalidate()
        window.submit()
        wait_for(window.submitted)
    settle()
    shot(window, "claim-queued")
    # Today under the form, and the status line: "Offline — 1 waiting · 1 to check".
    wait_for(window.today.refreshed, 2_000)
    window.today.select(0)
    settle()
    shot(window, "today")
    # The outbox opens on the claim to check, with how to check it.
    window.open_outbox()
    wait_for(window.outbox_dialog.refreshed, 2_000)
    window.outbox_dialog.table.selectRow(0)
    settle()
    shot(window.outbox_dialog, "outbox")
    window.outbox_dialog.mark_accepted()  # found on the platform: "It was stored"
    wait_for(window.outbox_dialog.refreshed, 2_000)
    window.outbox_dialog.view_tabs.setCurrentIndex(0)  # Waiting
    wait_for(window.outbox_dialog.refreshed, 2_000)
    settle()
    shot(window.outbox_dialog, "outbox-waiting")
    window.outbox_dialog.close()
    # Send now: what waited goes; the status line says when all was sent.
    window.status_line.send_now()
    wait_for(window.status_line.notice)
    settle()
    shot(window, "status-all-sent")
    window.open_profiles()
    settle()
    shot(window.profiles_dialog, "connections")
    window.profiles_dialog.close()
    window.open_about()
    settle()
    shot(window.about_dialog, "about")
    window.about_dialog.close()
    returns_screens(window, shot, values)
    batch_screen(window, shot, values)
    reward_points_screens(window, shot)
    sales_screen(window, shot)
    window.close()
    app.processEvents()
    print(f"screenshots written to {out}")
    return 0


def every_combination(out: Path) -> int:
    """The README's set here, then each combination in its own process."""
    import subprocess

    failed = main(out)
    for language in LANGUAGES:
        for theme in THEMES:
            for scale in SCALES:
                env = {**os.environ, "QT_SCALE_FACTOR": scale}
                command = [sys.executable, __file__, str(out), "--only", language, theme, scale]
                failed |= subprocess.run(command, env=env, check=False).returncode
    return failed


if __name__ == "__main__":
    arguments = sys.argv[1:]
    target = Path(arguments[0] if arguments else "shots")
    if "--only" in arguments:
        at = arguments.index("--only")
        only = (arguments[at + 1], arguments[at + 2], arguments[at + 3])
        raise SystemExit(main(target, only))
    raise SystemExit(every_combination(target))
