"""MyRewards returned claims through the outbox, like claims: written first, never lost, a
dropped answer "check needed", never resent blindly. A return is an outbox claim whose
target is the promotion's returns ("36/returns"); ``MyRewardsService`` sends such claims
to the returned claims endpoint, at most 50 a request.

From a claim of the outbox (``return_claim``): an accepted MyRewards claim that carried a
returns identifier can be returned, up to what it claimed less what was returned before;
its history lists its returns (``returns_of``)."""

from __future__ import annotations

from collections.abc import Mapping

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import QUANTITY, RETURNS_IDENTIFIER, SKU, USER_ID, USERNAME
from claimdesk.domain.myrewards_returns import RETURNED_CLAIM, promotion_of_returns, returns_key
from claimdesk.domain.translation import translate
from claimdesk.errors import PermanentError
from claimdesk.service.outbox import (
    OutboxClaim,
    OutboxService,
    Queued,
    SentOne,
    State,
    submit_through,
)
from claimdesk.service.platform import Target

PLATFORM = "myrewards"
# Returns that did not take points back, and so leave the claim's units returnable.
_NOT_RETURNED = (State.REJECTED, State.DISCARDED)


def _quantity(values: Mapping[str, str]) -> int:
    text = str(values.get(QUANTITY, "")).strip()
    return int(text) if text.isdigit() else 0


def returnable(claim: OutboxClaim) -> bool:
    """An accepted MyRewards claim (not itself a return) sent with a returns identifier."""
    return (
        claim.platform == PLATFORM
        and claim.state is State.ACCEPTED
        and promotion_of_returns(claim.target_key) is None
        and bool(str(claim.values.get(RETURNS_IDENTIFIER, "")).strip())
        and _quantity(claim.values) > 0
    )


def returns_of(outbox: OutboxService, claim: OutboxClaim) -> list[OutboxClaim]:
    """The returns made from ``claim``, oldest first (reads the data file)."""
    key = returns_key(claim.target_key)
    found = [
        c
        for c in outbox.outbox.claims(platform=PLATFORM)
        if c.connection == claim.connection
        and c.target_key == key
        and c.values.get(RETURNED_CLAIM) == str(claim.id)
    ]
    return sorted(found, key=lambda c: c.id)


def still_returnable(outbox: OutboxService, claim: OutboxClaim) -> int:
    """Units of ``claim`` not yet returned (returns refused or discarded do not count; those
    queued or in doubt do, so that nothing is returned twice)."""
    returned = sum(
        _quantity(r.values) for r in returns_of(outbox, claim) if r.state not in _NOT_RETURNED
    )
    return max(0, _quantity(claim.values) - returned)


def return_values(claim: OutboxClaim, quantity: int) -> dict[str, str]:
    """The return of ``quantity`` units of ``claim``: its user, identifier and product."""
    values = {
        name: str(claim.values.get(name, "")).strip()
        for name in (USERNAME, USER_ID, RETURNS_IDENTIFIER, SKU)
    }
    values = {k: v for k, v in values.items() if v}
    values[QUANTITY] = str(quantity)
    values[RETURNED_CLAIM] = str(claim.id)
    return values


def return_claim(
    outbox: OutboxService, claim: OutboxClaim, quantity: int
) -> tuple[Queued, SentOne | None]:
    """Queue the return of ``quantity`` units of ``claim`` and make its first attempt (the
    form is fetched: call on a worker). Not queued (an issue on the quantity) when more
    than is still returnable is asked for."""
    if not returnable(claim):
        raise PermanentError(
            translate("Returns", "Claim #{id} cannot be returned.").format(id=claim.id)
        )
    connection = outbox.connection_of(claim.connection)
    if connection is None:
        raise PermanentError(
            translate("Returns", "The connection {name} is not open.").format(name=claim.connection)
        )
    left = still_returnable(outbox, claim)
    if not 1 <= quantity <= left:
        issue = Issue(
            QUANTITY,
            "too_many",
            translate("Returns", "must be from 1 to {left} (what is left of the claim)").format(
                left=left
            ),
        )
        return Queued(None, ClaimCheck((issue,), {})), None
    form = connection.service.load_form(Target(returns_key(claim.target_key), ""))
    # A second partial return of the same claim has the same content as the first:
    # allowed, as the quantity left (above) keeps the total within what was claimed.
    return submit_through(
        outbox, connection, form, return_values(claim, quantity), allow_duplicate=True
    )
