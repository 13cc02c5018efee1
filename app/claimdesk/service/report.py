"""A problem report: one zip for support, made by ``claimdesk report`` and Help → "Save a
problem report…". It holds the versions (ClaimDesk, Python, Qt, the operating system),
the last log files, the profiles' non-secret settings, the outbox's counts by state and the
last 50 attempts' messages, and ``--self-test``'s result.

Nothing secret goes in: every stored secret of every profile is registered with the
redaction first, and every text put in the zip passes through it (the log files too, which
were redacted when written)."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimdesk.app_logging import log_files
from claimdesk.paths import config_dir, log_dir
from claimdesk.redaction import redact
from claimdesk.service.profiles import ProfileError
from claimdesk.service.trace import register_stored_secrets
from claimdesk.service.workspace import TRAINING_DB_FILE, Workspace
from claimdesk.storage.database import DB_FILE

ATTEMPTS = 50  # the last attempts' messages a report lists
LOG_FILES = 2  # the current log file and the one before it


def report_name(now: dt.datetime | None = None) -> str:
    """The file name a report is offered under: claimdesk-report-20261202-0712.zip."""
    moment = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"claimdesk-report-{moment}.zip"


def qt_package_version() -> str:
    """PySide6's version as installed (without importing Qt: the service has no Qt)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"PySide6 {version('PySide6')}"
    except PackageNotFoundError:
        return "PySide6 not installed"


def _about(qt_version: str | None, now: dt.datetime) -> str:
    from claimdesk import __version__

    lines = [
        f"ClaimDesk {__version__}",
        f"Python {sys.version.split()[0]} ({platform.python_implementation()}, {sys.executable})",
        f"Qt: {qt_version or qt_package_version()}",
        f"Operating system: {platform.platform()} ({platform.machine()})",
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"Report made: {now.astimezone(dt.UTC).isoformat(timespec='seconds')}",
        f"Config folder: {config_dir()}",
        f"Log folder: {log_dir()}",
    ]
    return "\n".join(lines) + "\n"


def _profiles(workspace: Workspace) -> str:
    """Each profile as saved in profiles.json: name, platform, address and its non-secret
    settings (the secrets are in the keyring, not in the profile)."""
    try:
        profiles: list[Any] = [p.model_dump() for p in workspace.profiles()]
    except ProfileError as error:
        profiles = [{"error": str(error)}]
    return json.dumps({"profiles": profiles}, indent=2, ensure_ascii=False) + "\n"


def _outbox(workspace: Workspace) -> str:
    """Counts by state and the last attempts, of the user's outbox and training mode's
    (each only if its file exists: a report creates nothing)."""
    parts = []
    for training, file_name in ((False, DB_FILE), (True, TRAINING_DB_FILE)):
        title = "Training mode's outbox" if training else "Outbox"
        if not (workspace.data_folder / file_name).exists():
            parts.append(f"{title}: none yet\n")
            continue
        try:
            outbox = workspace.outbox(training=training).outbox
            counts = outbox.counts()
            recent = outbox.recent_attempts(ATTEMPTS)
        except Exception as error:  # a broken file is itself what the report should show
            parts.append(f"{title}: could not be read: {type(error).__name__}: {error}\n")
            continue
        lines = [f"{title} ({workspace.data_folder / file_name})", "Claims by state:"]
        lines += [f"  {state.value}: {count}" for state, count in counts.items()]
        lines.append(f"The last {len(recent)} attempts (newest first):")
        for attempt, connection, platform_key in recent:
            status = f"HTTP {attempt.http_status}" if attempt.http_status else "no answer"
            lines.append(
                f"  {attempt.started_at.isoformat(timespec='seconds')} claim #{attempt.claim_id}"
                f" {platform_key} · {connection}: {attempt.outcome or 'in progress'} ({status})"
                f" {attempt.message}"
            )
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def build_report(
    workspace: Workspace,
    output: Path,
    *,
    qt_version: str | None = None,
    self_test: Callable[[], str] | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write the report to ``output`` (whole or not at all); return its path. Blocks: the
    disk, the keyring, and the self-test (which starts the sandbox)."""
    moment = now or dt.datetime.now(dt.UTC)
    register_stored_secrets(workspace.store)  # before any text is made
    entries: list[tuple[str, str]] = [
        ("about.txt", _about(qt_version, moment)),
        ("profiles.json", _profiles(workspace)),
        ("outbox.txt", _outbox(workspace)),
    ]
    if self_test is not None:
        try:
            result = self_test()
        except Exception as error:  # the report is still worth having
            result = f"the self-test could not run: {type(error).__name__}: {error}"
        entries.append(("self-test.txt", result.rstrip("\n") + "\n"))
    for path in log_files()[:LOG_FILES]:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            text = f"{path} could not be read: {error}\n"
        entries.append((f"logs/{path.name}", text))
    output = output.expanduser().resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=output.parent, prefix=".report.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in entries:
                zf.writestr(f"claimdesk-report/{name}", redact(text))
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return output
