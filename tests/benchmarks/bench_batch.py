"""The batch window (a real, offscreen ``BatchWindow`` of MyRewards promotion 36), measured
as a user feels it:

- import + validate a 100,000-row CSV into the grid (``BatchWindow.import_file`` until the
  ``imported`` signal): ≤ 2 s; beside it, a bare ``csv.reader`` reading the same file;
- the longest stall when the grid scrolls to the last row and back: ≤ 100 ms ("no visible
  stall"); beside it, the same scrolls in a bare QTableView over a minimal model;
- the longest gap between two ticks of a 10 ms QTimer while the window sends 10,000 claims
  through the outbox to the sandbox (its own process): ≤ 50 ms; beside it, the longest gap
  of the same timer on an idle event loop.

    python -m tests.benchmarks.bench_batch [--quick]
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEventLoop, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from tests.benchmarks.common import Row, best, main
from tests.benchmarks.sandbox import sandbox_process

HEADER = ["Sale date", "Invoice date", "Product or Activity Ref", "Quantity", "Value of sale"]
HEADER += ["Username"]
TICK_MS = 10


class Ticks:
    """A 10 ms timer on the GUI thread; the longest gap between two of its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self) -> Ticks:
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._tick()
        self.timer.stop()


def wait_for(signal: Any, timeout_s: float, start: Callable[[], object]) -> object:
    """Run the event loop from ``start()`` until ``signal`` fires; its argument."""
    loop = QEventLoop()
    got: list[object] = []

    def done(*args: object) -> None:
        got.append(args[0] if args else None)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    QTimer.singleShot(0, start)
    loop.exec()
    signal.disconnect(done)
    if not got:
        raise TimeoutError(f"nothing after {timeout_s} s")
    return got[0]


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def write_csv(path: Path, count: int, references: list[str]) -> Path:
    today = dt.date.today()
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        for n in range(count):
            day = (today - dt.timedelta(days=n % 20)).strftime("%d/%m/%Y")
            quantity = "0" if n % 100 == 99 else str(1 + n % 4)  # 1 row in 100 to fix
            ref = references[n % len(references)]
            writer.writerow([day, day, ref, quantity, str(100 + n % 900), "demo.rep"])
    return path


def scroll_stall(view: QTableView) -> float:
    """The longest of: to the last row, back to the top, to the last row again."""
    app = QApplication.instance()
    assert app is not None
    longest = 0.0
    for action in (view.scrollToBottom, view.scrollToTop, view.scrollToBottom):
        started = time.perf_counter()
        action()
        view.viewport().repaint()  # paint now: the user sees the rows, not a promise
        app.processEvents()
        longest = max(longest, time.perf_counter() - started)
    return longest


class _Bare(QAbstractTableModel):
    def __init__(self, rows: list[list[str]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADER)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def references(form: Any) -> list[str]:
    today = dt.date.today()
    return [
        rp.reference
        for rp in form.context.reward_points
        if rp.active
        and (rp.sale_date_from or today) <= today <= (rp.sale_date_to or today)
        and rp.quantity == 1
    ]


def measure(quick: bool) -> list[Row]:
    os.environ["CLAIMDESK_HOME"] = tempfile.mkdtemp(prefix="claimdesk-bench-")
    from claimdesk.service.outbox import OutboxService
    from claimdesk.service.workspace import training_connection
    from claimdesk.ui.batch_window import BatchWindow

    app = QApplication.instance() or QApplication([])
    import_rows = 2_000 if quick else 100_000
    send_rows = 200 if quick else 10_000
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-bench-"))
    rows: list[Row] = []
    with sandbox_process() as url:
        connection = training_connection(url, "myrewards")
        service = connection.service
        per_request = service.capabilities.claims_per_request
        target = next(t for t in service.targets() if t.key == "36")
        form = service.load_form(target)
        outbox = OutboxService.open(folder, lambda name: connection)
        refs = references(form)

        # --- import ------------------------------------------------------------------
        path = write_csv(folder / "claims.csv", import_rows, refs)
        started = time.perf_counter()
        with path.open(newline="", encoding="utf-8") as src:
            table = list(csv.reader(src, delimiter=";"))
        bare_read = time.perf_counter() - started

        with Ticks() as idle_before:
            spin(0.3 if quick else 2)
        imports, gaps = [], []
        for _ in range(1 if quick else 2):  # a fresh window each time; the fastest counts
            window = BatchWindow(connection, form, lambda: outbox, locale_name="en_GB")
            window.show()
            spin(0.2)
            with Ticks() as ticks:
                started = time.perf_counter()
                wait_for(window.imported, 120, lambda w=window: w.import_file(path))
                imports.append(time.perf_counter() - started)
            gaps.append(ticks.longest)
            if len(imports) < (1 if quick else 2):
                window.close()
                window.deleteLater()
                spin(0.2)
        imported = best(imports)
        assert len(window.model.rows) == import_rows
        bad = sum(1 for r in range(import_rows) if window.model.problem_count(r))
        assert bad == import_rows // 100, bad
        rows.append(
            Row(
                f"batch: import + validate a {import_rows:,}-row CSV into the grid",
                imported,
                "s",
                bare_read,
                "csv.reader of the same file",
                limit=2,
                note=f"BatchWindow.import_file of a ';'-separated file with day-first dates "
                "(read, columns matched, dates and numbers read, every row checked with the "
                "form's rules on a worker thread, loaded into the grid) until the window says "
                f"imported; 1 row in 100 has a problem; fastest of {len(imports)} imports. The "
                "bare read is the floor; checking 100,000 rows costs about what raw pydantic "
                "does (the validation row).",
            )
        )
        rows.append(
            Row(
                f"batch: longest event-loop stall importing {import_rows:,} rows",
                min(gaps) * 1000,
                "ms",
                idle_before.longest * 1000,
                "the same timer, idle loop",
                limit=50,
                note=f"a {TICK_MS} ms QTimer on the GUI thread during the imports above, the "
                f"better of {len(gaps)} (all: "
                + ", ".join(f"{g * 1000:.0f}" for g in gaps)
                + " ms). DESIGN sets no figure for the import ('no frozen window'); ours is the "
                "send's 50 ms. The reading and checking run on a worker thread; the longest "
                "turn is the one that puts the rows in the grid and lists the first problems.",
            )
        )

        # --- scrolling ---------------------------------------------------------------
        spin(0.3)
        ours_scroll = scroll_stall(window.view)
        bare_view = QTableView()
        bare_view.setModel(_Bare(table[1:]))
        bare_view.verticalHeader().setDefaultSectionSize(24)
        bare_view.resize(window.view.size())
        bare_view.show()
        spin(0.3)
        bare_scroll = scroll_stall(bare_view)
        bare_view.close()
        rows.append(
            Row(
                f"batch: longest stall scrolling {import_rows:,} rows to the end",
                ours_scroll * 1000,
                "ms",
                bare_scroll * 1000,
                "bare QTableView, minimal model",
                limit=100,
                note="scrollToBottom, scrollToTop, scrollToBottom on the batch grid, each "
                "repainted at once; the longest of the three.",
            )
        )
        window.close()
        window.deleteLater()
        spin(0.2)

        # --- sending -----------------------------------------------------------------
        path = write_csv(folder / "send.csv", send_rows, refs)
        window = BatchWindow(connection, form, lambda: outbox, locale_name="en_GB")
        window.show()
        wait_for(window.imported, 60, lambda: window.import_file(path))
        idle_s = 0.3 if quick else 5
        with Ticks() as idle:
            spin(idle_s)
        with Ticks() as ticks:
            started = time.perf_counter()
            report: Any = wait_for(window.sent, 900, window.send_valid_rows)
            sending = time.perf_counter() - started
        counts = report.counts
        assert counts["accepted"] == send_rows - send_rows // 100, counts
        rows.append(
            Row(
                f"batch: longest event-loop stall sending {send_rows:,} claims",
                ticks.longest * 1000,
                "ms",
                idle.longest * 1000,
                "the same timer, idle loop",
                limit=50,
                note=f"a {TICK_MS} ms QTimer on the GUI thread while the batch window sends "
                f"its {counts['accepted']:,} valid rows (queued in the outbox in one "
                f"transaction, then sent to MyRewards, {per_request} claims a request, on the "
                f"sandbox in its own process) until it reports; the send took {sending:.0f} s. "
                f"The baseline is the same timer with nothing to do for {idle_s:g} s: a gap "
                "there is the machine's (other processes), not ClaimDesk's.",
            )
        )
        window.close()
        service.close()
    app.processEvents()
    return rows


if __name__ == "__main__":
    raise SystemExit(main(measure))
