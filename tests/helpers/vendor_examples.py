"""Requests and answers printed in the vendors' documents (the seeds, DESIGN.md's facts), kept
as JSON files in tests/contract/vendor_examples/ and replayed through the connectors' builders
and parsers.

One small shape for every platform, one example a file::

    {
      "source": "seeds/thalamus-partner-sale.md, 'Typical Body Example'",
      "note": "optional: what in the file is ours rather than the source's",
      "request": {"method": "POST", "path": "/api/v4/partner/sale", "query": {...},
                  "headers": {...}, "body": <JSON>},
      "response": {"status": 201, "headers": {...}, "body": <JSON> | "text": "<not JSON>"}
    }

Only ``source`` is required; ``request`` and ``response`` hold what the source prints (either
may be absent, and each of their keys is optional).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

FOLDER = Path(__file__).resolve().parent.parent / "contract" / "vendor_examples"
_KEYS = frozenset({"source", "note", "request", "response"})


@dataclass(frozen=True)
class VendorExample:
    name: str  # the file's name without .json: the test's id
    source: str  # where the vendor printed it: "seeds/<file>.md, '<heading>'" or DESIGN.md's
    request: dict[str, Any] | None = None
    response: dict[str, Any] | None = None
    note: str = ""
    path: Path = field(default=Path(), compare=False)

    @property
    def request_body(self) -> Any:
        return (self.request or {}).get("body")

    @property
    def response_body(self) -> Any:
        return (self.response or {}).get("body")

    def answer(self, url: str = "https://vendor.example") -> requests.Response:
        """The printed answer as a ``requests.Response``, to hand to a connector's parser."""
        part = self.response or {}
        response = requests.Response()
        response.status_code = int(part.get("status", 200))
        for key, value in (part.get("headers") or {}).items():
            response.headers[key] = str(value)
        if "body" in part:
            response._content = json.dumps(part["body"]).encode("utf-8")
            response.headers.setdefault("Content-Type", "application/json")
        else:
            response._content = str(part.get("text", "")).encode("utf-8")
        response.encoding = "utf-8"
        response.url = url + str((self.request or {}).get("path", "/"))
        return response


def load(pattern: str, folder: Path = FOLDER) -> list[VendorExample]:
    """Every example whose file name matches ``pattern`` (a glob, e.g. "thalamus_*.json"),
    sorted by name; ValueError naming the file whose shape is wrong."""
    examples = []
    for path in sorted(folder.glob(pattern)):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("source"), str):
            raise ValueError(f"{path.name}: not an object with a 'source'")
        unknown = set(data) - _KEYS
        if unknown:
            raise ValueError(f"{path.name}: unknown keys {sorted(unknown)}")
        examples.append(
            VendorExample(
                name=path.stem,
                source=data["source"],
                request=data.get("request"),
                response=data.get("response"),
                note=data.get("note", ""),
                path=path,
            )
        )
    if not examples:
        raise ValueError(f"no vendor example matches {pattern} in {folder}")
    return examples
