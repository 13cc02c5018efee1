"""The MyRewards performance API (seeds/myrewards-*.md and DESIGN.md), under /api/v2/performance."""

import hmac
import json
import re
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from .demo_credentials import MYREWARDS_API_KEY, MYREWARDS_SECRET_KEY
from .errors import SandboxError
from .json_values import int_or_digits
from .myrewards_claims import NOT_AN_ARRAY, records_of, submit_claims
from .myrewards_models import MyRewardsData, Promotion, RewardPoint
from .myrewards_reward_points import create_reward_point, update_reward_point
from .platforms import MYREWARDS
from .state import sandbox_state, variant_on
from .variants import MYREWARDS_RETURNS

PAGE_SIZE = 100
_EXPECTED_TOKEN = f"{MYREWARDS_API_KEY}:{MYREWARDS_SECRET_KEY}".encode()
_EXPECTED_KEY_ALONE = MYREWARDS_API_KEY.encode()
_AUTHORIZATION = re.compile(r'^\s*token\s+token\s*=\s*"?([^"\s]*)"?\s*$', re.IGNORECASE)
# Under the variant myrewards-returns, this demo promotion's claims need a returns_identifier.
RETURNS_VARIANT_PROMOTION = 36


async def require_api_key(request: Request) -> None:
    """`Authorization: Token token=KEY:SECRET`, or `Token token=KEY` alone (the docs allow
    both); the header is never echoed or logged."""
    match = _AUTHORIZATION.match(request.headers.get("authorization", ""))
    given = match.group(1).encode() if match else b""
    # Both compared, always: the time taken says nothing of which one was near.
    pair = hmac.compare_digest(given, _EXPECTED_TOKEN)
    alone = hmac.compare_digest(given, _EXPECTED_KEY_ALONE)
    if not match or not (pair or alone):
        raise SandboxError(401, ["Invalid API key"])


router = APIRouter(prefix="/api/v2/performance", dependencies=[Depends(require_api_key)])


def _data(request: Request) -> MyRewardsData:
    return sandbox_state(request).myrewards


def _promotion(data: MyRewardsData, promotion_id: str) -> Promotion:
    number = int_or_digits(promotion_id)
    promotion = data.promotions.get(number) if number is not None else None
    if promotion is None:
        raise SandboxError(404, ["Promotion not found"])
    return promotion


def _reward_point(data: MyRewardsData, promotion: Promotion, reward_point_id: str) -> RewardPoint:
    number = int_or_digits(reward_point_id)
    reward_point = data.reward_points.get(number) if number is not None else None
    if reward_point is None or reward_point.promotion_id != promotion.id:
        raise SandboxError(404, ["Reward point not found"])
    return reward_point


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def _json_body(request: Request, error: str) -> Any:
    """The parsed body (strict JSON: no NaN or Infinity), or 422 with `error`."""
    try:
        return json.loads(await request.body(), parse_constant=_reject_constant)
    except ValueError:
        raise SandboxError(422, [error]) from None


@router.get("/promotions")
async def list_promotions(request: Request) -> JSONResponse:
    promotions = sorted(_data(request).promotions.values(), key=lambda promotion: promotion.id)
    return JSONResponse([promotion.to_json() for promotion in promotions])


@router.get("/promotions/{promotion_id}/data_fields")
async def list_data_fields(request: Request, promotion_id: str) -> JSONResponse:
    data = _data(request)
    promotion = _promotion(data, promotion_id)
    fields = data.data_fields.get(promotion.id, [])
    return JSONResponse([data_field.to_json() for data_field in fields])


@router.get("/promotions/{promotion_id}/reward_points")
async def list_reward_points(request: Request, promotion_id: str) -> JSONResponse:
    data = _data(request)
    promotion = _promotion(data, promotion_id)
    page = int_or_digits(request.query_params.get("page", "1"))
    if page is None or page < 1:
        raise SandboxError(422, ["page: must be a positive whole number"])
    start = (page - 1) * PAGE_SIZE
    points = data.reward_points_of(promotion.id)[start : start + PAGE_SIZE]
    return JSONResponse([rp.to_json() for rp in points])


@router.post("/promotions/{promotion_id}/reward_points")
async def create_reward_point_endpoint(request: Request, promotion_id: str) -> JSONResponse:
    data = _data(request)
    promotion = _promotion(data, promotion_id)
    body = await _json_body(request, "body: must be a JSON object")
    reward_point = create_reward_point(data, promotion, body)
    return JSONResponse(reward_point.to_json(), status_code=201)


@router.patch("/promotions/{promotion_id}/reward_points/{reward_point_id}")
async def update_reward_point_endpoint(
    request: Request, promotion_id: str, reward_point_id: str
) -> JSONResponse:
    data = _data(request)
    promotion = _promotion(data, promotion_id)
    reward_point = _reward_point(data, promotion, reward_point_id)
    body = await _json_body(request, "body: must be a JSON object")
    updated = update_reward_point(data, promotion, reward_point, body)
    return JSONResponse(updated.to_json())


@router.post("/promotions/{promotion_id}/data")
async def create_claims(request: Request, promotion_id: str) -> JSONResponse:
    state = sandbox_state(request)
    promotion = _promotion(state.myrewards, promotion_id)
    records = records_of(await _json_body(request, NOT_AN_ARRAY))
    returns = promotion.returns_enabled or (
        promotion.id == RETURNS_VARIANT_PROMOTION and variant_on(request, MYREWARDS_RETURNS)
    )
    stored = submit_claims(state.myrewards, promotion, records, returns)
    for item in stored:
        state.record_received(MYREWARDS, {"promotion_id": promotion.id, **item})
    return JSONResponse({"results": [{"claims": item["claims"]} for item in stored]}, 201)
