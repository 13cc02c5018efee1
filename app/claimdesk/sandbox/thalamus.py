"""The Thalamus partner API (seeds/thalamus-partner-sale.md and DESIGN.md's facts).

Every call carries the touchpoint code and its API token, as headers (`Thalamus-Touchpoint`,
`Thalamus-Token`) or query parameters (`touchpoint`, `token`). `POST /api/v4/signin` with
{"principal", "password"} answers 200 and sets a session cookie; the calls under
/api/v4/partner need a live session (401 without one). Errors are Thalamus's own shape,
{"errors": {"<field>": "<Code>"}}.

The session, in the two documented readings (sandbox/variants.py): by the login's cookie, or by
HTTP Basic `principal:password` on each call ("Thalamus uses BASIC AUTH for managing the
session"; the public v4 SDK sends it after logging in). By default either is accepted; with
`thalamus-cookie-session` only the cookie counts (Basic alone is 401); with
`thalamus-basic-session` the login sets no cookie and only Basic counts. Either way a session
exists only after a login and ends with it, so a client that meets a 401 logs in again.

Assumed where the documents are silent (the connector assumes the same):
- a missing or unknown touchpoint, or a wrong token, is 400 on `touchpoint` / `token`
  (`TouchpointCodeRequired`, `InvalidTouchpointCode`, `TokenRequired`, `InvalidToken`);
- a wrong principal or password (in the login body or in Basic) is 401
  `{"credential": "InvalidCredentials"}`; a password outside 4–100 characters is 400
  `field.invalid.format` on `password`, and an empty one `field.required`, except at a
  touchpoint that needs no password (`KIOSK`), where a known principal logs in with an empty or
  absent password; logging in while the cookie's session is still live is 400
  `{"credential": "PartyAlreadyLoggedin"}`;
- the login's 200 body is not documented: this sandbox answers `{}`;
- no live session is 401 `{"session": "Unauthorized"}`;
- a sale's id (for DELETE) is shown only in /_sandbox/received; the 201 body is {"message": "OK"};
  DELETE of an unknown id is 400 `{"id": "invalidId"}`.

Sandbox controls: POST /_sandbox/thalamus/expire-sessions ends every session now;
GET /_sandbox/thalamus/sessions says how many logins were made and how many sessions are live.
"""

import base64
import binascii
import functools
import hmac
import json
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any, ParamSpec

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from .platforms import THALAMUS
from .thalamus_data import SESSION_COOKIE, Login, Session, ThalamusData, build_thalamus
from .thalamus_sales import (
    BAD_FORMAT,
    BODY_FIELD,
    INVALID_ID,
    INVALID_JSON,
    INVALID_ROLE,
    REQUIRED,
    check_sale,
)
from .variants import THALAMUS_BASIC_SESSION, THALAMUS_COOKIE_SESSION

# Not `from .state import …`: state.py imports this module for fresh_data(), so a name bound at
# import time would not exist yet when state.py is the first to be imported.
from . import state as sandbox_states  # isort: skip

router = APIRouter()
API = "/api/v4/partner"
SIGNIN = "/api/v4/signin"
CONTROL = "/_sandbox/thalamus"

PASSWORD_MIN, PASSWORD_MAX = 4, 100

P = ParamSpec("P")


def fresh_data() -> ThalamusData:
    """Thalamus's demo data, new on every start and reset (all sessions end)."""
    return build_thalamus()


class Refused(Exception):
    """An error answer in Thalamus's shape."""

    def __init__(self, status: int, errors: dict[str, str]) -> None:
        super().__init__(status, errors)
        self.status = status
        self.errors = errors

    def response(self) -> JSONResponse:
        return JSONResponse({"errors": self.errors}, status_code=self.status)


def thalamus_errors(
    endpoint: Callable[P, Awaitable[Response]],
) -> Callable[P, Awaitable[Response]]:
    """Turn a `Refused` raised by the endpoint into its JSON answer."""

    @functools.wraps(endpoint)
    async def answer(*args: P.args, **kwargs: P.kwargs) -> Response:
        try:
            return await endpoint(*args, **kwargs)
        except Refused as refused:
            return refused.response()

    return answer


def _data(request: Request) -> ThalamusData:
    data: ThalamusData = sandbox_states.sandbox_state(request).thalamus
    return data


def _credential(request: Request, header: str, query: str) -> str:
    return (request.headers.get(header) or request.query_params.get(query) or "").strip()


def _touchpoint(request: Request, data: ThalamusData) -> str:
    """The touchpoint code after checking its API token (header or query parameter)."""
    touchpoint = _credential(request, "thalamus-touchpoint", "touchpoint")
    token = _credential(request, "thalamus-token", "token")
    errors: dict[str, str] = {}
    if not touchpoint:
        errors["touchpoint"] = "TouchpointCodeRequired"
    elif touchpoint not in data.touchpoints:
        errors["touchpoint"] = "InvalidTouchpointCode"
    if not token:
        errors["token"] = "TokenRequired"
    elif not errors and not hmac.compare_digest(
        token.encode(), data.touchpoints[touchpoint].encode()
    ):
        errors["token"] = "InvalidToken"
    if errors:
        raise Refused(400, errors)
    return touchpoint


def _checked_login(
    data: ThalamusData, touchpoint: str, principal: str, password: str
) -> Login | None:
    """The login of ``principal`` when ``password`` is right (or empty at a touchpoint that
    needs none), else None; the same work either way."""
    known = data.logins.get(principal)
    if known is not None and not password and touchpoint in data.passwordless:
        return known
    expected = known.password if known else "\x00" + password
    if known is None or not hmac.compare_digest(password.encode(), expected.encode()):
        return None
    return known


def _basic(request: Request) -> tuple[str, str] | None:
    """(principal, password) of an `Authorization: Basic …` header; None without one."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        raise Refused(401, {"credential": "InvalidCredentials"}) from None
    principal, colon, password = decoded.partition(":")
    if not colon:
        raise Refused(401, {"credential": "InvalidCredentials"})
    return principal, password


def _session(request: Request, data: ThalamusData, touchpoint: str) -> Session:
    """The caller's live session: by its cookie and/or by Basic principal:password, as the
    variants say (default: either)."""
    if not sandbox_states.variant_on(request, THALAMUS_BASIC_SESSION):
        session = data.live_session(request.cookies.get(SESSION_COOKIE), touchpoint)
        if session is not None:
            return session
    if not sandbox_states.variant_on(request, THALAMUS_COOKIE_SESSION):
        basic = _basic(request)
        if basic is not None:
            principal, password = basic
            if _checked_login(data, touchpoint, principal, password) is None:
                raise Refused(401, {"credential": "InvalidCredentials"})
            session = data.live_session_of(principal, touchpoint)
            if session is not None:
                return session
    raise Refused(401, {"session": "Unauthorized"})


def _partner(request: Request, data: ThalamusData) -> tuple[str, str]:
    """(touchpoint, partner principal) of a call that needs a logged-in partner."""
    touchpoint = _touchpoint(request, data)
    session = _session(request, data, touchpoint)
    login = data.logins.get(session.principal)
    if login is None or login.role != "partner":
        raise Refused(400, {"partner": INVALID_ROLE})
    return touchpoint, session.principal


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body(), parse_constant=_reject_constant)
    except ValueError:
        raise Refused(400, {BODY_FIELD: INVALID_JSON}) from None
    if not isinstance(body, dict):
        raise Refused(400, {BODY_FIELD: INVALID_JSON})
    return body


@router.post(SIGNIN)
@thalamus_errors
async def signin(request: Request) -> Response:
    data = _data(request)
    touchpoint = _touchpoint(request, data)
    by_cookie = not sandbox_states.variant_on(request, THALAMUS_BASIC_SESSION)
    live = data.live_session(request.cookies.get(SESSION_COOKIE), touchpoint)
    if by_cookie and live is not None:
        raise Refused(400, {"credential": "PartyAlreadyLoggedin"})
    body = await _json_object(request)
    principal, password = body.get("principal"), body.get("password")
    passwordless = touchpoint in data.passwordless
    if passwordless and password is None:
        password = ""
    errors: dict[str, str] = {}
    if not isinstance(principal, str) or not principal.strip():
        errors["principal"] = REQUIRED if principal in (None, "") else BAD_FORMAT
    if not isinstance(password, str):
        errors["password"] = REQUIRED if password is None else BAD_FORMAT
    elif not password and not passwordless:
        errors["password"] = REQUIRED
    elif password and not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        errors["password"] = BAD_FORMAT
    if errors:
        raise Refused(400, errors)
    assert isinstance(principal, str)
    assert isinstance(password, str)
    known = _checked_login(data, touchpoint, principal.strip(), password)
    if known is None:
        raise Refused(401, {"credential": "InvalidCredentials"})
    session = data.open_session(known.principal, touchpoint)
    answer = JSONResponse({})
    if by_cookie:
        answer.set_cookie(SESSION_COOKIE, session, path="/", httponly=True, samesite="lax")
    return answer


@router.get(f"{API}/skus")
@thalamus_errors
async def list_partner_skus(request: Request) -> Response:
    data = _data(request)
    _touchpoint_code, partner = _partner(request, data)
    skus = data.partner_skus.get(partner, {}).values()
    return JSONResponse({"partnerSkus": [sku.to_json() for sku in skus]})


@router.post(f"{API}/sale")
@thalamus_errors
async def create_sale(request: Request) -> Response:
    state = sandbox_states.sandbox_state(request)
    data = state.thalamus
    touchpoint, partner = _partner(request, data)
    body = await _json_object(request)
    errors, facts = check_sale(data, partner, body, date.today())
    if errors:
        raise Refused(400, errors)
    record = {"partner": partner, "touchpoint": touchpoint, "sale": body, **facts}
    sale_id = data.store_sale(record)
    state.record_received(THALAMUS, {"id": sale_id, **record})
    return JSONResponse({"message": "OK"}, status_code=201)


@router.delete(f"{API}/sale/{{sale_id}}")
@thalamus_errors
async def delete_sale(request: Request, sale_id: str) -> Response:
    state = sandbox_states.sandbox_state(request)
    data = state.thalamus
    _touchpoint_code, partner = _partner(request, data)
    number = int(sale_id) if sale_id.isdigit() else None
    sale = data.sales.get(number) if number is not None else None
    if number is None or sale is None or sale["partner"] != partner:
        raise Refused(400, {"id": INVALID_ID if number is not None else BAD_FORMAT})
    del data.sales[number]
    # What the server holds: a deleted sale leaves the received log too.
    state.received[:] = [
        item
        for item in state.received
        if not (item["platform"] == THALAMUS and item.get("id") == number)
    ]
    return JSONResponse({"message": "OK"})


@router.post(f"{CONTROL}/expire-sessions")
async def expire_sessions(request: Request) -> dict[str, int]:
    return {"expired": _data(request).expire_sessions()}


@router.get(f"{CONTROL}/sessions")
async def sessions(request: Request) -> dict[str, int]:
    data = _data(request)
    return {
        "logins": data.logins_made,
        "live": sum(1 for session in data.sessions.values() if session.live),
    }
