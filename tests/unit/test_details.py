""" "Copy details" is built without Qt: a block with the time, the platform, the connection,
what was sent, the status, the server's words and the version — and no secret."""

from __future__ import annotations

import datetime as dt
import uuid

from claimdesk import __version__
from claimdesk.domain.issues import Issue
from claimdesk.errors import RejectedError
from claimdesk.redaction import register_secret
from claimdesk.service.details import DetailsContext, error_details


def test_an_error_becomes_a_block_for_support_without_secrets() -> None:
    secret = f"s3cret-{uuid.uuid4().hex}"
    register_secret(secret)
    error = RejectedError(
        "The platform refused the claim.",
        (Issue("quantity", "too_big", "must be at most 10"),),
        status=422,
    )
    error.answer = f'{{"errors": {{"quantity": ["too big"]}}, "echo": "{secret}"}}'
    when = dt.datetime(2026, 12, 2, 7, 5, 9, tzinfo=dt.UTC)
    text = error_details(
        "Send claim",
        error,
        DetailsContext("MyRewards", "North", "MyRewards at https://mr.example.com"),
        sent=[("Quantity", "12"), ("Secret note", secret), ("Empty", "")],
        when=when,
    )
    lines = text.splitlines()
    assert lines[0] == f"ClaimDesk {__version__} — details"
    assert lines[1].startswith("Time: ")
    assert lines[1].endswith("(07:05:09 UTC)")
    assert lines[2:7] == [
        "What: Send claim",
        "Platform: MyRewards",
        "Connection: North",
        "Address: MyRewards at https://mr.example.com",
        "Status: HTTP 422",
    ]
    assert "Message: The platform refused the claim." in lines
    assert 'The server\'s words: {"errors": {"quantity": ["too big"]}, "echo": "•••"}' in lines
    assert lines[-5:] == [
        "Reasons:",
        "  quantity: must be at most 10",
        "Sent:",
        "  Quantity: 12",
        "  Secret note: •••",
    ]
    assert "  Quantity: 12" in lines
    assert secret not in text
