"""The sandbox in a process of its own, for benchmarks that send: the server's work then
does not share the measuring process's interpreter (as a real platform would not).

    with sandbox_process(reward_points=5_000) as url: ...

The child seeds extra MyRewards reward points on promotion 4 before it listens (through the
sandbox's own ``create_reward_point``), prints its URL, and serves until its stdin closes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEED_PROMOTION = 4


@contextmanager
def sandbox_process(reward_points: int = 0) -> Iterator[str]:
    env = {**os.environ}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.sandbox", str(reward_points)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        if not line.startswith("http://"):
            raise RuntimeError(f"the sandbox process did not start: {line!r}")
        yield line
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _serve(reward_points: int) -> None:
    import datetime as dt

    from claimdesk.sandbox.myrewards_reward_points import create_reward_point
    from claimdesk.sandbox.server import SandboxServer

    with SandboxServer() as server:
        if reward_points:
            # Before the first request, so the server's thread is not yet reading the data.
            state = server._server.config.app.state.sandbox  # type: ignore[union-attr]
            data = state.myrewards
            promotion = data.promotions[SEED_PROMOTION]
            today = dt.date.today()
            for n in range(reward_points):
                body = {
                    "reference": f"BENCH-{n:05}",
                    "quantity": 1,
                    "points_per_quantity": 1 + n % 10,
                    "date_from": (today - dt.timedelta(days=30)).isoformat(),
                    "date_to": (today + dt.timedelta(days=30)).isoformat(),
                    "active": True,
                }
                create_reward_point(data, promotion, body)
        print(server.base_url, flush=True)
        sys.stdin.read()  # until the parent closes our stdin


if __name__ == "__main__":
    _serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
