"""Peak Supply Chain & Retail ingestion (seeds/peak-sale-extra.md): UPSERT / APPEND of
SALE_EXTRA rows at /api/v2/ingest/object/{prefix}SALE_EXTRA{suffix} and the example form
/api/v2/objects/…; plus assumed catalogue reads of products and locations."""

import hmac
import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from .demo_credentials import PEAK_TOKEN
from .peak_data import LOCATION, MAX_ROWS, PRODUCT, SALE_EXTRA, SOLUTION, PeakData, build_peak
from .peak_rows import BAD_REQUEST, check_row, error, key_of
from .platforms import PEAK

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


async def _ingest(request: Request, name: str) -> JSONResponse:
    if not _authorised(request):
        return _refuse(401, [error("DI_E_00401", "invalid or missing access token")])
    if name != SALE_EXTRA:
        return _refuse(404, [error("DI_E_00404", f"object {name} does not exist")])
    try:
        body = json.loads(await request.body())
    except ValueError:
        return _refuse(400, [error(BAD_REQUEST, "the body is not valid JSON")])
    if not isinstance(body, dict):
        return _refuse(400, [error(BAD_REQUEST, "the body must be a JSON object")])
    problems = []
    if body.get("solutionName") != SOLUTION:
        problems.append(
            error("DI_E_00002", f"solutionName must be {SOLUTION}", None, "solutionName")
        )
    operation = body.get("operationType")
    if operation not in ("UPSERT", "APPEND"):
        problems.append(
            error("DI_E_00003", "operationType must be UPSERT or APPEND", None, "operationType")
        )
    rows = body.get("data")
    if not isinstance(rows, list) or not rows:
        problems.append(error("DI_E_00004", "data must be a non-empty array", None, "data"))
    elif len(rows) > MAX_ROWS:
        problems.append(error("DI_E_00013", f"at most {MAX_ROWS} rows per request", None, "data"))
    if problems:
        return _refuse(400, problems)
    assert isinstance(rows, list)
    data = _data(request)
    for index, row in enumerate(rows):
        problems += check_row(index, row, data)
    keys = [key_of(row) for row in rows] if not problems else []
    if operation == "APPEND":
        problems += [
            error("DI_E_00040", "a row with this primary key exists", i, "sold_at")
            for i, key in enumerate(keys)
            if key in data.rows
        ]
    if problems:
        return _refuse(400, problems)  # all or nothing
    if body.get("dryRun") is True:
        return JSONResponse({"message": "OK", "dryRun": True, "rows": len(rows)})
    inserted = sum(1 for key in dict.fromkeys(keys) if key not in data.rows)
    for key, row in zip(keys, rows, strict=True):
        data.rows[key] = dict(row)  # UPSERT: the last row with a key wins
        request.app.state.sandbox.record_received(
            PEAK, {"object": name, "operation": operation, "record": row}
        )
    return JSONResponse(
        {"message": "OK", "rows": len(rows), "inserted": inserted, "updated": len(rows) - inserted}
    )


@router.post("/api/v2/ingest/object/{name}")
async def ingest(name: str, request: Request) -> JSONResponse:
    return await _ingest(request, name)


@router.post("/api/v2/objects/{name}")
async def ingest_example_path(name: str, request: Request) -> JSONResponse:
    return await _ingest(request, name)


@router.get("/api/v2/objects/{name}")
async def read_catalogue(name: str, request: Request) -> JSONResponse:
    """Assumed read of the products and locations the foreign keys refer to."""
    if not _authorised(request):
        return _refuse(401, [error("DI_E_00401", "invalid or missing access token")])
    data = _data(request)
    if name == PRODUCT:
        items = [{"product_id": k, "name": v} for k, v in data.products.items()]
    elif name == LOCATION:
        items = [{"location_id": k, "name": v} for k, v in data.locations.items()]
    else:
        return _refuse(404, [error("DI_E_00404", f"object {name} cannot be read here")])
    return JSONResponse({"data": items})


@router.get("/_sandbox/peak/rows")
async def stored_rows(request: Request) -> JSONResponse:
    """The SALE_EXTRA table as stored (one row per primary key), for tests and trainers."""
    return JSONResponse({"rows": list(_data(request).rows.values())})
