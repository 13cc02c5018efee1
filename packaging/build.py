"""Build the installable ClaimDesk: the PyInstaller bundle, then on Linux the .deb.

    .venv/bin/python packaging/build.py [--no-deb]      (what `make package` runs)

Writes dist/claimdesk/ (the one-folder bundle) and dist/claimdesk_<version>_<arch>.deb, and
prints the build time and the sizes. The .deb installs the bundle under /opt/claimdesk, the
command /usr/bin/claimdesk (a link), the desktop entry, the icons (hicolor, every size) and
/usr/share/doc/claimdesk/copyright (the notices of the bundled software); it has no
maintainer scripts, so `dpkg -r claimdesk` removes every file it installed (dpkg's triggers
refresh the icon and desktop caches)."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
RESOURCES = ROOT / "resources"
NAME = "claimdesk"
MAINTAINER = os.environ.get("DEB_MAINTAINER", "ClaimDesk IT <claimdesk@example.com>")
# Not linked, but wanted on a desktop: a Secret Service for the keyring, and fonts.
RECOMMENDS = "gnome-keyring | kwalletmanager | keepassxc, fonts-dejavu-core | fonts-liberation2"


def version() -> str:
    """The one place the version is set: pyproject.toml (the bundle reads the same value
    from the installed package's metadata)."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def run(*command: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], check=True, text=True, **kwargs)


def size_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(f.lstat().st_size for f in path.rglob("*")) / 2**20


def build_bundle() -> Path:
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        WORK / "pyinstaller",
        ROOT / "packaging" / "claimdesk.spec",
    )
    return DIST / NAME


# --- the .deb ---------------------------------------------------------------------------------


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def depends(bundle: Path) -> str:
    """Debian packages that provide the libraries the bundle links to but does not carry,
    and libc6 at the newest GLIBC symbol version it uses (as dpkg-shlibdeps would say)."""
    elves = elf_files(bundle)
    inside = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    glibc = (2, 17)
    for elf in elves:
        dump = run("objdump", "-p", elf, capture_output=True).stdout
        needed.update(re.findall(r"^\s+NEEDED\s+(\S+)", dump, re.M))
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", dump):
            glibc = max(glibc, (int(major), int(minor)))
    cache = run("/sbin/ldconfig", "-p", capture_output=True).stdout
    # This machine's own architecture wins over 32-bit or foreign copies of a library.
    located = dict(re.findall(r"^\s+(\S+) \([^)]*\) => (\S+)", cache, re.M))
    located.update(re.findall(r"^\s+(\S+) \(libc6,x86-64[^)]*\) => (\S+)", cache, re.M))
    packages = {f"libc6 (>= {glibc[0]}.{glibc[1]})"}
    for library in sorted(needed - inside):
        path = located.get(library)
        if path is None:
            raise SystemExit(f"build.py: {library} is needed but neither bundled nor installed")
        owner = subprocess.run(
            ["dpkg-query", "-S", os.path.realpath(path)], capture_output=True, text=True
        )
        if owner.returncode != 0:
            owner = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True)
        if owner.returncode != 0:
            raise SystemExit(f"build.py: no Debian package owns {path} (needed: {library})")
        package = owner.stdout.split(":", 1)[0].split(",")[0].strip()
        if package != "libc6":
            packages.add(package)
    return ", ".join(sorted(packages))


def copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def install_file(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def copyright_text() -> str:
    from claimdesk import licences

    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: ClaimDesk\n\n"
        "Files: opt/claimdesk/_internal/*\n"
        "Comment:\n"
        + "".join(f" {line}\n" if line else " .\n" for line in licences.as_text().splitlines())
    )


def build_deb(bundle: Path, ver: str) -> Path:
    arch = run("dpkg", "--print-architecture", capture_output=True).stdout.strip()
    stage = WORK / "deb" / f"{NAME}_{ver}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    for folder in ("DEBIAN", "opt", "usr/bin", "usr/share/applications"):
        (stage / folder).mkdir(parents=True, exist_ok=True)
    copy_tree(bundle, stage / "opt" / NAME)
    (stage / "usr/bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    install_file(
        RESOURCES / "claimdesk.desktop", stage / "usr/share/applications/claimdesk.desktop"
    )
    icons = stage / "usr/share/icons/hicolor"
    for png in sorted((RESOURCES / "icons" / "hicolor").glob("*/apps/claimdesk.png")):
        install_file(png, icons / png.relative_to(RESOURCES / "icons" / "hicolor"))
    install_file(RESOURCES / "icons" / "claimdesk.svg", icons / "scalable/apps/claimdesk.svg")
    doc = stage / "usr/share/doc" / NAME / "copyright"
    doc.parent.mkdir(parents=True)
    doc.write_text(copyright_text(), encoding="utf-8")
    doc.chmod(0o644)
    for folder in [p for p in stage.rglob("*") if p.is_dir() and not p.is_symlink()]:
        folder.chmod(0o755)

    installed_kib = int(size_mib(stage) * 1024)
    control = f"""\
Package: {NAME}
Version: {ver}
Section: misc
Priority: optional
Architecture: {arch}
Maintainer: {MAINTAINER}
Installed-Size: {installed_kib}
Depends: {depends(bundle)}
Recommends: {RECOMMENDS}
Description: sales claims and reward points on four incentive platforms
 ClaimDesk enters sales claims on MyRewards, Claret, Peak and Thalamus with forms
 built from each platform's field definitions, checks every rule before sending,
 keeps credentials in the system keyring and never loses a claim (a local outbox).
 A training mode runs against a built-in sandbox with demo data.
 .
 After installing, `claimdesk --self-test` checks Qt, SQLite, the keyring and the
 sandbox on this computer.
"""
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    deb = DIST / f"{NAME}_{ver}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, deb, stdout=subprocess.DEVNULL)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--no-deb", action="store_true", help="only the PyInstaller bundle")
    args = parser.parse_args(argv)
    ver = version()
    started = time.perf_counter()
    bundle = build_bundle()
    bundled = time.perf_counter()
    print(f"bundle  {bundle}: {size_mib(bundle):.0f} MiB, built in {bundled - started:.0f} s")
    if args.no_deb or not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"):
        return 0
    deb = build_deb(bundle, ver)
    done = time.perf_counter()
    print(f"package {deb}: {size_mib(deb):.1f} MiB, built in {done - bundled:.0f} s")
    print(f"total build time {done - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
