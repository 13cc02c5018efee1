"""Claret sales over HTTP (seeds/claret-sales.md, docs.claret.app facts in DESIGN.md): sales
of every page as typed models, the beta POST, and a token from email and password.

Every call sends ``Authorization: Bearer <token>`` and ``X-Requested-With: XMLHttpRequest``.
Without that header Claret answers a refused token with a redirect to its HTML sign-in page
rather than a JSON 401, so an answer that is a redirect or not JSON is read as an auth error.

A connection has either a token, or an email and password: then the token comes from
``POST /{tenant}/api/v1/tokens/create?email=…&password=…`` (before the first call, unless
one kept from before is given) and is fetched again once when Claret refuses it.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
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
from claimdesk.domain.translation import translate
from claimdesk.errors import (
    AmbiguousOutcome,
    AuthError,
    ClaimDeskError,
    PermanentError,
    RejectedError,
)
from claimdesk.redaction import redact, register_secret

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
QUOTE_CHARS = 300  # of an answer that could not be read, quoted in the error


class BetaNotConfirmed(ClaimDeskError):
    """A POST was attempted without confirming that Claret's POST is beta. Nothing was sent."""


class _Refused(Exception):
    """Claret refused the token: a 401, a redirect (to its sign-in page) or an answer that
    is not JSON. Internal: turned into an AuthError naming the credential."""

    def __init__(self, status: int | None, quote: str | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.quote = quote


def _quote(response: requests.Response) -> str:
    """The first characters of an answer that could not be read, on one line."""
    return redact(" ".join(response.text[:QUOTE_CHARS].split()))


@dataclass(frozen=True)
class ClaretCredentials:
    """A tenant and either a token, or an email and password (then ``token``, when given, is
    one kept from an earlier sign-in: used until Claret refuses it)."""

    tenant: str
    token: str = ""
    email: str = ""
    password: str = field(default="", repr=False)

    @property
    def signs_in(self) -> bool:
        return bool(self.email.strip())

    def headers(self) -> dict[str, str]:
        found = {"X-Requested-With": "XMLHttpRequest"}
        if self.token:
            found["Authorization"] = f"Bearer {self.token}"
        return found


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
            raise _Refused(response.status_code, _quote(response)) from None
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


# --- requests and answers, as the docs print them (tests replay the vendor's examples) -----


def tenant_path(tenant: str, resource: str) -> str:
    """``/{tenant}/api/v1/{resource}``."""
    return f"/{quote(tenant.strip(), safe='')}/{API}/{resource}"


def token_request(tenant: str, email: str, password: str) -> tuple[str, str, dict[str, str]]:
    """Method, path and query of the sign-in: email and password as query parameters."""
    return (
        "POST",
        tenant_path(tenant, "tokens/create"),
        {"email": email.strip(), "password": password},
    )


def token_from(body: Any) -> str | None:
    """The token of the sign-in's answer ``{"token": "1|…"}``; None when it holds none."""
    token = body.get("token") if isinstance(body, dict) else None
    return token if isinstance(token, str) and token else None


def sales_query(
    sale_type_name: str,
    start_date: dt.date,
    duration: int,
    *,
    include_flattened_hierarchy: bool = False,
    current_index: int | None = None,
) -> dict[str, Any]:
    """The GET /sales query; ``current_index`` left out of the first page's."""
    params: dict[str, Any] = {
        "sale_type_name": sale_type_name,
        "start_date": start_date.isoformat(),
        "duration": duration,
    }
    if include_flattened_hierarchy:  # optional, 1 or 0: left out rather than sent as 0
        params["include_flattened_hierarchy"] = 1
    if current_index is not None:
        params["current_index"] = current_index
    return params


# --- the connector ------------------------------------------------------------------------


class ClaretConnector:
    platform = "claret"

    def __init__(
        self,
        base_url: str,
        credentials: ClaretCredentials,
        *,
        http: HttpClient | None = None,
        keep_token: Callable[[str], None] | None = None,
    ) -> None:
        """``keep_token`` is called with each token fetched with the email and password
        (the service keeps it in the keyring for the next run)."""
        if not credentials.tenant.strip():
            raise ValueError("a Claret connection needs its tenant")
        if not credentials.token and not (credentials.signs_in and credentials.password):
            raise ValueError("a Claret connection needs a token, or an email and password")
        register_secret(credentials.token)
        register_secret(credentials.password)
        self.credentials = credentials
        self.tenant = credentials.tenant.strip()
        self.http = http or HttpClient(base_url, credentials.headers())
        self._token = credentials.token
        self._keep_token = keep_token
        self._token_lock = threading.Lock()

    def close(self) -> None:
        self.http.close()

    @property
    def who(self) -> str:
        """The credential in a sentence: "demo@example.com" or "the API token"."""
        if self.credentials.signs_in:
            return self.credentials.email.strip()
        return translate("Claret", "the API token of this connection")

    @staticmethod
    def create_token(
        base_url: str, tenant: str, email: str, password: str, *, http: HttpClient | None = None
    ) -> str:
        """A token from ``POST /{tenant}/api/v1/tokens/create`` with ``email`` and
        ``password`` as query parameters (docs.claret.app) → ``{"token": "1|…"}``."""
        register_secret(password)
        client = http or HttpClient(base_url, {"X-Requested-With": "XMLHttpRequest"})
        method, path, params = token_request(tenant, email, password)
        email = email.strip()
        refused = translate(
            "Claret",
            "Claret refused the sign-in of {email} (HTTP {status}). Check the sign-in email "
            "and password of this connection.",
        )
        try:
            # A second token is harmless, so a lost answer may be asked again.
            response = client.send(
                method,
                path,
                params=params,
                idempotent=True,
                rejection=_rejection_for(None, 0, "the sign-in", posted=False),
            )
            body = response.json()
        except ValueError:
            raise AuthError(
                translate(
                    "Claret",
                    "Claret's answer to the sign-in of {email} was not data (HTTP {status}), so "
                    "no token could be read. Check the address and tenant of this connection. "
                    "The answer began: “{quote}”",
                ).format(email=email, status=response.status_code, quote=_quote(response)),
                status=response.status_code,
            ) from None
        except _Refused as error:
            raise AuthError(
                refused.format(email=email, status=error.status) + _began(error.quote),
                status=error.status,
            ) from None
        except AuthError as error:
            if error.status == 403:
                raise AuthError(_forbidden(email, "the sign-in"), status=403) from None
            raise AuthError(
                refused.format(email=email, status=error.status), status=error.status
            ) from None
        except RejectedError as error:
            raise AuthError(
                translate("Claret", "Claret refused the sign-in of {email}: {reason}").format(
                    email=email, reason=error.message
                ),
                status=error.status,
            ) from None
        except PermanentError as error:
            raise _permanent(error, tenant, client.base_url, email) from None
        finally:
            if http is None:
                client.close()
        token = token_from(body)
        if token is None:
            raise PermanentError(
                translate(
                    "Claret", "Claret's answer to the sign-in of {email} held no token."
                ).format(email=email)
            )
        register_secret(token)
        return token

    def sign_in(self) -> str:
        """A new token from the email and password, used from now on; AuthError naming the
        email when Claret refuses them. For a connection with only a token: that token."""
        if not self.credentials.signs_in:
            return self._token
        self._renew(self._token)
        return self._token

    def _renew(self, used: str) -> None:
        """Fetch a token unless another thread has already replaced ``used``."""
        with self._token_lock:
            if self._token and self._token != used:
                return
            token = self.create_token(
                self.http.base_url,
                self.tenant,
                self.credentials.email,
                self.credentials.password,
                http=self.http,
            )
            self._token = token
            self.http.set_header("Authorization", f"Bearer {token}")
        if self._keep_token is not None:
            self._keep_token(token)

    def _path(self, resource: str) -> str:
        return tenant_path(self.tenant, resource)

    def _call(
        self,
        method: str,
        resource: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool,
        rejection: Callable[[requests.Response], RejectedError],
        posted: bool,
    ) -> tuple[requests.Response, Any]:
        """The answer and its JSON. A refused token (401, a redirect, an answer that is not
        JSON) is fetched again once when the connection has an email and password: a
        refusal stores nothing, so even a POST may be sent again.

        Guess: Claret checks the token before it reads a POST (Laravel's auth middleware
        runs before the controller), so a 401 or a redirect means nothing was stored."""
        if not self._token:
            self._renew("")
        for attempt in range(2):
            used = self._token
            try:
                response = self._send(
                    method,
                    resource,
                    params=params,
                    json=json,
                    idempotent=idempotent,
                    rejection=rejection,
                )
                return response, _json(response, posted=posted)
            except _Refused as refused:
                if attempt == 0 and self.credentials.signs_in:
                    self._renew(used)
                    continue
                raise self._token_refused(refused, renewed=attempt > 0) from None
        raise AssertionError("unreachable")

    def _token_refused(self, refused: _Refused, *, renewed: bool) -> AuthError:
        if renewed:
            text = translate(
                "Claret",
                "Claret refused the token it had just given {email} (HTTP {status}). Try "
                "again; if it goes on, ask your Claret administrator whether this account "
                "may use the API.",
            ).format(email=self.credentials.email.strip(), status=refused.status)
        else:
            text = translate(
                "Claret",
                "Claret refused the API token of this connection (HTTP {status}); it may have "
                "expired. Enter a new one, or your sign-in email and password instead (then "
                "ClaimDesk fetches tokens itself).",
            ).format(status=refused.status)
        redirected = refused.status is not None and 300 <= refused.status < 400
        if refused.quote is not None or redirected:
            text += " " + translate(
                "Claret",
                "Claret answered with a web page (or a redirect to one) instead of data, which "
                "is how it refuses a token.",
            )
        return AuthError(text + _began(refused.quote), status=refused.status)

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
            if error.status == 403:
                what = translate("Claret", "this request for sales")
                raise AuthError(_forbidden(self.who, what), status=403) from None
            raise _Refused(error.status) from None
        except PermanentError as error:
            if error.status is not None and 300 <= error.status < 400:
                # Not followed (the token stays home): Claret's way to refuse a token.
                raise _Refused(error.status) from None
            raise _permanent(error, self.tenant, self.http.base_url, self.who) from None

    # --- GET /sales, every page ----------------------------------------------------------

    def sales_pages(
        self,
        sale_type_name: str,
        start_date: dt.date,
        duration: int,
        *,
        include_flattened_hierarchy: bool = False,
    ) -> Generator[SalesPage, None, None]:
        """Each page in turn, fetched when asked for: the first without ``current_index``,
        then with the previous answer's ``next_index`` until it is null."""
        params = sales_query(
            sale_type_name,
            start_date,
            duration,
            include_flattened_hierarchy=include_flattened_hierarchy,
        )
        rejection = _rejection_for(params, 0, "the sales query", posted=False)
        seen: set[int] = set()
        for _ in range(MAX_PAGES):
            _response, body = self._call(
                "GET", "sales", params=params, idempotent=True, rejection=rejection, posted=False
            )
            page = _parse(SalesPage, body, "sales page")
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

    def first_page(self, sale_type_name: str, start_date: dt.date, duration: int) -> SalesPage:
        """One page (the first) of the query: what a connection test reads."""
        pages = self.sales_pages(sale_type_name, start_date, duration)
        try:
            return next(pages)
        finally:
            pages.close()

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
        response, answer = self._call(
            "POST",
            "sales",
            json=body,
            idempotent=False,
            rejection=_rejection_for(body, count, what, posted=True),
            posted=True,
        )
        try:
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
    """The answer's JSON. A GET answer that is not JSON is a refused token (a redirect to the
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
        raise _Refused(response.status_code, _quote(response)) from None


def _began(quote: str | None) -> str:
    if not quote:
        return ""
    return " " + translate("Claret", "The answer began: “{quote}”").format(quote=quote)


def _forbidden(who: str, what: str) -> str:
    return translate(
        "Claret",
        "Claret refused {what} to {who} (HTTP 403): the account lacks that permission. Ask "
        "your Claret administrator.",
    ).format(what=what, who=who)


def _permanent(error: PermanentError, tenant: str, base_url: str, who: str) -> PermanentError:
    """A 404 as the tenant not found (the one part of the path a connection sets).

    Guess: the docs do not say what an unknown tenant answers; every path ClaimDesk asks
    for is documented, so a 404 can only be the tenant (or the address)."""
    if error.status == 404:
        return PermanentError(
            translate(
                "Claret",
                "Claret has no tenant “{tenant}” at {url} (HTTP 404). Check the Tenant setting "
                "of this connection (the name in plan.claret.app/TENANT/…) and its address.",
            ).format(tenant=tenant.strip(), url=base_url),
            status=404,
        )
    return error


def _parse(model: type[_M], payload: Any, what: str) -> _M:
    return parse_answer(model.model_validate, payload, f"Claret {what}")
