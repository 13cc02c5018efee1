"""The main window's parts on their own: the connection bar, the welcome page and the
claim page's footer, in real (offscreen) Qt against the sandbox."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.service.workspace import training_connection
from claimdesk.ui.claim_page import ClaimPage
from claimdesk.ui.connection_bar import ConnectionBar
from claimdesk.ui.sender import OutboxSender
from claimdesk.ui.welcome_page import WelcomePage
from claimdesk.ui.workers import Runner


def test_the_connection_bar_offers_connections_then_their_targets(
    qtbot: QtBot, sandbox: str
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    bar = ConnectionBar(Runner(host), host)
    myrewards = training_connection(sandbox, "myrewards")
    claret = training_connection(sandbox, "claret")
    chosen: list[object] = []
    bar.connection_chosen.connect(chosen.append)
    bar.set_connections([myrewards, claret], keep=claret.name)
    assert chosen == [claret]  # the kept one, not the first
    assert bar.connection_box.isEnabled()  # more than one to choose from
    targets: list[object] = []
    bar.target_chosen.connect(targets.append)
    with qtbot.waitSignal(bar.targets_loaded, timeout=15_000):
        bar.load_targets(myrewards.service)
    assert bar.target_label.text() == "&Promotion:"
    assert bar.target_box.count() == len(bar.targets) >= 3
    assert targets == [bar.targets[0]]  # the first one is chosen, and said
    bar.select_target(bar.targets[0].key)  # chosen again: its form reloads
    assert targets == [bar.targets[0], bar.targets[0]]
    bar.show_connecting("MyRewards", "the sandbox")
    bar.show_reached(offline=True)
    assert bar.state_label.text() == "⚠ Offline (saved data)"
    assert bar.state_label.toolTip() == "the sandbox"
    myrewards.service.close()
    claret.service.close()


def test_the_welcome_page_says_what_is_happening(qtbot: QtBot) -> None:
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    asked: list[str] = []
    page.training_requested.connect(lambda: asked.append("training"))
    page.add_connection_requested.connect(lambda: asked.append("profiles"))
    page.show_welcome()
    assert page.title.text() == "Welcome to ClaimDesk"
    page.training_button.click()
    page.add_connection_button.click()
    assert asked == ["training", "profiles"]
    page.show_training_starting()
    assert not page.training_button.isVisible()
    assert not page.title.isVisible()
    page.show_training_failed(OSError("no free port"))
    assert "no free port" in page.label.text()
    assert page.training_button.isEnabled()


def test_the_claim_page_enables_the_window_s_buttons_with_its_form(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    welcome = WelcomePage()
    page = ClaimPage(Runner(host), OutboxSender(host), welcome, host)
    batch, admin = QPushButton("Batch"), QPushButton("Admin")
    page.add_footer_button(batch, with_form=True)
    page.add_footer_button(admin, with_form=False)
    assert not batch.isEnabled()  # no form yet
    assert admin.isEnabled()
    page.set_form_enabled(True)
    assert batch.isEnabled()
    assert page.submit_button.isEnabled()
    # In the footer (after the estimate's own column) before Clear and Submit, in order.
    footer = [page.footer.itemAt(i).widget() for i in range(page.footer.count())]
    assert [w for w in footer if w is not None] == [
        batch,
        admin,
        page.clear_button,
        page.submit_button,
    ]
    assert page.pages.currentWidget() is welcome
