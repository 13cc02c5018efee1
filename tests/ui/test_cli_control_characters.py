"""Control characters that come with data (a server's message, a file's cell) are shown
escaped by the command line, never sent raw to the terminal."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
import requests

from claimdesk.cli import main
from claimdesk.service.profiles import Profile, ProfileStore

TODAY = dt.date.today().isoformat()
HOSTILE = "bad \x1b]0;pwned\x07 \x1b[31mred"


def test_printable_escapes_controls_but_keeps_lines() -> None:
    from claimdesk.cli.terminal import printable

    assert printable("a\tb\nc\r\n") == "a\tb\nc\r\n"
    assert printable("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m"
    assert printable("over\rwrite") == "over\\x0dwrite"
    assert printable("csi\x9b2J del\x7f") == "csi\\u009b2J del\\u007f"


def test_escaped_json_still_reads_back_the_same() -> None:
    from claimdesk.cli.terminal import PrintableStream

    out = io.StringIO()
    text = json.dumps({"name": "x\x9by\x1b"}, ensure_ascii=False)
    PrintableStream(out).write(text)  # type: ignore[arg-type]
    assert "\x9b" not in out.getvalue()
    assert json.loads(out.getvalue()) == {"name": "x\x9by\x1b"}


def test_progress_lines_keep_their_leading_carriage_return() -> None:
    from claimdesk.cli.terminal import PrintableStream

    out = io.StringIO()
    stream = PrintableStream(out)  # type: ignore[arg-type]
    stream.write("\rsent 3 of 9")
    stream.write("row 1: \r\x1b[2K")
    assert out.getvalue() == "\rsent 3 of 9row 1: \\x0d\\x1b[2K"


@pytest.fixture
def profile(sandbox: str) -> str:
    ProfileStore().save(
        Profile(name="Acme", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "demo-secret"},
    )
    return "Acme"


def test_submit_and_outbox_show_a_servers_escape_sequences_escaped(
    profile: str, sandbox: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "myrewards", "method": "POST", "status": 422, "message": HOSTILE},
        timeout=5,
    ).raise_for_status()
    claims = tmp_path / "claims.csv"
    claims.write_text(
        "Sale date;Invoice date;Product or Activity Ref;Quantity;Value of sale;Username\n"
        f"{TODAY};{TODAY};BOIL-100;2;100;demo.rep\x1b[8m\n",
        encoding="utf-8",
    )
    assert main(["submit", "--profile", profile, "--promotion", "36", str(claims)]) == 1
    submitted, submit_err = capsys.readouterr()
    main(["outbox"])
    listed, outbox_err = capsys.readouterr()
    for text in (submitted, submit_err, listed, outbox_err):
        assert "\x1b" not in text
        assert "\x07" not in text
    assert "\\x1b[31mred" in submitted
    assert "\\x1b[31mred" in listed
    assert "demo.rep\\x1b[8m" in listed  # the file's cell, in the claim's summary
