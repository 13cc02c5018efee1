"""Offline: GET answers kept in the catalog serve the form when the platform is away."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.connectors.http import HttpClient
from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.errors import TransientError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.sandbox.server import SandboxServer
from claimdesk.storage.catalog import Catalog, ResponseCatalog
from claimdesk.storage.database import Database

DEMO = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)


def test_last_answers_serve_when_the_platform_is_unreachable(tmp_path: Path) -> None:
    cache = ResponseCatalog(Catalog(Database(tmp_path / "c.sqlite3")))
    server = SandboxServer()
    server.start()
    url = server.base_url
    http = HttpClient(url, {"Authorization": DEMO.header()}, sleep=lambda _s: None, cache=cache)
    connector = MyRewardsConnector(url, DEMO, http=http)
    online = connector.reward_points(36)
    fields = connector.data_fields(36)
    assert http.served_from_cache is None
    server.stop()

    assert connector.reward_points(36) == online
    assert connector.data_fields(36) == fields
    assert http.served_from_cache is not None
    with pytest.raises(TransientError, match="nothing was sent"):
        connector.submit_claims(36, [{"quantity": 1}])  # never from a cache
    with pytest.raises(TransientError):
        connector.data_fields(4)  # never fetched: nothing to serve


def test_a_server_error_on_a_get_also_falls_back(tmp_path: Path, sandbox: str) -> None:
    import requests

    cache = ResponseCatalog(Catalog(Database(tmp_path / "c.sqlite3")))
    http = HttpClient(sandbox, {"Authorization": DEMO.header()}, sleep=lambda _s: None, cache=cache)
    connector = MyRewardsConnector(sandbox, DEMO, http=http)
    promotions = connector.promotions()
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "myrewards", "status": 503, "times": 0},
        timeout=5,
    )
    assert connector.promotions() == promotions
    assert http.served_from_cache is not None
