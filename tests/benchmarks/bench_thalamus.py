"""Send 10,000 Thalamus partner sales (one per request, as the API wants) with
``ThalamusService.submit_many`` (every sale checked, bounded concurrency over a pooled
session) against a naive sequential ``requests.post`` loop of the same bodies, to the sandbox
running in its own process. Target (DESIGN.md): ≥ 3× the naive loop's rate.

    python -m tests.benchmarks.bench_thalamus [--quick]
"""

from __future__ import annotations

import datetime as dt
import os
import time

import requests

from claimdesk.sandbox import demo_credentials as demo
from tests.benchmarks.common import Row, main
from tests.benchmarks.sandbox import sandbox_process

API = "/api/v4/partner"
SIGNIN = "/api/v4/signin"
# A round trip to a real platform is never 0 ms; the sandbox adds this to every sale so
# that both sides wait on the network as they would (THALAMUS_LATENCY_MS=0 to see loopback).
LATENCY_MS = int(os.environ.get("THALAMUS_LATENCY_MS", "20"))
# A sequential loop's rate does not change along the way; timing its first 1,000 sales keeps
# ``make bench`` short (10,000 would take its rate x 10 for the same figure).
BASELINE_SAMPLE = 1_000


def sales(count: int, prefix: str) -> list[dict[str, str]]:
    today = dt.date.today().isoformat()
    return [
        {
            "credentialPrincipal": "22222222",
            "saleDate": today,
            "partnerSkuCode": "pa6_cafe",
            "quantity": str(1 + n % 5),
            "amount": f"{n % 1000}.25",
            "currency": "usd",
            "transactionId": f"{prefix}-{n:05}",
        }
        for n in range(count)
    ]


def naive(url: str, rows: list[dict[str, str]]) -> None:
    """What a first script does: log in, then post each sale and wait for it."""
    headers = {
        "Thalamus-Touchpoint": demo.THALAMUS_TOUCHPOINT,
        "Thalamus-Token": demo.THALAMUS_API_TOKEN,
    }
    login = requests.post(
        f"{url}{SIGNIN}",
        json={"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD},
        headers=headers,
        timeout=30,
    )
    login.raise_for_status()
    for row in rows:
        body = {
            **row,
            "quantity": int(row["quantity"]),
            "amount": float(row["amount"]),
            "currency": row["currency"].upper(),
        }
        response = requests.post(
            f"{url}{API}/sale", json=body, headers=headers, cookies=login.cookies, timeout=30
        )
        response.raise_for_status()


def measure(quick: bool) -> list[Row]:
    from claimdesk.service.platform import Outcome
    from claimdesk.service.thalamus import DEFAULT_WORKERS
    from claimdesk.service.workspace import training_connection

    count = 50 if quick else 10_000
    with sandbox_process() as url:
        if LATENCY_MS:
            rule = {"platform": "thalamus", "path": f"{API}/sale", "latency_ms": LATENCY_MS}
            requests.post(f"{url}/_sandbox/faults", json={**rule, "times": 0}, timeout=5)
        service = training_connection(url, "thalamus").service
        form = service.load_form(service.targets()[0])
        started = time.perf_counter()
        results = service.submit_many(form, sales(count, "OURS"))
        ours = time.perf_counter() - started
        assert all(r.outcome is Outcome.ACCEPTED for r in results), results[0]

        sample = min(count, BASELINE_SAMPLE)
        started = time.perf_counter()
        naive(url, sales(sample, "BARE"))
        bare = time.perf_counter() - started
        service.close()
    return [
        Row(
            f"Thalamus: send {count:,} sales, one per request",
            count / ours,
            "sales/s",
            sample / bare,
            f"sequential requests.post loop ({sample:,} sales)",
            min_ratio=3,
            note=f"submit_many with {DEFAULT_WORKERS} workers over one pooled session, every "
            "sale checked first; the baseline posts prepared bodies one after another (a new "
            f"connection each), timed over its first {sample:,} sales. The sandbox, in its own "
            f"process, answers each sale after {LATENCY_MS} ms (an injected latency fault "
            "standing for the network round trip to a real platform; on bare loopback, "
            "THALAMUS_LATENCY_MS=0, the CPUs shared by client and sandbox set the pace).",
        )
    ]


if __name__ == "__main__":
    raise SystemExit(main(measure))
