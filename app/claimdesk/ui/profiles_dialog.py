"""Add, edit, remove and test connection profiles. Secret fields are masked and never
filled from the keyring; left empty on edit, they keep what the keyring holds.

The platforms and their fields come from the registry (``service/platforms.py``); the
profiles are read and written through the workspace on a worker, never on the GUI thread.

It opens on the connection the main window works with. Saving remembers the last "Test
connection": after a failed test it asks first, and a change of address or credentials saved
without a test says so."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.service.platforms import PLATFORM_KEYS, PLATFORM_NAMES, SETTINGS, SettingSpec
from claimdesk.service.profiles import (
    KeyringUnavailable,
    Profile,
    ProfileError,
    ProfileStore,
    validation_problems,
)
from claimdesk.service.workspace import Workspace
from claimdesk.ui.why_disabled import set_enabled_why
from claimdesk.ui.workers import Runner


@dataclass(frozen=True)
class TestOutcome:
    """The last "Test connection": of which form (a digest of everything but the name, the
    typed secrets too; never the secrets themselves), and how it went."""

    form: str
    ok: bool
    why: str = ""


class ProfilesDialog(QDialog):
    profiles_changed = Signal()
    tested = Signal(bool, str)  # success, the sentence shown
    loaded = Signal()  # the list shows the profiles as read
    saved = Signal(bool, str)  # success, the sentence shown (after a save or a removal)

    def __init__(
        self,
        workspace: Workspace | ProfileStore,
        parent: QWidget | None = None,
        runner: Runner | None = None,
        *,
        current: str | None = None,
        training: bool = False,
    ) -> None:
        """``current``: the profile to open on (the main window's connection); ``training``:
        the window works with a training connection, which is no profile: the dialog opens
        on the first profile (or a new one) and says so."""
        super().__init__(parent)
        # A bare store: for callers that do not hand over their workspace yet.
        self.workspace = (
            workspace if isinstance(workspace, Workspace) else Workspace(store=workspace)
        )
        self.runner = runner or Runner(self)
        self.editing: str | None = None  # name of the profile being edited, None = new
        self.profiles: dict[str, Profile] = {}  # as last read, by name
        self.last_test: TestOutcome | None = None  # of the profile shown
        self._testing = ""  # the digest of the form being tested
        self.setWindowTitle(self.tr("Connections"))
        self.resize(760, 460)
        self._build()
        self.new_profile()
        self.refresh(select=current, then=self._explain_training if training else None)

    def _explain_training(self) -> None:
        if self.editing is None and self.list.count():
            self.list.setCurrentRow(0)  # loads it
        self.status.setText(
            "ℹ "
            + self.tr(
                "Training mode's connections are built in: they are not saved here and need "
                "no settings. Your own connections are listed here."
            )
        )
        self.status.setProperty("ok", True)

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.setMinimumWidth(200)
        self.list.setSpacing(3)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        root.addLayout(left)

        right = QVBoxLayout()
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.platform_box = QComboBox(self)
        self.platform_box.setAccessibleName(self.tr("Platform"))
        for platform in PLATFORM_KEYS:
            self.platform_box.addItem(PLATFORM_NAMES[platform], platform)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://…")
        self.url_edit.setAccessibleName(self.tr("Address (URL)"))
        self.form.addRow(self.tr("Na&me:"), self.name_edit)
        self.form.addRow(self.tr("&Platform:"), self.platform_box)
        self.form.addRow(self.tr("&Address:"), self.url_edit)
        # One editor per (platform, setting); rows of other platforms are hidden.
        self.setting_edits: dict[tuple[str, str], QLineEdit] = {}
        self._specs: dict[tuple[str, str], SettingSpec] = {}
        for platform in PLATFORM_KEYS:
            for spec in SETTINGS[platform]:
                edit = QLineEdit(self)
                edit.setObjectName(f"{platform}_{spec.name}")
                label = QCoreApplication.translate("Profiles", spec.label)
                edit.setAccessibleName(label)
                edit.setToolTip(
                    QCoreApplication.translate("Profiles", spec.help) if spec.help else ""
                )
                if spec.default:  # left blank, the setting takes its default (a value)
                    edit.setPlaceholderText(spec.default)
                if spec.secret:
                    edit.setEchoMode(QLineEdit.EchoMode.Password)
                    edit.setProperty("secret", True)
                    edit.setProperty("may_be_empty", spec.may_be_empty)
                else:  # a secret may apply only with some settings (Claret's email)
                    edit.textChanged.connect(self._show_platform_rows)
                    if spec.default:
                        edit.setPlaceholderText(spec.default)
                self.form.addRow(label + ":", edit)
                self.setting_edits[(platform, spec.name)] = edit
                self._specs[(platform, spec.name)] = spec
        right.addLayout(self.form)
        self.status = QLabel(self)
        self.status.setObjectName("profileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.status)
        right.addStretch(1)
        actions = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        actions.addWidget(self.test_button)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setToolTip(
            self.tr("Copy what the test sent and what the server answered, for support: no secrets")
        )
        self.copy_button.setVisible(False)  # after a failed test
        self.test_details = ""
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right.addLayout(actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        root.addLayout(right, 1)

        self.list.currentItemChanged.connect(self._on_selected)
        self.platform_box.currentIndexChanged.connect(self._show_platform_rows)
        self.new_button.clicked.connect(self.new_profile)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.copy_button.clicked.connect(self.copy_details)
        self._show_platform_rows()

    @property
    def platform(self) -> str:
        return str(self.platform_box.currentData())

    def _show_platform_rows(self) -> None:
        for key, edit in self.setting_edits.items():
            self.form.setRowVisible(edit, self._applies(key))
        self._secret_placeholders()

    def _applies(self, key: tuple[str, str]) -> bool:
        """Whether the row of (platform, setting) belongs to the form as filled in now."""
        settings = {
            name: edit.text()
            for (platform, name), edit in self.setting_edits.items()
            if platform == self.platform and not edit.property("secret")
        }
        return key[0] == self.platform and self._specs[key].applies(settings)

    def _secret_placeholders(self) -> None:
        keeps = self.editing is not None
        for edit in self.setting_edits.values():
            if edit.property("secret"):
                edit.setPlaceholderText(
                    self.tr("stored in the keyring — leave empty to keep it")
                    if keeps
                    else self.tr("optional; kept only in the system keyring")
                    if edit.property("may_be_empty")
                    else self.tr("required; kept only in the system keyring")
                )

    # --- list ---------------------------------------------------------------------------

    def refresh(self, select: str | None = None, then: Callable[[], None] | None = None) -> None:
        """Read the profiles on a worker, show them (selecting ``select``), then ``then``."""
        workspace = self.workspace

        def shown(profiles: list[Profile]) -> None:
            self._show_profiles(profiles, select)
            if then is not None:
                then()
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            self._show_profiles([], select)
            self.show_status(False, str(error))
            self.loaded.emit()

        self.runner.run(workspace.profiles, shown, failed)

    def _show_profiles(self, profiles: list[Profile], select: str | None) -> None:
        self.profiles = {p.name: p for p in profiles}
        self.list.blockSignals(True)
        self.list.clear()
        for profile in profiles:
            item = QListWidgetItem(f"{profile.name}\n{PLATFORM_NAMES[profile.platform]}")
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            self.list.addItem(item)
            if profile.name == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        set_enabled_why(
            self.remove_button, None if profiles else self.tr("There is no connection to remove")
        )
        if self.list.currentItem() is not None:
            self._on_selected(self.list.currentItem())
        elif self.editing is not None:  # gone: a new profile instead (what is typed stays)
            self.new_profile()

    def _on_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self._set_test_details("")
        profile = self.profiles.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if profile is not None:
            self.load(profile)

    def new_profile(self) -> None:
        self.editing = None
        self.last_test = None
        self._set_test_details("")
        self.list.clearSelection()
        self.name_edit.clear()
        self.url_edit.clear()
        for edit in self.setting_edits.values():
            edit.clear()
        self._secret_placeholders()
        self.status.clear()
        self.name_edit.setFocus()

    def load(self, profile: Profile) -> None:
        """Show a profile; secret fields stay empty (never read back from the keyring)."""
        self.editing = profile.name
        self.last_test = None
        self.name_edit.setText(profile.name)
        self.platform_box.setCurrentIndex(self.platform_box.findData(profile.platform))
        self.url_edit.setText(profile.url)
        for (platform, name), edit in self.setting_edits.items():
            edit.setText(
                ""
                if edit.property("secret") or platform != profile.platform
                else profile.setting(name)
            )
        self._show_platform_rows()
        self.status.clear()

    # --- actions ------------------------------------------------------------------------

    def _profile_from_form(self) -> Profile:
        settings = {
            name: edit.text()
            for (platform, name), edit in self.setting_edits.items()
            if platform == self.platform and not edit.property("secret")
        }
        editing = self.profiles.get(self.editing) if self.editing is not None else None
        return Profile(
            name=self.name_edit.text(),
            platform=self.platform,
            url=self.url_edit.text(),
            beta_confirmed=editing is not None and editing.beta_confirmed,
            settings=settings,
        )

    def _secrets_from_form(self) -> dict[str, str]:
        return {
            name: edit.text()
            for (platform, name), edit in self.setting_edits.items()
            if edit.property("secret") and edit.text() and self._applies((platform, name))
        }

    def show_status(self, ok: bool, text: str) -> None:
        self.status.setText(("✔ " if ok else "✖ ") + text)
        self.status.setProperty("ok", ok)

    def _form_digest(self, profile: Profile, secrets: dict[str, str]) -> str:
        """What a test proves something about: everything but the name (secrets only as a
        digest, kept in memory)."""
        body = json.dumps(
            [profile.platform, profile.url, profile.settings, sorted(secrets.items())]
        )
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def _connection_changed(self, profile: Profile, secrets: dict[str, str]) -> bool:
        """A new profile, or its address, platform, settings or a secret changed.
        Guess: every setting counts as "address or credentials" (Peak's prefix or upload
        path changes what a test proves as much as the token does); a rename alone does not."""
        before = self.profiles.get(self.editing) if self.editing is not None else None
        if before is None:
            return True
        return bool(secrets) or (before.platform, before.url, before.settings) != (
            profile.platform,
            profile.url,
            profile.settings,
        )

    def show_problems(self, error: ValidationError, text: str = "{why}") -> None:
        """The form's problems as sentences naming the fields; the cursor goes to the first."""
        problems = validation_problems(error)
        why = " ".join(sentence for _field, sentence in problems)
        self.show_status(False, text.format(why=why))
        editors: dict[str, QWidget] = {
            "name": self.name_edit,
            "platform": self.platform_box,
            "url": self.url_edit,
            **{n: e for (p, n), e in self.setting_edits.items() if p == self.platform},
        }
        editor = next((editors[f] for f, _s in problems if f in editors), None)
        if editor is not None:
            editor.setFocus()

    def save(self) -> bool:
        """Check the form here, then save on a worker (``saved`` tells how it went); False
        when the form itself is wrong, or the user would rather not save after a failed
        test."""
        try:
            profile = self._profile_from_form()
        except ValidationError as error:
            self.show_problems(error, self.tr("Not saved: {why}"))
            return False
        secrets, replacing, workspace = self._secrets_from_form(), self.editing, self.workspace
        digest, last = self._form_digest(profile, secrets), self.last_test
        tested = last is not None and last.form == digest
        failed = last is not None and tested and not last.ok
        if failed and last is not None and not self.confirm_save_after_failed_test(last.why):
            self.show_status(
                False,
                self.tr("Not saved. Correct the connection, then test it again."),
            )
            return False
        untested = not tested and self._connection_changed(profile, secrets)
        set_enabled_why(self.save_button, self.tr("Saving…"))

        def work() -> None:
            workspace.save_profile(profile, secrets, replacing=replacing)
            # Claims a refused login held go at once, not in ten minutes (the main window
            # sends them once it has reopened the connections). Guess: a save with nothing
            # changed also means "fixed now" (a permission granted on the platform's side).
            workspace.release_held(profile.name)

        self.runner.run(work, lambda _none: self._saved(profile, untested), self._not_saved)
        return True

    def confirm_save_after_failed_test(self, why: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Save anyway?"),
            self.tr("The last test failed: {why}\n\nSave anyway?").format(why=why),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is save

    def _saved(self, profile: Profile, untested: bool = False) -> None:
        set_enabled_why(self.save_button, None)
        for edit in self.setting_edits.values():
            if edit.property("secret"):
                edit.clear()

        def done() -> None:
            self.editing = profile.name
            self._secret_placeholders()
            text = self.tr("Saved {name}; its secrets are in the system keyring.").format(
                name=profile.name
            )
            if untested:
                text += " " + self.tr(
                    "Its new address or credentials are not tested: press Test connection "
                    "to check them now."
                )
                self.test_button.setFocus()
            self.show_status(True, text)
            self.profiles_changed.emit()
            self.saved.emit(True, self.status.text())

        self.refresh(select=profile.name, then=done)

    def _not_saved(self, error: BaseException) -> None:
        set_enabled_why(self.save_button, None)
        if not isinstance(error, ProfileError | KeyringUnavailable):
            raise error
        self.show_status(False, self.tr("Not saved: {why}").format(why=error))
        self.saved.emit(False, self.status.text())

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        if not self.confirm_remove(name):
            return
        workspace = self.workspace

        def removed(_none: object) -> None:
            def done() -> None:
                self.show_status(True, self.tr("Removed {name} and its secrets.").format(name=name))
                self.profiles_changed.emit()
                self.saved.emit(True, self.status.text())

            self.refresh(then=done)

        def failed(error: BaseException) -> None:
            if not isinstance(error, ProfileError | KeyringUnavailable):
                raise error
            self.show_status(False, str(error))
            self.saved.emit(False, self.status.text())

        self.runner.run(lambda: workspace.remove_profile(name), removed, failed)

    def confirm_remove(self, name: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Remove profile"),
            self.tr("Remove the profile {name} and delete its secrets from the keyring?").format(
                name=name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def test_connection(self) -> None:
        """A real call to the platform with what the form holds (unsaved secrets too)."""
        try:
            profile = self._profile_from_form()
        except ValidationError as error:
            self.show_problems(error)
            self.tested.emit(False, self.status.text())
            return
        secrets = self._secrets_from_form()
        workspace = self.workspace
        self._testing = self._form_digest(profile, secrets)
        set_enabled_why(self.test_button, self.tr("Testing…"))
        self._set_test_details("")
        self.show_status(True, self.tr("Testing…"))
        self.runner.run(
            lambda: workspace.check_connection(profile, secrets),
            self._tested_ok,
            lambda error: self._tested_failed(error, profile),
        )

    def _set_test_details(self, details: str) -> None:
        self.test_details = details
        self.copy_button.setVisible(bool(details))

    def copy_details(self) -> None:
        """The failed test, as plain text on the clipboard (no secrets)."""
        if self.test_details:
            QGuiApplication.clipboard().setText(self.test_details)

    def _tested_ok(self, message: str) -> None:
        set_enabled_why(self.test_button, None)
        self.last_test = TestOutcome(self._testing, True)
        self.show_status(True, message)
        self.tested.emit(True, self.status.text())

    def _tested_failed(self, error: BaseException, profile: Profile | None = None) -> None:
        set_enabled_why(self.test_button, None)
        self.last_test = TestOutcome(self._testing, False, str(error))
        self.show_status(False, self.tr("Connection test failed: {why}").format(why=error))
        if profile is not None:
            from claimdesk.service.details import connection_test_details

            self._set_test_details(connection_test_details(profile, error))
        self.tested.emit(False, self.status.text())
