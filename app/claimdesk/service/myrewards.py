"""MyRewards: promotions as targets, their data fields and reward points as the form."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimdesk.connectors.myrewards import MyRewardsConnector, RecordResult
from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import (
    RETURNS_IDENTIFIER,
    DataField,
    Promotion,
    RewardPoint,
    RewardPointIndex,
    build_claim_schema,
    check_claim,
    claim_payload,
    place_server_issues,
)
from claimdesk.domain.myrewards_returns import (
    MAX_RETURNS_PER_REQUEST,
    build_returns_schema,
    check_return,
    entry_issues,
    promotion_of_returns,
    return_entry,
    returns_key,
)
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.errors import ClaimDeskError, PermanentError, RejectedError, TransientError
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
from claimdesk.service.reward_points import RewardPointCache

if TYPE_CHECKING:
    from claimdesk.storage.catalog import Catalog

log = logging.getLogger("claimdesk.service")


class ReturnsRequired:
    """Promotions whose claims the server refused for want of a returns identifier, with
    the server's words: their form makes the field required and says those words on it.
    The list of promotions has no returns flag, so this is the only way to know; kept in
    the data folder's catalog table (the connection's name as its key) when there is one,
    so it is known on the next run too. Called on worker threads only (loading a form,
    sending)."""

    KIND = "myrewards:returns_identifier_required"

    def __init__(self, catalog: Catalog | None = None, connection: str = "") -> None:
        self._catalog, self._connection = catalog, connection
        self._known: dict[int, str] = {}
        self._lock = threading.Lock()

    def message(self, promotion_id: int) -> str | None:
        """The server's message when the promotion requires one, else None."""
        with self._lock:
            if promotion_id in self._known:
                return self._known[promotion_id]
        found = (
            self._catalog.get(self._connection, self.KIND, str(promotion_id))
            if self._catalog is not None
            else None
        )
        if found is None:
            return None
        text = str(found[0]) if isinstance(found[0], str) else ""
        with self._lock:
            self._known[promotion_id] = text
        return text

    def learnt(self, promotion_id: int) -> str | None:
        """``message`` from memory only (no disk): for the GUI thread's form refresh."""
        with self._lock:
            return self._known.get(promotion_id)

    def __contains__(self, promotion_id: int) -> bool:
        return self.message(promotion_id) is not None

    def add(self, promotion_id: int, message: str) -> bool:
        """Remember it; True when it was not known before."""
        if promotion_id in self:
            return False
        with self._lock:
            self._known[promotion_id] = message
        if self._catalog is not None:
            self._catalog.put(self._connection, self.KIND, str(promotion_id), message)
        return True


@dataclass(frozen=True)
class PromotionContext:
    promotion: Promotion
    reward_points: tuple[RewardPoint, ...]
    index: RewardPointIndex
    data_fields: tuple[DataField, ...] = ()
    returns_required: bool = False
    returns_message: str = ""  # the server's words when it asked for a returns identifier


@dataclass(frozen=True)
class ReturnsContext:
    """The context of a promotion's returns form (target key "36/returns")."""

    promotion: Promotion


class MyRewardsService(ServiceBase):
    platform = "myrewards"
    platform_name = "MyRewards"
    target_noun = QT_TRANSLATE_NOOP("Service", "Promotion")
    # Up to 100 claims a request. The request is all-or-nothing, and only rows that pass
    # every local rule are sent; should the server still refuse one, that row alone is
    # rejected and the rest of its request is sent again (``submit_many``), so a late
    # refusal costs one more request and sinks no other row.
    # Returns (target key "36/returns") go in requests of at most 50 (``_submit_returns``).
    capabilities = Capabilities(
        claims_per_request=100, admin_tools=(AdminTool.REWARD_POINTS, AdminTool.RETURNS)
    )
    connector: MyRewardsConnector

    def __init__(
        self,
        connector: MyRewardsConnector,
        today: Callable[[], dt.date] = dt.date.today,
        returns_required: ReturnsRequired | None = None,
    ) -> None:
        self.connector = connector
        self._today = today
        self._promotions: dict[str, Promotion] = {}
        # Shared with the reward points window of this connection: an admin's change there
        # reaches the claim form's SKU picker and points estimate.
        self.reward_point_cache = RewardPointCache()
        self.returns_required = returns_required or ReturnsRequired()
        self._form_listeners: list[Callable[[str], None]] = []

    def admin(self, tool: AdminTool) -> object:
        if tool is AdminTool.RETURNS:
            return ReturnsDesk(self)
        if tool is not AdminTool.REWARD_POINTS:
            return super().admin(tool)
        from claimdesk.service.reward_points import RewardPointsService

        return RewardPointsService(self.connector, cache=self.reward_point_cache)

    def watch_forms(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """A promotion's reward points changed in the shared cache (its admin window):
        its form's SKU picker, rules and points estimate need rebuilding."""

        def changed(promotion_id: int) -> None:
            listener(str(promotion_id))

        self.reward_point_cache.listen(changed)
        self._form_listeners.append(listener)

        def stop() -> None:
            self.reward_point_cache.forget(changed)
            if listener in self._form_listeners:
                self._form_listeners.remove(listener)

        return stop

    def refreshed_form(self, form: LoadedForm) -> LoadedForm | None:
        context = form.context
        if (
            isinstance(context, PromotionContext)
            and not context.returns_required
            and self.returns_required.learnt(context.promotion.id) is not None
        ):
            base = self.with_cached_reward_points(form) or form
            rebuilt = self._form(
                form.target,
                context.promotion,
                context.data_fields,
                base.context.reward_points,
                rebuilt=True,
            )
            return replace(rebuilt, fetched_at=base.fetched_at)
        return self.with_cached_reward_points(form)

    def probe(self) -> Probe:
        """One real request: the list of promotions (the key is accepted, and may read
        them); what it found, and how many take sales data."""
        promotions = self.connector.promotions()
        if self.connector.http.served_from_cache is not None:
            raise TransientError(
                translate(
                    "MyRewards",
                    "MyRewards could not be reached; only the copy of its promotions kept "
                    "on this computer answered.",
                )
            )
        uploads = sum(p.takes_sales_data for p in promotions)
        if self.connector.credentials.secret_key:
            accepted = translate("MyRewards", "MyRewards accepted the API key and secret key.")
        else:
            accepted = translate("MyRewards", "MyRewards accepted the API key (no secret key).")
        return Probe(
            (
                accepted,
                translate(
                    "MyRewards",
                    "May read promotions: {count} found, {uploads} take sales data.",
                ).format(count=len(promotions), uploads=uploads),
            )
        )

    def promotions(self) -> list[Promotion]:
        """Promotions as the target list shows them (archived ones left out): those that
        take sales data first, active before the rest."""
        found = [p for p in self.connector.promotions() if p.status != "archived"]
        return sorted(
            found,
            key=lambda p: (not p.takes_sales_data, p.status != "active", p.name.casefold()),
        )

    def targets(self) -> list[Target]:
        promotions = self.promotions()
        self._promotions = {str(p.id): p for p in promotions}
        return [
            Target(str(p.id), f"{p.name} — #{p.id}", p.status, p.unavailable_reason())
            for p in promotions
        ]

    def _promotion(self, key: str) -> Promotion:
        promotion = self._promotions.get(key)
        if promotion is None:  # targets() not called first: look it up
            self.targets()
            promotion = self._promotions.get(key)
            if promotion is None:
                raise PermanentError(
                    translate("MyRewards", "MyRewards offers no promotion {key}.").format(key=key)
                )
        return promotion

    def load_form(self, target: Target) -> LoadedForm:
        returns_of = promotion_of_returns(target.key)
        if returns_of is not None:
            return self._returns_form(returns_of)
        promotion = self._promotion(target.key)
        reason = promotion.unavailable_reason()
        if reason:
            raise PermanentError(
                translate(
                    "MyRewards", "Promotion {name} (#{id}) is not available for claims: {reason}."
                ).format(name=promotion.name, id=promotion.id, reason=reason)
            )
        fields = self.connector.data_fields(promotion.id)
        fetched_at = dt.datetime.now(dt.UTC)
        reward_points = tuple(self.connector.reward_points(promotion.id))
        self.reward_point_cache.put(promotion.id, reward_points, fetched_at)
        return self._form(target, promotion, fields, reward_points)

    def _form(
        self,
        target: Target,
        promotion: Promotion,
        fields: Sequence[DataField],
        reward_points: tuple[RewardPoint, ...],
        *,
        rebuilt: bool = False,
    ) -> LoadedForm:
        # Memory only when rebuilt on the GUI thread (refreshed_form): load_form has read
        # the data folder's answer on its worker before any rebuild.
        message = (
            self.returns_required.learnt(promotion.id)
            if rebuilt
            else self.returns_required.message(promotion.id)
        )
        required = message is not None
        schema = build_claim_schema(
            promotion, fields, reward_points, today=self._today(), returns_required=required
        )
        context = PromotionContext(
            promotion,
            reward_points,
            RewardPointIndex(reward_points),
            tuple(fields),
            required,
            message or "",
        )
        return LoadedForm(
            target,
            schema,
            summary=translate("MyRewards", "{count} reward points").format(
                count=len(reward_points)
            ),
            context=context,
            earns_points=True,
            # Guess: a rep's claims in a row share the day, the user and the promotion's
            # dates and lists (invoice date, customer); products and amounts change.
            sticky_fields=(
                "sale_date",
                "username",
                "user_id",
                *(f.name for f in fields if f.field_type in ("date", "list_values")),
            ),
        )

    def _returns_form(self, promotion_id: int) -> LoadedForm:
        """The form of the promotion's returned claims: the four documented fields."""
        promotion = self._promotion(str(promotion_id))
        schema = build_returns_schema(promotion.id, promotion.name)
        return LoadedForm(
            Target(
                returns_key(promotion.id),
                translate("MyRewards", "Returns — {name} — #{id}").format(
                    name=promotion.name, id=promotion.id
                ),
                promotion.status,
            ),
            schema,
            context=ReturnsContext(promotion),
            sticky_fields=("username", "user_id"),
        )

    def with_cached_reward_points(self, form: LoadedForm) -> LoadedForm | None:
        """The form rebuilt on the cache's reward points of its promotion (no network), or
        None when the cache holds nothing newer than the form uses."""
        context = form.context
        if not isinstance(context, PromotionContext):
            return None
        cached = self.reward_point_cache.get(context.promotion.id)
        if cached is None or cached[0] is context.reward_points:
            return None
        rebuilt = self._form(
            form.target, context.promotion, context.data_fields, cached[0], rebuilt=True
        )
        return replace(rebuilt, fetched_at=cached[1])

    def check(self, form: LoadedForm, values: Mapping[str, object]) -> ClaimCheck:
        if isinstance(form.context, ReturnsContext):
            return check_return(form.schema, values)
        context: PromotionContext = form.context
        checked = check_claim(form.schema, values, context.index)
        if context.returns_message and checked.issues:
            # Required because the server asked: say it in the server's words.
            issues = tuple(
                Issue(i.field, "returns_required", context.returns_message)
                if i.field == RETURNS_IDENTIFIER and i.code == "required"
                else i
                for i in checked.issues
            )
            checked = replace(checked, issues=issues)
        return checked

    def submit(self, form: LoadedForm, values: Mapping[str, object]) -> SubmitResult:
        """Check locally, then send one claim; never raises a ClaimDeskError."""
        if isinstance(form.context, ReturnsContext):
            return self._submit_returns(form, [values])[0]
        checked = self.check(form, values)
        if not checked.ok:
            return invalid_result(checked)
        context: PromotionContext = form.context
        record = claim_payload(form.schema, checked.values)
        try:
            answer = self.connector.submit_claims(context.promotion.id, [record])
        except RejectedError as error:
            return result_from_error(self._placed(form, error, error.message), form.schema)
        except ClaimDeskError as error:
            return result_from_error(error, form.schema)
        result = self._record_result(form, answer.results[0])
        log.info("claim sent for promotion %s: %s", form.target.key, result.outcome.value)
        return result

    def submit_many(
        self, form: LoadedForm, rows: Sequence[Mapping[str, object]]
    ) -> list[SubmitResult]:
        """Several claims in one request, one result per row; never raises.

        The platform stores all of a request or none of it, so only rows that pass every
        local rule go in the request. When the server still refuses one (422 naming
        ``index_of_failed_data``), that row alone is rejected with the server's reason and
        the others, none of which was stored, are sent again without it; a refusal that
        names no row splits the request in two until it does."""
        if isinstance(form.context, ReturnsContext):
            return self._submit_returns(form, rows)
        results: list[SubmitResult | None] = [None] * len(rows)
        records: dict[int, dict[str, object]] = {}
        for index, values in enumerate(rows):
            checked = self.check(form, values)
            if checked.ok:
                records[index] = claim_payload(form.schema, checked.values)
            else:
                results[index] = invalid_result(checked)
        pending = [list(records)]
        while pending:
            indices = pending.pop()
            if not indices:
                continue
            context: PromotionContext = form.context
            try:
                answer = self.connector.submit_claims(
                    context.promotion.id, [records[i] for i in indices]
                )
            except RejectedError as error:
                failed = error.record_index
                if len(indices) == 1 or (failed is not None and 0 <= failed < len(indices)):
                    refused = indices[failed or 0]
                    placed = self._placed(form, error, "")
                    reasons = "; ".join(
                        i.describe(form.schema.label_of(i.field) if i.field else None)
                        for i in placed.issues
                    ) or translate("MyRewards", "no reason given")
                    alone = RejectedError(
                        translate("MyRewards", "The server refused this claim: {reasons}.").format(
                            reasons=reasons
                        ),
                        placed.issues,
                        status=error.status,
                    )
                    results[refused] = result_from_error(alone, form.schema)
                    pending.append([i for i in indices if i != refused])
                else:  # no row named: halve until one is
                    half = len(indices) // 2
                    pending += [indices[half:], indices[:half]]
                continue
            except ClaimDeskError as error:  # not stored (retry later) or unknown: all alike
                for i in indices:
                    results[i] = result_from_error(error, form.schema)
                continue
            for i, record_result in zip(indices, answer.results, strict=True):
                results[i] = self._record_result(form, record_result)
            log.info("%d claims sent for promotion %s", len(indices), form.target.key)
        return [r for r in results if r is not None]

    def _submit_returns(
        self, form: LoadedForm, rows: Sequence[Mapping[str, object]]
    ) -> list[SubmitResult]:
        """Returned claims, one result per row, in requests of at most 50 entries (the
        documented maximum); never raises.

        A 400 whose messages name entries ("please supply valid … value(s), for 2nd
        entry") refuses just those rows, with the message on the field it names, and sends
        the others again without them. That is safe only if a 400 stored none of the
        request's entries. Guess: it stores none — the docs print the 400 with messages
        about single entries and about the whole request ("No returns data was
        provided", "above the max allowed of 50") side by side, as one answer to one
        request, and say nothing of partial storing; the claims' own endpoint is
        documented all-or-nothing. Should a real server store the valid entries of a
        refused request, a resend would return their goods twice: then this is wrong, and
        the sandbox's stored-claim check (no more returned than was claimed) is what a
        test would see. A 400 naming no entry splits the request in two until one is
        named; anything else (unreachable, unknown outcome) is every row's outcome."""
        context: ReturnsContext = form.context
        results: list[SubmitResult | None] = [None] * len(rows)
        entries: dict[int, dict[str, object]] = {}
        for index, values in enumerate(rows):
            checked = check_return(form.schema, values)
            if checked.ok:
                entries[index] = return_entry(checked.values)
            else:
                results[index] = invalid_result(checked)
        order = list(entries)
        pending = [
            order[start : start + MAX_RETURNS_PER_REQUEST]
            for start in range(0, len(order), MAX_RETURNS_PER_REQUEST)
        ]
        pending.reverse()  # popped from the end: the file's order
        while pending:
            indices = pending.pop()
            if not indices:
                continue
            try:
                self.connector.submit_returns(context.promotion.id, [entries[i] for i in indices])
            except RejectedError as error:
                named = self._refused_entries(form, error, len(indices))
                if named:
                    for position, issues in named.items():
                        results[indices[position]] = self._refused_return(form, error, issues)
                    pending.append([i for p, i in enumerate(indices) if p not in named])
                elif len(indices) == 1:
                    placed = place_server_issues(error.issues, form.schema)
                    results[indices[0]] = self._refused_return(form, error, placed)
                else:  # no entry named: halve until one is
                    half = len(indices) // 2
                    pending += [indices[half:], indices[:half]]
                continue
            except ClaimDeskError as error:  # not stored (retry later) or unknown: all alike
                for i in indices:
                    results[i] = result_from_error(error, form.schema)
                continue
            for i in indices:
                entry = entries[i]
                results[i] = SubmitResult(
                    Outcome.ACCEPTED,
                    translate(
                        "MyRewards", "Returned: {quantity} of {product} ({identifier})."
                    ).format(
                        quantity=entry.get("quantity"),
                        product=entry.get("product_or_activity_ref"),
                        identifier=entry.get(RETURNS_IDENTIFIER),
                    ),
                )
            log.info("%d returns sent for promotion %s", len(indices), context.promotion.id)
        return [r for r in results if r is not None]

    @staticmethod
    def _refused_entries(
        form: LoadedForm, error: RejectedError, sent: int
    ) -> dict[int, list[Issue]]:
        """The request's entries (0-based positions) the 400's messages name, with their
        issues on the returns form's fields."""
        named: dict[int, list[Issue]] = {}
        for issue in error.issues:
            text = issue.describe() if issue.field else issue.message
            for position, placed in entry_issues(text, form.schema):
                if 0 <= position < sent:
                    named.setdefault(position, []).append(placed)
        return named

    @staticmethod
    def _refused_return(
        form: LoadedForm, error: RejectedError, issues: Sequence[Issue]
    ) -> SubmitResult:
        reasons = "; ".join(
            i.describe(form.schema.label_of(i.field) if i.field else None) for i in issues
        ) or translate("MyRewards", "no reason given")
        alone = RejectedError(
            translate("MyRewards", "The platform refused this return: {reasons}.").format(
                reasons=reasons
            ),
            tuple(issues),
            status=error.status,
        )
        return result_from_error(alone, form.schema)

    def _placed(self, form: LoadedForm, error: RejectedError, message: str) -> RejectedError:
        """The refusal with its messages on the form's fields (by name or label). A message
        on the returns identifier means the promotion requires one: remembered, and the
        open forms of the promotion are told to rebuild with the field required."""
        issues = place_server_issues(error.issues, form.schema)
        self._learn_returns(form, issues)
        return RejectedError(message, issues, record_index=error.record_index, status=error.status)

    def _learn_returns(self, form: LoadedForm, issues: Sequence[Issue]) -> None:
        said = next((i.message for i in issues if i.field == RETURNS_IDENTIFIER), None)
        context: PromotionContext = form.context
        if said is not None and self.returns_required.add(context.promotion.id, said):
            log.info("promotion %s requires a returns identifier", context.promotion.id)
            for listener in list(self._form_listeners):
                listener(form.target.key)

    def _record_result(self, form: LoadedForm, result: RecordResult) -> SubmitResult:
        if not result.created:
            issues = place_server_issues(
                (Issue(None, "server", m) for m in result.errors), form.schema
            )
            self._learn_returns(form, issues)
            reasons = "; ".join(result.errors) or translate("MyRewards", "no reason given")
            return SubmitResult(
                Outcome.NOT_EARNING,
                translate(
                    "MyRewards",
                    "The platform received the claim but created none, so it earns no points: "
                    "{reasons}.",
                ).format(reasons=reasons),
                issues,
            )
        ids = tuple(str(c.id) for c in result.created if c.id is not None)
        return SubmitResult(
            Outcome.ACCEPTED,
            translate("MyRewards", "Accepted: claim {ids} earns {points} points.").format(
                ids=", ".join(ids), points=result.points
            ),
            points=result.points,
            claim_ids=ids,
        )


@dataclass
class ReturnsDesk:
    """The service behind the Returns window (``AdminTool.RETURNS``): a promotion's
    returns form, whose rows go through the outbox and the batch grid like claims
    (``service/returns.py`` returns one claim of the outbox)."""

    service: MyRewardsService

    def form(self, promotion_id: int | str) -> LoadedForm:
        """Network: the promotion looked up when not yet listed."""
        return self.service.load_form(Target(returns_key(promotion_id), ""))
