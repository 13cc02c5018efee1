"""The installed ``claimdesk`` command, run as a user would run it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import requests

from claimdesk import __version__
from claimdesk.cli import build_parser, parse
from tests.helpers.cli import command


def claimdesk(*args: str) -> list[str]:
    return command(*args)


ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_version_comes_from_the_package_metadata() -> None:
    done = subprocess.run(
        claimdesk("--version"), capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.strip() == f"ClaimDesk {__version__}"
    assert __version__ != "0.0.0+source"


def test_demo_starts_the_sandbox_and_shows_a_ready_claim_form() -> None:
    done = subprocess.run(
        claimdesk("--demo", "--quit-when-ready"),
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.split("\n") if line)
    assert float(lines["ready"]) > 0


def test_sandbox_command_prints_url_and_credentials_then_serves_until_ctrl_c() -> None:
    process = subprocess.Popen(
        claimdesk("sandbox", "--port", "0"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert "http://127.0.0.1:" in first
        url = first.strip().rsplit(" ", 1)[1]
        banner = "".join(process.stdout.readline() for _ in range(5))
        assert "Token token=demo-key:demo-secret" in banner
        answer = requests.get(
            f"{url}/api/v2/performance/promotions",
            timeout=5,
            headers={"Authorization": "Token token=demo-key:demo-secret"},
        )
        assert answer.status_code == 200
        assert 36 in {p["id"] for p in answer.json()}
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0


def test_sandbox_refuses_a_bad_port() -> None:
    done = subprocess.run(
        claimdesk("sandbox", "--port", "70000"),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2
    assert "--port must be 0–65535" in done.stderr


def test_self_test_reports_each_part_in_one_line(real_keyring: object) -> None:
    done = subprocess.run(
        claimdesk("--self-test"), capture_output=True, text=True, timeout=120, env=ENV, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    [line] = done.stdout.splitlines()
    assert "Qt ok (offscreen); SQLite ok" in line
    assert "keyring ok (SecretService)" in line
    assert line.endswith("— all good")


def test_self_test_fails_without_a_keyring() -> None:
    env = {**ENV, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run(
        claimdesk("--self-test"), capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert done.returncode == 1
    assert "keyring FAILED: No usable keyring" in done.stdout
    assert "sandbox ok" in done.stdout


def test_the_windows_options_parse_without_the_commands_modules() -> None:
    """Starting the window reads its options without argparse or the commands' modules,
    to the same values the whole parser gives; a command, help or an unknown option still
    gets the whole parser, with every command named."""
    script = (
        "import sys\n"
        "from claimdesk.cli import parse\n"
        "args = parse(['--demo', '--quit-after-shown'])\n"
        "print(args.demo, args.quit_after_shown, args.command, 'argparse' in sys.modules,"
        " 'claimdesk.cli.reward_points' in sys.modules, 'claimdesk.cli.sales' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.split() == ["True", "True", "None", "False", "False", "False"]
    for given in ([], ["--demo"], ["--quit-when-ready", "--demo"], ["--quit-after-shown"]):
        quick, whole = vars(parse(given)), vars(build_parser().parse_args(given))
        assert quick == {name: whole[name] for name in quick}, given

    listed = subprocess.run(claimdesk("--help"), capture_output=True, text=True, timeout=30)
    assert listed.returncode == 0
    assert "reward-points" in listed.stdout
    assert "sandbox" in listed.stdout

    wrong = subprocess.run(
        claimdesk("--demo", "--bogus"), capture_output=True, text=True, timeout=30
    )
    assert wrong.returncode == 2
    assert "unrecognized arguments: --bogus" in wrong.stderr
    assert "COMMAND ..." in wrong.stderr  # the whole parser's usage

    command_args = parse(
        [
            "sales",
            "--profile",
            "p",
            "--sale-type",
            "History",
            "--start",
            "2026-01-01",
            "--days",
            "3",
        ]
    )
    assert command_args.command == "sales"


def test_the_first_frame_is_drawn_before_the_icons() -> None:
    """The window paints before the icon module (and Qt's enum set-up) is loaded; its
    icons, shortcuts and status bar follow straight after."""
    script = (
        "import sys\n"
        "from claimdesk.ui.app import make_application\n"
        "from claimdesk.ui import main_window\n"
        "seen = []\n"
        "paint = main_window.MainWindow.paintEvent\n"
        "def watch(self, event):\n"
        "    if not seen:\n"
        "        qt_made = 'Qt' in vars(sys.modules['PySide6.QtCore'])  # the enums\n"
        "        seen.append('claimdesk.ui.icons' in sys.modules or qt_made)\n"
        "    paint(self, event)\n"
        "main_window.MainWindow.paintEvent = watch\n"
        "main_window.SETUP_LATEST_MS = 60_000\n"
        "app = make_application()\n"
        "window = main_window.MainWindow()\n"
        "window.show()\n"
        "from PySide6.QtCore import QDeadlineTimer\n"
        "deadline = QDeadlineTimer(10_000)\n"
        "while not window.setup_finished and not deadline.hasExpired():\n"
        "    app.processEvents()\n"
        "print(seen, window.setup_finished, window.empty_icon.pixmap().isNull(),"
        " window.submit_button.icon().isNull())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        check=True,
    )
    assert done.stdout.split("\n")[0].split() == ["[False]", "True", "False", "False"]
