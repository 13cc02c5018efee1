"""The process the kill test kills: queues CLAIMS claims for one profile, then sends them
(MyRewards: as the background sender does; Thalamus: as ``submit`` does, a batch with
several requests in flight).

python outbox_child.py PROFILE CLAIMS
"""

from __future__ import annotations

import datetime as dt
import sys

from claimdesk.paths import data_dir
from claimdesk.service.outbox import OutboxService, enqueue_rows
from claimdesk.service.platform import Target
from claimdesk.service.profiles import ProfileStore
from claimdesk.service.workspace import Workspace


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


def sales(count: int) -> list[dict[str, str]]:
    today = dt.date.today().isoformat()
    return [
        {
            "credentialPrincipal": "22222222",
            "saleDate": today,
            "partnerSkuCode": "pa6_termo",
            "quantity": "1",
            "amount": f"{100 + n}.00",
            "currency": "USD",
            "transactionId": f"KILL-{n:05d}",
        }
        for n in range(count)
    ]


def main(profile_name: str, count: int) -> int:
    store = ProfileStore()
    profile = store.get(profile_name)
    connection = Workspace(store=store).open_profile(profile_name)
    service = OutboxService.open(
        data_dir(), lambda name: connection if name == connection.name else None
    )
    if profile.platform == "thalamus":
        (target,) = connection.service.targets()[:1]
        form = connection.service.load_form(Target(target.key, target.name))
        ids, invalid = enqueue_rows(service, connection, form, sales(count))
        assert not invalid, invalid
        print(f"queued {len(ids)}", flush=True)
        service.send_ids(ids)
        print("done", flush=True)
        return 0
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
