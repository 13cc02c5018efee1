"""Cold start of the installed program (the .deb's /usr/bin/claimdesk, a PyInstaller bundle)
beside the same version run from source (.venv/bin/claimdesk), as whole processes,
interleaved in one run: to the shown main window, and to the claim form ready in training
mode (sandbox started, promotion loaded).

    make package && dpkg -i dist/claimdesk_*.deb
    .venv/bin/python tests/benchmarks/bench_installed_start.py [RUNS]

Needs the .deb installed (or CLAIMDESK_INSTALLED=/path/to/dist/claimdesk/claimdesk)."""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from bench_cold_start import claimdesk_command  # the script's folder is on sys.path
from bench_cold_start import measure as measure_process
from common import Row, print_rows

INSTALLED = os.environ.get("CLAIMDESK_INSTALLED", "/usr/bin/claimdesk")


def measure(quick: bool, runs: int = 7) -> list[Row]:
    runs = 2 if quick else runs
    if not Path(INSTALLED).exists():
        raise SystemExit(f"{INSTALLED} is not there: install the .deb (make package) first")
    rows = []
    for stage in ("--quit-after-shown", "--quit-when-ready"):
        installed_cmd = [INSTALLED, "--demo", stage]
        source_cmd = claimdesk_command(stage)
        measure_process(installed_cmd)  # warm the disk cache for both
        measure_process(source_cmd)
        installed, source = [], []
        for _ in range(runs):
            installed.append(measure_process(installed_cmd))
            source.append(measure_process(source_cmd))
        peak_installed = max(m for _, m in installed)
        peak_source = max(m for _, m in source)
        what = "shown main window" if stage == "--quit-after-shown" else "claim form ready"
        rows.append(
            Row(
                measurement=f"claimdesk --demo to the {what}, installed .deb",
                value=statistics.median(w for w, _ in installed),
                unit="s",
                baseline=statistics.median(w for w, _ in source),
                baseline_name="the same from source (.venv)",
                max_ratio=1.5,
                note=f"median of {runs}; peak memory installed {peak_installed:.0f} MiB, "
                f"source {peak_source:.0f} MiB",
            )
        )
    return rows


if __name__ == "__main__":
    results = measure(False, int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    print_rows(results)
    for row in results:
        print(f"  {row.note}")
    raise SystemExit(0 if all(row.passed for row in results) else 1)
