"""One small error family that the UI and CLI turn into plain sentences; each says whether
a later retry could succeed (the outbox reads ``retryable``)."""

from __future__ import annotations

from claimdesk.domain.issues import Issue


class ClaimDeskError(Exception):
    """Base of every error a connector raises. ``str()`` is a sentence for a person."""

    retryable = False
    # Seconds the platform asked to wait before a retry (429, 503); None when it did not say.
    retry_after: float | None = None
    # The server's own words (the start of its answer, secrets blanked) when it answered.
    answer: str = ""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class AuthError(ClaimDeskError):
    """The platform refused the credentials or the permission (401, 403)."""


class RejectedError(ClaimDeskError):
    """The platform refused the content, with reasons mapped to fields where it named them."""

    def __init__(
        self,
        message: str,
        issues: tuple[Issue, ...] = (),
        *,
        record_index: int | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message, status=status)
        self.issues = issues
        self.record_index = record_index


class RateLimited(ClaimDeskError):
    retryable = True

    def __init__(self, message: str, retry_after: float | None, *, status: int | None = None):
        super().__init__(message, status=status)
        self.retry_after = retry_after


class TransientError(ClaimDeskError):
    """Unreachable, timed out before sending, the platform's own 5xx (its JSON, or a 503 with
    ``Retry-After``), or any failure of a request that cannot duplicate anything: nothing was
    stored, or storing it again changes nothing; try later."""

    retryable = True

    def __init__(
        self, message: str, retry_after: float | None = None, *, status: int | None = None
    ) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class PermanentError(ClaimDeskError):
    """A refusal that repeating cannot fix: not found, or an answer we cannot read."""


class AmbiguousOutcome(ClaimDeskError):
    """The request may or may not have been stored (the connection broke after it went out,
    a gateway answered instead of the platform): never re-send it blindly."""


class UntrustedCertificate(ClaimDeskError):
    """The server's TLS certificate failed verification (self-signed, expired, another
    name): nothing was sent, and trying again cannot help until someone acts."""
