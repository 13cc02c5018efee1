"""A Peak profile in the real (offscreen) profiles dialog: the upload path left to its
default, and Test connection finding it and keeping it in the saved profile."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from claimdesk.sandbox import demo_credentials as demo
from claimdesk.ui.profiles_dialog import ProfilesDialog
from tests.helpers.variants import use_variants
from tests.ui.test_profiles_dialog import ThreadsSeen, dialog, edit, save, workspace

__all__ = ["dialog", "workspace"]  # the fixtures, shared


def test_test_connection_finds_the_upload_path_and_the_profile_keeps_it(
    qtbot: QtBot, dialog: ProfilesDialog, workspace: ThreadsSeen, sandbox: str
) -> None:
    use_variants(sandbox, "peak-objects-path")
    dialog.new_profile()
    qtbot.keyClicks(dialog.name_edit, "Shop")
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("peak"))
    qtbot.keyClicks(dialog.url_edit, sandbox)
    qtbot.keyClicks(edit(dialog, "peak", "solution"), "QP_OOTB")
    qtbot.keyClicks(edit(dialog, "peak", "prefix"), "QP_")
    qtbot.keyClicks(edit(dialog, "peak", "suffix"), "_OOTB")
    qtbot.keyClicks(edit(dialog, "peak", "token"), demo.PEAK_TOKEN)
    upload_path = edit(dialog, "peak", "ingest_path")
    assert upload_path.isVisibleTo(dialog)
    assert (upload_path.text(), upload_path.placeholderText()) == ("", "auto")
    save(qtbot, dialog)
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as tested:
        dialog.test_connection()
    assert tested.args[0] is True, tested.args[1]
    assert "Upload path found: /api/v2/objects/QP_SALE_EXTRA_OOTB." in tested.args[1]
    assert "Dry run of 1 row validated" in tested.args[1]
    assert workspace.store.get("Shop").setting("ingest_path") == "objects"


def test_a_refused_token_names_peak_and_the_token(
    qtbot: QtBot, dialog: ProfilesDialog, sandbox: str
) -> None:
    dialog.new_profile()
    qtbot.keyClicks(dialog.name_edit, "Shop")
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("peak"))
    qtbot.keyClicks(dialog.url_edit, sandbox)
    qtbot.keyClicks(edit(dialog, "peak", "solution"), "QP_OOTB")
    qtbot.keyClicks(edit(dialog, "peak", "token"), "wrong-peak-token-31")
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as tested:
        dialog.test_connection()
    assert tested.args[0] is False
    assert "Peak refused the personal access token (HTTP 401)" in tested.args[1]
    assert "wrong-peak-token-31" not in tested.args[1]
