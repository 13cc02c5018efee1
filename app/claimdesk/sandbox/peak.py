"""Peak Supply Chain & Retail ingestion (seeds/peak-sale-extra.md).

Served:
- ``POST /api/v2/ingest/object/{prefix}SALE_EXTRA{suffix}`` (the seed's endpoint) and the
  same at ``/api/v2/objects/{prefix}SALE_EXTRA{suffix}`` (the seed's curl example); the
  variants ``peak-objects-path`` and ``peak-ingest-path`` serve only the one path, and the
  other answers 404 ``{"detail": "Not Found"}`` (before any check, as an unknown route), with
  ``Authorization: <token>`` (the bare token, no scheme) and
  ``{"solutionName", "data": [...], "operationType": "UPSERT" | "APPEND", "dryRun"?}``.
  At most 500 rows. The request is all or nothing: any broken rule stores no row.
  UPSERT stores by primary key (the last row with a key wins); APPEND refuses a key that is
  stored or repeated; ``dryRun: true`` checks everything and stores nothing.
  **Assumed** (Peak documents no answer, only the DI_E_XXXXX code shape):
  200 ``{"message": "OK", "rows": N, "inserted": I, "updated": U, "dryRun": bool}``;
  400 ``{"errors": [{"code": "DI_E_…", "row": 0, "attribute": "sales_units",
  "message": "cannot be null"}]}`` (codes in peak_rows.py; row and attribute null where the
  error is about the request); 401 bad token; 404 another object; 415 not JSON.
- No read of products or locations: Peak documents none. The demo products and locations
  (peak_data.py) are only what the foreign keys product_id / location_id are checked against.
- For tests and trainers: ``GET /_sandbox/peak/rows`` → ``{"rows": [...]}``, the stored
  SALE_EXTRA table, one row per primary key; ``/_sandbox/received?platform=peak`` lists
  every row stored, in order, each as ``{"object", "operation", "record"}``.
"""

import hmac
import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from . import state
from .demo_credentials import PEAK_TOKEN
from .peak_data import MAX_ROWS, SALE_EXTRA, SOLUTION, PeakData, build_peak
from .peak_rows import (
    BAD_DRY_RUN,
    BAD_OPERATION,
    BAD_REQUEST,
    BAD_SOLUTION,
    KEY_EXISTS,
    NO_DATA,
    NO_SUCH_OBJECT,
    NOT_JSON,
    TOO_MANY_ROWS,
    UNAUTHORISED,
    check_row,
    error,
    key_of,
)
from .platforms import PEAK
from .variants import PEAK_INGEST_PATH, PEAK_OBJECTS_PATH

router = APIRouter()


def fresh_data() -> PeakData:
    """Peak's demo data, new on every start and reset."""
    return build_peak()


def _data(request: Request) -> PeakData:
    data: PeakData = request.app.state.sandbox.peak
    return data


def _refuse(status: int, errors: list[dict[str, Any]]) -> JSONResponse:
    return JSONResponse({"errors": errors}, status_code=status)


def _authorised(request: Request) -> bool:
    # The bare personal access token, no scheme (the seed's curl example).
    given = request.headers.get("authorization", "").strip().encode()
    return hmac.compare_digest(given, PEAK_TOKEN.encode())


def _request_errors(body: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    if body.get("solutionName") != SOLUTION:
        found.append(error(BAD_SOLUTION, f"must be {SOLUTION}", None, "solutionName"))
    if body.get("operationType") not in ("UPSERT", "APPEND"):
        found.append(error(BAD_OPERATION, "must be UPSERT or APPEND", None, "operationType"))
    if "dryRun" in body and not isinstance(body["dryRun"], bool):
        found.append(error(BAD_DRY_RUN, "must be true or false", None, "dryRun"))
    rows = body.get("data")
    if not isinstance(rows, list) or not rows:
        found.append(error(NO_DATA, "must be a non-empty array of rows", None, "data"))
    elif len(rows) > MAX_ROWS:
        found.append(
            error(TOO_MANY_ROWS, f"has {len(rows)} rows; at most {MAX_ROWS}", None, "data")
        )
    return found


def _append_clashes(rows: list[dict[str, Any]], data: PeakData) -> list[dict[str, Any]]:
    seen: set[tuple[str, str, str, str]] = set()
    found = []
    for index, row in enumerate(rows):
        key = key_of(row)
        if key in data.rows or key in seen:
            found.append(
                error(KEY_EXISTS, "makes a primary key that exists already", index, "sold_at")
            )
        seen.add(key)
    return found


async def _ingest(request: Request, name: str) -> JSONResponse:
    if not _authorised(request):
        return _refuse(401, [error(UNAUTHORISED, "invalid or missing access token")])
    if name != SALE_EXTRA:
        return _refuse(404, [error(NO_SUCH_OBJECT, f"object {name} does not exist")])
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        return _refuse(415, [error(NOT_JSON, "Content-Type must be application/json")])
    try:
        body = json.loads(await request.body())
    except ValueError:
        return _refuse(400, [error(BAD_REQUEST, "the body is not valid JSON")])
    if not isinstance(body, dict):
        return _refuse(400, [error(BAD_REQUEST, "the body must be a JSON object")])
    problems = _request_errors(body)
    if problems:
        return _refuse(400, problems)
    rows: list[dict[str, Any]] = body["data"]
    data = _data(request)
    for index, row in enumerate(rows):
        problems += check_row(index, row, data)
    if not problems and body["operationType"] == "APPEND":
        problems = _append_clashes(rows, data)
    if problems:
        return _refuse(400, problems)  # all or nothing
    keys = [key_of(row) for row in rows]
    inserted = sum(1 for key in dict.fromkeys(keys) if key not in data.rows)
    answer = {"message": "OK", "rows": len(rows), "inserted": inserted}
    answer |= {"updated": len(rows) - inserted, "dryRun": body.get("dryRun", False)}
    if body.get("dryRun"):
        return JSONResponse(answer)
    for key, row in zip(keys, rows, strict=True):
        data.rows[key] = dict(row)  # UPSERT: the last row with a key wins
        request.app.state.sandbox.record_received(
            PEAK, {"object": name, "operation": body["operationType"], "record": row}
        )
    return JSONResponse(answer)


def _no_such_route() -> JSONResponse:
    # A path this reading does not serve: the answer of an unknown route, before any check.
    return JSONResponse({"detail": "Not Found"}, status_code=404)


@router.post("/api/v2/ingest/object/{name}")
async def ingest(name: str, request: Request) -> JSONResponse:
    if state.variant_on(request, PEAK_OBJECTS_PATH):
        return _no_such_route()
    return await _ingest(request, name)


@router.post("/api/v2/objects/{name}")
async def ingest_example_path(name: str, request: Request) -> JSONResponse:
    if state.variant_on(request, PEAK_INGEST_PATH):
        return _no_such_route()
    return await _ingest(request, name)


@router.get("/_sandbox/peak/rows")
async def stored_rows(request: Request) -> JSONResponse:
    """The SALE_EXTRA table as stored (one row per primary key), for tests and trainers."""
    return JSONResponse({"rows": list(_data(request).rows.values())})
