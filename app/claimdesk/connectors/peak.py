"""Peak ingestion over HTTP: UPSERT (or APPEND) of SALE_EXTRA rows, at most 500 a request,
with ``dryRun`` for a server-side check; DI_E_ errors mapped to their row and attribute."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import requests
from pydantic import BaseModel, ConfigDict, ValidationError

from claimdesk.connectors.errors import PermanentError, RejectedError
from claimdesk.connectors.http import HttpClient, json_body
from claimdesk.connectors.redaction import register_secret
from claimdesk.domain.fields import Choice
from claimdesk.domain.issues import Issue
from claimdesk.domain.peak import MAX_ROWS_PER_REQUEST


@dataclass(frozen=True)
class PeakSettings:
    token: str
    solution: str
    prefix: str = ""
    suffix: str = ""

    def object_name(self, base: str) -> str:
        return f"{self.prefix}{base}{self.suffix}"


class IngestResult(BaseModel):
    model_config = ConfigDict(extra="ignore")
    message: str = "OK"
    rows: int = 0
    inserted: int | None = None
    updated: int | None = None
    dryRun: bool = False  # noqa: N815 - the API's name


def rejection(response: requests.Response) -> RejectedError:
    """400 ``{"errors": [{"code": "DI_E_…", "row": 0, "attribute": "…", "message": "…"}]}``."""
    try:
        body = response.json()
    except ValueError:
        body = None
    items = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return RejectedError(
            f"Peak refused the rows (HTTP {response.status_code}) without saying why.",
            status=response.status_code,
        )
    issues: list[Issue] = []
    rows: list[int] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        row = item.get("row")
        if isinstance(row, int) and not isinstance(row, bool):
            rows.append(row)
        where = f"row {row + 1}: " if isinstance(row, int) and not isinstance(row, bool) else ""
        attribute = item.get("attribute")
        message = f"{where}{item.get('message', 'refused')} ({item.get('code', '?')})"
        issues.append(
            Issue(str(attribute) if attribute else None, str(item.get("code", "")), message)
        )
    reasons = "; ".join(i.describe() for i in issues) or "no reason given"
    return RejectedError(
        f"Peak refused the rows, so none was stored: {reasons}.",
        tuple(issues),
        record_index=min(rows) if rows else None,
        status=response.status_code,
    )


class PeakConnector:
    platform = "peak"

    def __init__(
        self, base_url: str, settings: PeakSettings, *, http: HttpClient | None = None
    ) -> None:
        register_secret(settings.token)
        self.settings = settings
        self.http = http or HttpClient(base_url, {"Authorization": settings.token})

    def close(self) -> None:
        self.http.close()

    @property
    def sale_extra(self) -> str:
        return self.settings.object_name("SALE_EXTRA")

    def ingest(
        self,
        rows: Sequence[Mapping[str, Any]],
        *,
        operation: Literal["UPSERT", "APPEND"] = "UPSERT",
        dry_run: bool = False,
    ) -> IngestResult:
        if not 1 <= len(rows) <= MAX_ROWS_PER_REQUEST:
            raise ValueError(f"send 1 to {MAX_ROWS_PER_REQUEST} rows per request")
        body: dict[str, Any] = {
            "solutionName": self.settings.solution,
            "data": [dict(r) for r in rows],
            "operationType": operation,
        }
        if dry_run:
            body["dryRun"] = True
        # UPSERT by primary key: sending the same rows again leaves the same table, so a
        # retry cannot double anything. APPEND could, and is not retried.
        response = self.http.send(
            "POST",
            f"/api/v2/ingest/object/{self.sale_extra}",
            json=body,
            idempotent=operation == "UPSERT",
            rejection=rejection,
        )
        try:
            return IngestResult.model_validate(json_body(response))
        except ValidationError:
            raise PermanentError("Peak's answer was not in the expected shape.") from None

    def _catalogue(self, base: str, key: str) -> list[Choice]:
        """Assumed read endpoint; an empty list when the server has none (404)."""
        try:
            response = self.http.send(
                "GET", f"/api/v2/objects/{self.settings.object_name(base)}", idempotent=True
            )
        except PermanentError as error:
            if error.status == 404:
                return []
            raise
        body = json_body(response)
        items = body.get("data", []) if isinstance(body, dict) else []
        return [
            Choice(str(i[key]), str(i.get("name", "")))
            for i in items
            if isinstance(i, dict) and i.get(key)
        ]

    def products(self) -> list[Choice]:
        return self._catalogue("PRODUCT", "product_id")

    def locations(self) -> list[Choice]:
        return self._catalogue("LOCATION", "location_id")
