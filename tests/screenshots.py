"""Take the README's screenshots in a real Qt window (offscreen or under Xvfb).

python tests/screenshots.py OUTDIR
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

from claimdesk.ui.app import make_application
from claimdesk.ui.main_window import MainWindow


def wait_for(signal: object, timeout_ms: int = 15_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()


def batch_screen(window: MainWindow, out: Path, values: dict[str, str]) -> None:
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
    batch.grab().save(str(out / "batch-grid.png"))
    batch.close()


def reward_points_screens(window: MainWindow, out: Path) -> None:
    """The reward points window on promotion 4 (three pages), two rows selected, and the
    edit dialog of one of them with a broken rule shown."""
    admin = window.open_reward_points()
    wait_for(admin.promotions_loaded)
    admin.select_promotion(4)
    wait_for(admin.loaded)
    admin.resize(1180, 640)
    admin.select_references(["p5", "p6"])
    settle()
    admin.grab().save(str(out / "reward-points.png"))
    admin.select_references(["p6"])
    dialog = admin.edit_selected()
    dialog.form.set_values({"date_from": "2028-01-01", "points_per_quantity": "8"})
    dialog.form.touch_all()
    dialog.check(all_fields=True)
    settle()
    dialog.grab().save(str(out / "reward-point-edit.png"))
    dialog.reject()
    admin.close()


def sales_screen(window: MainWindow, out: Path) -> None:
    """The Claret sales browser over the last 90 days of Actuals, with totals."""
    claret = next(c for c in window.connections if c.service.platform == "claret")
    window.select_connection(claret.name)
    wait_for(window.form_ready)
    sales = window.open_sales()
    today = dt.date.today()
    sales.set_query("Actuals", today - dt.timedelta(days=90), 91)
    sales.resize(1180, 640)
    sales.load()
    wait_for(sales.loaded)
    settle()
    sales.grab().save(str(out / "claret-sales.png"))
    sales.close()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    window = MainWindow()
    window.show()
    settle()
    window.grab().save(str(out / "empty-state.png"))
    window.start_training()  # the same path as `claimdesk --demo`
    wait_for(window.form_ready)
    window.select_promotion(36)
    wait_for(window.form_ready)
    settle()
    window.grab().save(str(out / "claim-form-36.png"))
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
    window.grab().save(str(out / "claim-form-errors.png"))
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
    window.grab().save(str(out / "claim-accepted.png"))

    # The outbox: one claim the server asked to retry later, one whose line broke.
    import requests

    assert window.sandbox is not None
    for rule, value in (
        ({"status": 503, "retry_after": 600}, "880"),
        ({"drop": "after_store"}, "990"),
    ):
        requests.post(
            f"{window.sandbox.base_url}/_sandbox/faults",
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
    window.grab().save(str(out / "claim-queued.png"))
    window.open_outbox()
    settle()
    window.outbox_dialog.table.selectRow(0)
    settle()
    window.outbox_dialog.grab().save(str(out / "outbox.png"))
    window.outbox_dialog.close()
    window.open_profiles()
    settle()
    window.profiles_dialog.grab().save(str(out / "connections.png"))
    window.profiles_dialog.close()
    window.open_about()
    settle()
    window.about_dialog.grab().save(str(out / "about.png"))
    window.about_dialog.close()
    batch_screen(window, out, values)
    reward_points_screens(window, out)
    sales_screen(window, out)
    window.close()
    app.processEvents()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots")))
