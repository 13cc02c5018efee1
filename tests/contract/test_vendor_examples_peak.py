"""Peak's requests as its documentation prints them (tests/contract/vendor_examples/peak_*.json,
each naming its source), replayed through the connector's builders and against the sandbox.

Peak's documentation prints requests only: no answer body and no error shape (DESIGN.md:
"validation errors carry codes DI_E_XXXXX", no example), so no file has a "response"; what
ClaimDesk reads of Peak's answers is a guess, named in connectors/peak.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from claimdesk.connectors.http import HttpClient, make_session
from claimdesk.connectors.peak import PeakConnector, PeakSettings
from claimdesk.domain.peak import build_schema, check_row, row_payload
from claimdesk.sandbox import demo_credentials as demo
from tests.contract.test_sandbox_peak import received, table

FOLDER = Path(__file__).parent / "vendor_examples"
KEYS = {"source", "request", "response", "status"}


def example(name: str) -> dict[str, Any]:
    """One example file: a JSON object with "source" and any of "request", "response",
    "status" (the shape the shared loader will read)."""
    loaded: dict[str, Any] = json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    assert set(loaded) <= KEYS, name
    assert loaded["source"], name
    return loaded


def test_every_peak_example_names_its_source() -> None:
    files = sorted(FOLDER.glob("peak_*.json"))
    assert len(files) == 4
    for path in files:
        source = example(path.stem)["source"]
        assert source.startswith(("seeds/peak-sale-extra.md, ", "DESIGN.md, ")), path.name


def peak(url: str, token: str = demo.PEAK_TOKEN, **settings: str) -> PeakConnector:
    return PeakConnector(
        url,
        PeakSettings(
            token,
            settings.get("solution", demo.PEAK_SOLUTION_NAME),
            settings.get("prefix", demo.PEAK_PREFIX),
            settings.get("suffix", demo.PEAK_SUFFIX),
            settings.get("ingest_path", "auto"),
        ),
    )


def test_the_documented_body_is_what_the_builders_make() -> None:
    body = example("peak_sale_extra_body")["request"]["json"]
    [row] = body["data"]
    # The row as a person types it into the form, through the domain's rules and payload.
    typed = {name: "" if value is None else str(value) for name, value in row.items()}
    checked = check_row(build_schema("QP_SALE_EXTRA_OOTB"), typed)
    assert checked.ok, checked.issues
    payload = row_payload(checked.values)
    assert json.dumps(payload) == json.dumps(row)  # every key, in order, same JSON types
    built = peak("https://ingestion.peak.ai").request_body([payload], "UPSERT", dry_run=False)
    assert built == body


@pytest.mark.parametrize("ingest_path", ["objects", "ingest"])
def test_the_documented_body_is_taken_by_the_sandbox_on_either_path(
    sandbox: str, ingest_path: str
) -> None:
    body = example("peak_sale_extra_body")["request"]["json"]
    answer = peak(sandbox, ingest_path=ingest_path).ingest(body["data"])
    assert (answer.rows, answer.inserted) == (1, 1)
    assert table(sandbox) == body["data"]


def test_the_curl_example_is_the_request_the_connector_sends(sandbox: str) -> None:
    curl = example("peak_curl_objects_path")["request"]
    base = "https://ingestion.peak.ai"
    documented = peak(base, "YOUR_API_KEY", ingest_path="objects")
    assert documented.http.url(documented.path("objects")) == curl["url"]
    # The same request sent to the sandbox, as it left this computer.
    seen: list[requests.PreparedRequest] = []
    session = make_session()
    session.hooks["response"].append(lambda r, *_a, **_k: seen.append(r.request))
    connector = peak(sandbox, ingest_path="objects")
    connector.http = HttpClient(sandbox, {"Authorization": demo.PEAK_TOKEN}, session=session)
    connector.ingest(curl["json"]["data"])
    [sent] = seen
    assert sent.method == curl["method"]
    assert urlsplit(str(sent.url)).path == urlsplit(curl["url"]).path
    # The bare token, as the example's "Authorization: YOUR_API_KEY" (no scheme).
    assert sent.headers["Authorization"] == demo.PEAK_TOKEN
    assert set(curl["headers"]) <= set(sent.headers)
    assert sent.headers["Content-Type"] == curl["headers"]["Content-Type"]
    assert json.loads(sent.body or b"") == curl["json"]


def test_the_resource_endpoint_is_the_connectors_other_path() -> None:
    documented = example("peak_resource_endpoint")["request"]
    templated = peak("https://ingestion.peak.ai", prefix="{prefix}", suffix="{suffix}")
    assert documented["method"] == "POST"
    assert templated.path("ingest") == documented["path"]
    assert documented["headers"]["Content-Type"] == "application/json"


def test_the_dry_run_body_is_built_and_stores_nothing(sandbox: str) -> None:
    body = example("peak_dry_run")["request"]["json"]
    connector = peak(sandbox, ingest_path="ingest")
    assert connector.request_body(body["data"], "UPSERT", dry_run=True) == body
    answer = connector.ingest(body["data"], dry_run=True)
    assert answer.dryRun is True
    assert table(sandbox) == []
    assert received(sandbox) == []
