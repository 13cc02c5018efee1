"""MyRewards returned claims: goods a customer brought back take back the points of their
sale (``POST /api/v3/performance/promotions/{id}/returned_claims``, DESIGN.md "MyRewards,
more"). The form of a return (four fields), its rules, the request's entries, and the
server's per-entry messages ("…, for 2nd entry") put back on their row and field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from claimdesk.domain.checks import ClaimCheck, in_form_order
from claimdesk.domain.fields import (
    PRODUCT_HEADERS,
    QUANTITY_HEADERS,
    FieldSpec,
    FieldType,
    FormSchema,
)
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import (
    MAX_QUANTITY,
    MAX_USER_ID,
    PLATFORM,
    QUANTITY,
    RETURNS_IDENTIFIER,
    SKU,
    USER_ID,
    USERNAME,
    user_issue,
)
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.domain.validation import Value, check_values

MAX_RETURNS_PER_REQUEST = 50  # the docs: "above the max allowed of 50" is refused
RETURNS_SUFFIX = "/returns"
# Kept with a return made from a claim of the outbox (its outbox id), never sent: the
# claim's history lists its returns by it.
RETURNED_CLAIM = "returned_claim"
# Guess: headers offices write for the identifier (none is documented).
RETURNS_IDENTIFIER_HEADERS = ("Returns ID", "Return identifier", "Returns ref", "Invoice number")

RETURN_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        USERNAME,
        QT_TRANSLATE_NOOP("Fields", "Username"),
        FieldType.TEXT,
        position=0,
        help=QT_TRANSLATE_NOOP("Fields", "Username or email of the person who claimed."),
    ),
    FieldSpec(
        USER_ID,
        QT_TRANSLATE_NOOP("Fields", "User ID"),
        FieldType.INTEGER,
        position=1,
        min_value=1,
        max_value=MAX_USER_ID,
        help=QT_TRANSLATE_NOOP("Fields", "MyRewards user ID, instead of a username."),
    ),
    FieldSpec(
        RETURNS_IDENTIFIER,
        QT_TRANSLATE_NOOP("Fields", "Returns identifier"),
        FieldType.TEXT,
        required=True,
        position=2,
        help=QT_TRANSLATE_NOOP("Fields", "The returns identifier the claim was sent with."),
        synonyms=RETURNS_IDENTIFIER_HEADERS,
    ),
    FieldSpec(
        SKU,
        QT_TRANSLATE_NOOP("Fields", "Product or activity ref"),
        FieldType.TEXT,
        required=True,
        position=3,
        help=QT_TRANSLATE_NOOP("Fields", "The reference (SKU) the claim was made against."),
        synonyms=PRODUCT_HEADERS,
    ),
    FieldSpec(
        QUANTITY,
        QT_TRANSLATE_NOOP("Fields", "Quantity"),
        FieldType.INTEGER,
        required=True,
        position=4,
        min_value=1,
        max_value=MAX_QUANTITY,
        help=QT_TRANSLATE_NOOP("Fields", "Units returned, a whole number."),
        synonyms=QUANTITY_HEADERS,
    ),
)


def returns_key(promotion_id: int | str) -> str:
    """The outbox target key of a promotion's returns: "36/returns"."""
    return f"{promotion_id}{RETURNS_SUFFIX}"


def promotion_of_returns(key: str) -> int | None:
    """36 for "36/returns"; None for any other key (a promotion's claims)."""
    if not key.endswith(RETURNS_SUFFIX):
        return None
    head = key[: -len(RETURNS_SUFFIX)]
    return int(head) if head.isdigit() else None


def build_returns_schema(promotion_id: int, promotion_name: str) -> FormSchema:
    return FormSchema(
        key=f"{PLATFORM}:{returns_key(promotion_id)}",
        title=translate("MyRewards", "Returns — {name}").format(name=promotion_name),
        fields=RETURN_FIELDS,
    )


def check_return(schema: FormSchema, raw: Mapping[str, object]) -> ClaimCheck:
    """The rules of one return: its fields' types, and a username or a user ID."""
    parsed = check_values(schema, raw)
    issues, values = list(parsed.issues), parsed.values
    missing_user = user_issue(values, {i.field for i in issues})
    if missing_user is not None:
        issues.append(missing_user)
    return ClaimCheck(in_form_order(issues, schema.names), values)


def return_entry(values: Mapping[str, Value]) -> dict[str, Any]:
    """One entry of ``returns_data``: the four documented keys only (a user ID or a
    username, whichever is given; a user ID wins when both are)."""
    entry: dict[str, Any] = {}
    if values.get(USER_ID) is not None:
        entry[USER_ID] = values[USER_ID]
    elif values.get(USERNAME):
        entry[USERNAME] = values[USERNAME]
    for name in (RETURNS_IDENTIFIER, SKU, QUANTITY):
        entry[name] = values.get(name)
    return entry


def returns_body(entries: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    return {"returns_data": [dict(e) for e in entries]}


# "please supply valid product_or_activity_ref value(s), for 1st entry" (the docs' 400).
# Guess: a message naming several entries lists them ("for 1st, 3rd and 4th entries"), and
# one naming several fields joins them with "," or "and"; the docs print one of each.
_ENTRY_MESSAGE = re.compile(
    r"please\s+supply\s+valid\s+(?P<fields>.+?)\s+values?(?:\(s\))?\s*,?\s*for\s+"
    r"(?P<entries>(?:\d+\s*(?:st|nd|rd|th)\b[\s,]*(?:and\s+)?)+)\s*entr(?:y|ies)",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(\d+)\s*(?:st|nd|rd|th)\b", re.IGNORECASE)
_FIELD_SPLIT = re.compile(r"\s*(?:,|\band\b|/)\s*")


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… as the server writes entries."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def entry_issues(message: str, schema: FormSchema) -> list[tuple[int, Issue]]:
    """(zero-based entry, issue on its field) for each entry a 400 message names; [] for a
    message about the whole request ("No returns data was provided")."""
    match = _ENTRY_MESSAGE.search(message)
    if match is None:
        return []
    entries = [int(n) - 1 for n in _ORDINAL.findall(match.group("entries")) if int(n) > 0]
    names = [n for n in _FIELD_SPLIT.split(match.group("fields").strip()) if n]
    fields = [n for n in names if n in schema] or [None]
    text = translate("MyRewards", "the platform found no valid value here: “{message}”").format(
        message=message.strip()
    )
    return [
        (entry, Issue(field, "server", text if field else message.strip()))
        for entry in entries
        for field in fields
    ]
