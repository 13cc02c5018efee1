"""Claret's service against the sandbox: what "Test connection" proves and says (every
variant), and the sale types suggested (the docs' and those this connection sent before)."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from claimdesk.connectors.claret import ClaretConnector, ClaretCredentials
from claimdesk.domain.claret import SALE_TYPE
from claimdesk.errors import AuthError, PermanentError, TransientError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.sandbox.variants import CLARET_SHORT_TOKENS
from claimdesk.service.claret import SALES_TARGET, ClaretService
from claimdesk.service.platforms import OpenContext, entry
from claimdesk.storage.database import Database
from claimdesk.storage.outbox import Finish, NewClaim, Outbox
from tests.helpers.variants import use_variants

SIGN_IN = ClaretCredentials(
    demo.CLARET_TENANT, email=demo.CLARET_EMAIL, password=demo.CLARET_PASSWORD
)
TOKEN = ClaretCredentials(demo.CLARET_TENANT, demo.CLARET_TOKEN)


def service(url: str, credentials: ClaretCredentials) -> ClaretService:
    return ClaretService(ClaretConnector(url, credentials))


def fault(url: str, **rule: object) -> None:
    requests.post(f"{url}/_sandbox/faults", json=rule, timeout=5).raise_for_status()


@pytest.fixture(params=["default", CLARET_SHORT_TOKENS])
def claret_sandbox(request: pytest.FixtureRequest, sandbox: str) -> str:
    if request.param != "default":
        use_variants(sandbox, request.param)
    return sandbox


# --- Test connection -----------------------------------------------------------------------


def test_the_probe_signs_in_and_reads_a_page(claret_sandbox: str) -> None:
    probe = service(claret_sandbox, SIGN_IN).probe()

    assert probe.proved[0] == f"Signed in as {demo.CLARET_EMAIL}: Claret gave a token."
    assert probe.proved[1].startswith("May read sales of tenant “demo”: ")
    assert "History records in the last 30 days" in probe.proved[1]
    assert probe.learned == {}


def test_the_probe_with_a_token_says_it_was_accepted(claret_sandbox: str) -> None:
    probe = service(claret_sandbox, TOKEN).probe()
    assert probe.proved[0] == "The API token was accepted."
    assert probe.proved[1].startswith("May read sales of tenant “demo”: ")


def test_the_probe_contacts_the_server(sandbox: str) -> None:
    """A wrong token fails the test: it no longer says Connected without asking Claret."""
    bad = ClaretCredentials(demo.CLARET_TENANT, "wrong-token-1618")
    with pytest.raises(AuthError, match="API token of this connection") as caught:
        service(sandbox, bad).probe()
    assert caught.value.status == 401
    assert "wrong-token-1618" not in str(caught.value)


def test_a_wrong_password_names_the_email(sandbox: str) -> None:
    bad = ClaretCredentials(demo.CLARET_TENANT, email=demo.CLARET_EMAIL, password="nope-8080")
    with pytest.raises(AuthError) as caught:
        service(sandbox, bad).probe()
    assert f"sign-in of {demo.CLARET_EMAIL} (HTTP 401)" in str(caught.value)
    assert "nope-8080" not in str(caught.value)


def test_an_unknown_tenant_names_the_tenant_setting(sandbox: str) -> None:
    for credentials in (
        ClaretCredentials("acme", demo.CLARET_TOKEN),
        ClaretCredentials("acme", email=demo.CLARET_EMAIL, password=demo.CLARET_PASSWORD),
    ):
        with pytest.raises(PermanentError) as caught:
            service(sandbox, credentials).probe()
        assert caught.value.status == 404
        assert "Claret has no tenant “acme”" in str(caught.value)
        assert "Tenant setting" in str(caught.value)


def test_a_403_names_the_account(sandbox: str) -> None:
    fault(sandbox, platform="claret", method="GET", status=403)
    with pytest.raises(AuthError) as caught:
        service(sandbox, SIGN_IN).probe()
    assert caught.value.status == 403
    assert f"to {demo.CLARET_EMAIL} (HTTP 403)" in str(caught.value)


def test_a_web_page_instead_of_data_is_quoted(sandbox: str) -> None:
    fault(sandbox, platform="claret", method="GET", malformed=True)
    with pytest.raises(AuthError) as caught:
        service(sandbox, TOKEN).probe()
    text = str(caught.value)
    assert "Claret refused the API token of this connection" in text
    quoted = text.split("The answer began: “", 1)[1]
    assert 0 < len(quoted.rstrip("”")) <= 300


def test_an_unanswered_request_names_claret_and_the_account(sandbox: str) -> None:
    fault(sandbox, platform="claret", method="GET", drop="before_store", times=0)
    with pytest.raises(TransientError) as caught:
        service(sandbox, SIGN_IN).probe()
    assert str(caught.value).startswith(f"Claret ({demo.CLARET_EMAIL}): ")


# --- sale types suggested ------------------------------------------------------------------


def claim(outbox: Outbox, connection: str, sale_type: str, *, refused: bool = False) -> None:
    [claim_id] = outbox.enqueue_many(
        [NewClaim(connection, "claret", "sales", "Sales", {SALE_TYPE: sale_type}, "s", sale_type)]
    )
    if refused:
        attempt = outbox.begin_attempt(claim_id)
        outbox.finish_attempt(claim_id, attempt, Finish.REJECTED, "refused")


def test_sale_types_used_before_are_suggested_after_the_docs_ones(
    sandbox: str, tmp_path: Path
) -> None:
    database = Database(tmp_path / "claimdesk.db")
    outbox = Outbox(database)
    claim(outbox, "Plan", "Budget")
    claim(outbox, "Plan", "history")  # the docs' name, typed otherwise: not twice
    claim(outbox, "Other", "Their Plan")  # another connection's
    claim(outbox, "Plan", "Typo", refused=True)  # refused: not suggested

    opened = entry("claret").open(
        sandbox, {"tenant": "demo"}, {"token": demo.CLARET_TOKEN}, OpenContext("Plan", database)
    )
    form = opened.load_form(SALES_TARGET)
    opened.close()

    spec = form.schema.get(SALE_TYPE)
    assert spec is not None
    suggested = [choice.value for choice in spec.suggestions]
    assert suggested == ["History", "Forecast", "Budget"]
