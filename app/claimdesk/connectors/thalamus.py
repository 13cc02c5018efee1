"""Thalamus over HTTP: the partner login, partner SKUs, and one sale per request.

The login (DESIGN.md, "Facts from the vendors' public docs"): ``POST /api/v4/signin`` (a
connection setting, for instances that differ) with ``{"principal", "password"}`` answers 200
and may set session cookies; Thalamus also "uses BASIC AUTH for managing the session", and its
public v4 SDK sends HTTP Basic ``principal:password`` on every call after the login. A server
may follow either reading, so ClaimDesk does both: the cookies live in the pooled
``requests.Session`` and every later call also carries the Basic header. A login that sets no
cookie is fine (the Basic reading).

Every call sends the touchpoint code and its API token as the headers ``Thalamus-Touchpoint``
and ``Thalamus-Token`` (Thalamus also takes them as query parameters; headers keep the token
out of URLs and logs). A call refused with 401 (the session ended) logs in again once and is
repeated once: a 401 means nothing was stored, so repeating even the sale is safe.

Many threads may share one connector (``ThalamusService.submit_many``): the login happens
once; when several calls meet the same ended session, only the first logs in again; the
others see the new session (``_generation``) and just repeat their call.

The sale POST is never retried on a broken connection or a 5xx: Thalamus does not
deduplicate ``transactionId`` (assumed; the seed is silent), so a repeat would be a second sale.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from pydantic import ValidationError

from claimdesk.connectors.http import (
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    HttpClient,
    IssueParser,
    json_body,
    make_session,
)
from claimdesk.domain.issues import Issue
from claimdesk.domain.thalamus import (
    FIELD_LABELS,
    PartnerSku,
    PartnerSkuList,
    SaleCreated,
    server_issues,
)
from claimdesk.domain.translation import translate
from claimdesk.errors import (
    AmbiguousOutcome,
    AuthError,
    ClaimDeskError,
    PermanentError,
    RateLimited,
    RejectedError,
    TransientError,
    UntrustedCertificate,
)
from claimdesk.redaction import register_secret

API = "/api/v4/partner"
DEFAULT_LOGIN_PATH = "/api/v4/signin"
TOUCHPOINT_HEADER = "Thalamus-Touchpoint"
TOKEN_HEADER = "Thalamus-Token"
# "password 4–100 characters; some touchpoints need none": empty, or 4 to 100 characters.
PASSWORD_MIN, PASSWORD_MAX = 4, 100
QUOTE_LIMIT = 300  # characters of an unreadable answer quoted in a message
_CREDENTIAL_FIELDS = frozenset({"touchpoint", "token"})


@dataclass(frozen=True)
class ThalamusCredentials:
    """The touchpoint (code and API token) and the partner's login (principal, password;
    the password is empty at a touchpoint that needs none)."""

    touchpoint: str
    api_token: str = field(repr=False)
    principal: str
    password: str = field(repr=False)


def basic_authorization(principal: str, password: str) -> str:
    """HTTP Basic ``principal:password`` (RFC 7617). Guess: UTF-8 for characters beyond
    ASCII (RFC 7617's recommendation; the docs are silent)."""
    token = base64.b64encode(f"{principal}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def quoted(response: requests.Response) -> str:
    """The first 300 characters of an answer, for a message about an answer not understood."""
    text = response.text.strip()
    if not text:
        return translate("Thalamus", "an empty answer")
    cut = text[:QUOTE_LIMIT]
    return "“" + cut + ("…" if len(text) > QUOTE_LIMIT else "") + "”"


def _describe(issues: tuple[Issue, ...]) -> str:
    return "; ".join(i.describe(FIELD_LABELS.get(i.field or "")) for i in issues)


def _errors_of(response: requests.Response) -> Any:
    try:
        body = response.json()
    except ValueError:
        return None
    return body.get("errors") if isinstance(body, dict) else None


def sale_rejection(sent: Mapping[str, Any]) -> IssueParser:
    """400: {"errors": {"<field>": "<Code>"}}, each code on its form field with a sentence."""

    def parse(response: requests.Response) -> RejectedError:
        issues = server_issues(_errors_of(response), sent)
        if not issues:
            return RejectedError(
                translate(
                    "Thalamus",
                    "Thalamus refused the request (HTTP {status}) without saying why in its "
                    "error shape; it answered: {answer}",
                ).format(status=response.status_code, answer=quoted(response)),
                status=response.status_code,
            )
        return RejectedError(
            f"Thalamus refused the sale: {_describe(issues)}. Nothing was stored.",
            issues,
            status=response.status_code,
        )

    return parse


_CREDENTIAL_SENTENCES = {
    "TouchpointCodeRequired": "no touchpoint code was sent",
    "InvalidTouchpointCode": "it does not know the touchpoint “{touchpoint}”",
    "TokenRequired": "no API token was sent for the touchpoint",
    "InvalidToken": "it refused the touchpoint's API token",
    "InvalidCredentials": "the partner principal or password is wrong",
    "PartyAlreadyLoggedin": "it says this party is already logged in",
}


def _same_kind(error: ClaimDeskError, message: str) -> ClaimDeskError:
    """``error`` again, same class and status, with a message that says more."""
    if isinstance(error, RejectedError):
        return RejectedError(message, error.issues, status=error.status)
    if isinstance(error, RateLimited):
        return RateLimited(message, error.retry_after, status=error.status)
    if isinstance(error, TransientError):
        return TransientError(message, error.retry_after, status=error.status)
    kind = type(error)
    if kind in (AuthError, PermanentError, AmbiguousOutcome, UntrustedCertificate):
        return kind(message, status=error.status)
    return ClaimDeskError(message, status=error.status)


class ThalamusConnector:
    platform = "thalamus"

    def __init__(
        self,
        base_url: str,
        credentials: ThalamusCredentials,
        *,
        login_path: str = DEFAULT_LOGIN_PATH,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
    ) -> None:
        register_secret(credentials.api_token)
        register_secret(credentials.password)
        self.credentials = credentials
        self.login_path = "/" + (login_path.strip() or DEFAULT_LOGIN_PATH).lstrip("/")
        self._session = session or make_session()
        touchpoint_headers = {
            TOUCHPOINT_HEADER: credentials.touchpoint,
            TOKEN_HEADER: credentials.api_token,
        }
        # The login itself carries only the touchpoint's headers and the JSON body. Guess: no
        # Basic header on the login (the SDK sends it on the calls after it).
        self._login_http = HttpClient(
            base_url, touchpoint_headers, session=self._session, sleep=sleep, timeout=timeout
        )
        # Every later call also carries Basic principal:password (made once: the bench's
        # thousands of sales pay nothing for it).
        authorization = basic_authorization(credentials.principal, credentials.password)
        register_secret(authorization.removeprefix("Basic "))
        self.http = HttpClient(
            base_url,
            {**touchpoint_headers, "Authorization": authorization},
            session=self._session,
            sleep=sleep,
            timeout=timeout,
        )
        self._lock = threading.Lock()
        self._generation = 0  # successful logins so far; 0: not logged in yet

    @property
    def touchpoint(self) -> str:
        return self.credentials.touchpoint

    @property
    def principal(self) -> str:
        return self.credentials.principal

    @property
    def logins(self) -> int:
        """How many times this connector has logged in (the first login, then one per
        ended session)."""
        return self._generation

    def close(self) -> None:
        self.http.close()

    # --- session ---------------------------------------------------------------------------

    def login(self) -> None:
        """Start a new session (any previous cookie is dropped first)."""
        with self._lock:
            self._login_locked()

    def ensure_login(self) -> None:
        with self._lock:
            if self._generation == 0:
                self._login_locked()

    def _credential_error(self, issues: tuple[Issue, ...], status: int | None) -> AuthError:
        reasons = [
            _CREDENTIAL_SENTENCES[i.code].format(touchpoint=self.touchpoint)
            if i.code in _CREDENTIAL_SENTENCES
            else f"{i.field or 'the request'}: {i.code}"
            for i in issues
        ] or [f"it answered HTTP {status}"]
        return AuthError(
            f"Thalamus refused this connection: {'; '.join(reasons)}. Check the touchpoint code, "
            "its API token, and the partner principal and password of this connection.",
            status=status,
        )

    def _login_rejection(self, response: requests.Response) -> RejectedError:
        errors = _errors_of(response)
        issues = (
            tuple(Issue(str(f), str(c), str(c)) for f, c in errors.items())
            if isinstance(errors, dict)
            else ()
        )
        if not issues:
            return RejectedError(
                translate(
                    "Thalamus",
                    "Thalamus refused the partner login of “{principal}” at touchpoint "
                    "“{touchpoint}” (HTTP {status}) without saying why in its error shape; it "
                    "answered: {answer}",
                ).format(
                    principal=self.principal,
                    touchpoint=self.touchpoint,
                    status=response.status_code,
                    answer=quoted(response),
                ),
                status=response.status_code,
            )
        return RejectedError(str(response.status_code), issues, status=response.status_code)

    def _login_failure(self, error: ClaimDeskError) -> ClaimDeskError:
        """What a failed login means for this connection, naming the credential concerned."""
        names = {"principal": self.principal, "touchpoint": self.touchpoint}
        if isinstance(error, AuthError) and error.status == 401:
            return AuthError(
                translate(
                    "Thalamus",
                    "Thalamus refused the partner login of “{principal}” (HTTP 401): the "
                    "principal or password is wrong. Check them in this connection.",
                ).format(**names),
                status=401,
            )
        if isinstance(error, AuthError) and error.status == 403:
            return AuthError(
                translate(
                    "Thalamus",
                    "Thalamus does not let the partner “{principal}” log in at touchpoint "
                    "“{touchpoint}” (HTTP 403). Check the touchpoint code and its API token, "
                    "or ask Thalamus's administrator to allow this partner there.",
                ).format(**names),
                status=403,
            )
        # Guess: 404 (nothing there) or 405 (something that takes no POST) at the login path
        # means this server logs in elsewhere; the docs and the SDK name only /api/v4/signin.
        if error.status in (404, 405):
            return PermanentError(
                translate(
                    "Thalamus",
                    "Thalamus has no login at {url} (HTTP {status}). Check the connection's "
                    "address and its Login path setting (the documented one is {default}).",
                ).format(
                    url=self._login_http.url(self.login_path),
                    status=error.status,
                    default=DEFAULT_LOGIN_PATH,
                ),
                status=error.status,
            )
        if isinstance(error, RejectedError):
            # Its message already names the principal, the touchpoint and the answer.
            return self._credential_error(error.issues, error.status) if error.issues else error
        return _same_kind(
            error,
            translate(
                "Thalamus",
                "Thalamus, partner login of “{principal}” at touchpoint “{touchpoint}”: {why}",
            ).format(why=error.message, **names),
        )

    def _check_password(self) -> None:
        size = len(self.credentials.password)
        if size and not PASSWORD_MIN <= size <= PASSWORD_MAX:
            raise AuthError(
                translate(
                    "Thalamus",
                    "The partner password must be empty (a touchpoint that needs none) or have "
                    "{low} to {high} characters (Thalamus's rule); this connection's has "
                    "{size}. Nothing was sent.",
                ).format(low=PASSWORD_MIN, high=PASSWORD_MAX, size=size)
            )

    def _login_locked(self) -> None:
        self._check_password()
        self._session.cookies.clear()
        try:
            response = self._login_http.send(
                "POST",
                self.login_path,
                # Guess: a passwordless touchpoint takes the empty string (the docs say only
                # that "some touchpoints need none").
                json=login_body(self.credentials),
                idempotent=True,  # a repeated login only opens another session
                rejection=self._login_rejection,
            )
        except ClaimDeskError as error:
            raise self._login_failure(error) from None
        check_login_answer(response, self._login_http.url(self.login_path))
        # No cookie is fine: then the Basic header alone carries the session.
        self._generation += 1

    def _relogin(self, seen: int) -> None:
        """Log in again unless another thread already did since generation ``seen``."""
        with self._lock:
            if self._generation == seen:
                self._login_locked()

    def _send(
        self,
        method: str,
        path: str,
        json: Any,
        idempotent: bool,
        rejection: IssueParser,
    ) -> requests.Response:
        try:
            return self.http.send(
                method, path, json=json, idempotent=idempotent, rejection=rejection
            )
        except RejectedError as error:
            if any(i.field in _CREDENTIAL_FIELDS for i in error.issues):
                raise self._credential_error(error.issues, error.status) from None
            raise

    def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        idempotent: bool,
        rejection: IssueParser,
    ) -> requests.Response:
        """A call in the partner's session: logs in first if needed, and once more (then
        repeats the call once) when Thalamus answers 401."""
        with self._lock:
            if self._generation == 0:
                self._login_locked()
            generation = self._generation
        try:
            return self._send(method, path, json, idempotent, rejection)
        except AuthError as error:
            if error.status != 401:
                raise
        self._relogin(generation)
        try:
            return self._send(method, path, json, idempotent, rejection)
        except AuthError as error:
            if error.status != 401:
                raise
            raise AuthError(
                translate(
                    "Thalamus",
                    "Thalamus refused the partner “{principal}” again right after a new login "
                    "(HTTP 401): neither the session cookie nor the Basic principal and "
                    "password were accepted. Nothing was stored; check the partner principal "
                    "and password, or ask Thalamus's administrator.",
                ).format(principal=self.principal),
                status=401,
            ) from None

    # --- partner SKUs and sales ------------------------------------------------------------

    def partner_skus(self) -> list[PartnerSku]:
        response = self.call("GET", f"{API}/skus", idempotent=True, rejection=sale_rejection({}))
        return parse_partner_skus(response)

    def create_sale(self, body: Mapping[str, Any]) -> SaleCreated:
        """POST one sale. Never retried: a repeat would be a second sale."""
        sent = dict(body)
        response = self.call(
            "POST", f"{API}/sale", json=sent, idempotent=False, rejection=sale_rejection(sent)
        )
        return parse_sale_created(response)

    def delete_sale(self, sale_id: int) -> None:
        self.call("DELETE", f"{API}/sale/{sale_id}", idempotent=False, rejection=sale_rejection({}))


# --- the request bodies and answers, apart from the transport (the vendor examples replay
# them in tests/contract/test_vendor_examples_thalamus.py) -----------------------------------


def login_body(credentials: ThalamusCredentials) -> dict[str, str]:
    """The login's JSON body, as Thalamus documents it."""
    return {"principal": credentials.principal, "password": credentials.password}


def check_login_answer(response: requests.Response, url: str) -> None:
    """A 2xx answer to the login: its body is not documented ("answers 200 and sets session
    cookies"), so none, or any JSON, will do. Guess: a body that is not JSON (a web page) is
    not Thalamus's login at all: PermanentError naming the Login path setting, quoting it."""
    if not response.content.strip():
        return
    try:
        response.json()
    except ValueError:
        raise PermanentError(
            translate(
                "Thalamus",
                "The answer to the partner login at {url} (HTTP {status}) is not "
                "Thalamus's: it is not JSON. Check the connection's address and its "
                "Login path setting. It answered: {answer}",
            ).format(url=url, status=response.status_code, answer=quoted(response)),
            status=response.status_code,
        ) from None


def parse_partner_skus(response: requests.Response) -> list[PartnerSku]:
    """GET /api/v4/partner/skus → {"partnerSkus": [...]}; PermanentError naming what was wrong
    (quoting the answer when it is not JSON)."""
    try:
        payload = response.json()
    except ValueError:
        raise PermanentError(
            translate(
                "Thalamus",
                "Thalamus's list of partner SKUs could not be read (HTTP {status}, not JSON). "
                "It answered: {answer}",
            ).format(status=response.status_code, answer=quoted(response)),
            status=response.status_code,
        ) from None
    try:
        answer = PartnerSkuList.model_validate(payload)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise PermanentError(
            f"Thalamus's list of partner SKUs was not in the expected shape "
            f"({where}: {first['msg']})."
        ) from None
    return list(answer.partner_skus)


def parse_sale_created(response: requests.Response) -> SaleCreated:
    """A 2xx answer to the sale POST: 201 Created is stored; anything else is in doubt."""
    if response.status_code != 201:
        raise AmbiguousOutcome(
            f"Thalamus answered HTTP {response.status_code} instead of 201 Created, so it is "
            "unknown whether the sale was stored. Check on Thalamus before sending it again.",
            status=response.status_code,
        )
    try:
        return SaleCreated.model_validate(json_body(response))
    except (PermanentError, ValidationError):
        # 201 Created says it was stored; only the confirmation text is unreadable.
        return SaleCreated(message="")
