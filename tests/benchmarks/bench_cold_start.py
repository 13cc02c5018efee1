"""Cold start of ``claimdesk --demo`` to a shown window, against a bare PySide6 window
that shows and quits, both as whole processes, interleaved in one run.

    python -m tests.benchmarks.bench_cold_start [--quick]

Rows: from launch to the moment each process says its window is shown (the fastest of each;
target ≤ 1.5×; the times to exit are in the note), peak memory (no DESIGN target), and the
time to a form ready for input (sandbox started, promotion loaded; informational)."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time

from tests.benchmarks.common import Row, best, main

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(880, 720)
window.show()
def shown():
    print(f"clock {time.monotonic():.6f}", flush=True)
    window.close()
QTimer.singleShot(0, shown)
app.exec()
"""


def claimdesk_command(*extra: str) -> list[str]:
    exe = shutil.which("claimdesk", path=os.path.dirname(sys.executable)) or "claimdesk"
    return [exe, "--demo", *extra]


def run(command: list[str]) -> tuple[float, float, float]:
    """(seconds from launch to the moment the process says its window is shown — its
    "clock" line, CLOCK_MONOTONIC like ours —, whole process wall seconds to its exit, peak
    RSS MiB) of one whole process."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As on a user's machine, Python keeps its bytecode caches (__pycache__): the warm-up run
    # writes ClaimDesk's, as pip did PySide6's at install. With PYTHONDONTWRITEBYTECODE set
    # (this sandbox sets it) every start would compile ClaimDesk's modules from source —
    # ~90 ms the bare window, all of whose code is in pip-compiled packages, never pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    launched = time.monotonic()
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    output = child.stdout.read().decode()
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} exited with {child.returncode}")
    clocks = [float(line.split()[1]) for line in output.splitlines() if line.startswith("clock ")]
    reached = clocks[0] - launched if clocks else wall
    return reached, wall, usage.ru_maxrss / 1024


def measure(quick: bool) -> list[Row]:
    runs = 1 if quick else 11  # the fastest of many: a cold start is short and noisy
    bare_cmd = [sys.executable, "-c", BARE]
    shown_cmd = claimdesk_command("--quit-after-shown")
    ready_cmd = claimdesk_command("--quit-when-ready")
    run(bare_cmd)  # warm the disk cache for both, so both starts are equally "cold"
    run(shown_cmd)
    bare, shown, ready = [], [], []
    for n in range(runs):
        bare.append(run(bare_cmd))
        shown.append(run(shown_cmd))
        if n < 5:  # informational, and ten times longer
            ready.append(run(ready_cmd))
    b = best(at for at, _, _ in bare)
    s = best(at for at, _, _ in shown)
    r = best(at for at, _, _ in ready)
    pairs = statistics.median(so[0] / ba[0] for so, ba in zip(shown, bare, strict=True))
    b_exit, s_exit = best(w for _, w, _ in bare), best(w for _, w, _ in shown)
    how = (
        f"whole processes from launch to the moment each says its window is shown (its first "
        f"turn of the event loop after show()), fastest of {runs} interleaved runs each, "
        f"offscreen (median of the back-to-back pairs' ratios: {pairs:.2f}). Launch to exit, "
        f"which adds each process's tear-down: {s_exit:.3f} s vs {b_exit:.3f} s "
        f"({s_exit / b_exit:.2f}×)"
    )
    return [
        Row(
            "cold start: claimdesk --demo to a shown window",
            s,
            "s",
            b,
            "bare PySide6 window shown and closed",
            max_ratio=1.5,
            note=f"{how}; the first frame is painted before the icons, the sandbox and the "
            "promotions load; bytecode caches kept, as on a user's machine.",
        ),
        Row(
            "cold start: peak memory, window shown",
            max(m for _, _, m in shown),
            "MiB",
            max(m for _, _, m in bare),
            "bare PySide6 window",
            note="peak resident set (ru_maxrss) of the whole process; DESIGN sets no target.",
        ),
        Row(
            "cold start: claimdesk --demo to a form ready for input",
            r,
            "s",
            b,
            "bare PySide6 window shown and closed",
            note="sandbox started in-process, promotions and the first form loaded; "
            "informational (DESIGN's target is the shown window).",
        ),
        Row(
            "cold start: peak memory, form ready",
            max(m for _, _, m in ready),
            "MiB",
            max(m for _, _, m in bare),
            "bare PySide6 window",
        ),
    ]


if __name__ == "__main__":
    raise SystemExit(main(measure))
