"""The .deb that `make package` built, installed with dpkg on this machine as IT would, the
installed program run without a screen, then removed: `make test-package` (needs root or
password-less sudo; it replaces and finally removes any installed claimdesk package).

Not part of `make test`: building takes a few minutes (see packaging/README.md)."""

from __future__ import annotations

import configparser
import os
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
SUDO = [] if os.geteuid() == 0 else ["sudo", "-n"]
INSTALLED = (
    Path("/opt/claimdesk"),
    Path("/usr/bin/claimdesk"),
    Path("/usr/share/applications/claimdesk.desktop"),
    Path("/usr/share/icons/hicolor/48x48/apps/claimdesk.png"),
    Path("/usr/share/icons/hicolor/scalable/apps/claimdesk.svg"),
    Path("/usr/share/doc/claimdesk"),
)
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def the_deb() -> Path:
    debs = sorted((ROOT / "dist").glob(f"claimdesk_{VERSION}_*.deb"))
    assert debs, f"no dist/claimdesk_{VERSION}_*.deb: run `make package` first"
    return debs[-1]


def dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SUDO, "dpkg", *args], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def installed() -> Iterator[Path]:
    done = dpkg("-i", str(the_deb()))
    assert done.returncode == 0, done.stdout + done.stderr
    try:
        yield Path("/usr/bin/claimdesk")
    finally:
        dpkg("-r", "claimdesk")


def run(*command: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=ENV,
        check=False,
    )


def test_the_deb_says_what_it_is_and_holds_only_its_own_folders() -> None:
    info = run("dpkg-deb", "--field", the_deb(), "Package", "Version", "Depends").stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines())
    assert fields["Package"] == "claimdesk"
    assert fields["Version"] == VERSION
    assert "libc6 (>= 2." in fields["Depends"]
    listing = run("dpkg-deb", "--contents", the_deb()).stdout.splitlines()
    paths = {line.split()[5].removeprefix(".") for line in listing}
    assert {"/opt/claimdesk/claimdesk", "/usr/bin/claimdesk"} <= paths
    for size in ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/claimdesk.png" in paths
        # the window's icon, where claimdesk.ui.icons looks in the frozen program
        icon = f"/opt/claimdesk/_internal/resources/icons/hicolor/{size}x{size}/apps/claimdesk.png"
        assert icon in paths
    outside = {p for p in paths if p not in {"/", "/opt/", "/usr/", "/usr/share/"}} - {
        p for p in paths if p.startswith(("/opt/claimdesk", "/usr/bin/", "/usr/share/"))
    }
    assert not outside, outside
    assert all(line.split()[1] == "root/root" for line in listing)
    # Kept lean: no GTK copy, no QML, no Qt modules ClaimDesk does not import.
    assert not {p for p in paths if "libgtk" in p or "QtQml" in p or "libQt6Network" in p}


def test_the_installed_command_prints_the_version(installed: Path) -> None:
    done = run(installed, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"ClaimDesk {VERSION}"


def test_the_installed_self_test_passes(installed: Path) -> None:
    done = run(installed, "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    [line] = done.stdout.splitlines()
    assert line.startswith(f"ClaimDesk {VERSION} self-test: Qt ok (offscreen); SQLite ok")
    assert "keyring ok (SecretService)" in line  # tests/with-keyring gives a real one
    assert line.endswith("— all good")


def test_the_installed_demo_shows_the_main_window_with_a_ready_form(installed: Path) -> None:
    shown = run(installed, "--demo", "--quit-after-shown")
    assert shown.returncode == 0, shown.stderr
    assert float(shown.stdout.split()[1]) > 0, shown.stdout  # "shown 0.412"
    ready = run(installed, "--demo", "--quit-when-ready")
    assert ready.returncode == 0, ready.stderr
    lines = dict(line.split(" ", 1) for line in ready.stdout.splitlines() if line)
    assert float(lines["ready"]) > 0  # the sandbox started and promotion 36 loaded


def test_the_desktop_entry_starts_the_installed_command_with_its_icon(installed: Path) -> None:
    desktop = Path("/usr/share/applications/claimdesk.desktop")
    if Path("/usr/bin/desktop-file-validate").exists():
        done = run("desktop-file-validate", desktop)
        assert done.returncode == 0, done.stdout + done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(desktop)
    assert entry["Desktop Entry"]["Exec"] == "claimdesk"
    assert entry["Desktop Action training"]["Exec"] == "claimdesk --demo"
    icon = entry["Desktop Entry"]["Icon"]
    for size in ICON_SIZES:
        assert Path(f"/usr/share/icons/hicolor/{size}x{size}/apps/{icon}.png").is_file()
    assert installed.resolve() == Path("/opt/claimdesk/claimdesk")
    copyright_text = Path("/usr/share/doc/claimdesk/copyright").read_text()
    assert "GNU Lesser General Public License version 3" in copyright_text


def test_removing_the_package_leaves_nothing_behind(installed: Path) -> None:
    """Last: after the program ran (it writes only to the user's folders), remove it."""
    assert all(path.exists() for path in INSTALLED)
    done = dpkg("-r", "claimdesk")
    assert done.returncode == 0, done.stdout + done.stderr
    left = [str(path) for path in INSTALLED if path.exists() or path.is_symlink()]
    assert not left, f"dpkg -r left {left}"
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Status}", "claimdesk"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert status.stdout in ("", "not-installed"), status.stdout  # no conffiles kept either
