"""Cold start of ``claimdesk --demo`` to a shown window, against a bare PySide6 window
that shows and quits, both as whole processes, interleaved in one run.

    python tests/benchmarks/bench_cold_start.py [RUNS]

Prints the median wall time and peak memory of each, and the ratio (target ≤ 1.5×)."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(880, 720)
window.show()
QTimer.singleShot(0, window.close)
app.exec()
"""


def claimdesk_command(*extra: str) -> list[str]:
    exe = shutil.which("claimdesk", path=os.path.dirname(sys.executable)) or "claimdesk"
    return [exe, "--demo", *extra]


def measure(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one whole process."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} exited with {child.returncode}")
    return wall, usage.ru_maxrss / 1024


def main(runs: int = 7) -> int:
    bare_cmd = [sys.executable, "-c", BARE]
    shown_cmd = claimdesk_command("--quit-after-shown")
    ready_cmd = claimdesk_command("--quit-when-ready")
    measure(bare_cmd)  # warm the disk cache for both, so both starts are equally "cold"
    measure(shown_cmd)
    bare, shown, ready = [], [], []
    for _ in range(runs):
        bare.append(measure(bare_cmd))
        shown.append(measure(shown_cmd))
        ready.append(measure(ready_cmd))
    b = statistics.median(w for w, _ in bare)
    s = statistics.median(w for w, _ in shown)
    r = statistics.median(w for w, _ in ready)
    # Each pair ran back to back, so its ratio is the least disturbed by machine drift.
    ratio = statistics.median(sw / bw for (sw, _), (bw, _) in zip(shown, bare, strict=True))
    best = min(w for w, _ in shown) / min(w for w, _ in bare)
    print(f"runs                                  : {runs}, interleaved")
    print(f"bare PySide6 window shown and closed  : {b:.3f} s (median), {min(bare)[0]:.3f} s (min)")
    print(
        f"claimdesk --demo to a shown window    : {s:.3f} s (median), {min(shown)[0]:.3f} s (min)"
    )
    print(f"ratio, median of pairs / of minimums  : {ratio:.2f} / {best:.2f}  (target ≤ 1.50)")
    print(f"claimdesk --demo to the form ready    : {r:.3f} s (sandbox started, promotion loaded)")
    print(
        f"peak memory: bare {max(m for _, m in bare):.0f} MiB, ClaimDesk shown "
        f"{max(m for _, m in shown):.0f} MiB, ready {max(m for _, m in ready):.0f} MiB"
    )
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
