"""Create Partner Sale (seeds/thalamus-partner-sale.md): the checks behind each error code.

Errors come back as Thalamus writes them, one code per field: {"errors": {"<field>": "<Code>"}}.
Every check runs, so one answer can name several fields.

Where the seed is silent (assumed, and the same in the connector):
- a missing required field is `field.required`, a value of the wrong JSON type (text for a
  number, 1.5 for vendorId) is `field.invalid.format` on that field, as in Thalamus's
  general errors; `InvalidJson` (field `body`) is a body that is not a JSON object;
- a partnerSkuCode the partner does not have is `code.notFound` on `partnerSkuCode`, a legacy
  pair Thalamus does not know is `code.notFound` on `skuCodeKey+skuCode`;
- descriptions may hold at most 255 characters;
- transactionId is NOT deduplicated: the same transactionId twice is two sales.
"""

import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import pycountry

from .json_values import is_blank, iso_date, json_int
from .thalamus_data import PartnerSku, ThalamusData

INVALID_ROLE = "InvalidRoleForLoggedParty"
INVALID_PRINCIPAL = "InvalidPrincipal"
SKU_MISSING = "sku.missingData"
SKU_BOTH = "sku.cannotUseBoth"
SKU_TOGETHER = "sku.requiredTogether"
NOT_FOUND = "code.notFound"
TOO_LONG = "field.lengthExceeded"
INVALID_ID = "invalidId"
FUTURE_DATE = "BeforeTodayRequired"
BAD_FORMAT = "field.invalid.format"
INVALID_JSON = "InvalidJson"
REQUIRED = "field.required"

LEGACY_FIELD = "skuCodeKey+skuCode"
BODY_FIELD = "body"
DESCRIPTION_LIMIT = 255
DESCRIPTIONS = tuple(f"description{n}" for n in range(1, 11))
_TEXT_FIELDS = ("credentialPrincipal", "partnerSkuCode", "skuCodeKey", "skuCode",
                "transactionId", "salesOrigin", "currency", *DESCRIPTIONS)  # fmt: skip


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 alphabetic codes (Thalamus's currency table, in the sandbox)."""
    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


def _decimal(value: object) -> Decimal | None:
    """A finite JSON number, or a string holding one (as a Java BigDecimal reads it)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, int | float):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _text(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else None


def check_sale(
    data: ThalamusData, partner: str, body: dict[str, Any], today: date
) -> tuple[dict[str, str], dict[str, Any]]:
    """(errors by field, facts worth storing). Empty errors: the sale may be stored."""
    errors: dict[str, str] = {}
    facts: dict[str, Any] = {}

    def fail(name: str, code: str) -> None:
        errors.setdefault(name, code)

    for name in _TEXT_FIELDS:
        value = body.get(name)
        if value is not None and not isinstance(value, str):
            fail(name, BAD_FORMAT)

    principal = _text(body, "credentialPrincipal")
    if is_blank(body.get("credentialPrincipal")):
        fail("credentialPrincipal", REQUIRED)
    elif principal is not None and data.customers.get(principal) != partner:
        fail("credentialPrincipal", INVALID_PRINCIPAL)

    sku = _check_sku(data, partner, body, fail)
    for name in ("quantity", "amount"):
        if is_blank(body.get(name)):
            fail(name, REQUIRED)
        elif _decimal(body.get(name)) is None:
            fail(name, BAD_FORMAT)
    if sku is not None and "quantity" not in errors:
        quantity = _decimal(body["quantity"])
        assert quantity is not None
        facts["partner_sku"] = sku.code
        facts["units"] = str(quantity * sku.equivalence)  # the unit equivalence applied

    sale_date = body.get("saleDate")
    if is_blank(sale_date):
        fail("saleDate", REQUIRED)
    elif (parsed := iso_date(sale_date)) is None:
        fail("saleDate", BAD_FORMAT)
    elif parsed > today:
        fail("saleDate", FUTURE_DATE)

    if is_blank(body.get("transactionId")):
        fail("transactionId", REQUIRED)

    currency = body.get("currency")
    if isinstance(currency, str) and currency.strip() and currency not in currency_codes():
        fail("currency", NOT_FOUND)

    vendor = body.get("vendorId")
    if vendor is not None:
        vendor_id = json_int(vendor)
        if vendor_id is None:
            fail("vendorId", BAD_FORMAT)
        elif vendor_id not in data.vendors:
            fail("vendorId", INVALID_ID)

    for name in DESCRIPTIONS:
        text = body.get(name)
        if isinstance(text, str) and len(text) > DESCRIPTION_LIMIT:
            fail(name, TOO_LONG)
    return errors, facts


def _check_sku(
    data: ThalamusData, partner: str, body: dict[str, Any], fail: Callable[[str, str], None]
) -> PartnerSku | None:
    """The two ways to name the product, never both, never neither, never half the legacy one."""
    code = _text(body, "partnerSkuCode")
    key, legacy_code = _text(body, "skuCodeKey"), _text(body, "skuCode")
    if code and (key or legacy_code):
        fail("partnerSkuCode", SKU_BOTH)
    elif not code and not key and not legacy_code:
        fail("partnerSkuCode", SKU_MISSING)
    elif not code and not (key and legacy_code):
        fail(LEGACY_FIELD, SKU_TOGETHER)
    elif code:
        sku = data.partner_skus.get(partner, {}).get(code)
        if sku is None:
            fail("partnerSkuCode", NOT_FOUND)
        return sku
    elif (key, legacy_code) not in data.legacy_skus:
        fail(LEGACY_FIELD, NOT_FOUND)
    return None
