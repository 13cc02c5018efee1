"""Cold start of the installed program (the .deb's /usr/bin/claimdesk, a PyInstaller bundle)
beside the same version run from source (.venv/bin/claimdesk), as whole processes,
interleaved in one run: to the shown main window, and to the claim form ready in training
mode (sandbox started, promotion loaded).

    make package && dpkg -i dist/claimdesk_*.deb
    python -m tests.benchmarks.bench_installed_start [--quick]

Needs the .deb installed (or CLAIMDESK_INSTALLED=/path/to/dist/claimdesk/claimdesk);
without it, ``make bench`` lists it as not run."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from tests.benchmarks.bench_cold_start import claimdesk_command
from tests.benchmarks.bench_cold_start import run as measure_process
from tests.benchmarks.common import NotApplicable, Row, main

INSTALLED = os.environ.get("CLAIMDESK_INSTALLED", "/usr/bin/claimdesk")


def measure(quick: bool, runs: int = 7) -> list[Row]:
    runs = 2 if quick else runs
    if not Path(INSTALLED).exists():
        raise NotApplicable(f"{INSTALLED} is not there: install the .deb (make package) first")
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
        peak_installed = max(m for _, _, m in installed)
        peak_source = max(m for _, _, m in source)
        what = "shown main window" if stage == "--quit-after-shown" else "claim form ready"
        rows.append(
            Row(
                measurement=f"claimdesk --demo to the {what}, installed .deb",
                value=statistics.median(w for _, w, _ in installed),
                unit="s",
                baseline=statistics.median(w for _, w, _ in source),
                baseline_name="the same from source (.venv)",
                max_ratio=1.5,
                note=f"median of {runs}, launch to exit; peak memory installed "
                f"{peak_installed:.0f} MiB, "
                f"source {peak_source:.0f} MiB",
            )
        )
    return rows


if __name__ == "__main__":
    raise SystemExit(main(measure))
