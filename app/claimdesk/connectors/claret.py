"""Claret sales over HTTP (seeds/claret-sales.md, docs.claret.app facts in DESIGN.md): sales
of every page as typed models, the beta POST, and a token from email and password.

Every call sends ``Authorization: Bearer <token>`` and ``X-Requested-With: XMLHttpRequest``.
Without that header Claret answers a refused token with a redirect to its HTML sign-in page
rather than a JSON 401, so an answer that is a redirect or not JSON is read as an auth error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

import requests
from pydantic import BaseModel, ConfigDict, ValidationError

from claimdesk.connectors.http import HttpClient, parse_answer
from claimdesk.domain.claret import (
    CREATE_MISSING,
    CUSTOMER_GROUP,
    ITEM,
    SALE_TYPE,
    TIMING_INTERVAL,
    Sale,
    SalesRow,
    sales_body,
)
from claimdesk.domain.issues import Issue
from claimdesk.errors import (
    AmbiguousOutcome,
    AuthError,
    ClaimDeskError,
    PermanentError,
    RejectedError,
)
from claimdesk.redaction import register_secret

_M = TypeVar("_M", bound=BaseModel)

API = "api/v1"
PAGE_SIZE = 1000  # records per GET page (the seed)
MAX_POST_ROWS = 1000  # assumed: rows per POST, as many as a page holds
MAX_PAGES = 100_000  # a guard against a server whose next_index never ends
POST_IS_BETA = True  # the seed: "currently in beta … Do not use for production data"
BETA_NOT_CONFIRMED = (
    "Not sent: Claret's sales POST is in beta and not for production data. Confirm that "
    "first (the window asks; the command line needs its explicit beta flag)."
)
NOT_JSON = (
    "Claret answered with a web page instead of data, which is how it refuses a token that is "
    "wrong or has expired. Check the API token of this connection."
)
TOKEN_REFUSED = (
    "Claret refused the API token (HTTP {status}). Check the token of this connection; it "
    "may have expired."
)


class BetaNotConfirmed(ClaimDeskError):
    """A POST was attempted without confirming that Claret's POST is beta. Nothing was sent."""


@dataclass(frozen=True)
class ClaretCredentials:
    tenant: str
    token: str

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "X-Requested-With": "XMLHttpRequest"}


class SalesPage(BaseModel):
    """One answer of GET /sales."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    total: int
    per_page: int
    next_index: int | None = None
    sales: list[Sale]


class SalesCreated(BaseModel):
    """The answer of POST /sales (the sandbox's shape; the seed does not give one)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    sales: list[Sale] = []
    created_items: list[str] = []
    created_customer_groups: list[str] = []


# --- Claret's validation errors, as issues on the form's fields ----------------------------

_CREATE_HINT = "; tick “Create missing items and customer groups” to have Claret create it"

# Keys name the place: "sale_type_name" (a query parameter), "arguments.sale_type_name",
# "content.3.item_name" (row 3, zero-based), "content".
_KEY = re.compile(r"^(?:(arguments|content)(?:\.|$))?(?:(\d+)(?:\.|$))?([A-Za-z_]\w*)?$")

# Claret's "The selected … is invalid." for a name it does not know, in plain words.
_UNKNOWN = {
    SALE_TYPE: ("unknown_sale_type", "is not a sale type of this Claret tenant", ""),
    ITEM: ("unknown_item", "is not an item in Claret", _CREATE_HINT),
    CUSTOMER_GROUP: ("unknown_customer_group", "is not a customer group in Claret", _CREATE_HINT),
    TIMING_INTERVAL: (
        "unknown_timing_interval",
        "is not a timing interval in Claret",
        " (e.g. Daily, Weekly, Monthly)",
    ),
}

_Rule = tuple[re.Pattern[str], str, Callable[[re.Match[str]], str]]
_RULES: tuple[_Rule, ...] = (
    (re.compile(r"field is required"), "required", lambda m: "is required"),
    (re.compile(r"must be a string"), "not_text", lambda m: "must be text"),
    (
        re.compile(r"may not be greater than (\d+) characters"),
        "too_long",
        lambda m: f"must be at most {int(m.group(1)):,} characters",
    ),
    (
        re.compile(r"does not match the format"),
        "not_a_date",
        lambda m: "must be a date written YYYY-MM-DD",
    ),
    (re.compile(r"must be an integer"), "not_a_whole_number", lambda m: "must be a whole number"),
    (
        re.compile(r"must be between (-?\d+) and (-?\d+)"),
        "out_of_range",
        lambda m: f"must be from {int(m.group(1)):,} to {int(m.group(2)):,}",
    ),
    (re.compile(r"must be 0 or 1"), "not_0_or_1", lambda m: "must be 0 or 1 (no or yes)"),
)


@dataclass(frozen=True)
class ServerError:
    """One of Claret's messages, located."""

    field: str | None
    row: int | None
    issue: Issue


def read_error(key: str, message: str, sent: Mapping[str, Any] | None = None) -> ServerError:
    """Claret's ``key`` and message as an issue on the field it names, in plain words.

    ``sent`` is the body that was posted, to quote the refused value."""
    match = _KEY.match(key)
    field = match.group(3) if match else None
    row = int(match.group(2)) if match and match.group(2) is not None else None
    place = match.group(1) if match else None
    text = message.strip()
    if field in _UNKNOWN and "is invalid" in text:
        code, what, hint = _UNKNOWN[field]
        value = _sent_value(sent, place, row, field)
        plain = f"“{value}” {what}{hint}" if value else f"{what}{hint}"
        return ServerError(field, row, Issue(field, code, plain))
    for pattern, code, say in _RULES:
        found = pattern.search(text)
        if found:
            return ServerError(field, row, Issue(field, code, say(found)))
    return ServerError(field, row, Issue(field, "server", text or "was refused by Claret"))


def _sent_value(
    sent: Mapping[str, Any] | None, place: str | None, row: int | None, field: str
) -> str:
    if sent is None:
        return ""
    try:
        if place == "content" and row is not None:
            value = sent["content"][row][field]
        elif place == "arguments":
            value = sent["arguments"][field]
        else:
            value = sent[field]
    except (KeyError, IndexError, TypeError):
        return ""
    return str(value) if value is not None else ""


def _rejection_for(
    sent: Mapping[str, Any] | None, rows: int, what: str, *, posted: bool
) -> Callable[[requests.Response], RejectedError]:
    """The 4xx reader for one request: Laravel's ``{"message", "errors": {key: [..]}}``.
    ``sent`` is the body or query sent, to quote refused values.

    A 4xx that is not JSON is an HTML page (sign-in, session expired): an auth error."""

    def rejection(response: requests.Response) -> RejectedError:
        try:
            body = response.json()
        except ValueError:
            raise AuthError(NOT_JSON, status=response.status_code) from None
        errors = body.get("errors") if isinstance(body, dict) else None
        found: list[ServerError] = []
        if isinstance(errors, dict):
            for key, messages in errors.items():
                for message in messages if isinstance(messages, list) else [messages]:
                    found.append(read_error(str(key), str(message), sent))
        if not found:
            said = body.get("message") if isinstance(body, dict) else None
            reason = f": {said}" if isinstance(said, str) and said.strip() else ""
            return RejectedError(
                f"Claret refused {what} (HTTP {response.status_code}){reason}.",
                status=response.status_code,
            )
        issues = tuple(_with_row(e, rows) for e in found)
        indexes = [e.row for e in found if e.row is not None]
        first = min(indexes) if indexes else None
        reasons = "; ".join(i.describe(_LABELS.get(i.field or "")) for i in issues)
        stored = " Nothing was stored." if posted else ""
        return RejectedError(
            f"Claret refused {what}: {reasons}.{stored}",
            issues,
            record_index=first,
            status=response.status_code,
        )

    return rejection


_LABELS = {
    SALE_TYPE: "Sale type",
    CREATE_MISSING: "Create missing items and customer groups",
    ITEM: "Item",
    CUSTOMER_GROUP: "Customer group",
    "sell_date": "Sell date",
    TIMING_INTERVAL: "Timing interval",
    "quantity": "Quantity",
}


def _with_row(error: ServerError, rows: int) -> Issue:
    """With several rows sent, say which one (1-based, as a person counts)."""
    if error.row is None or rows <= 1:
        return error.issue
    return Issue(
        error.issue.field, error.issue.code, f"(row {error.row + 1}) {error.issue.message}"
    )


# --- the connector ------------------------------------------------------------------------


class ClaretConnector:
    platform = "claret"

    def __init__(
        self, base_url: str, credentials: ClaretCredentials, *, http: HttpClient | None = None
    ) -> None:
        if not credentials.tenant.strip():
            raise ValueError("a Claret connection needs its tenant")
        register_secret(credentials.token)
        self.tenant = credentials.tenant.strip()
        self.http = http or HttpClient(base_url, credentials.headers())

    def close(self) -> None:
        self.http.close()

    @staticmethod
    def create_token(
        base_url: str, tenant: str, email: str, password: str, *, http: HttpClient | None = None
    ) -> str:
        """A token from ``POST /{tenant}/api/v1/tokens/create`` (docs.claret.app)."""
        register_secret(password)
        client = http or HttpClient(base_url, {"X-Requested-With": "XMLHttpRequest"})
        path = f"/{quote(tenant.strip(), safe='')}/{API}/tokens/create"
        try:
            # A second token is harmless, so a lost answer may be asked again.
            response = client.send(
                "POST",
                path,
                json={"email": email, "password": password},
                idempotent=True,
                rejection=_rejection_for(None, 0, "the sign-in", posted=False),
            )
            body = _json(response, posted=False)
        except AuthError as error:
            raise AuthError(
                "Claret refused the email or password (or the tenant's sign-in).",
                status=error.status,
            ) from None
        finally:
            if http is None:
                client.close()
        token = body.get("token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise PermanentError("Claret's sign-in answer held no token.")
        register_secret(token)
        return token

    def _path(self, resource: str) -> str:
        return f"/{quote(self.tenant, safe='')}/{API}/{resource}"

    def _send(
        self,
        method: str,
        resource: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool,
        rejection: Callable[[requests.Response], RejectedError],
    ) -> requests.Response:
        try:
            return self.http.send(
                method,
                self._path(resource),
                params=params,
                json=json,
                idempotent=idempotent,
                rejection=rejection,
            )
        except AuthError as error:
            if error.status == 401 and error.message != NOT_JSON:
                raise AuthError(
                    TOKEN_REFUSED.format(status=error.status), status=error.status
                ) from None
            raise
        except PermanentError as error:
            if error.status is not None and 300 <= error.status < 400:
                # Not followed (the token stays home): Claret's way to refuse a token.
                raise AuthError(NOT_JSON, status=error.status) from None
            if error.status == 404:
                raise PermanentError(
                    f"Claret has no tenant “{self.tenant}” at {self.http.base_url} (HTTP 404). "
                    "Check the address and tenant of this connection.",
                    status=404,
                ) from None
            raise

    # --- GET /sales, every page ----------------------------------------------------------

    def sales_pages(
        self,
        sale_type_name: str,
        start_date: dt.date,
        duration: int,
        *,
        include_flattened_hierarchy: bool = False,
    ) -> Iterator[SalesPage]:
        """Each page in turn, fetched when asked for: the first without ``current_index``,
        then with the previous answer's ``next_index`` until it is null."""
        params: dict[str, Any] = {
            "sale_type_name": sale_type_name,
            "start_date": start_date.isoformat(),
            "duration": duration,
            "include_flattened_hierarchy": 1 if include_flattened_hierarchy else 0,
        }
        rejection = _rejection_for(params, 0, "the sales query", posted=False)
        seen: set[int] = set()
        for _ in range(MAX_PAGES):
            response = self._send(
                "GET", "sales", params=params, idempotent=True, rejection=rejection
            )
            page = _parse(SalesPage, _json(response, posted=False), "sales page")
            yield page
            if page.next_index is None:
                return
            if page.next_index in seen:
                raise PermanentError(
                    f"Claret's paging went round in a circle (next_index {page.next_index} again)."
                )
            seen.add(page.next_index)
            params["current_index"] = page.next_index
        raise PermanentError(f"Claret kept sending pages past page {MAX_PAGES:,}.")

    def iter_sales(
        self,
        sale_type_name: str,
        start_date: dt.date,
        duration: int,
        *,
        include_flattened_hierarchy: bool = False,
    ) -> Iterator[Sale]:
        """Every record, the next page fetched only when the previous one is used up."""
        for page in self.sales_pages(
            sale_type_name,
            start_date,
            duration,
            include_flattened_hierarchy=include_flattened_hierarchy,
        ):
            yield from page.sales

    def sales(
        self,
        sale_type_name: str,
        start_date: dt.date,
        duration: int,
        *,
        include_flattened_hierarchy: bool = False,
    ) -> list[Sale]:
        return list(
            self.iter_sales(
                sale_type_name,
                start_date,
                duration,
                include_flattened_hierarchy=include_flattened_hierarchy,
            )
        )

    # --- POST /sales (beta) --------------------------------------------------------------

    def submit_sales(
        self,
        sale_type_name: str,
        rows: Sequence[SalesRow],
        *,
        create_missing: bool = False,
        beta_confirmed: bool,
    ) -> SalesCreated:
        """POST the rows. All-or-nothing (assumed, as the sandbox): a RejectedError means none
        was stored. ``beta_confirmed`` must be True: the seed marks this endpoint beta."""
        if not beta_confirmed:
            raise BetaNotConfirmed(BETA_NOT_CONFIRMED)
        if not rows:
            raise ValueError("no sales rows to send")
        if len(rows) > MAX_POST_ROWS:
            raise ValueError(f"at most {MAX_POST_ROWS} sales rows per request, not {len(rows)}")
        body = sales_body(sale_type_name, rows, create_missing)
        count = len(rows)
        what = "the sale" if count == 1 else f"the {count} sales"
        response = self._send(
            "POST",
            "sales",
            json=body,
            idempotent=False,
            rejection=_rejection_for(body, count, what, posted=True),
        )
        try:
            answer = _json(response, posted=True)
            created = SalesCreated.model_validate(answer)
        except ValidationError:
            raise AmbiguousOutcome(
                f"Claret accepted the request (HTTP {response.status_code}) but its answer could "
                "not be read. Check in Claret before sending again.",
                status=response.status_code,
            ) from None
        if len(created.sales) not in (0, count):
            raise AmbiguousOutcome(
                f"Claret answered for {len(created.sales)} of {count} sales. Check in Claret "
                "before sending again.",
                status=response.status_code,
            )
        return created


def _json(response: requests.Response, *, posted: bool) -> Any:
    """The answer's JSON. A GET answer that is not JSON is an auth error (a redirect to the
    sign-in page, never followed, is one too: ``ClaretConnector._send``); a POST answer that
    is not JSON, with no redirect, may have stored the data."""
    try:
        return response.json()
    except ValueError:
        if posted:
            raise AmbiguousOutcome(
                f"Claret's answer to the sales upload was not data (HTTP {response.status_code}), "
                "so it is unknown whether the sales were stored. Check in Claret before sending "
                "again.",
                status=response.status_code,
            ) from None
        raise AuthError(NOT_JSON, status=response.status_code) from None


def _parse(model: type[_M], payload: Any, what: str) -> _M:
    return parse_answer(model.model_validate, payload, f"Claret {what}")
