"""Claret: one target, "Sales (beta)", whose form is the POST's arguments and one content row.

No Claret endpoint lists sale types, items or customer groups. The sale type is therefore a
field (suggesting the documented History and Forecast), and the items and customer groups
suggested are those of the recent history: the names in the last ``HISTORY_DAYS`` days of
``HISTORY_SALE_TYPE`` sales (GET /sales, at most ``HISTORY_LIMIT`` records).
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

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
from claimdesk.errors import ClaimDeskError, RejectedError
from claimdesk.service.platform import (
    AdminTool,
    Capabilities,
    LoadedForm,
    Outcome,
    ServiceBase,
    SubmitResult,
    Target,
    invalid_result,
    result_from_error,
)

log = logging.getLogger("claimdesk.service")

SALES_TARGET = Target("sales", "Sales", "beta")  # shown as "Sales (beta)"
HISTORY_SALE_TYPE = "History"
HISTORY_DAYS = 35
HISTORY_LIMIT = 5_000
# What the command line will ask for before sending to Claret's beta POST.
BETA_CLI_FLAG = "--claret-beta"


@dataclass(frozen=True)
class SalesContext:
    catalog: Catalog


class ClaretService(ServiceBase):
    """``beta_confirmed``: whoever calls ``submit`` has had ``warning()`` confirmed. The
    window asks the user before its first send on a connection, so the default trusts it; the
    command line passes the value of ``BETA_CLI_FLAG``, so a script cannot send without it."""

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
    ) -> None:
        self.connector = connector
        self.sale_types = tuple(sale_types)
        self.beta_confirmed = beta_confirmed
        self._today = today

    def warning(self, form: LoadedForm) -> str | None:
        return translate("Claret", BETA_WARNING)

    def admin(self, tool: AdminTool) -> object:
        if tool is not AdminTool.SALES:
            return super().admin(tool)
        from claimdesk.service.sales import SalesBrowser

        return SalesBrowser(self.connector, self.sale_types)

    def targets(self) -> list[Target]:
        return [SALES_TARGET]

    def recent_catalog(self) -> Catalog:
        """Names from the recent history; empty when the tenant has no such sale type."""
        start = self._today() - dt.timedelta(days=HISTORY_DAYS)
        try:
            recent = self.connector.iter_sales(HISTORY_SALE_TYPE, start, HISTORY_DAYS + 1)
            return Catalog.from_sales(itertools.islice(recent, HISTORY_LIMIT), self.sale_types)
        except RejectedError as error:
            log.info("no names to suggest from recent %s: %s", HISTORY_SALE_TYPE, error)
            return Catalog(sale_types=self.sale_types)

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


def open_service(url: str, tenant: str, token: str) -> ClaretService:
    """A profile's Claret connection (service/platforms.py: tenant setting, token secret)."""
    return ClaretService(ClaretConnector(url, ClaretCredentials(tenant, token)))
