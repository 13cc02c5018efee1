"""The desktop's own preferences (never secrets): the language, the theme, whether the
first-run welcome was shown, and since when network traffic is recorded for troubleshooting.
A small JSON file in the config folder, read before the window shows, so plain ``json``
rather than a pydantic model keeps start-up light."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any, NamedTuple

log = logging.getLogger("claimdesk.settings")

FILE_NAME = "settings.json"
# "Record network traffic for troubleshooting" switches itself off this long after it was
# switched on (issue 18): a trace left on would fill the log for ever.
TRACE_HOURS = 24


class Settings(NamedTuple):
    """Read before the window shows: a NamedTuple, not a dataclass, whose module and class
    making cost ~7 ms of a 0.3 s start."""

    language: str = ""  # "" follows the system; else "en", "es", …
    welcomed: bool = False  # the first-run welcome has been shown
    # When "Record network traffic" was switched on (ISO 8601, UTC); "" when off.
    trace_since: str = ""
    theme: str = ""  # "" follows the system; else "light" or "dark" (View → Theme)

    def with_changes(self, **changes: Any) -> Settings:
        return self._replace(**changes)

    def trace_until(self) -> dt.datetime | None:
        """When the switch turns itself off; None when it was never switched on."""
        if not self.trace_since:
            return None
        try:
            since = dt.datetime.fromisoformat(self.trace_since)
        except ValueError:
            return None
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return since + dt.timedelta(hours=TRACE_HOURS)

    def trace_on(self, now: dt.datetime) -> bool:
        """Whether the switch is on at ``now`` (24 hours after it was switched on, off)."""
        until = self.trace_until()
        return until is not None and now < until

    def with_trace(self, on: bool, now: dt.datetime) -> Settings:
        """The switch turned on (now, for the next 24 hours) or off; left alone when it
        already is on, so that saving other settings does not extend it."""
        if not on:
            return self._replace(trace_since="")
        if self.trace_on(now):
            return self
        return self._replace(trace_since=now.astimezone(dt.UTC).isoformat(timespec="seconds"))


def settings_path() -> Path:
    from claimdesk.paths import config_dir

    return config_dir() / FILE_NAME


def load_settings() -> Settings:
    """The saved settings; defaults when there are none or the file cannot be read."""
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("settings not read (%s); using defaults", error)
        return Settings()
    known = set(Settings._fields)
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    settings = Settings()
    if isinstance(values.get("language"), str):
        settings = settings.with_changes(language=values["language"])
    if isinstance(values.get("welcomed"), bool):
        settings = settings.with_changes(welcomed=values["welcomed"])
    if isinstance(values.get("trace_since"), str):
        settings = settings.with_changes(trace_since=values["trace_since"])
    if values.get("theme") in ("", "light", "dark"):
        settings = settings.with_changes(theme=values["theme"])
    return settings


def save_settings(settings: Settings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(settings._asdict(), indent=2) + "\n", encoding="utf-8")
    temporary.replace(path)
