"""What ClaimDesk ships besides its own code, and under which licence: read from the installed
packages' metadata (the PyInstaller bundle carries it), so the About dialog and the .deb's
copyright file always list what is really there.

    python -m claimdesk.licences      # the notices as plain text
"""

from __future__ import annotations

import re
import sqlite3
import ssl
import sys
from dataclasses import dataclass
from importlib import metadata

QT_NOTICE = (
    "ClaimDesk uses Qt {qt} through Qt for Python (PySide6 {pyside}) under the GNU Lesser "
    "General Public License version 3 (LGPLv3). Qt and PySide6 are linked dynamically: their "
    "libraries are separate files in the installation folder, which you may replace with your "
    "own build of the same version. The source code of Qt is at https://download.qt.io and "
    "https://code.qt.io/cgit/qt/qtbase.git, that of PySide6 at "
    "https://code.qt.io/cgit/pyside/pyside-setup.git; the licence text is at "
    "https://www.gnu.org/licenses/lgpl-3.0.html. Qt is a trademark of The Qt Company Ltd."
)

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_CLASSIFIER = "License :: "


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    url: str = ""


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    return str(meta[name] or "") if name in meta else ""


def _licence_of(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) <= 80:
        return text
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith(_CLASSIFIER)]
    if classifiers:
        return "; ".join(c.rsplit(" :: ", 1)[-1] for c in classifiers)
    return "see the package's licence file"


def _url_of(meta: metadata.PackageMetadata) -> str:
    home = _field(meta, "Home-page")
    if home:
        return home
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return url.strip()
    return ""


def python_packages(root: str = "claimdesk") -> list[Component]:
    """Every installed package ``root`` depends on, directly or not (extras left out)."""
    found: dict[str, Component] = {}
    todo = list(_requirements(root))
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-").replace(".", "-")
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform or Python version
        meta = dist.metadata
        found[key] = Component(meta["Name"], dist.version, _licence_of(meta), _url_of(meta))
        todo.extend(_requirements(name))
    return sorted(found.values(), key=lambda c: c.name.lower())


def _requirements(name: str) -> list[str]:
    try:
        requirements = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return []
    names = []
    for requirement in requirements:
        marker = requirement.partition(";")[2]
        match = _NAME.match(requirement)
        if match and "extra" not in marker:
            names.append(match.group(1))
    return names


def qt_versions() -> tuple[str, str]:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return qVersion(), pyside


def components() -> list[Component]:
    """The runtime and native libraries first, then the Python packages."""
    qt, _pyside = qt_versions()
    version = sys.version.split()[0]
    native = [
        Component(
            "Qt", qt, "LGPL-3.0-only", "https://www.qt.io/licensing/open-source-lgpl-obligations"
        ),
        Component("Python", version, "PSF-2.0", "https://docs.python.org/3/license.html"),
        Component(
            "SQLite", sqlite3.sqlite_version, "public domain", "https://sqlite.org/copyright.html"
        ),
        Component(
            "OpenSSL",
            ssl.OPENSSL_VERSION.split()[1],
            "Apache-2.0",
            "https://www.openssl.org/source/license.html",
        ),
    ]
    return native + python_packages()


def as_text() -> str:
    qt, pyside = qt_versions()
    lines = [
        "ClaimDesk includes the following third-party software.",
        "",
        QT_NOTICE.format(qt=qt, pyside=pyside),
        "",
    ]
    for c in components():
        lines.append(f"{c.name} {c.version}: {c.licence}" + (f" — {c.url}" if c.url else ""))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(as_text())
