"""``make bench`` cannot rot: the runner runs every benchmark at tiny sizes (``--quick``) and
each one reports well-formed rows. Structure only: figures of a quick run mean nothing, so
no timing is asserted here (the figures live in docs/benchmarks.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.common import MARKER
from tests.benchmarks.run import modules

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.slow
def test_every_benchmark_runs_quickly_and_reports_its_rows(tmp_path: Path) -> None:
    written = tmp_path / "benchmarks.md"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLAIMDESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "tests/benchmarks/run.py", "--quick", "--json", "--write", str(written)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr[-3000:]  # 2: a benchmark crashed
    rows = [
        json.loads(line[len(MARKER) :])
        for line in done.stdout.splitlines()
        if line.startswith(MARKER)
    ]
    names = modules()
    assert len(names) >= 8
    not_run = [line for line in done.stderr.splitlines() if line.startswith("not run: ")]
    assert len(not_run) <= 1  # only the installed .deb's start may be missing here
    assert all("bench_installed_start" in line for line in not_run)
    assert len(rows) >= len(names) - len(not_run)  # every other module gives rows
    for row in rows:
        assert row["measurement"]
        assert row["unit"]
        assert row["value"] > 0, row
        assert isinstance(row["passed"], bool)
        if row["baseline"] is not None:
            assert row["baseline"] > 0, row
            assert row["baseline_name"], row
            assert row["ratio"] == pytest.approx(row["value"] / row["baseline"])
    targeted = [
        r
        for r in rows
        if any(r[k] is not None for k in ("max_ratio", "min_ratio", "limit", "floor"))
    ]
    assert len(targeted) >= 8  # each of DESIGN's targets is checked by some row
    text = written.read_text(encoding="utf-8")
    assert "| measurement | ClaimDesk | baseline | ratio | target | result |" in text
    assert "- Machine: " in text
    assert "- Date: " in text
    assert text.count("\n| ") == len(rows) + 1  # header and one line per row
