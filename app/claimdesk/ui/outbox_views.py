"""What the rep sees of the outbox, in plain words: the views the outbox window opens on
(Waiting, Check needed, Refused, Sent), each with a sentence when it is empty; the one
claim number shown (the platform's, once there is one); a claim's state in plain words;
its values under the form's labels, never the platform's field names; and its product,
quantity and value for the Today list.

Pure functions over ``OutboxClaim`` records (no disk): the windows read the outbox on a
worker and call these on what comes back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from claimdesk.domain.fields import PRODUCT_HEADERS, QUANTITY_HEADERS, FieldSpec, FieldType
from claimdesk.domain.translation import QT_TRANSLATE_NOOP
from claimdesk.service.outbox import OutboxClaim, State
from claimdesk.ui.i18n import field_text

CONTEXT = "OutboxViews"


@dataclass(frozen=True)
class View:
    """One of the outbox window's views: ``key`` is the state box's data (a state's value,
    so that choosing a state by its value still works; "" is every claim)."""

    key: str
    title: str
    states: tuple[State, ...] | None
    empty: str


VIEWS: tuple[View, ...] = (
    View(
        "queued",
        QT_TRANSLATE_NOOP("OutboxViews", "Waiting"),
        (State.QUEUED, State.SENDING),
        QT_TRANSLATE_NOOP("OutboxViews", "Nothing waiting: every claim has been sent."),
    ),
    View(
        "unknown",
        QT_TRANSLATE_NOOP("OutboxViews", "Check needed"),
        (State.UNKNOWN,),
        QT_TRANSLATE_NOOP(
            "OutboxViews", "Nothing to check: the platform answered every claim sent."
        ),
    ),
    View(
        "rejected",
        QT_TRANSLATE_NOOP("OutboxViews", "Refused"),
        (State.REJECTED,),
        QT_TRANSLATE_NOOP("OutboxViews", "Nothing refused: the platform took every claim."),
    ),
    View(
        "accepted",
        QT_TRANSLATE_NOOP("OutboxViews", "Sent"),
        (State.ACCEPTED,),
        QT_TRANSLATE_NOOP("OutboxViews", "Nothing sent in these dates yet."),
    ),
    View(
        "discarded",
        QT_TRANSLATE_NOOP("OutboxViews", "Discarded"),
        (State.DISCARDED,),
        QT_TRANSLATE_NOOP("OutboxViews", "Nothing discarded."),
    ),
    View(
        "",
        QT_TRANSLATE_NOOP("OutboxViews", "All"),
        None,
        QT_TRANSLATE_NOOP("OutboxViews", "No claims entered in these dates."),
    ),
)
VIEW_OF = {view.key: view for view in VIEWS}

CHECK_HINT = QT_TRANSLATE_NOOP(
    "OutboxViews",
    "ClaimDesk could not tell whether the platform stored these claims (the line broke "
    "after they were sent). Look for each one on the platform: if it is there, choose "
    "“It was stored”; if it is not, choose “Send again”.",
)

PLAIN_STATES = {
    State.QUEUED: QT_TRANSLATE_NOOP("OutboxViews", "Waiting"),
    State.SENDING: QT_TRANSLATE_NOOP("OutboxViews", "Sending"),
    State.ACCEPTED: QT_TRANSLATE_NOOP("OutboxViews", "Sent"),
    State.REJECTED: QT_TRANSLATE_NOOP("OutboxViews", "Refused"),
    State.UNKNOWN: QT_TRANSLATE_NOOP("OutboxViews", "Check needed"),
    State.DISCARDED: QT_TRANSLATE_NOOP("OutboxViews", "Discarded"),
}


def _tr(text: str) -> str:
    """One of this module's sentences (each marked with QT_TRANSLATE_NOOP where written)
    in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def plain_state(state: State) -> str:
    return _tr(PLAIN_STATES[state])


def view_title(view: View) -> str:
    return _tr(view.title)


def view_empty(view: View) -> str:
    return _tr(view.empty)


def check_hint() -> str:
    return _tr(CHECK_HINT)


def first_view(counts: Mapping[Any, int]) -> str:
    """The view the outbox window opens on: what needs the rep first (claims to check,
    then waiting, then refused ones), else what was sent.
    Guess: that order is the order of urgency (a claim to check may be doubled if resent)."""
    for key, states in (
        ("unknown", ("unknown",)),
        ("queued", ("queued", "sending")),
        ("rejected", ("rejected",)),
    ):
        if any(counts.get(state, 0) for state in states):
            return key
    return "accepted"


def claim_number(claim: OutboxClaim) -> str:
    """The one number the rep sees: the platform's claim number(s) once it gave any,
    until then ClaimDesk's own (#12)."""
    remote = [i for i in claim.remote_ids.split(",") if i]
    return ", ".join(remote) if remote else f"#{claim.id}"


def claim_name(claim: OutboxClaim) -> str:
    """ "claim 5012" (the platform's) or "claim #12" (ClaimDesk's, before the platform's)."""
    return QCoreApplication.translate("OutboxViews", "claim {number}").format(
        number=claim_number(claim)
    )


def humanized(name: str) -> str:
    """A field's name as words, for a claim whose form is not at hand: "value_of_sale" →
    "Value of sale", "partnerSkuCode" → "Partner sku code".
    Guess: the platforms' own labels read this way; the form's label is used when known."""
    words: list[str] = []
    current = ""
    for char in name.replace("_", " ").replace("-", " "):
        if char.isupper() and current and not current[-1].isupper():
            words.append(current)
            current = char.lower()
        elif char == " ":
            if current:
                words.append(current)
            current = ""
        else:
            current += char
    if current:
        words.append(current)
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def label_of(name: str, labels: Mapping[str, str]) -> str:
    label = labels.get(name)
    return field_text(label) if label else humanized(name)


def labelled_values(claim: OutboxClaim, labels: Mapping[str, str]) -> list[tuple[str, str]]:
    """The claim's filled-in values under the form's labels, in the form's order when
    known."""
    order = {name: i for i, name in enumerate(labels)}
    names = sorted(
        (n for n, v in claim.values.items() if str(v).strip()),
        key=lambda n: (order.get(n, len(order)), n),
    )
    return [(label_of(n, labels), str(claim.values[n])) for n in names]


# The Today list's product, quantity and value: found by the form's fields (their
# synonyms say which holds the product and the quantity), else by the platforms' names.
# Guess: the value is the first number field after the quantity whose name says value or
# amount (MyRewards' value of sale, Peak's net sales value, Thalamus's amount; Claret's
# sales have none).
PRODUCT_NAMES = ("product_or_activity_ref", "item_name", "product_id", "partnerSkuCode", "skuCode")
QUANTITY_NAMES = ("quantity", "sales_units")
VALUE_NAMES = ("value_of_sale", "sales_value", "amount")


@dataclass(frozen=True)
class Roles:
    product: str | None = None
    quantity: str | None = None
    value: str | None = None


def roles_of(fields: Sequence[FieldSpec]) -> Roles:
    product = next((f.name for f in fields if f.synonyms == PRODUCT_HEADERS), None)
    quantity = next((f.name for f in fields if f.synonyms == QUANTITY_HEADERS), None)
    value = next(
        (
            f.name
            for f in fields
            if f.type in (FieldType.NUMBER, FieldType.INTEGER)
            and f.name != quantity
            and ("value" in f.name.lower() or "amount" in f.name.lower())
        ),
        None,
    )
    return Roles(product, quantity, value)


def _first(values: Mapping[str, str], *names: str | None) -> str:
    for name in names:
        if name and str(values.get(name, "")).strip():
            return str(values[name]).strip()
    return ""


@dataclass(frozen=True)
class TodayRow:
    """One claim as the Today list shows it (texts in the user's language)."""

    claim: OutboxClaim
    time: str
    product: str
    quantity: str
    value: str
    points: str
    number: str
    state: str

    def cells(self) -> tuple[str, ...]:
        return (
            self.time,
            self.product,
            self.quantity,
            self.value,
            self.points,
            self.number,
            self.state,
        )

    def as_text(self, headers: Sequence[str]) -> str:
        """The row to paste into a message: "Time: 10:42 · Product: BOIL-100 · …"."""
        return " · ".join(f"{h}: {c}" for h, c in zip(headers, self.cells(), strict=True) if c)


def today_row(claim: OutboxClaim, roles: Roles) -> TodayRow:
    from claimdesk.ui.i18n import local_number

    values = claim.values
    local = claim.created_at.astimezone()
    points = "" if claim.points is None else local_number(claim.points)
    return TodayRow(
        claim,
        local.strftime("%H:%M"),
        _first(values, roles.product, *PRODUCT_NAMES) or claim.summary,
        _first(values, roles.quantity, *QUANTITY_NAMES),
        _local_amount(_first(values, roles.value, *VALUE_NAMES)),
        points,
        claim_number(claim),
        plain_state(claim.state),
    )


def _local_amount(text: str) -> str:
    """An amount as stored (1250.50) in the user's own writing (1.250,50 in Spain)."""
    from PySide6.QtCore import QLocale

    try:
        number = float(text)
    except ValueError:
        return text
    decimals = len(text.partition(".")[2]) if "." in text else 0
    return QLocale().toString(number, "f", decimals)


def start_of_today() -> dt.datetime:
    """Midnight today, in the user's time zone.
    Guess: "today" is by when the claim was entered, not its sale date."""
    now = dt.datetime.now().astimezone()
    return now.replace(hour=0, minute=0, second=0, microsecond=0)
