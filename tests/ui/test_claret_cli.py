"""Claret from the command line as a new user would: `profiles add` with an email (the secret
read is the password) or without one (a token), `profiles test`, `sales`, and `submit`, which
sends to Claret's beta POST only once confirmed with --claret-beta."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
import requests

from claimdesk.cli import main
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.profiles import Profile, ProfileStore
from tests.helpers.keyrings import MemoryKeyring

TODAY = dt.date.today().isoformat()
START = (dt.date.today() - dt.timedelta(days=20)).isoformat()


def add(
    monkeypatch: pytest.MonkeyPatch, name: str, sandbox: str, secret: str, *options: str
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
    return main(
        [
            "profiles", "add", name, "--platform", "claret", "--url", sandbox,
            "--tenant", demo.CLARET_TENANT, *options, "--secret-stdin",
        ]
    )  # fmt: skip


def received(sandbox: str) -> list[dict[str, object]]:
    answer = requests.get(f"{sandbox}/_sandbox/received", params={"platform": "claret"}, timeout=5)
    answer.raise_for_status()
    found: list[dict[str, object]] = answer.json()
    return found


def sales_file(tmp_path: Path, quantity: int = 6) -> Path:
    path = tmp_path / f"sales-{quantity}.csv"
    path.write_text(
        "Sale type;Item;Customer group;Sell date;Timing interval;Quantity\n"
        f"History;Claret Reserve 75cl;Northern Retail;{TODAY};Weekly;{quantity}\n",
        encoding="utf-8",
    )
    return path


def test_with_an_email_the_secret_is_the_password_and_the_token_is_fetched_and_kept(
    monkeypatch: pytest.MonkeyPatch,
    sandbox: str,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = add(monkeypatch, "Plan", sandbox, demo.CLARET_PASSWORD, "--email", demo.CLARET_EMAIL)
    assert code == 0, capsys.readouterr().err
    store = ProfileStore()
    assert store.get("Plan").setting("email") == demo.CLARET_EMAIL
    assert store.secrets.get("Plan", "password") == demo.CLARET_PASSWORD
    assert store.secrets.get("Plan", "token") is None
    capsys.readouterr()

    assert main(["profiles", "test", "Plan"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Connected to Claret. ")
    assert f"Signed in as {demo.CLARET_EMAIL}" in out
    assert "May read sales of tenant “demo”" in out
    assert demo.CLARET_PASSWORD not in out

    assert main(["sales", "--profile", "Plan", "--sale-type", "History", "--start", START,
                 "--days", "7"]) == 0  # fmt: skip
    kept = store.secrets.get("Plan", "token")
    assert kept is not None
    assert kept.split("|")[0].isdigit()  # the token from tokens/create, in the keyring
    assert kept not in json.dumps(json.loads(store.path.read_text(encoding="utf-8")))


def test_without_an_email_the_secret_is_a_token(
    monkeypatch: pytest.MonkeyPatch, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(monkeypatch, "Plan", sandbox, demo.CLARET_TOKEN) == 0
    store = ProfileStore()
    assert store.secrets.get("Plan", "token") == demo.CLARET_TOKEN
    assert store.secrets.get("Plan", "password") is None
    capsys.readouterr()

    assert main(["profiles", "test", "Plan"]) == 0
    out = capsys.readouterr().out
    assert "The API token was accepted." in out
    assert "Signed in as" not in out


def test_a_wrong_password_fails_the_test_naming_the_email(
    monkeypatch: pytest.MonkeyPatch, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add(monkeypatch, "Plan", sandbox, "wrong-password-4242", "--email", demo.CLARET_EMAIL)
    capsys.readouterr()

    assert main(["profiles", "test", "Plan"]) == 1
    err = capsys.readouterr().err
    assert f"Claret refused the sign-in of {demo.CLARET_EMAIL} (HTTP 401)" in err
    assert "wrong-password-4242" not in err


def test_a_profiles_file_of_before_with_a_token_still_works(
    sandbox: str, claimdesk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = ProfileStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    old = [{"name": "Old", "platform": "claret", "url": sandbox, "tenant": "demo",
            "beta_confirmed": False}]  # fmt: skip
    store.path.write_text(json.dumps({"version": 1, "profiles": old}), encoding="utf-8")
    store.secrets.set("Old", "token", demo.CLARET_TOKEN)

    assert main(["profiles", "test", "Old"]) == 0
    assert "The API token was accepted." in capsys.readouterr().out


def test_submit_to_the_beta_post_needs_claret_beta_once(
    sandbox: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ProfileStore().save(
        Profile(name="Plan", platform="claret", url=sandbox, tenant="demo"),
        {"token": demo.CLARET_TOKEN},
    )
    file = str(sales_file(tmp_path))

    assert main(["submit", "--profile", "Plan", file]) == 2
    err = capsys.readouterr().err
    assert "nothing sent: Claret's sales upload is in beta" in err
    assert "--claret-beta" in err
    assert received(sandbox) == []

    assert main(["submit", "--profile", "Plan", "--claret-beta", file]) == 0
    assert len(received(sandbox)) == 1
    assert ProfileStore().get("Plan").beta_confirmed  # remembered, as the window does

    again = str(sales_file(tmp_path, quantity=7))
    assert main(["submit", "--profile", "Plan", again]) == 0  # confirmed before
    assert len(received(sandbox)) == 2


def test_the_password_and_the_fetched_token_stay_in_the_keyring(
    monkeypatch: pytest.MonkeyPatch,
    sandbox: str,
    claimdesk_home: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The password travels as a query parameter (as documented): it must not reach the
    logs, the files or the output, on the accepted path or the refused and unreachable ones."""
    import logging

    from claimdesk.app_logging import setup_logging

    log_file = setup_logging(logging.DEBUG)
    add(monkeypatch, "Plan", sandbox, demo.CLARET_PASSWORD, "--email", demo.CLARET_EMAIL)
    main(["profiles", "test", "Plan"])
    main(["sales", "--profile", "Plan", "--sale-type", "History", "--start", START, "--days", "7"])
    add(monkeypatch, "Wrong", sandbox, "wrong-pass-6021", "--email", demo.CLARET_EMAIL)
    main(["profiles", "test", "Wrong"])
    add(monkeypatch, "Away", "http://127.0.0.1:9", "away-pass-7733", "--email", "a@b.example")
    main(["profiles", "test", "Away"])
    token = ProfileStore().secrets.get("Plan", "token")
    assert token is not None

    for handler in logging.getLogger("claimdesk").handlers:
        handler.flush()
    assert "tokens/create" in log_file.read_text(encoding="utf-8")  # the sign-ins were logged
    out, err = capfd.readouterr()
    files = "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in claimdesk_home.rglob("*") if p.is_file()
    )
    for secret in (demo.CLARET_PASSWORD, "wrong-pass-6021", "away-pass-7733", token):
        assert secret not in out + err + files
