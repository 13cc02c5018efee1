"""Enqueue 100,000 claims into the outbox (one transaction) against a plain SQLite insert
loop into the same table, in one run. Target: ≥ 50,000 claims/s.

    python tests/benchmarks/bench_outbox.py [COUNT]
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from claimdesk.storage.database import Database, migrate
from claimdesk.storage.outbox import NewClaim, Outbox, fingerprint


def claims(count: int) -> list[NewClaim]:
    made = []
    for n in range(count):
        values = {
            "sale_date": "2026-11-20",
            "product_or_activity_ref": f"BOIL-{n % 30}",
            "quantity": str(1 + n % 5),
            "value_of_sale": str(1000 + n),
            "username": "demo.rep",
        }
        made.append(
            NewClaim(
                "Acme",
                "myrewards",
                "36",
                "Autumn Boiler Bonus",
                values,
                f"BOIL-{n % 30} × {1 + n % 5}",
                fingerprint("Acme", "36", values),
            )
        )
    return made


def main(count: int = 100_000) -> int:
    folder = Path(tempfile.mkdtemp())
    batch = claims(count)

    plain = sqlite3.connect(folder / "plain.sqlite3", isolation_level=None)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("PRAGMA synchronous=FULL")
    migrate(plain)
    started = time.perf_counter()
    plain.execute("BEGIN")
    for c in batch:
        plain.execute(
            "INSERT INTO claims (connection, platform, target_key, target_name, values_json,"
            " summary, fingerprint, state, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', '2026', '2026')",
            (
                c.connection,
                c.platform,
                c.target_key,
                c.target_name,
                json.dumps(c.values),
                c.summary,
                c.fingerprint,
            ),
        )
    plain.execute("COMMIT")
    baseline = time.perf_counter() - started

    outbox = Outbox(Database(folder / "outbox.sqlite3"))
    outbox.counts()  # open and migrate outside the timing
    started = time.perf_counter()
    ids = outbox.enqueue_many(batch)
    ours = time.perf_counter() - started
    assert len(ids) == count

    print(f"plain SQLite insert loop : {count / baseline:>10,.0f} claims/s ({baseline:.2f} s)")
    print(
        f"outbox.enqueue_many      : {count / ours:>10,.0f} claims/s ({ours:.2f} s)"
        f"  ratio {ours / baseline:.2f}  target ≥ 50,000/s"
    )
    return 0 if count / ours >= 50_000 else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
