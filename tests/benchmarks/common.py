"""What every benchmark reports: rows of one table, each a ClaimDesk figure beside the
baseline measured in the same run, the ratio, the target and whether it is met.

A benchmark module ``tests/benchmarks/bench_*.py`` defines ``measure(quick: bool) -> list[Row]``
(``quick`` asks for smaller sizes, for a smoke run) and may be run alone:
``python -m tests.benchmarks.bench_x [--quick]`` (from the checkout's root) prints its rows.
``make bench`` runs them all through ``tests/benchmarks/run.py``, each module in a process of
its own (``python -m tests.benchmarks.common bench_x``), which prints one ``MARKER`` line of
JSON per row.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields

MARKER = "BENCH-ROW "
SKIP_MARKER = "BENCH-SKIP "


class NotApplicable(Exception):
    """Raised by ``measure`` when this machine cannot take the measurement (e.g. the .deb
    is not installed): the runner lists the module as not run, with the reason."""


@dataclass(frozen=True)
class Row:
    measurement: str  # e.g. "validate 100,000 rows"
    value: float  # ClaimDesk's figure, in ``unit``
    unit: str  # "s", "ms", "MiB", "claims/s", …
    baseline: float | None = None  # the bare baseline, same unit, same run
    baseline_name: str = ""  # e.g. "pydantic TypeAdapter"
    max_ratio: float | None = None  # value / baseline must be ≤ this (times slower)
    min_ratio: float | None = None  # value / baseline must be ≥ this (e.g. throughput)
    limit: float | None = None  # an absolute ceiling on value, when the target has one
    floor: float | None = None  # an absolute floor on value (throughput targets)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]

    @property
    def target(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}×")
        if self.min_ratio is not None:
            parts.append(f"≥ {self.min_ratio:g}×")
        if self.limit is not None:
            parts.append(f"≤ {self.limit:g} {self.unit}")
        if self.floor is not None:
            parts.append(f"≥ {self.floor:g} {self.unit}")
        return ", ".join(parts) or "—"

    @property
    def passed(self) -> bool:
        ratio = self.ratio
        checks = [
            self.max_ratio is None or (ratio is not None and ratio <= self.max_ratio),
            self.min_ratio is None or (ratio is not None and ratio >= self.min_ratio),
            self.limit is None or self.value <= self.limit,
            self.floor is None or self.value >= self.floor,
        ]
        return all(checks)

    def as_json(self) -> str:
        return json.dumps({**asdict(self), "ratio": self.ratio, "passed": self.passed})

    @classmethod
    def from_json(cls, text: str) -> Row:
        data = json.loads(text)
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})


def best(samples: Iterable[float]) -> float:
    """The fastest of several runs: the one least disturbed by whatever else the machine
    was doing (other processes, a shared CPU). Both sides of a ratio are taken the same way."""
    return min(samples)


def print_rows(rows: list[Row]) -> None:
    for row in rows:
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        base = f"{row.baseline:,.3g} {row.unit}" if row.baseline is not None else "—"
        print(
            f"{row.measurement}: {row.value:,.3g} {row.unit} | baseline {base} "
            f"({row.baseline_name or '—'}) | ratio {ratio} | target {row.target} | "
            f"{'pass' if row.passed else 'FAIL'}"
        )


def main(measure: object, argv: list[str] | None = None) -> int:
    """``if __name__ == "__main__"`` of a benchmark module: print its rows; exit 1 on a miss."""
    args = sys.argv[1:] if argv is None else argv
    rows: list[Row] = measure(quick="--quick" in args)  # type: ignore[operator]
    print_rows(rows)
    return 0 if all(r.passed for r in rows) else 1


def run_module(name: str, quick: bool) -> list[Row]:
    module = importlib.import_module(f"tests.benchmarks.{name}")
    rows: list[Row] = module.measure(quick=quick)
    return rows


if __name__ == "__main__":  # the runner's child: one module, its rows as JSON lines
    try:
        measured = run_module(sys.argv[1], "--quick" in sys.argv[2:])
    except Exception as error:
        # Compared by name: this module runs as __main__, the benchmark imported the other.
        if type(error).__name__ != "NotApplicable":
            raise
        print(SKIP_MARKER + str(error), flush=True)
        raise SystemExit(0) from None
    for found in measured:
        print(MARKER + found.as_json(), flush=True)
