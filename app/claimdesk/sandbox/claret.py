"""The Claret sales API (seeds/claret-sales.md and DESIGN.md), under /{tenant}/api/v1.

Auth is `Authorization: Bearer <token>` (the demo token, or one from tokens/create, which
takes `email` and `password` as query parameters, as documented). Like Claret's (Laravel)
server, a refused call made with `X-Requested-With: XMLHttpRequest` gets a JSON 401; one made
without it is redirected (302) to the tenant's HTML sign-in page, which is what an expired
token looks like to a client that forgets the header.

Guess: the docs do not say how long a token lives. By default it lives until the sandbox is
reset; with the variant `claret-short-tokens` a token from tokens/create serves
`SHORT_TOKEN_CALLS` calls and is then refused, as an expired one (the fixed demo token never
expires).
"""

import hmac
import json
import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from .claret_data import DEMO_EMAIL, DEMO_PASSWORD, ClaretData, build_claret
from .claret_sales import ClaretInvalid, read_query, required, sales_page, submit_sales
from .demo_credentials import CLARET_TOKEN
from .json_values import is_blank
from .platforms import CLARET
from .variants import CLARET_SHORT_TOKENS

# Not `from .state import …`: state.py imports this module for fresh_data(), so a name bound at
# import time would not exist yet when state.py is the first to be imported.
from . import state as sandbox_states  # isort: skip

router = APIRouter()

SHORT_TOKEN_CALLS = 3  # calls a created token serves under claret-short-tokens
UNAUTHENTICATED = "Unauthenticated."
BAD_LOGIN = "These credentials do not match our records."
_BEARER_PREFIX = "bearer "
_LOGIN_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Claret · Sign in</title></head>
<body><h1>Sign in to Claret</h1>
<form method="post" action="login"><label>Email <input name="email" type="email"></label>
<label>Password <input name="password" type="password"></label>
<button type="submit">Sign in</button></form></body></html>
"""


def fresh_data() -> ClaretData:
    """Claret's demo data, new on every start and reset."""
    return build_claret()


def _data(request: Request) -> ClaretData:
    data: ClaretData = sandbox_states.sandbox_state(request).claret
    return data


def _message(status: int, message: str) -> JSONResponse:
    return JSONResponse({"message": message}, status_code=status)


def _tenant_missing(data: ClaretData, tenant: str) -> JSONResponse | None:
    if tenant != data.tenant:
        return _message(404, f'Tenant "{tenant}" not found.')
    return None


def _known_token(data: ClaretData, header: str) -> str | None:
    """The known token the header carries, or None."""
    if header[: len(_BEARER_PREFIX)].casefold() != _BEARER_PREFIX:
        return None
    token = header[len(_BEARER_PREFIX) :].strip().encode()
    known = [CLARET_TOKEN, *data.tokens]
    # Compare with every known token, so the time taken says nothing about which matched.
    matches = [k for k in known if hmac.compare_digest(token, k.encode())]
    return matches[0] if matches else None


def _token_is_valid(request: Request, data: ClaretData, header: str) -> bool:
    """Whether the header carries a live token; counts the call against a created token's
    life under claret-short-tokens (it is refused once it has served SHORT_TOKEN_CALLS)."""
    token = _known_token(data, header)
    if token is None:
        return False
    if token == CLARET_TOKEN or not sandbox_states.variant_on(request, CLARET_SHORT_TOKENS):
        return True
    if data.tokens[token] >= SHORT_TOKEN_CALLS:
        del data.tokens[token]  # expired: from now on unknown
        return False
    data.tokens[token] += 1
    return True


def _refusal(request: Request, data: ClaretData, tenant: str) -> Response | None:
    """None when the tenant exists and the bearer token is valid; else the refusal."""
    missing = _tenant_missing(data, tenant)
    if missing is not None:
        return missing
    if _token_is_valid(request, data, request.headers.get("authorization", "")):
        return None
    if request.headers.get("x-requested-with", "").casefold() == "xmlhttprequest":
        return _message(401, UNAUTHENTICATED)
    return RedirectResponse(f"/{tenant}/login", status_code=302)


def _invalid(error: ClaretInvalid) -> JSONResponse:
    return JSONResponse(error.body(), status_code=422)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def _json_body(request: Request) -> object:
    """The parsed body (strict JSON), or None when it is not JSON (Laravel then sees no input)."""
    try:
        body: object = json.loads(await request.body(), parse_constant=_reject_constant)
    except ValueError:
        return None
    return body


@router.get("/{tenant}/login", response_class=HTMLResponse)
async def login_page(tenant: str) -> HTMLResponse:
    """Where an unauthenticated browser-style request is sent: a page, not JSON."""
    return HTMLResponse(_LOGIN_PAGE)


@router.post("/{tenant}/api/v1/tokens/create")
async def create_token(request: Request, tenant: str) -> JSONResponse:
    data = _data(request)
    missing = _tenant_missing(data, tenant)
    if missing is not None:
        return missing
    # Documented as query parameters (a body is not read, so a client that posts JSON
    # instead is told the fields are missing).
    fields = dict(request.query_params)
    errors = {
        name: [required(name)] for name in ("email", "password") if is_blank(fields.get(name))
    }
    if errors:
        return _invalid(ClaretInvalid(errors))
    email, password = fields["email"], fields["password"]
    if not (
        isinstance(email, str)
        and isinstance(password, str)
        and hmac.compare_digest(email.strip().casefold().encode(), DEMO_EMAIL.encode())
        and hmac.compare_digest(password.encode(), DEMO_PASSWORD.encode())
    ):
        return _message(401, BAD_LOGIN)
    # The docs' token looks like "1|…" (Laravel Sanctum: the token's id, a bar, the secret).
    token = f"{len(data.tokens) + 1}|" + secrets.token_urlsafe(30)
    data.tokens[token] = 0
    return JSONResponse({"token": token})


@router.get("/{tenant}/api/v1/sales")
async def list_sales(request: Request, tenant: str) -> Response:
    data = _data(request)
    refusal = _refusal(request, data, tenant)
    if refusal is not None:
        return refusal
    try:
        query = read_query(data, dict(request.query_params))
    except ClaretInvalid as error:
        return _invalid(error)
    return JSONResponse(sales_page(data, query))


@router.post("/{tenant}/api/v1/sales")
async def create_sales(request: Request, tenant: str) -> Response:
    state = sandbox_states.sandbox_state(request)
    data: ClaretData = state.claret
    refusal = _refusal(request, data, tenant)
    if refusal is not None:
        return refusal
    try:
        stored = submit_sales(data, await _json_body(request))
    except ClaretInvalid as error:
        return _invalid(error)
    for sale, row in zip(stored.sales, stored.rows, strict=True):
        state.record_received(
            CLARET,
            {
                "tenant": tenant,
                "arguments": {
                    "sale_type_name": stored.sale_type_name,
                    "create_missing_item_customer_group": stored.create_missing,
                },
                "record": row,
                "id": sale["id"],
            },
        )
    count = len(stored.sales)
    return JSONResponse(
        {
            "message": f"{count} sale{'s' if count != 1 else ''} created.",
            "total": count,
            "sales": stored.sales,
            "created_items": stored.created_items,
            "created_customer_groups": stored.created_customer_groups,
        },
        status_code=201,
    )
