"""Claret: one target, "Sales (beta)", whose form is the POST's arguments and one content row.

No Claret endpoint lists sale types, items or customer groups. The sale type is therefore a
field (suggesting the docs' History and Forecast, and the sale types this connection sent
before), and the items and customer groups suggested are those of the recent history: the
names in the last ``HISTORY_DAYS`` days of ``HISTORY_SALE_TYPE`` sales (GET /sales, at most
``HISTORY_LIMIT`` records).
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimdesk.connectors.claret import ClaretConnector, ClaretCredentials
from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.claret import (
    BETA_WARNING,
    CREATE_MISSING,
    CUSTOMER_GROUP,
    DEFAULT_SALE_TYPES,
    SALE_TYPE,
    SELL_DATE,
    TIMING_INTERVAL,
    Catalog,
    build_sales_schema,
    check_sales_claim,
    sales_claim,
)
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.errors import ClaimDeskError, RejectedError, TransientError
from claimdesk.service.platform import (
    AdminTool,
    Capabilities,
    LoadedForm,
    Outcome,
    Probe,
    ServiceBase,
    SubmitResult,
    Target,
    invalid_result,
    result_from_error,
)

if TYPE_CHECKING:
    from claimdesk.storage.database import Database

log = logging.getLogger("claimdesk.service")

SALES_TARGET = Target("sales", "Sales", "beta")  # shown as "Sales (beta)"
HISTORY_SALE_TYPE = "History"
HISTORY_DAYS = 35
HISTORY_LIMIT = 5_000
PROBE_DAYS = 30  # Test connection reads the first page of this many days of History
USED_LIMIT = 2_000  # latest outbox claims looked at for sale types used before
# What the command line will ask for before sending to Claret's beta POST.
BETA_CLI_FLAG = "--claret-beta"


@dataclass(frozen=True)
class SalesContext:
    catalog: Catalog


class ClaretService(ServiceBase):
    """``beta_confirmed``: whoever calls ``submit`` has had ``warning()`` confirmed. The
    window asks the user before its first send on a connection, so the default trusts it; the
    command line refuses to send (exit 2) unless the profile confirmed it before or
    ``BETA_CLI_FLAG`` is given (cli/batch.py), so a script cannot send without it."""

    platform = "claret"
    platform_name = "Claret"
    target_noun = QT_TRANSLATE_NOOP("Service", "Data")
    capabilities = Capabilities(admin_tools=(AdminTool.SALES,))
    connector: ClaretConnector

    def __init__(
        self,
        connector: ClaretConnector,
        *,
        sale_types: Sequence[str] = DEFAULT_SALE_TYPES,
        beta_confirmed: bool = True,
        today: Callable[[], dt.date] = dt.date.today,
        used_sale_types: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        """``used_sale_types`` reads the sale types this connection sent before (the
        outbox; it blocks on SQLite, so it is called only from ``load_form``)."""
        self.connector = connector
        self.sale_types = tuple(sale_types)
        self.beta_confirmed = beta_confirmed
        self._today = today
        self._used_sale_types = used_sale_types

    def warning(self, form: LoadedForm) -> str | None:
        return translate("Claret", BETA_WARNING)

    def admin(self, tool: AdminTool) -> object:
        if tool is not AdminTool.SALES:
            return super().admin(tool)
        from claimdesk.service.sales import SalesBrowser

        return SalesBrowser(self.connector, self.sale_types)

    def targets(self) -> list[Target]:
        return [SALES_TARGET]

    def suggested_sale_types(self) -> tuple[str, ...]:
        """The docs' sale types, then those this connection sent before (blocks on SQLite)."""
        found = {name.strip().casefold(): name.strip() for name in reversed(self.sale_types)}
        used = self._used_sale_types() if self._used_sale_types is not None else ()
        for name in used:
            found.setdefault(name.strip().casefold(), name.strip())
        found.pop("", None)
        ordered = [*self.sale_types, *(n for n in found.values() if n not in self.sale_types)]
        return tuple(ordered)

    def recent_catalog(self) -> Catalog:
        """Names from the recent history; empty when the tenant has no such sale type."""
        sale_types = self.suggested_sale_types()
        start = self._today() - dt.timedelta(days=HISTORY_DAYS)
        try:
            recent = self.connector.iter_sales(HISTORY_SALE_TYPE, start, HISTORY_DAYS + 1)
            return Catalog.from_sales(itertools.islice(recent, HISTORY_LIMIT), sale_types)
        except RejectedError as error:
            log.info("no names to suggest from recent %s: %s", HISTORY_SALE_TYPE, error)
            return Catalog(sale_types=sale_types)

    def probe(self) -> Probe:
        """Signs in (with an email: a new token from the email and password) and reads one
        page of recent sales: what "Test connection" proves."""
        connector = self.connector
        proved: list[str] = []
        try:
            if connector.credentials.signs_in:
                connector.sign_in()
                proved.append(
                    translate("Claret", "Signed in as {email}: Claret gave a token.").format(
                        email=connector.credentials.email.strip()
                    )
                )
            start = self._today() - dt.timedelta(days=PROBE_DAYS - 1)
            try:
                page = connector.first_page(HISTORY_SALE_TYPE, start, PROBE_DAYS)
            except RejectedError as error:
                # Guess: Claret checks the token before the query (Laravel's auth middleware
                # first), so a refused query means the token was accepted.
                log.info("test connection: %s refused: %s", HISTORY_SALE_TYPE, error)
                proved.append(
                    translate(
                        "Claret",
                        "The token was accepted for tenant “{tenant}”, but Claret refused a "
                        "query for {sale_type} sales: {reason}",
                    ).format(
                        tenant=connector.tenant, sale_type=HISTORY_SALE_TYPE, reason=error.message
                    )
                )
                return Probe(tuple(proved))
        except TransientError as error:
            raise TransientError(
                translate("Claret", "Claret ({who}): {reason}").format(
                    who=connector.who, reason=error.message
                ),
                error.retry_after,
                status=error.status,
            ) from None
        if not connector.credentials.signs_in:
            proved.append(translate("Claret", "The API token was accepted."))
        proved.append(
            translate(
                "Claret",
                "May read sales of tenant “{tenant}”: {count} {sale_type} records in the last "
                "{days} days.",
            ).format(
                tenant=connector.tenant,
                count=page.total,
                sale_type=HISTORY_SALE_TYPE,
                days=PROBE_DAYS,
            )
        )
        return Probe(tuple(proved))

    def load_form(self, target: Target) -> LoadedForm:
        if target.key != SALES_TARGET.key:
            raise KeyError(target.key)
        catalog = self.recent_catalog()
        summary = translate(
            "Claret", "{items} items and {groups} customer groups from recent {sale_type}"
        ).format(
            items=len(catalog.items),
            groups=len(catalog.customer_groups),
            sale_type=HISTORY_SALE_TYPE,
        )
        return LoadedForm(
            target,
            build_sales_schema(catalog),
            summary=summary,
            context=SalesContext(catalog),
            sticky_fields=(SALE_TYPE, CREATE_MISSING, CUSTOMER_GROUP, SELL_DATE, TIMING_INTERVAL),
        )

    def check(self, form: LoadedForm, values: Mapping[str, object]) -> ClaimCheck:
        context: SalesContext = form.context
        return check_sales_claim(form.schema, values, context.catalog)

    def submit(self, form: LoadedForm, values: Mapping[str, object]) -> SubmitResult:
        """Check locally, then POST one row; never raises a ClaimDeskError."""
        checked = self.check(form, values)
        if not checked.ok:
            return invalid_result(checked)
        claim = sales_claim(checked.values)
        try:
            created = self.connector.submit_sales(
                claim.sale_type_name,
                [claim.row],
                create_missing=claim.create_missing,
                beta_confirmed=self.beta_confirmed,
            )
        except ClaimDeskError as error:
            return result_from_error(error, form.schema)
        ids = tuple(str(sale.id) for sale in created.sales)
        made = [
            translate("Claret", "item “{name}”").format(name=name) for name in created.created_items
        ] + [
            translate("Claret", "customer group “{name}”").format(name=name)
            for name in created.created_customer_groups
        ]
        stored = (
            translate("Claret", "sale {ids} stored").format(ids=", ".join(ids))
            if ids
            else translate("Claret", "sale stored")
        )
        extra = (
            " "
            + translate("Claret", "Claret created {what}.").format(
                what=translate("Claret", " and ").join(made)
            )
            if made
            else ""
        )
        log.info("claret sale accepted: ids %s", ids)
        return SubmitResult(
            Outcome.ACCEPTED,
            translate("Claret", "Accepted by Claret (beta): {stored} as {sale_type}.").format(
                stored=stored, sale_type=claim.sale_type_name
            )
            + extra,
            claim_ids=ids,
        )


def open_service(
    url: str,
    tenant: str,
    token: str = "",
    *,
    email: str = "",
    password: str = "",
    keep_token: Callable[[str], None] | None = None,
    used_sale_types: Callable[[], Sequence[str]] | None = None,
) -> ClaretService:
    """A profile's Claret connection (service/platforms.py): the tenant, and a token or an
    email and password (``token`` then is the one kept from the last sign-in, if any)."""
    credentials = ClaretCredentials(tenant, token, email, password)
    return ClaretService(
        ClaretConnector(url, credentials, keep_token=keep_token),
        used_sale_types=used_sale_types,
    )


def sale_types_sent(database: Database, connection: str) -> list[str]:
    """The sale types of the claims this connection queued or sent (not refused ones), the
    latest first: what the user used before."""
    from claimdesk.storage.outbox import LIVE, Outbox

    found: dict[str, str] = {}
    for claim in Outbox(database).claims(states=LIVE, platform="claret", limit=USED_LIMIT):
        name = claim.values.get(SALE_TYPE, "").strip()
        if claim.connection == connection and name:
            found.setdefault(name.casefold(), name)
    return list(found.values())
