"""Training mode: one connection per platform to the built-in sandbox, demo credentials."""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.service.platform import PlatformService


@dataclass(frozen=True)
class Connection:
    """A named, ready service: a connection profile once opened, or a training one."""

    name: str
    service: PlatformService
    description: str = ""


def training_connections(base_url: str) -> list[Connection]:
    """The four demo connections to a sandbox at ``base_url``."""
    from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
    from claimdesk.sandbox import demo_credentials as demo
    from claimdesk.service.myrewards import MyRewardsService

    where = f"training sandbox at {base_url}"
    connections = [
        Connection(
            "Training · MyRewards",
            MyRewardsService(
                MyRewardsConnector(
                    base_url,
                    MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY),
                )
            ),
            f"MyRewards, {where}",
        ),
    ]
    return connections
