"""Thalamus partner sales (seeds/thalamus-partner-sale.md): the partner SKUs GET /partner/skus
answers, the sale form, the local rules of DESIGN.md, the body POST /partner/sale takes, and
each documented error code as a plain sentence on its form field.

Assumed where the seed is silent (the sandbox assumes the same):
- descriptions hold at most 255 characters;
- a missing required field is ``field.required``, a wrong JSON type ``field.invalid.format``;
- a partner SKU code the partner does not have is ``code.notFound`` on ``partnerSkuCode``, an
  unknown legacy pair ``code.notFound`` on ``skuCodeKey+skuCode``;
- Thalamus does NOT deduplicate ``transactionId``: sending one twice stores two sales. So the
  POST is never retried, and a transaction ID this desktop has sent is flagged before sending.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field

from claimdesk.domain.checks import ClaimCheck, in_form_order
from claimdesk.domain.fields import (
    PRODUCT_HEADERS,
    QUANTITY_HEADERS,
    SALE_DATE_HEADERS,
    Choice,
    FieldSpec,
    FieldType,
    FormSchema,
)
from claimdesk.domain.issues import Issue
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.domain.validation import Value, check_values, json_number

PLATFORM = "thalamus"

CUSTOMER = "credentialPrincipal"
PARTNER_SKU = "partnerSkuCode"
SKU_KEY = "skuCodeKey"
SKU_CODE = "skuCode"
QUANTITY = "quantity"
AMOUNT = "amount"
SALE_DATE = "saleDate"
TRANSACTION_ID = "transactionId"
SALES_ORIGIN = "salesOrigin"
CURRENCY = "currency"
VENDOR_ID = "vendorId"
DESCRIPTIONS = tuple(f"description{n}" for n in range(1, 11))
LEGACY_PAIR = f"{SKU_KEY}+{SKU_CODE}"  # how Thalamus names the two legacy fields together
FIELD_LABELS: dict[str, str] = {
    CUSTOMER: QT_TRANSLATE_NOOP("Fields", "Customer (credential principal)"),
    SALE_DATE: QT_TRANSLATE_NOOP("Fields", "Sale date"),
    PARTNER_SKU: QT_TRANSLATE_NOOP("Fields", "Partner SKU code"),
    SKU_KEY: QT_TRANSLATE_NOOP("Fields", "Legacy SKU key"),
    SKU_CODE: QT_TRANSLATE_NOOP("Fields", "Legacy SKU code"),
    QUANTITY: QT_TRANSLATE_NOOP("Fields", "Quantity"),
    AMOUNT: QT_TRANSLATE_NOOP("Fields", "Amount"),
    CURRENCY: QT_TRANSLATE_NOOP("Fields", "Currency"),
    TRANSACTION_ID: QT_TRANSLATE_NOOP("Fields", "Transaction ID"),
    SALES_ORIGIN: QT_TRANSLATE_NOOP("Fields", "Sales origin"),
    VENDOR_ID: QT_TRANSLATE_NOOP("Fields", "Vendor ID"),
    # Literal, one by one, so that the translation tools find each.
    "description1": QT_TRANSLATE_NOOP("Fields", "Description 1"),
    "description2": QT_TRANSLATE_NOOP("Fields", "Description 2"),
    "description3": QT_TRANSLATE_NOOP("Fields", "Description 3"),
    "description4": QT_TRANSLATE_NOOP("Fields", "Description 4"),
    "description5": QT_TRANSLATE_NOOP("Fields", "Description 5"),
    "description6": QT_TRANSLATE_NOOP("Fields", "Description 6"),
    "description7": QT_TRANSLATE_NOOP("Fields", "Description 7"),
    "description8": QT_TRANSLATE_NOOP("Fields", "Description 8"),
    "description9": QT_TRANSLATE_NOOP("Fields", "Description 9"),
    "description10": QT_TRANSLATE_NOOP("Fields", "Description 10"),
    "partner": QT_TRANSLATE_NOOP("Fields", "Partner login"),
}

DESCRIPTION_LIMIT = 255  # assumed (DESIGN.md)
TRANSACTION_PREFIX = "CD-"  # transaction IDs ClaimDesk makes: "CD-" + a UUID4
MAX_VENDOR_ID = 2**63 - 1  # a Java long

# What a transaction ID this desktop sent came to: stored, or perhaps stored.
SentState = Literal["accepted", "unknown"]
SentLookup = Callable[[str], SentState | None]


def _never_sent(_transaction_id: str) -> SentState | None:
    return None


# --- the platform's codes and our sentences (they follow the field's label) --------------

INVALID_ROLE = "InvalidRoleForLoggedParty"
INVALID_PRINCIPAL = "InvalidPrincipal"
SKU_MISSING = "sku.missingData"
SKU_BOTH = "sku.cannotUseBoth"
SKU_TOGETHER = "sku.requiredTogether"
NOT_FOUND = "code.notFound"
TOO_LONG = "field.lengthExceeded"
INVALID_ID = "invalidId"
FUTURE_DATE = "BeforeTodayRequired"
# Our rules, not Thalamus's (its guide states none): a sale of nothing or of a negative
# quantity, a negative amount, or a date before 2000 is a typing accident. Assumptions.
NOT_POSITIVE = "quantity_not_positive"
NEGATIVE_AMOUNT = "amount_negative"
TOO_OLD = "date_too_old"
EARLIEST_SALE = dt.date(2000, 1, 1)
BAD_FORMAT = "field.invalid.format"
INVALID_JSON = "InvalidJson"
REQUIRED = "field.required"

# Local-only codes.
TRANSACTION_SENT = "transaction_already_sent"
TRANSACTION_MAYBE_SENT = "transaction_maybe_sent"
NOT_A_CURRENCY = "not_a_currency"
UNKNOWN_PARTNER_SKU = "unknown_partner_sku"

BOTH_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "use either the partner SKU code or the legacy SKU key and code, not both"
)
MISSING_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "enter the partner SKU code, or the legacy SKU key and code"
)
KEY_ALONE_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "is needed with the legacy SKU code: enter both, or use the partner SKU code"
)
CODE_ALONE_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "is needed with the legacy SKU key: enter both, or use the partner SKU code"
)
FUTURE_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "must be today or earlier: Thalamus refuses sales dated in the future"
)
NOT_POSITIVE_MESSAGE = QT_TRANSLATE_NOOP("Thalamus", "must be more than 0")
NEGATIVE_AMOUNT_MESSAGE = QT_TRANSLATE_NOOP("Thalamus", "must be 0 or more")
TOO_OLD_MESSAGE = QT_TRANSLATE_NOOP("Thalamus", "must be 2000-01-01 or later")
PRINCIPAL_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "is not a customer of this partner (unknown, or owned by another partner)"
)
ROLE_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus",
    "the login of this connection is not a partner; only a partner login can record sales",
)
CURRENCY_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "is not an ISO 4217 currency code, for example USD or EUR"
)
VENDOR_MESSAGE = QT_TRANSLATE_NOOP("Thalamus", "is not a vendor Thalamus knows")
TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "is too long for Thalamus (at most 255 characters)"
)
DATE_FORMAT_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus",
    "must be a real date, such as 2026-03-31 or the day, month and year in your usual order",
)
JSON_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus", "Thalamus could not read the request (malformed JSON); nothing was stored"
)
SENT_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus",
    "was already sent from this desktop; Thalamus would store the sale twice. "
    "Leave it blank to get a new one",
)
MAYBE_SENT_MESSAGE = QT_TRANSLATE_NOOP(
    "Thalamus",
    "was already sent from this desktop and may have been stored; check on Thalamus "
    "before using it again",
)


class PartnerSku(BaseModel):
    """One item of GET /api/v4/partner/skus (Thalamus's public docs)."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    code: str
    name: str = ""
    equivalence_type: int | None = Field(default=None, alias="equivalenceType")
    equivalence: Decimal | None = None  # a decimal in a string; set for type 1 only
    sku_codes: dict[str, str] = Field(default_factory=dict, alias="skuCodes")

    def describe(self) -> str:
        """What a quantity of this SKU counts as, for the note beside the form."""
        kind = {
            1: translate("Thalamus", "equivalence"),
            2: translate("Thalamus", "unit"),
            3: translate("Thalamus", "package"),
            4: translate("Thalamus", "box"),
        }.get(self.equivalence_type or 0) or translate("Thalamus", "unit")
        factor = self.equivalence if self.equivalence is not None else Decimal(1)
        counted = (
            translate("Thalamus", "1 counts as {factor} units").format(
                factor=f"{factor.normalize():f}"
            )
            if factor != 1
            else translate("Thalamus", "1 per unit")
        )
        return f"{self.code}: {self.name or self.code} — {kind}, {counted}"


class SaleCreated(BaseModel):
    """The 201 answer of POST /api/v4/partner/sale: {"message": "OK"}."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    message: str = ""


class PartnerSkuList(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    partner_skus: tuple[PartnerSku, ...] = Field(default=(), alias="partnerSkus")


# --- currencies ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    """ISO 4217 alphabetic code -> name (pycountry's table)."""
    return {c.alpha_3: c.name for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3)}


def is_currency(code: str) -> bool:
    return code.upper() in currencies()


# --- the form ------------------------------------------------------------------------------


def build_sale_schema(touchpoint: str, skus: Sequence[PartnerSku] = ()) -> FormSchema:
    """Every field of the sale body, with the partner's SKUs and ISO currencies suggested."""
    sku_suggestions = tuple(Choice(s.code, s.name) for s in sorted(skus, key=lambda s: s.code))
    legacy_keys = sorted({key for s in skus for key in s.sku_codes})
    legacy_codes = sorted(
        {(code, f"{key} · {s.name}") for s in skus for key, code in s.sku_codes.items()}
    )
    fields = [
        FieldSpec(
            CUSTOMER,
            FIELD_LABELS[CUSTOMER],
            required=True,
            position=1,
            help=QT_TRANSLATE_NOOP(
                "Fields", "The customer's principal in Thalamus; one of this partner's customers."
            ),
        ),
        FieldSpec(
            SALE_DATE,
            FIELD_LABELS[SALE_DATE],
            FieldType.DATE,
            required=True,
            position=2,
            help=QT_TRANSLATE_NOOP("Fields", "The day of the sale, YYYY-MM-DD; today or earlier."),
            synonyms=SALE_DATE_HEADERS,
        ),
        FieldSpec(
            PARTNER_SKU,
            FIELD_LABELS[PARTNER_SKU],
            position=3,
            suggestions=sku_suggestions,
            help=QT_TRANSLATE_NOOP(
                "Fields",
                "The recommended way to name the product: unit equivalences apply. "
                "Leave blank to use the legacy SKU key and code instead.",
            ),
            synonyms=PRODUCT_HEADERS,
        ),
        FieldSpec(
            SKU_KEY,
            FIELD_LABELS[SKU_KEY],
            position=4,
            suggestions=tuple(Choice(k) for k in legacy_keys),
            help=QT_TRANSLATE_NOOP(
                "Fields",
                "The SKU reference code (e.g. EAN), with the legacy SKU code. No unit "
                "equivalences apply.",
            ),
        ),
        FieldSpec(
            SKU_CODE,
            FIELD_LABELS[SKU_CODE],
            position=5,
            suggestions=tuple(Choice(code, label) for code, label in legacy_codes),
            help=QT_TRANSLATE_NOOP("Fields", "The SKU code under the legacy SKU key."),
        ),
        FieldSpec(
            QUANTITY,
            FIELD_LABELS[QUANTITY],
            FieldType.NUMBER,
            required=True,
            position=6,
            help=QT_TRANSLATE_NOOP("Fields", "The number of units sold (a decimal number)."),
            synonyms=QUANTITY_HEADERS,
        ),
        FieldSpec(
            AMOUNT,
            FIELD_LABELS[AMOUNT],
            FieldType.NUMBER,
            required=True,
            position=7,
            help=QT_TRANSLATE_NOOP("Fields", "The total value of the sale."),
        ),
        FieldSpec(
            CURRENCY,
            FIELD_LABELS[CURRENCY],
            position=8,
            suggestions=tuple(Choice(code, name) for code, name in currencies().items()),
            help=QT_TRANSLATE_NOOP("Fields", "ISO 4217 currency code, e.g. USD."),
        ),
        FieldSpec(
            TRANSACTION_ID,
            FIELD_LABELS[TRANSACTION_ID],
            position=9,
            help=QT_TRANSLATE_NOOP(
                "Fields",
                "Your own unique ID for this sale. Leave blank and ClaimDesk makes one (CD-…). "
                "Thalamus stores a repeated ID as a second sale.",
            ),
        ),
        FieldSpec(
            SALES_ORIGIN,
            FIELD_LABELS[SALES_ORIGIN],
            position=10,
            help=QT_TRANSLATE_NOOP("Fields", "Code of the origin of the sale."),
        ),
        FieldSpec(
            VENDOR_ID,
            FIELD_LABELS[VENDOR_ID],
            FieldType.INTEGER,
            position=11,
            min_value=1,
            max_value=MAX_VENDOR_ID,
            help=QT_TRANSLATE_NOOP("Fields", "Thalamus's ID of the vendor, a whole number."),
        ),
        *(
            FieldSpec(
                name,
                FIELD_LABELS[name],
                position=11 + n,
                max_length=DESCRIPTION_LIMIT,
                help=QT_TRANSLATE_NOOP("Fields", "Optional detail, at most 255 characters."),
            )
            for n, name in enumerate(DESCRIPTIONS, start=1)
        ),
    ]
    return FormSchema(
        key=f"{PLATFORM}:{touchpoint}",
        title=translate("Thalamus", "Partner sales · {touchpoint}").format(touchpoint=touchpoint),
        fields=tuple(fields),
    )


# --- rules ---------------------------------------------------------------------------------


def _sku_issues(values: Mapping[str, Value], failed: set[str | None]) -> list[Issue]:
    """Partner SKU code, or legacy key and code; never both, never neither, never half."""
    partner = values.get(PARTNER_SKU) is not None or PARTNER_SKU in failed
    key = values.get(SKU_KEY) is not None or SKU_KEY in failed
    code = values.get(SKU_CODE) is not None or SKU_CODE in failed
    if partner and (key or code):
        return [Issue(PARTNER_SKU, SKU_BOTH, _t(BOTH_MESSAGE))]
    if not partner and not key and not code:
        return [Issue(PARTNER_SKU, SKU_MISSING, _t(MISSING_MESSAGE))]
    if not partner and key and not code:
        return [Issue(SKU_CODE, SKU_TOGETHER, _t(CODE_ALONE_MESSAGE))]
    if not partner and code and not key:
        return [Issue(SKU_KEY, SKU_TOGETHER, _t(KEY_ALONE_MESSAGE))]
    return []


def check_sale(
    schema: FormSchema,
    raw: Mapping[str, object],
    *,
    today: dt.date,
    skus: Mapping[str, PartnerSku] | None = None,
    sent: SentLookup = _never_sent,
) -> ClaimCheck:
    """Every Thalamus rule that can be checked before sending, as field-level issues.

    ``skus``: the partner's SKUs by code (None: not known, so not checked). ``sent``: what a
    transaction ID this desktop already sent came to."""
    parsed = check_values(schema, raw)
    issues = list(parsed.issues)
    values = dict(parsed.values)
    failed = {i.field for i in issues}

    issues += _sku_issues(values, failed)
    partner_sku = values.get(PARTNER_SKU)
    sku: PartnerSku | None = None
    if isinstance(partner_sku, str) and skus:
        sku = skus.get(partner_sku)
        if sku is None:
            issues.append(
                Issue(
                    PARTNER_SKU,
                    UNKNOWN_PARTNER_SKU,
                    translate("Thalamus", "“{code}” is not one of this partner's SKUs").format(
                        code=partner_sku
                    ),
                )
            )

    sale_date = values.get(SALE_DATE)
    if isinstance(sale_date, dt.date) and sale_date > today:
        issues.append(Issue(SALE_DATE, FUTURE_DATE, _t(FUTURE_MESSAGE)))
    elif isinstance(sale_date, dt.date) and sale_date < EARLIEST_SALE:
        issues.append(Issue(SALE_DATE, TOO_OLD, _t(TOO_OLD_MESSAGE)))
    quantity = values.get(QUANTITY)
    if isinstance(quantity, Decimal) and quantity <= 0:
        issues.append(Issue(QUANTITY, NOT_POSITIVE, _t(NOT_POSITIVE_MESSAGE)))
    amount = values.get(AMOUNT)
    if isinstance(amount, Decimal) and amount < 0:
        issues.append(Issue(AMOUNT, NEGATIVE_AMOUNT, _t(NEGATIVE_AMOUNT_MESSAGE)))

    currency = values.get(CURRENCY)
    if isinstance(currency, str):
        if is_currency(currency):
            values[CURRENCY] = currency.upper()
        else:
            issues.append(Issue(CURRENCY, NOT_A_CURRENCY, _t(CURRENCY_MESSAGE)))

    transaction_id = values.get(TRANSACTION_ID)
    if isinstance(transaction_id, str):
        state = sent(transaction_id)
        if state == "accepted":
            issues.append(Issue(TRANSACTION_ID, TRANSACTION_SENT, _t(SENT_MESSAGE)))
        elif state == "unknown":
            issues.append(Issue(TRANSACTION_ID, TRANSACTION_MAYBE_SENT, _t(MAYBE_SENT_MESSAGE)))

    notes: tuple[str, ...] = ()
    if sku is not None:
        notes = (sku.describe(),)
    elif values.get(SKU_KEY) and values.get(SKU_CODE) and not partner_sku:
        notes = (
            translate(
                "Thalamus", "Legacy SKU: Thalamus applies no unit equivalences to the quantity."
            ),
        )
    return ClaimCheck(in_form_order(issues, schema.names), values, None, notes)


def new_transaction_id(make_uuid: Callable[[], object]) -> str:
    return f"{TRANSACTION_PREFIX}{make_uuid()}"


def sale_body(schema: FormSchema, values: Mapping[str, Value]) -> dict[str, Any]:
    """The JSON body of POST /partner/sale: fields by name in form order, dates as
    YYYY-MM-DD, decimals as JSON numbers, blank optional fields left out."""
    body: dict[str, Any] = {}
    for name in schema.names:
        value = values.get(name)
        if value is None:
            continue
        if isinstance(value, dt.date):
            body[name] = value.isoformat()
        elif isinstance(value, Decimal):
            body[name] = json_number(value)
        else:
            body[name] = value
    return body


# --- the platform's answer -----------------------------------------------------------------


def _legacy_field(code: str, sent: Mapping[str, Any]) -> str:
    """The form field behind Thalamus's "skuCodeKey+skuCode"."""
    if code == SKU_TOGETHER:
        return SKU_KEY if not sent.get(SKU_KEY) else SKU_CODE
    return SKU_CODE


def _t(text: str) -> str:
    return translate("Thalamus", text)


def _message(field: str, code: str) -> str:
    """The sentence for one of Thalamus's codes on one field, in the user's language."""
    if code == SKU_BOTH:
        return _t(BOTH_MESSAGE)
    if code == SKU_MISSING:
        return _t(MISSING_MESSAGE)
    if code == SKU_TOGETHER:
        return _t(KEY_ALONE_MESSAGE if field == SKU_KEY else CODE_ALONE_MESSAGE)
    if code == INVALID_ROLE:
        return _t(ROLE_MESSAGE)
    if code == INVALID_PRINCIPAL:
        return _t(PRINCIPAL_MESSAGE)
    if code == FUTURE_DATE:
        return _t(FUTURE_MESSAGE)
    if code == TOO_LONG:
        return _t(TOO_LONG_MESSAGE)
    if code == INVALID_ID:
        if field == VENDOR_ID:
            return _t(VENDOR_MESSAGE)
        return translate("Thalamus", "does not match a record in Thalamus")
    if code == REQUIRED:
        return translate("Thalamus", "is required")
    if code == NOT_FOUND:
        if field == CURRENCY:
            return translate(
                "Thalamus", "is not a currency code Thalamus knows (ISO 4217, for example USD)"
            )
        if field == PARTNER_SKU:
            return translate("Thalamus", "is not one of this partner's SKUs in Thalamus")
        if field == SKU_CODE:
            return translate("Thalamus", "is not a SKU Thalamus knows under this legacy SKU key")
        return translate("Thalamus", "was not found in Thalamus")
    if code == BAD_FORMAT:
        if field == SALE_DATE:
            return _t(DATE_FORMAT_MESSAGE)
        return translate("Thalamus", "is not in the format Thalamus expects")
    return translate("Thalamus", "was refused by Thalamus (code {code})").format(code=code)


def server_issue(field: str | None, code: str, sent: Mapping[str, Any]) -> Issue:
    """One entry of Thalamus's {"errors": {field: code}} as the issue shown on the form."""
    if code == INVALID_JSON:
        return Issue(None, code, _t(JSON_MESSAGE))
    name = _legacy_field(code, sent) if field == LEGACY_PAIR else field
    if not name:
        return Issue(
            None,
            code,
            translate("Thalamus", "Thalamus refused the sale (code {code})").format(code=code),
        )
    return Issue(name, code, _message(name, code))


def server_issues(errors: object, sent: Mapping[str, Any]) -> tuple[Issue, ...]:
    """Thalamus's ``errors`` object; a list (as a proxy might send) becomes record-level."""
    if isinstance(errors, Mapping):
        return tuple(server_issue(str(f), str(c), sent) for f, c in errors.items())
    if isinstance(errors, str):
        errors = [errors]
    if isinstance(errors, Iterable):
        return tuple(Issue(None, "server", str(e)) for e in errors)
    return ()
