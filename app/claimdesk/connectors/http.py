"""The one place that does HTTP: a session factory (timeouts, pooling, TLS verification,
User-Agent), an explicit retry loop for requests that cannot duplicate anything, no
redirects followed (credentials go only to the connection's own server), and one mapping
from transport failures and status codes to the error family."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import random
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

import requests
from pydantic import ValidationError
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

from claimdesk import __version__
from claimdesk.connectors.http_trace import answer_excerpt, trace_exchange
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
from claimdesk.redaction import redact

log = logging.getLogger("claimdesk.http")
_T = TypeVar("_T")

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0
MAX_ATTEMPTS = 3
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 60.0  # a longer wait is not done inside one call; the caller decides

IssueParser = Callable[[requests.Response], RejectedError]


class ResponseCache(Protocol):
    """Where GET answers are kept for offline use (the storage layer's catalog)."""

    def put(self, key: str, body: str, content_type: str) -> None: ...

    def get(self, key: str) -> tuple[str, str, dt.datetime] | None: ...


_default_cache: ResponseCache | None = None


def current_response_cache() -> ResponseCache | None:
    return _default_cache


def set_response_cache(cache: ResponseCache | None) -> None:
    """Every HttpClient made afterwards keeps its GET answers here (None: no cache)."""
    global _default_cache
    _default_cache = cache


def make_session() -> requests.Session:
    """A pooled session with TLS verification on and no hidden retries."""
    session = requests.Session()
    session.verify = True
    session.headers.update(
        {
            "User-Agent": f"ClaimDesk/{__version__} (+python-requests)",
            "Accept": "application/json",
        }
    )
    adapter = HTTPAdapter(pool_connections=4, pool_maxsize=16, max_retries=0)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def retry_after_seconds(response: requests.Response) -> float | None:
    """``Retry-After`` as seconds, from either of its two forms; None when absent or absurd."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value.strip() else None
        if parsed is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return min(max(seconds, 0.0), 86_400.0)


def backoff_delay(attempt: int, retry_after: float | None = None) -> float:
    """0.5 s·2ⁿ capped, with full jitter; a server's ``Retry-After`` wins when given."""
    if retry_after is not None:
        return retry_after
    return random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))


def _never_sent(error: requests.RequestException) -> bool:
    """True when the request cannot have reached the server (refused, DNS, connect timeout)."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    cause: BaseException | None = error
    seen = 0
    while cause is not None and seen < 10:
        if isinstance(cause, NewConnectionError | NameResolutionError | ConnectTimeoutError):
            return True
        reason = getattr(cause, "reason", None)
        if isinstance(reason, NewConnectionError | NameResolutionError | ConnectTimeoutError):
            return True
        cause = (
            cause.__cause__
            or cause.__context__
            or (cause.args[0] if cause.args and isinstance(cause.args[0], BaseException) else None)
        )
        seen += 1
    return False


def _cache_key(url: str, params: Mapping[str, Any] | None) -> str:
    query = "&".join(f"{k}={params[k]}" for k in sorted(params)) if params else ""
    return f"{url}?{query}" if query else url


def default_rejection(response: requests.Response) -> RejectedError:
    return RejectedError(
        f"The server refused the request (HTTP {response.status_code}).",
        status=response.status_code,
    )


class HttpClient:
    """HTTP for one platform connection: a base URL, auth headers, and the status mapping."""

    def __init__(
        self,
        base_url: str,
        headers: Mapping[str, str],
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
        sleep: Callable[[float], None] = time.sleep,
        cache: ResponseCache | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._explicit_cache = cache
        # When the last GET was answered from the offline cache: the time it was fetched.
        self.served_from_cache: dt.datetime | None = None
        self._headers = dict(headers)
        self._session = session or make_session()
        self._timeout = timeout
        self._sleep = sleep

    @property
    def _cache(self) -> ResponseCache | None:
        return self._explicit_cache if self._explicit_cache is not None else _default_cache

    def close(self) -> None:
        self._session.close()

    def set_header(self, name: str, value: str) -> None:
        """Send ``name: value`` on every later request (a token fetched again)."""
        self._headers = {**self._headers, name: value}

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool,
        rejection: IssueParser = default_rejection,
    ) -> requests.Response:
        """Send and return a 2xx response, or raise the error that says what happened.

        Only idempotent requests are retried (transient failures and 429/503), in an
        explicit loop: a retry must never be able to store a claim twice. For a request
        that is not idempotent, whatever the platform itself did not answer (a cut
        connection after sending, a gateway's 502/504, a 5xx that is not its JSON) is an
        ``AmbiguousOutcome``. Redirects are never followed (every request carries
        credentials): a 3xx is a ``PermanentError`` naming its Location. A certificate that
        does not verify is an ``UntrustedCertificate``: nothing was sent."""
        attempt = 0
        while True:
            try:
                return self._send_once(method, path, params, json, idempotent, rejection)
            except (TransientError, RateLimited) as error:
                attempt += 1
                too_long = (error.retry_after or 0) > RETRY_AFTER_CAP
                if not idempotent or attempt >= MAX_ATTEMPTS or too_long:
                    raise
                delay = backoff_delay(attempt, error.retry_after)
                log.info("retrying %s %s in %.2fs after: %s", method, path, delay, error)
                self._sleep(delay)

    def _send_once(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json: Any,
        idempotent: bool,
        rejection: IssueParser,
    ) -> requests.Response:
        url = self.url(path)
        started = time.perf_counter()
        key = _cache_key(url, params) if method == "GET" and self._cache is not None else None
        try:
            response = self._session.request(
                method,
                url,
                params=params,
                json=json,
                headers=self._headers,
                timeout=self._timeout,
                # Every request of ours carries credentials: a redirect would take them to
                # wherever the Location points (another host, plain http). Never follow.
                allow_redirects=False,
            )
        except requests.RequestException as error:
            elapsed = (time.perf_counter() - started) * 1000
            trace_exchange(getattr(error, "request", None), None, elapsed, error)
            failure = self._transport_error(error, idempotent)
            cached = self._cached(key) if isinstance(failure, TransientError) else None
            if cached is not None:
                return cached
            raise failure from None
        elapsed = (time.perf_counter() - started) * 1000
        log.info("%s %s -> %s in %.0f ms", method, redact(url), response.status_code, elapsed)
        trace_exchange(response.request, response, elapsed)
        try:
            try:
                self._raise_for_status(response, rejection, idempotent)
            except ClaimDeskError as refused:
                refused.answer = refused.answer or answer_excerpt(response)
                raise
        except TransientError:  # 5xx on a GET: the last good answer is better than none
            cached = self._cached(key)
            if cached is not None:
                return cached
            raise
        if key is not None and self._cache is not None:
            self._cache.put(key, response.text, response.headers.get("Content-Type", ""))
            self.served_from_cache = None
        return response

    def _cached(self, key: str | None) -> requests.Response | None:
        """The last answer to this GET, when offline; None when there is none."""
        if key is None or self._cache is None:
            return None
        found = self._cache.get(key)
        if found is None:
            return None
        body, content_type, fetched_at = found
        response = requests.Response()
        response.status_code = 200
        response._content = body.encode("utf-8")
        response.encoding = "utf-8"
        response.headers["Content-Type"] = content_type
        response.headers["X-ClaimDesk-Cached-At"] = fetched_at.isoformat()
        response.url = key
        self.served_from_cache = fetched_at
        log.info("offline: %s answered from the cache of %s", redact(key), fetched_at)
        return response

    def _transport_error(
        self, error: requests.RequestException, idempotent: bool
    ) -> ClaimDeskError:
        where = self.base_url
        log.warning("transport failure to %s: %s", where, redact(type(error).__name__))
        if isinstance(error, requests.exceptions.SSLError):
            # The TLS handshake failed before any request went out: nothing was sent, and
            # trying again cannot help until someone trusts (or fixes) the certificate.
            return UntrustedCertificate(
                translate(
                    "Connection",
                    "The server's certificate is not trusted: {where} ({why}). Nothing was "
                    "sent; check the address, or ask the platform's administrator.",
                ).format(where=where, why=_ssl_reason(error))
            )
        if _never_sent(error):
            return TransientError(
                translate(
                    "Connection",
                    "Cannot reach {where}. Check the network connection; nothing was sent.",
                ).format(where=where)
            )
        if isinstance(error, requests.ReadTimeout):
            what = translate("Connection", "{where} did not answer in time").format(where=where)
        else:
            what = translate(
                "Connection", "The connection to {where} broke before the answer arrived"
            ).format(where=where)
        if idempotent:
            return TransientError(
                translate("Connection", "{what}. It is safe to try again.").format(what=what)
            )
        return AmbiguousOutcome(
            translate(
                "Connection",
                "{what}. The server may or may not have stored it; check on the platform "
                "before sending it again.",
            ).format(what=what)
        )

    def _raise_for_status(
        self, response: requests.Response, rejection: IssueParser, idempotent: bool = True
    ) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        if 300 <= status < 400:
            location = response.headers.get("Location", "")
            raise PermanentError(
                translate(
                    "Connection",
                    "The server answered with a redirect (HTTP {status}) to {location}. "
                    "ClaimDesk does not follow redirects, so that the credentials go only to "
                    "{where}; check the connection's address.",
                ).format(
                    status=status,
                    location=redact(location) or translate("Connection", "no address"),
                    where=self.base_url,
                ),
                status=status,
            )
        if status == 401:
            raise AuthError(
                translate(
                    "Connection",
                    "The server refused the credentials (HTTP 401). Check the API key "
                    "and secret of this connection.",
                ),
                status=status,
            )
        if status == 403:
            raise AuthError(
                translate(
                    "Connection",
                    "These credentials lack the permission for this action (HTTP 403). "
                    "Ask the platform's administrator.",
                ),
                status=status,
            )
        if status == 429:
            wait = retry_after_seconds(response)
            raise RateLimited(
                _wait_sentence(translate("Connection", "The server is busy (HTTP 429)"), wait),
                wait,
                status=status,
            )
        if status >= 500:
            wait = retry_after_seconds(response)
            if not idempotent and not _platform_says_not_stored(response, wait):
                raise AmbiguousOutcome(
                    translate(
                        "Connection",
                        "Something between ClaimDesk and {where} answered HTTP {status} "
                        "instead of the platform, after the request went out. The server may "
                        "or may not have stored it; check on the platform before sending it "
                        "again.",
                    ).format(where=self.base_url, status=status),
                    status=status,
                )
            raise TransientError(
                _wait_sentence(
                    translate("Connection", "The server had a problem (HTTP {status})").format(
                        status=status
                    ),
                    wait,
                ),
                wait,
                status=status,
            )
        if status == 404:
            raise PermanentError(
                translate("Connection", "Not found on the server (HTTP 404): {url}").format(
                    url=redact(response.url)
                ),
                status=status,
            )
        raise rejection(response)


def _platform_says_not_stored(response: requests.Response, wait: float | None) -> bool:
    """True when a 5xx is the platform's own refusal (its JSON; a 503 with ``Retry-After``),
    which stores nothing; False for what a gateway or proxy says (an HTML 502/504, a cut
    body): the platform behind it may have stored the request."""
    status = response.status_code
    if status == 503 and wait is not None:
        return True
    if status in (502, 504):
        # Bad gateway, gateway timeout: by definition what a proxy says about the platform
        # behind it (some gateways answer JSON too), which may have stored the request.
        return False
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if kind != "application/json" and not kind.endswith("+json"):
        return False
    try:
        response.json()
    except ValueError:
        return False
    return True


def _ssl_reason(error: requests.exceptions.SSLError) -> str:
    """The verification failure's own words ("self-signed certificate"), else the class."""
    cause: BaseException | None = error
    for _ in range(10):
        if cause is None:
            break
        reason = getattr(cause, "verify_message", None) or getattr(cause, "reason", None)
        if isinstance(reason, str) and reason:
            return reason
        cause = (
            cause.__cause__
            or cause.__context__
            or (cause.args[0] if cause.args and isinstance(cause.args[0], BaseException) else None)
        )
    return type(error).__name__


def _wait_sentence(what: str, wait: float | None) -> str:
    if wait:
        return translate(
            "Connection", "{what}. It asked to wait {seconds} s before trying again."
        ).format(what=what, seconds=f"{wait:.0f}")
    return translate("Connection", "{what}. Try again in a moment.").format(what=what)


def parse_answer(validate: Callable[[Any], _T], payload: Any, what: str) -> _T:
    """A decoded answer validated into typed models, or a PermanentError naming where the
    shape was wrong (the platform changed, or a proxy answered)."""
    try:
        return validate(payload)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise PermanentError(
            translate(
                "Connection", "The server's {what} was not in the expected shape ({where}: {why})."
            ).format(what=what, where=where, why=first["msg"])
        ) from None


def json_body(response: requests.Response) -> Any:
    """The decoded JSON of a response, or a PermanentError that says it was not JSON."""
    try:
        return response.json()
    except ValueError:
        kind = response.headers.get("Content-Type", "no content type").split(";")[0]
        raise PermanentError(
            translate(
                "Connection",
                "The server's answer could not be read (HTTP {status}, {kind}, expected JSON).",
            ).format(status=response.status_code, kind=kind),
            status=response.status_code,
        ) from None
