"""Run every benchmark (``tests/benchmarks/bench_*.py``) and print one table: measurement,
ClaimDesk's figure, the baseline measured in the same run, the ratio, the target, pass/fail.

    python tests/benchmarks/run.py                 # full sizes (``make bench``)
    python tests/benchmarks/run.py --quick         # tiny sizes: a smoke run, figures meaningless
    python tests/benchmarks/run.py --write docs/benchmarks.md
    python tests/benchmarks/run.py --only outbox   # modules whose name contains "outbox"

Each module runs in a process of its own, so one benchmark's threads, caches and Qt state
never colour the next one's figures. Exit status: 0 when every row meets its target, 1 when
one does not, 2 when a benchmark crashed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``tests.benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.common import MARKER, SKIP_MARKER, Row  # noqa: E402

# DESIGN.md's order; modules not listed follow, by name.
ORDER = (
    "cold_start",
    "installed_start",
    "form",
    "validate",
    "batch",
    "thalamus",
    "outbox",
    "peak",
    "reward_point_pages",
    "reward_points",
)


def modules(only: str = "") -> list[str]:
    found = [p.stem for p in HERE.glob("bench_*.py") if only in p.stem]

    def rank(name: str) -> tuple[int, str]:
        short = name.removeprefix("bench_")
        return (ORDER.index(short) if short in ORDER else len(ORDER), name)

    return sorted(found, key=rank)


def run_one(name: str, quick: bool, timeout: float) -> tuple[list[Row], str, str]:
    """The rows of one benchmark module, measured in a child process, with the error that
    stopped it ("" if none) and why it could not run here ("" if it could)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    command = [sys.executable, "-m", "tests.benchmarks.common", name]
    if quick:
        command.append("--quick")
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return [], f"{name}: did not finish within {timeout:.0f} s", ""
    skipped = [
        line[len(SKIP_MARKER) :]
        for line in done.stdout.splitlines()
        if line.startswith(SKIP_MARKER)
    ]
    if done.returncode == 0 and skipped:
        return [], "", f"{name}: {skipped[0]}"
    rows = [
        Row.from_json(line[len(MARKER) :])
        for line in done.stdout.splitlines()
        if line.startswith(MARKER)
    ]
    if done.returncode != 0 or not rows:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        return rows, f"{name}: exited with {done.returncode}\n{tail}", ""
    return rows, "", ""


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if abs(value) >= 1000:
        text = f"{value:,.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.3g}"
    return f"{text} {unit}"


def table(rows: list[Row]) -> str:
    """A Markdown table (it also reads well in a terminal)."""
    head = ["measurement", "ClaimDesk", "baseline", "ratio", "target", "result"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        base = _figure(row.baseline, row.unit)
        if row.baseline_name:
            base += f" ({row.baseline_name})"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        cells = [
            row.measurement,
            _figure(row.value, row.unit),
            base,
            ratio,
            row.target,
            "pass" if row.passed else "**FAIL**",
        ]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    from PySide6 import __version__ as pyside

    return (
        f"{cpu}, {os.cpu_count()} CPUs{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {pyside}"
    )


def notes(rows: list[Row]) -> str:
    return "\n".join(f"- **{r.measurement}**: {r.note}" for r in rows if r.note)


def write(
    path: Path, rows: list[Row], failures: list[str], seconds: float, skips: list[str]
) -> None:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`tests/benchmarks/run.py --write docs/benchmarks.md`). Each "
        "ClaimDesk figure sits beside a bare baseline measured in the same run, so the ratio "
        "holds on a noisy machine; the targets are DESIGN.md's performance table (where "
        "DESIGN sets none, the row's note says the target is ours). Figures are the fastest "
        "of several runs where a run is short.",
        "",
        f"- Date: {when}",
        f"- Machine: {machine()}",
        f"- Whole run: {seconds:.0f} s",
        "",
        table(rows),
        "",
    ]
    missed = [r for r in rows if not r.passed]
    if missed:
        text += [
            "## Targets not met",
            "",
            *[f"- {r.measurement}: {_figure(r.value, r.unit)}, target {r.target}" for r in missed],
            "",
            "Why, and what the limit is, is in the row's note below.",
            "",
        ]
    if notes(rows):
        text += ["## How each figure is taken", "", notes(rows), ""]
    if skips:
        text += ["## Not run on this machine", "", *[f"- {s}" for s in skips], ""]
    if failures:
        text += ["## Benchmarks that did not run", "", *[f"    {f}" for f in failures], ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(text), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke run")
    parser.add_argument("--write", type=Path, metavar="FILE", help="also write the table here")
    parser.add_argument("--only", default="", help="run modules whose name contains this")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON lines too")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per module")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    rows: list[Row] = []
    failures: list[str] = []
    skips: list[str] = []
    for name in modules(args.only):
        print(f"running {name}{' (quick)' if args.quick else ''}…", file=sys.stderr, flush=True)
        found, failure, skip = run_one(name, args.quick, args.timeout)
        rows += found
        if failure:
            failures.append(failure)
        if skip:
            skips.append(skip)
            print(f"not run: {skip}", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(table(rows))
    if args.json:
        for row in rows:
            print(MARKER + row.as_json())
    for failure in failures:
        print(f"\nFAILED TO RUN: {failure}", file=sys.stderr)
    print(f"\n{len(rows)} rows in {seconds:.0f} s", file=sys.stderr)
    if args.write:
        write(args.write, rows, failures, seconds, skips)
        print(f"written to {args.write}", file=sys.stderr)
    if failures:
        return 2
    return 0 if all(r.passed for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
