"""The workspace: connections tied to their profiles (an edited secret takes effect at
once), training mode through the same open path, its files kept apart."""

from __future__ import annotations

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
    assert tools["Training · MyRewards"] == (AdminTool.REWARD_POINTS,)
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
