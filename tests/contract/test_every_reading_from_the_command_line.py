"""Issue 17's "done when": a new user with only the vendors' documents beside them runs
`profiles add`, `profiles test` and `submit` for each platform, and it works whichever
documented reading the server follows (the sandbox's variants, sandbox/variants.py)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
import requests

from claimdesk.cli import main
from claimdesk.sandbox import demo_credentials as demo
from tests.helpers.peak_seed import SEED_ROW
from tests.helpers.variants import use_variants

TODAY = dt.date.today().isoformat()
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _file(tmp_path: Path, header: list[str], rows: list[list[str]]) -> Path:
    path = tmp_path / "upload.csv"
    lines = [";".join(header), *(";".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _peak_row(n: int) -> list[str]:
    row = {**SEED_ROW, "product_variant": f"size:{n}", "sold_at": NOW, "sale_id": f"S-{n}"}
    return ["" if v is None else str(v) for v in row.values()]


PLATFORMS = {
    # platform: (profiles add options, secrets on stdin, submit options, header, rows)
    "myrewards": (
        ["--api-key", demo.MYREWARDS_API_KEY],
        [demo.MYREWARDS_SECRET_KEY],
        ["--promotion", "36"],
        ["sale_date", "invoice_date", "product_or_activity_ref", "quantity", "value_of_sale",
         "username"],
        [[TODAY, TODAY, f"BOIL-10{n}", "2", "100", "demo.rep"] for n in range(3)],
    ),
    "claret": (
        ["--tenant", demo.CLARET_TENANT, "--email", demo.CLARET_EMAIL],
        [demo.CLARET_PASSWORD],
        ["--claret-beta"],
        ["Sale type", "Item", "Customer group", "Sell date", "Timing interval", "Quantity"],
        [["History", "Claret Reserve 75cl", "Northern Retail", TODAY, "Weekly", str(n + 1)]
         for n in range(5)],  # enough calls that a short-lived token expires midway
    ),
    "peak": (
        ["--solution", demo.PEAK_SOLUTION_NAME, "--prefix", demo.PEAK_PREFIX,
         "--suffix", demo.PEAK_SUFFIX],
        [demo.PEAK_TOKEN],
        [],
        list(SEED_ROW),
        [_peak_row(n) for n in range(3)],
    ),
    "thalamus": (
        ["--touchpoint", demo.THALAMUS_TOUCHPOINT, "--user", demo.THALAMUS_PRINCIPAL],
        [demo.THALAMUS_PASSWORD, demo.THALAMUS_API_TOKEN],
        [],
        ["credentialPrincipal", "saleDate", "partnerSkuCode", "quantity", "amount", "currency"],
        [["22222222", TODAY, "pa6_termo", str(n + 1), "100.00", "USD"] for n in range(3)],
    ),
}  # fmt: skip

PROVED = {
    "myrewards": "promotion",
    "claret": f"Signed in as {demo.CLARET_EMAIL}",
    "peak": "Upload path found",
    "thalamus": f"Signed in as {demo.THALAMUS_PRINCIPAL}",
}

READINGS = [
    ("myrewards", None),
    ("myrewards", "myrewards-returns"),
    ("claret", None),
    ("claret", "claret-short-tokens"),
    ("peak", None),
    ("peak", "peak-objects-path"),
    ("peak", "peak-ingest-path"),
    ("thalamus", None),
    ("thalamus", "thalamus-cookie-session"),
    ("thalamus", "thalamus-basic-session"),
]


@pytest.mark.parametrize(("platform", "variant"), READINGS)
def test_add_test_and_submit_work_whichever_reading_the_server_follows(
    platform: str,
    variant: str | None,
    sandbox: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if variant:
        use_variants(sandbox, variant)
    options, secrets, submit, header, rows = PLATFORMS[platform]
    if variant == "myrewards-returns":  # the promotion needs a returns identifier: given
        header = [*header, "Returns identifier"]
        rows = [[*row, f"RET-{n}"] for n, row in enumerate(rows)]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{s}\n" for s in secrets)))
    added = main(["profiles", "add", "Real", "--platform", platform, "--url", sandbox,
                  *options, "--secret-stdin"])  # fmt: skip
    assert added == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["profiles", "test", "Real"]) == 0, capsys.readouterr().err
    said = capsys.readouterr().out
    assert said.startswith("Connected to ")
    assert PROVED[platform] in said  # a real request, not a guess
    code = main(["submit", "--profile", "Real", *submit, str(_file(tmp_path, header, rows))])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    received = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": platform}, timeout=5
    ).json()
    assert len(received) == len(rows)
