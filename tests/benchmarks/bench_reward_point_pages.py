"""Fetch 50 pages (100 a page) of MyRewards reward points with the connector (typed, through
the shared HTTP client) against a naive sequential ``requests.get`` loop that only decodes
the JSON, from the sandbox running in its own process.

    python -m tests.benchmarks.bench_reward_point_pages [--quick]
"""

from __future__ import annotations

import time

import requests

from claimdesk.sandbox import demo_credentials as demo
from tests.benchmarks.common import Row, best, main
from tests.benchmarks.sandbox import SEED_PROMOTION, sandbox_process

PAGE = 100
API = "/api/v2/performance"


def measure(quick: bool) -> list[Row]:
    from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials

    pages = 5 if quick else 50
    runs = 1 if quick else 5
    headers = {"Authorization": demo.MYREWARDS_AUTHORIZATION}
    with sandbox_process() as url:  # how many the demo promotion already has
        demo_count = sum(
            len(p)
            for p in MyRewardsConnector(
                url, MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
            ).reward_point_pages(SEED_PROMOTION)
        )
    # The last page half full, so both stop after exactly ``pages`` requests.
    pages = max(pages, demo_count // PAGE + 2)
    wanted = (pages - 1) * PAGE + PAGE // 2
    with sandbox_process(reward_points=max(0, wanted - demo_count)) as url:
        connector = MyRewardsConnector(
            url, MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
        )
        ours, bare = [], []
        for _ in range(runs):
            started = time.perf_counter()
            points = connector.reward_points(SEED_PROMOTION)
            ours.append(time.perf_counter() - started)
            assert len(points) == wanted, len(points)

            started = time.perf_counter()
            got = []
            for page in range(1, pages + 1):
                response = requests.get(
                    f"{url}{API}/promotions/{SEED_PROMOTION}/reward_points",
                    params={"page": page},
                    headers=headers,
                    timeout=30,
                )
                response.raise_for_status()
                got += response.json()
            bare.append(time.perf_counter() - started)
            assert len(got) == wanted
        connector.close()
    return [
        Row(
            f"MyRewards: fetch {pages} pages of reward points",
            best(ours),
            "s",
            best(bare),
            "requests.get loop, JSON decoded",
            max_ratio=1.5,
            note=f"{wanted:,} reward points on promotion {SEED_PROMOTION}; the connector reads "
            "every page into typed RewardPoint models over its pooled session; the baseline "
            f"decodes JSON and checks nothing; fastest of {runs} runs each. DESIGN sets no "
            "target; ours: ≤ 1.5×. Sandbox in its own process.",
        )
    ]


if __name__ == "__main__":
    raise SystemExit(main(measure))
