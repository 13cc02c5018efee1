"""Where ClaimDesk keeps its files: the user's config, data and log folders (platformdirs).

``CLAIMDESK_HOME`` puts all three under one folder instead (tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ClaimDesk"


def _home() -> Path | None:
    value = os.environ.get("CLAIMDESK_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    import platformdirs

    home = _home()
    return home / "config" if home else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    import platformdirs

    home = _home()
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    import platformdirs

    home = _home()
    return home / "logs" if home else platformdirs.user_log_path(APP_NAME, appauthor=False)
