"""The process the kill test kills: queues CLAIMS claims for one profile, then sends them.

python outbox_child.py PROFILE CLAIMS
"""

from __future__ import annotations

import datetime as dt
import sys

from claimdesk.paths import data_dir
from claimdesk.service.connections import open_connection
from claimdesk.service.outbox import OutboxService, enqueue_rows
from claimdesk.service.platform import Target
from claimdesk.service.profiles import ProfileStore


def rows(count: int) -> list[dict[str, str]]:
    today = dt.date.today().isoformat()
    return [
        {
            "sale_date": today,
            "invoice_date": today,
            "customer_name": "Bob",
            "product_or_activity_ref": "BOIL-100",
            "quantity": "1",
            "value_of_sale": str(1000 + n),
            "username": "demo.rep",
        }
        for n in range(count)
    ]


def main(profile_name: str, count: int) -> int:
    store = ProfileStore()
    connection = open_connection(store.get(profile_name), store)
    service = OutboxService.open(
        data_dir(), lambda name: connection if name == connection.name else None
    )
    form = connection.service.load_form(Target("36", "Autumn Boiler Bonus"))
    ids, invalid = enqueue_rows(service, connection, form, rows(count))
    assert not invalid, invalid
    print(f"queued {len(ids)}", flush=True)
    while service.send_due(limit=25):
        pass
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], int(sys.argv[2])))
