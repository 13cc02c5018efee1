"""The body of seeds/peak-sale-extra.md's example, shared by the Peak tests."""

from __future__ import annotations

from typing import Any

# seeds/peak-sale-extra.md, "JSON Representation", as written there.
SEED_BODY: dict[str, Any] = {
    "solutionName": "QP_OOTB",
    "data": [
        {
            "product_id": "PROD-001",
            "location_id": "LOC-UK-001",
            "product_variant": "size:L",
            "sold_at": "2025-01-28T14:30:00Z",
            "created_at": "2025-01-28T14:30:00Z",
            "sale_id": "SALE-2025-0001",
            "customer_id": "CUST-12345",
            "sales_units": 2,
            "sales_value": 399.98,
            "return_units": 0,
            "return_value": 0.00,
            "demand_units": 2.0,
            "demand_value": 399.98,
            "returned_at": None,
            "shipped_at": "2025-01-28T16:00:00Z",
            "updated_at": "2025-01-28T14:30:00Z",
        }
    ],
    "operationType": "UPSERT",
}
SEED_ROW: dict[str, Any] = SEED_BODY["data"][0]
