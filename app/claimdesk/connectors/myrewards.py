"""MyRewards performance over HTTP: promotions, data fields, reward points (every page),
and claims (an all-or-nothing batch), as typed models."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import requests
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from claimdesk.connectors.http import HttpClient, parse_answer
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import DataField, Promotion, RewardPoint
from claimdesk.domain.myrewards_returns import returns_body
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
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
from claimdesk.redaction import redact, register_secret

PAGE_SIZE = 100
MAX_PAGES = 10_000  # a guard against a server that never returns a short page
API = "/api/v2/performance"

_FIELD_PREFIX = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+)$", re.S)
QUOTED = 300  # characters of an unreadable answer quoted in the message

# The API permission each request needs. Guess: the names; the docs say only that GET and
# POST are separate permissions granted least-privilege, and that 403 means one is missing.
READ_PROMOTIONS = QT_TRANSLATE_NOOP("MyRewards", "GET promotions")
READ_DATA_FIELDS = QT_TRANSLATE_NOOP("MyRewards", "GET data fields")
READ_REWARD_POINTS = QT_TRANSLATE_NOOP("MyRewards", "GET reward points")
WRITE_REWARD_POINTS = QT_TRANSLATE_NOOP("MyRewards", "POST/PATCH reward points")
WRITE_DATA = QT_TRANSLATE_NOOP("MyRewards", "POST data (sales data)")
WRITE_RETURNS = QT_TRANSLATE_NOOP("MyRewards", "POST returned claims")
RETURNS_API = "/api/v3/performance"  # the returned claims endpoint is v3 (DESIGN.md)


class ClaimInfo(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: int | None = None
    state: str | None = None
    points: int | None = None


class CreatedClaim(BaseModel):
    model_config = ConfigDict(extra="ignore")
    claim: ClaimInfo = ClaimInfo()
    errors: list[str] = []


class RecordResult(BaseModel):
    model_config = ConfigDict(extra="ignore")
    claims: list[CreatedClaim] = []

    @property
    def created(self) -> list[ClaimInfo]:
        return [c.claim for c in self.claims if c.claim.id is not None]

    @property
    def errors(self) -> list[str]:
        return [e for c in self.claims for e in c.errors]

    @property
    def points(self) -> int:
        return sum(c.points or 0 for c in self.created)


class SubmissionResult(BaseModel):
    """The 201 answer: one result per record sent, in order. A record can be 'accepted'
    by HTTP and still create no claim (user, product or reward not found)."""

    model_config = ConfigDict(extra="ignore")
    results: list[RecordResult]

    def unearned(self) -> list[tuple[int, list[str]]]:
        """(index, reasons) of records that created no claim."""
        return [
            (i, r.errors or ["no claim was created"])
            for i, r in enumerate(self.results)
            if not r.created
        ]


# What each read is called in messages ("MyRewards' answer to the promotions request…").
_PROMOTIONS = QT_TRANSLATE_NOOP("MyRewards", "promotions")
_DATA_FIELDS = QT_TRANSLATE_NOOP("MyRewards", "data fields")
_REWARD_POINTS = QT_TRANSLATE_NOOP("MyRewards", "reward points")
_REWARD_POINT = QT_TRANSLATE_NOOP("MyRewards", "reward point")

_promotions = TypeAdapter(list[Promotion])
_data_fields = TypeAdapter(list[DataField])
_reward_points = TypeAdapter(list[RewardPoint])
_reward_point = TypeAdapter(RewardPoint)


def _parse(adapter: TypeAdapter[Any], payload: Any, what: str) -> Any:
    return parse_answer(adapter.validate_python, payload, what)


def answer_json(response: requests.Response, what: str) -> Any:
    """The decoded answer, or a PermanentError quoting the start of what came instead."""
    try:
        return response.json()
    except ValueError:
        kind = response.headers.get("Content-Type", "").split(";")[0] or "?"
        raise PermanentError(
            translate(
                "MyRewards",
                "MyRewards' answer to the {what} request could not be read (HTTP {status}, "
                "{kind}, expected JSON). Check the connection's address. The answer "
                "began: “{answer}”",
            ).format(
                what=translate("MyRewards", what),
                status=response.status_code,
                kind=kind,
                answer=quote(response),
            ),
            status=response.status_code,
        ) from None


def read_promotions(response: requests.Response) -> list[Promotion]:
    result: list[Promotion] = _parse(_promotions, answer_json(response, _PROMOTIONS), "promotions")
    return result


def read_data_fields(response: requests.Response) -> list[DataField]:
    body = answer_json(response, _DATA_FIELDS)
    result: list[DataField] = _parse(_data_fields, body, "data fields")
    return result


def read_reward_points(response: requests.Response) -> list[RewardPoint]:
    body = answer_json(response, _REWARD_POINTS)
    result: list[RewardPoint] = _parse(_reward_points, body, "reward points")
    return result


def read_reward_point(response: requests.Response) -> RewardPoint:
    body = answer_json(response, _REWARD_POINT)
    result: RewardPoint = _parse(_reward_point, body, "reward point")
    return result


def issues_from_errors(errors: Any) -> tuple[Issue, ...]:
    """The messages of an error body's ``errors`` or ``error`` value, whatever its shape:
    a list of "field: message" or "Label: message" strings (the docs' 422), one string
    ("Validation failed: …"), an object of field -> message(s) (``{"error": {"field":
    ["msg"]}}``, seen from the real server), or objects with ``field``/``message``. The
    field of an issue is the prefix as written (a name or a label) or None; the service
    puts it on the form's field by name or label."""
    if isinstance(errors, dict) and not ({"field", "attribute", "message"} & set(errors)):
        by_field: list[Issue] = []
        for key, value in errors.items():
            messages = value if isinstance(value, list) else [value]
            for message in messages:
                by_field.append(Issue(str(key), "server", str(message).strip()))
        return tuple(by_field)
    if isinstance(errors, str | dict):
        errors = [errors]
    if not isinstance(errors, list):
        return ()
    issues: list[Issue] = []
    for item in errors:
        if isinstance(item, dict):
            field = item.get("field") or item.get("attribute")
            issues.append(
                Issue(
                    str(field) if field else None,
                    "server",
                    str(item.get("message") or item.get("error") or item),
                )
            )
            continue
        text = str(item)
        match = _FIELD_PREFIX.match(text)
        if match:
            issues.append(Issue(match.group(1), "server", match.group(2).strip()))
        else:
            issues.append(Issue(None, "server", text.strip()))
    return tuple(issues)


def quote(response: requests.Response) -> str:
    """The first characters of an answer, secrets masked, for a message."""
    text = redact(response.text[:QUOTED]).strip()
    return text or translate("MyRewards", "(an empty answer)")


def _record_index(body: Mapping[str, Any]) -> int | None:
    index = body.get("index_of_failed_data")
    return index if isinstance(index, int) and not isinstance(index, bool) else None


def rejection(response: requests.Response) -> RejectedError:
    """A 4xx refusal in any shape the platform writes: 422 ``{"errors": [...],
    "index_of_failed_data": N}`` (N zero-based), ``{"error": "Validation failed: …"}``,
    ``{"error": {"field": ["msg"]}}``."""
    try:
        body = response.json()
    except ValueError:
        body = None
    status = response.status_code
    if not isinstance(body, dict):
        return RejectedError(
            translate(
                "MyRewards",
                "MyRewards refused the request (HTTP {status}) with an answer that could not "
                "be read: “{answer}”",
            ).format(status=status, answer=quote(response)),
            status=status,
        )
    errors = body.get("errors") if "errors" in body else body.get("error")
    issues = issues_from_errors(errors)
    index = _record_index(body)
    reasons = "; ".join(i.describe() for i in issues) or translate("MyRewards", "no reason given")
    message = translate("MyRewards", "MyRewards refused the request: {reasons}.").format(
        reasons=reasons
    )
    if index is not None:
        message += " " + translate(
            "MyRewards", "Record {number} was refused, so nothing was stored."
        ).format(number=index + 1)
    return RejectedError(message, issues, record_index=index, status=status)


@dataclass(frozen=True)
class MyRewardsCredentials:
    api_key: str
    secret_key: str = ""  # optional: the docs also allow the API key alone

    def header(self) -> str:
        if not self.secret_key:
            return f"Token token={self.api_key}"
        return f"Token token={self.api_key}:{self.secret_key}"

    def named(self) -> str:
        """The credentials as the user knows them, for messages."""
        if self.secret_key:
            return translate("MyRewards", "the API key and secret key")
        return translate("MyRewards", "the API key (this connection has no secret key)")


class MyRewardsConnector:
    platform = "myrewards"

    def __init__(
        self, base_url: str, credentials: MyRewardsCredentials, *, http: HttpClient | None = None
    ) -> None:
        register_secret(credentials.secret_key)
        register_secret(credentials.header())
        self.credentials = credentials
        self.http = http or HttpClient(base_url, {"Authorization": credentials.header()})

    def close(self) -> None:
        self.http.close()

    def _send(
        self,
        method: str,
        path: str,
        *,
        permission: str,
        idempotent: bool,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> requests.Response:
        """``http.send`` with its errors said for MyRewards: the platform named, the
        credential concerned (401), the permission the key lacks (403), the address (404)."""
        try:
            return self.http.send(
                method, path, params=params, json=json, idempotent=idempotent, rejection=rejection
            )
        except RejectedError:
            raise
        except ClaimDeskError as error:
            said = self._said(error, permission)
            said.answer = said.answer or error.answer  # the server's own words go along
            raise said from None

    def _said(self, error: ClaimDeskError, permission: str) -> ClaimDeskError:
        status = error.status
        if isinstance(error, AuthError) and status == 401:
            return AuthError(
                translate(
                    "MyRewards",
                    "MyRewards refused {credentials} (HTTP 401). Check the connection's API "
                    "key and secret key.",
                ).format(credentials=self.credentials.named()),
                status=status,
            )
        if isinstance(error, AuthError) and status == 403:
            return AuthError(
                translate(
                    "MyRewards",
                    "MyRewards accepted the API key but it lacks the “{permission}” permission "
                    "(HTTP 403). Ask the MyRewards administrator to grant it to this API key.",
                ).format(permission=translate("MyRewards", permission)),
                status=status,
            )
        if isinstance(error, PermanentError) and status == 404:
            return PermanentError(
                translate(
                    "MyRewards",
                    "MyRewards answered “not found” (HTTP 404) at {url}. Check the "
                    "connection's address (the MyRewards site, without /api/…) and the "
                    "promotion.",
                ).format(url=self.http.base_url),
                status=status,
            )
        text = translate("MyRewards", "MyRewards: {message}").format(message=error.message)
        if isinstance(error, RateLimited):
            return RateLimited(text, error.retry_after, status=status)
        if isinstance(error, TransientError):
            return TransientError(text, error.retry_after, status=status)
        for kind in (AuthError, AmbiguousOutcome, UntrustedCertificate, PermanentError):
            if isinstance(error, kind):
                return kind(text, status=status)
        return ClaimDeskError(text, status=status)

    def promotions(self) -> list[Promotion]:
        response = self._send(
            "GET", f"{API}/promotions", permission=READ_PROMOTIONS, idempotent=True
        )
        return read_promotions(response)

    def data_fields(self, promotion_id: int) -> list[DataField]:
        response = self._send(
            "GET",
            f"{API}/promotions/{promotion_id}/data_fields",
            permission=READ_DATA_FIELDS,
            idempotent=True,
        )
        return read_data_fields(response)

    def reward_point_pages(self, promotion_id: int) -> Iterator[list[RewardPoint]]:
        """Each page in turn (100 a page), fetched when asked for; stops after a short page."""
        for page in range(1, MAX_PAGES + 1):
            response = self._send(
                "GET",
                f"{API}/promotions/{promotion_id}/reward_points",
                params={"page": page},
                permission=READ_REWARD_POINTS,
                idempotent=True,
            )
            items = read_reward_points(response)
            if items:
                yield items
            if len(items) < PAGE_SIZE:
                return
        raise PermanentError(f"The server kept sending full pages past page {MAX_PAGES}.")

    def reward_points(self, promotion_id: int) -> list[RewardPoint]:
        return [rp for page in self.reward_point_pages(promotion_id) for rp in page]

    def create_reward_point(self, promotion_id: int, body: Mapping[str, Any]) -> RewardPoint:
        response = self._send(
            "POST",
            f"{API}/promotions/{promotion_id}/reward_points",
            json=dict(body),
            permission=WRITE_REWARD_POINTS,
            idempotent=False,
        )
        return read_reward_point(response)

    def update_reward_point(
        self, promotion_id: int, reward_point_id: int, changes: Mapping[str, Any]
    ) -> RewardPoint:
        # A PATCH of the same values twice leaves the same record: safe to retry.
        response = self._send(
            "PATCH",
            f"{API}/promotions/{promotion_id}/reward_points/{reward_point_id}",
            json=dict(changes),
            permission=WRITE_REWARD_POINTS,
            idempotent=True,
        )
        return read_reward_point(response)

    def submit_claims(
        self, promotion_id: int, records: Sequence[Mapping[str, Any]]
    ) -> SubmissionResult:
        """POST the batch. All-or-nothing on the server: a RejectedError means none stored."""
        response = self._send(
            "POST",
            f"{API}/promotions/{promotion_id}/data",
            json=claims_body(records),
            permission=WRITE_DATA,
            idempotent=False,
        )
        return read_submission(response, len(records))

    def submit_returns(self, promotion_id: int, entries: Sequence[Mapping[str, Any]]) -> None:
        """POST returned claims (at most 50 entries: the caller splits). 201 means stored;
        a RejectedError (400) carries the server's messages, some naming an entry ("…, for
        2nd entry"). Guess: the 201's body, which the docs do not print, is not read."""
        self._send(
            "POST",
            f"{RETURNS_API}/promotions/{promotion_id}/returned_claims",
            json=returns_body(entries),
            permission=WRITE_RETURNS,
            idempotent=False,
        )


def claims_body(records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The claims request's body: ``{"data": [...]}`` as the docs write it (the seed's
    example is a bare array; DESIGN.md: the server takes both)."""
    return {"data": [dict(r) for r in records]}


def read_submission(response: requests.Response, sent: int) -> SubmissionResult:
    """The 201 answer, one result per record sent; anything else is an unknown outcome."""
    try:
        result = SubmissionResult.model_validate(response.json())
    except (ValueError, ValidationError):
        raise AmbiguousOutcome(
            translate(
                "MyRewards",
                "MyRewards accepted the request (HTTP {status}) but its answer could not be "
                "read, so it is unknown which claims earn points. Check on the platform "
                "before sending again. The answer began: “{answer}”",
            ).format(status=response.status_code, answer=quote(response)),
            status=response.status_code,
        ) from None
    if len(result.results) != sent:
        raise AmbiguousOutcome(
            translate(
                "MyRewards",
                "MyRewards accepted the request but answered for {answered} of {sent} "
                "records. Check on the platform before sending again.",
            ).format(answered=len(result.results), sent=sent),
            status=response.status_code,
        )
    return result
