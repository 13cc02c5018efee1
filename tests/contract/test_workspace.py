"""The workspace: connections tied to their profiles (an edited secret takes effect at
once), training mode through the same open path, its files kept apart."""

from __future__ import annotations

from pathlib import Path

import keyring.backend
import pytest

from claimdesk.errors import AuthError
from claimdesk.service.outbox import State
from claimdesk.service.platform import AdminTool
from claimdesk.service.profiles import Profile
from claimdesk.service.reward_points import RewardPointsService
from claimdesk.service.workspace import Workspace, training_connections


def myrewards(url: str) -> Profile:
    return Profile(name="Acme", platform="myrewards", url=url, api_key="demo-key")


@pytest.fixture
def workspace(tmp_path):  # type: ignore[no-untyped-def]
    workspace = Workspace(tmp_path / "data")
    yield workspace
    workspace.close()


def test_an_edited_secret_takes_effect_at_once(
    sandbox: str, workspace: Workspace, real_keyring: keyring.backend.KeyringBackend
) -> None:
    workspace.save_profile(myrewards(sandbox), {"secret_key": "demo-secret"})
    [first], problems = workspace.open_profiles()
    assert problems == []
    assert first.profile == "Acme"
    assert first.service.targets()

    # Unchanged: the same connection, still open.
    [again], _ = workspace.open_profiles()
    assert again is first

    # A wrong secret saved in the keyring: the next open replaces the connection at once.
    workspace.save_profile(myrewards(sandbox), {"secret_key": "not-the-secret"}, replacing="Acme")
    [wrong], _ = workspace.open_profiles()
    assert wrong is not first
    assert workspace.connection("Acme") is wrong
    with pytest.raises(AuthError):
        wrong.service.targets()

    workspace.save_profile(myrewards(sandbox), {"secret_key": "demo-secret"}, replacing="Acme")
    [right], _ = workspace.open_profiles()
    assert right is not wrong
    assert right.service.targets()

    # Removed: its connection goes.
    workspace.remove_profile("Acme")
    assert workspace.open_profiles() == ([], [])
    assert workspace.connection("Acme") is None


def test_a_profile_without_its_secret_is_a_sentence(
    sandbox: str, workspace: Workspace, real_keyring: keyring.backend.KeyringBackend
) -> None:
    peak = Profile(name="Acme", platform="peak", url=sandbox, solution="QP_OOTB")
    workspace.save_profile(peak, {"token": "demo-peak-token"})
    workspace.store.secrets.delete("Acme", "token")
    connections, problems = workspace.open_profiles()
    assert connections == []
    assert problems == [
        "Acme: the keyring holds no token for profile 'Acme'; edit the profile and enter it again."
    ]


def test_a_myrewards_profile_without_a_secret_key_opens_with_the_key_alone(
    sandbox: str, workspace: Workspace, real_keyring: keyring.backend.KeyringBackend
) -> None:
    workspace.save_profile(myrewards(sandbox), {"secret_key": "demo-secret"})
    workspace.store.secrets.delete("Acme", "secret_key")  # the docs allow the key alone
    connections, problems = workspace.open_profiles()
    assert problems == []
    assert [c.name for c in connections] == ["Acme"]
    assert connections[0].service.targets()  # `Token token=demo-key` is accepted


def test_training_opens_every_platform_like_a_profile(workspace: Workspace) -> None:
    connections = workspace.start_training()
    assert [c.name for c in connections] == [
        "Training · MyRewards",
        "Training · Claret",
        "Training · Peak",
        "Training · Thalamus",
    ]
    assert workspace.training_url is not None
    assert all(c.profile is None for c in connections)
    assert connections[0].description == f"MyRewards, sandbox at {workspace.training_url}"
    assert workspace.start_training() == connections  # started once
    for connection in connections:
        assert connection.service.targets()
    tools = {c.name: c.service.capabilities.admin_tools for c in connections}
    assert tools["Training · MyRewards"] == (AdminTool.REWARD_POINTS, AdminTool.RETURNS)
    admin = connections[0].service.admin(AdminTool.REWARD_POINTS)
    assert isinstance(admin, RewardPointsService)
    with pytest.raises(LookupError):
        connections[2].service.admin(AdminTool.SALES)


def test_training_connections_helper_needs_no_workspace(sandbox: str) -> None:
    connections = training_connections(sandbox)
    assert [c.service.platform for c in connections] == ["myrewards", "claret", "peak", "thalamus"]
    for connection in connections:
        connection.service.close()


def test_training_and_saved_claims_and_drafts_stay_apart(
    sandbox: str, workspace: Workspace, real_keyring: keyring.backend.KeyringBackend
) -> None:
    workspace.save_profile(myrewards(sandbox), {"secret_key": "demo-secret"})
    [saved], _ = workspace.open_profiles()
    [training, *_] = workspace.start_training()
    assert workspace.outbox_for(saved) is workspace.outbox()
    assert workspace.outbox_for(training) is workspace.outbox(training=True)
    assert workspace.outbox() is not workspace.outbox(training=True)
    drafts = workspace.drafts()
    drafts.save(saved, "36", {"username": "real"})
    drafts.save(training, "36", {"username": "practice"})
    real, practice = drafts.get(saved, "36"), drafts.get(training, "36")
    assert real is not None
    assert real.values == {"username": "real"}
    assert practice is not None
    assert practice.values == {"username": "practice"}
    drafts.delete(training, "36")
    assert drafts.get(training, "36") is None
    assert workspace.outbox().outbox.counts()[State.QUEUED] == 0
    assert (workspace.data_folder / "training.sqlite3").exists()


def test_a_confirmation_is_remembered_for_the_profile_only(
    sandbox: str, workspace: Workspace, real_keyring: keyring.backend.KeyringBackend
) -> None:
    profile = Profile(name="Sales", platform="claret", url=sandbox, tenant="demo")
    workspace.save_profile(profile, {"token": "demo-claret-token"})
    [connection], _ = workspace.open_profiles()
    workspace.remember_confirmation("Sales")
    assert workspace.profile("Sales").beta_confirmed
    [kept], _ = workspace.open_profiles()
    assert kept is connection  # nothing a request uses changed
    workspace.start_training()
    workspace.remember_confirmation("Training · Claret")  # nothing to keep, no error


def test_claims_held_by_a_refused_login_go_once_the_credentials_are_fixed(
    sandbox: str, workspace: Workspace, tmp_path
) -> None:
    """Issue 19: a claim a 401 held back no longer waits ten minutes after the secret is
    corrected, in this run (the connection is replaced) or in the next (a new start)."""
    from claimdesk.service.outbox import submit_through
    from claimdesk.service.platform import Target
    from tests.contract.test_outbox_faults import claim_values

    workspace.save_profile(myrewards(sandbox), {"secret_key": "wrong-secret"})
    workspace.save_profile(
        Profile(name="Other", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "wrong-secret"},
    )
    outbox = workspace.outbox()
    # The form comes from a right connection: the claims are held at their send.
    workspace.save_profile(myrewards(sandbox), {"secret_key": "demo-secret"}, replacing="Acme")
    right = workspace.open_profile("Acme")
    form = right.service.load_form(Target("36", "Autumn Boiler Bonus"))
    workspace.save_profile(myrewards(sandbox), {"secret_key": "wrong-secret"}, replacing="Acme")
    workspace.open_profiles()
    held = []
    for name, quantity in (("Acme", "2"), ("Other", "3")):
        connection = workspace.connection(name)
        assert connection is not None
        queued, sent = submit_through(outbox, connection, form, claim_values(quantity=quantity))
        assert sent is not None
        assert sent.claim.state is State.QUEUED
        assert sent.claim.next_attempt_at is not None
        held.append(queued.claim_id)
    assert outbox.send_due() == []  # held: not due for ten minutes

    workspace.save_profile(myrewards(sandbox), {"secret_key": "demo-secret"}, replacing="Acme")
    workspace.open_profiles()  # the edit replaces the connection and releases its claims
    [sent] = outbox.send_due()
    assert sent.claim.id == held[0]
    assert sent.claim.state is State.ACCEPTED
    assert outbox.outbox.get(held[1]).next_attempt_at is not None  # Other: still held

    # Fixed while ClaimDesk was closed: the next start tries at once.
    workspace.save_profile(
        Profile(name="Other", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "demo-secret"},
        replacing="Other",
    )
    workspace.close()
    again = Workspace(tmp_path / "data")
    try:
        again.open_profiles()
        restarted = again.outbox()
        restarted.recover()
        [sent] = restarted.send_due()
        assert (sent.claim.id, sent.claim.state) == (held[1], State.ACCEPTED)
    finally:
        again.close()


def test_a_claret_token_fetched_and_kept_does_not_replace_the_connection(
    sandbox: str,
    workspace: Workspace,
    tmp_path: Path,
    real_keyring: keyring.backend.KeyringBackend,
) -> None:
    from claimdesk.sandbox import demo_credentials as demo
    from claimdesk.service.claret import SALES_TARGET

    plan = Profile(
        name="Plan", platform="claret", url=sandbox, tenant="demo", email=demo.CLARET_EMAIL
    )
    workspace.save_profile(plan, {"password": demo.CLARET_PASSWORD})
    [first], _ = workspace.open_profiles()
    first.service.load_form(SALES_TARGET)  # signs in: the token goes to the keyring

    kept = workspace.store.secrets.get("Plan", "token")
    assert kept is not None
    [again], _ = workspace.open_profiles()
    assert again is first  # the same open connection: nothing closed under a send

    # A new run starts with the kept token (no new sign-in while Claret accepts it).
    workspace.close()
    restarted = Workspace(tmp_path / "data")
    [connection], _ = restarted.open_profiles()
    connection.service.load_form(SALES_TARGET)
    assert restarted.store.secrets.get("Plan", "token") == kept
    restarted.close()

    # Saved with a new password: the kept token goes (it may be another account's).
    workspace = Workspace(tmp_path / "data")
    workspace.save_profile(plan, {"password": demo.CLARET_PASSWORD}, replacing="Plan")
    assert workspace.store.secrets.get("Plan", "token") is None
    workspace.close()
