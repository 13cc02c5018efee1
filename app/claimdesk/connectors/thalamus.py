"""Thalamus over HTTP: partner login (a session cookie), partner SKUs, and one sale per request.

Every call sends the touchpoint code and its API token as the headers ``Thalamus-Touchpoint``
and ``Thalamus-Token`` (Thalamus also takes them as query parameters; headers keep the token
out of URLs and logs). The session cookie lives in the pooled ``requests.Session`` and goes
with every call. A call refused with 401 (the session ended) logs in again once and is
repeated once: a 401 means nothing was stored, so repeating even the sale is safe.

Many threads may share one connector (``ThalamusService.submit_many``): when several calls
meet the same ended session, only the first logs in again; the others see the new session
(``_generation``) and just repeat their call.

The sale POST is never retried on a broken connection or a 5xx: Thalamus does not
deduplicate ``transactionId`` (assumed; the seed is silent), so a repeat would be a second sale.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from pydantic import ValidationError

from claimdesk.connectors.http import HttpClient, IssueParser, json_body, make_session
from claimdesk.domain.issues import Issue
from claimdesk.domain.thalamus import (
    FIELD_LABELS,
    PartnerSku,
    PartnerSkuList,
    SaleCreated,
    server_issues,
)
from claimdesk.errors import (
    AmbiguousOutcome,
    AuthError,
    PermanentError,
    RejectedError,
)
from claimdesk.redaction import register_secret

API = "/api/v4/partner"
TOUCHPOINT_HEADER = "Thalamus-Touchpoint"
TOKEN_HEADER = "Thalamus-Token"
PASSWORD_MIN, PASSWORD_MAX = 4, 100
_CREDENTIAL_FIELDS = frozenset({"touchpoint", "token"})


@dataclass(frozen=True)
class ThalamusCredentials:
    """The touchpoint (code and API token) and the partner's login (principal, password)."""

    touchpoint: str
    api_token: str = field(repr=False)
    principal: str
    password: str = field(repr=False)


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
                f"Thalamus refused the request (HTTP {response.status_code}) without saying why.",
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


class ThalamusConnector:
    platform = "thalamus"

    def __init__(
        self,
        base_url: str,
        credentials: ThalamusCredentials,
        *,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        register_secret(credentials.api_token)
        register_secret(credentials.password)
        self.credentials = credentials
        self._session = session or make_session()
        self.http = HttpClient(
            base_url,
            {TOUCHPOINT_HEADER: credentials.touchpoint, TOKEN_HEADER: credentials.api_token},
            session=self._session,
            sleep=sleep,
        )
        self._lock = threading.Lock()
        self._generation = 0  # successful logins so far; 0: not logged in yet

    @property
    def touchpoint(self) -> str:
        return self.credentials.touchpoint

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
        return RejectedError(str(response.status_code), issues, status=response.status_code)

    def _login_locked(self) -> None:
        creds = self.credentials
        if not PASSWORD_MIN <= len(creds.password) <= PASSWORD_MAX:
            raise AuthError(
                f"The partner password must have {PASSWORD_MIN} to {PASSWORD_MAX} characters "
                f"(Thalamus's rule); this connection's has {len(creds.password)}. Nothing was sent."
            )
        self._session.cookies.clear()
        try:
            response = self.http.send(
                "POST",
                f"{API}/login",
                json={"principal": creds.principal, "password": creds.password},
                idempotent=True,  # a repeated login only opens another session
                rejection=self._login_rejection,
            )
        except AuthError as error:
            if error.status == 401:
                raise AuthError(
                    f"Thalamus refused the partner login of “{creds.principal}”: the principal "
                    "or password is wrong. Check them in this connection.",
                    status=401,
                ) from None
            raise
        except RejectedError as error:
            raise self._credential_error(error.issues, error.status) from None
        if not response.cookies:
            raise PermanentError(
                "Thalamus accepted the login but set no session cookie, so no call can follow it.",
                status=response.status_code,
            )
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
                "Thalamus ended the session again right after a new login (HTTP 401). "
                "Nothing was stored; try again later or ask the platform's administrator.",
                status=401,
            ) from None

    # --- partner SKUs and sales ------------------------------------------------------------

    def partner_skus(self) -> list[PartnerSku]:
        response = self.call("GET", f"{API}/skus", idempotent=True, rejection=sale_rejection({}))
        try:
            answer = PartnerSkuList.model_validate(json_body(response))
        except ValidationError as error:
            first = error.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"])
            raise PermanentError(
                f"Thalamus's list of partner SKUs was not in the expected shape "
                f"({where}: {first['msg']})."
            ) from None
        return list(answer.partner_skus)

    def create_sale(self, body: Mapping[str, Any]) -> SaleCreated:
        """POST one sale. Never retried: a repeat would be a second sale."""
        sent = dict(body)
        response = self.call(
            "POST", f"{API}/sale", json=sent, idempotent=False, rejection=sale_rejection(sent)
        )
        if response.status_code != 201:
            raise AmbiguousOutcome(
                f"Thalamus answered HTTP {response.status_code} instead of 201 Created, so it is "
                "unknown whether the sale was stored. Check on Thalamus before sending it again.",
                status=response.status_code,
            )
        try:
            return SaleCreated.model_validate(response.json())
        except (ValueError, ValidationError):
            # 201 Created says it was stored; only the confirmation text is unreadable.
            return SaleCreated(message="")

    def delete_sale(self, sale_id: int) -> None:
        self.call("DELETE", f"{API}/sale/{sale_id}", idempotent=False, rejection=sale_rejection({}))
