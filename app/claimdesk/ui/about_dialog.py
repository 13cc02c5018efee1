"""About ClaimDesk: the version (from the package metadata, the one place it is set) and the
licence notices of what the installation bundles (Qt / PySide6 under the LGPLv3 first)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from claimdesk import licences
from claimdesk.ui.icons import app_icon
from claimdesk.ui.workers import Runner


class AboutDialog(QDialog):
    notices_ready = Signal()  # the licence notices are shown (read off the GUI thread)

    def __init__(self, parent: QWidget | None = None) -> None:
        from claimdesk import __version__

        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About ClaimDesk"))
        self.resize(760, 580)
        self.version = __version__
        root = QVBoxLayout(self)

        head = QHBoxLayout()
        logo = QLabel(self)
        icon = app_icon()
        if not icon.isNull():
            logo.setPixmap(icon.pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(logo)
        self.title = QLabel(self)
        self.title.setObjectName("aboutTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setText(
            "<h2>ClaimDesk {version}</h2><p>{what}</p>".format(
                version=escape(__version__),
                what=escape(
                    self.tr(
                        "Sales claims and reward points on MyRewards, Claret, Peak and "
                        "Thalamus, with a training mode on a built-in sandbox."
                    )
                ),
            )
        )
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.title, 1)
        root.addLayout(head)

        heading = QLabel(self.tr("Third-party software and licences:"), self)
        root.addWidget(heading)
        self.notices = QTextBrowser(self)
        self.notices.setObjectName("licenceNotices")
        self.notices.setOpenExternalLinks(True)
        # The installed packages' metadata is read from disk: on a worker, not the GUI thread.
        self.notices.setPlainText(self.tr("Reading the licences…"))
        self.runner = Runner(self)
        self.runner.run(_notice_data, self._show_notices, self._notices_failed)
        heading.setBuddy(self.notices)
        root.addWidget(self.notices, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt_button = buttons.addButton(
            self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.about_qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

    def _show_notices(self, data: tuple[tuple[str, str], list[licences.Component]]) -> None:
        self.notices.setHtml(notices_html(*data))
        self.notices_ready.emit()

    def _notices_failed(self, error: BaseException) -> None:
        self.notices.setPlainText(
            self.tr("The licences could not be read: {why}").format(why=error)
        )


def _notice_data() -> tuple[tuple[str, str], list[licences.Component]]:
    return licences.qt_versions(), licences.components()


def notices_html(versions: tuple[str, str], components: list[licences.Component]) -> str:
    qt, pyside = versions
    rows = "".join(
        "<tr><td>{name}</td><td>{version}</td><td>{licence}</td><td>{link}</td></tr>".format(
            name=escape(c.name),
            version=escape(c.version),
            licence=escape(c.licence),
            link=f'<a href="{escape(c.url, quote=True)}">{escape(c.url)}</a>' if c.url else "",
        )
        for c in components
    )
    # The licence notices themselves stay as their authors wrote them (English).
    headers = "".join(
        f"<th align=left>{escape(h)}</th>"
        for h in (
            QCoreApplication.translate("AboutDialog", "Component"),
            QCoreApplication.translate("AboutDialog", "Version"),
            QCoreApplication.translate("AboutDialog", "Licence"),
            QCoreApplication.translate("AboutDialog", "Home page"),
        )
    )
    return (
        f"<p>{escape(licences.QT_NOTICE.format(qt=qt, pyside=pyside))}</p>"
        '<table cellspacing="0" cellpadding="3">'
        f"<tr>{headers}</tr>{rows}</table>"
    )
