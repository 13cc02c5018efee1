"""Valid claim values for the demo data, one place per platform (tests change a field or
two with keywords)."""

from __future__ import annotations

import datetime as dt


def thalamus_sale(**changes: str) -> dict[str, str]:
    """A sale of the seed's partner SKU to its demo principal, today; ``transactionId``
    left blank (ClaimDesk makes one) unless given."""
    return {
        "credentialPrincipal": "22222222",
        "saleDate": dt.date.today().isoformat(),
        "partnerSkuCode": "pa6_termo",
        "quantity": "4",
        "amount": "100.00",
        "currency": "USD",
        "transactionId": "",
        **changes,
    }
