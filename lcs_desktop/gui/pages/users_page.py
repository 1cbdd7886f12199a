"""Users (administrators): the accounts table and what can be done to an account."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.formatting import date_time_text, isolated
from lcs_desktop.gui.forms.ui_users_page import Ui_UsersPage
from lcs_desktop.gui.key_rotation_dialog import KeyRotationDialog
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.table_fit import fit_columns
from lcs_desktop.gui.tasks import run_task
from lcs_desktop.gui.user_dialog import PasswordShownDialog, UserDialog
from lcs_desktop.services.office_mode import mode_of_session

if TYPE_CHECKING:
    from lcs_desktop.services.accounts import UserSummary

_Index = QModelIndex | QPersistentModelIndex
KEY_CHANGE_OWED = (
    "An account was switched off, but the database key has not been changed since. "
    "Use 'Change the database key…' to finish."
)
KEY_THEN = (
    "The database key is then changed, so no copy of their password or of the key file "
    "opens today's data. Backups made before now still open with the passwords of their day."
)
KEY_THEN_ON_SERVER = (
    "Their server login and key slot go at once. The workspace key is then changed with IT's "
    "database-owner login, so nobody who knew the old key can read the office server's data. "
    "Backups made before now still open with the passwords of their day."
)
SWITCHED_OFF_ON_SERVER = (
    "{username} is switched off: their server login and key slot are gone. Now change the workspace "
    "key, so that nobody who knew the old one can read the office server's data or a copy made from "
    "now on. Every other password and the recovery key keep working; people at other desks are asked "
    "to sign in again.\n\n"
    "If IT is not with you now, close this window: the change stays due, and this page reminds you "
    "until it is done."
)
COLUMNS = ("Name", "Username", "Roles", "Active", "Locked", "Remembered", "Last sign-in")


def _locked_text(seconds: int) -> str:
    if not seconds:
        return ""
    return f"{seconds} seconds" if seconds < 120 else f"{(seconds + 59) // 60} minutes"


class UsersTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UserSummary] = []

    def set_rows(self, rows: list[UserSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (
            row.full_name,
            row.username,
            ", ".join(r.label for r in Role if r in row.roles),
            "Yes" if row.active else "Switched off",
            _locked_text(row.locked_seconds),
            "Yes" if row.remember_me else "",
            date_time_text(row.last_sign_in_at) or "Never",
        )[index.column()]


class UsersPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self._session = context.session
        self.model = UsersTableModel(self)
        self.ui.users_table.setModel(self.model)
        fit_columns(self.ui.users_table, stretch=0)  # the name takes what is left
        self.busy = False
        show_error(self.ui.message_label, None)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.edit_roles_button.clicked.connect(self._on_edit_roles_button_clicked)
        self.ui.switch_active_button.clicked.connect(self._on_switch_active_button_clicked)
        self.ui.reset_password_button.clicked.connect(self._on_reset_password_button_clicked)
        self.ui.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.ui.revoke_remember_button.clicked.connect(self._on_revoke_remember_button_clicked)
        self.ui.rotate_key_button.clicked.connect(self._on_rotate_key_button_clicked)
        self.ui.users_table.selectionModel().selectionChanged.connect(self._on_users_table_selection_changed)
        self.ui.users_table.doubleClicked.connect(self._on_edit_roles_button_clicked)
        self.refresh()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = self._session.accounts.list_users(self._session.user)
        except LcsError as exc:
            show_error(self.ui.message_label, exc.message)
            return
        selected = self.selected()
        self.model.set_rows(rows)
        if self._session.key_rotation.owed():
            show_error(self.ui.message_label, KEY_CHANGE_OWED)
        elif self.ui.message_label.text() == KEY_CHANGE_OWED:
            show_error(self.ui.message_label, None)
        if selected is not None:
            for number, row in enumerate(rows):
                if row.id == selected.id:
                    self.ui.users_table.selectRow(number)
        self._on_users_table_selection_changed()

    def selected(self) -> UserSummary | None:
        indexes = self.ui.users_table.selectionModel().selectedRows() if self.model.rows else []
        return self.model.rows[indexes[0].row()] if indexes else None

    def select_username(self, username: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row.username == username:
                self.ui.users_table.selectRow(number)

    def _on_users_table_selection_changed(self, *_args: object) -> None:
        row = self.selected()
        for button in (
            self.ui.edit_roles_button,
            self.ui.switch_active_button,
            self.ui.reset_password_button,
            self.ui.unlock_button,
            self.ui.revoke_remember_button,
        ):
            button.setEnabled(row is not None and not self.busy)
        if row is not None:
            self.ui.switch_active_button.setText("S&witch off" if row.active else "S&witch on")
            self.ui.unlock_button.setEnabled(bool(row.locked_seconds) and not self.busy)
            self.ui.revoke_remember_button.setEnabled(row.remember_me and not self.busy)

    # -- changing --------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None], on_error=None) -> None:  # type: ignore[no-untyped-def]
        self.busy = True
        self.ui.add_button.setEnabled(False)
        self._on_users_table_selection_changed()

        def finish() -> None:
            self.busy = False
            self.ui.add_button.setEnabled(True)
            self.refresh()

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(error: LcsError) -> None:
            finish()
            (on_error or self._show_refusal)(error)

        run_task(work, done, failed)

    def _show_refusal(self, error: LcsError) -> None:
        QMessageBox.warning(self, "Not done", error.message)

    def _on_add_button_clicked(self, *_args: object, dialog: UserDialog | None = None) -> None:
        dialog = dialog or UserDialog(self)
        if not dialog.exec():
            return
        name, username, roles = dialog.ui.full_name_edit.text(), dialog.ui.username_edit.text(), dialog.roles
        session = self._session

        def refused(error: LcsError) -> None:
            dialog.show_refusal(error.message, error.field if isinstance(error, ValidationError) else None)
            self._on_add_button_clicked(dialog=dialog)  # reopen with everything typed still there

        def added(password: str) -> None:
            self.select_username(username.strip().lower())
            PasswordShownDialog(self, username.strip().lower(), password).exec()

        self._run(lambda: session.accounts.add_user(session.user, username, name, roles), added, refused)

    def _on_edit_roles_button_clicked(self, *_args: object, dialog: UserDialog | None = None) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = dialog or UserDialog(
            self, full_name=row.full_name, username=row.username, roles=row.roles, editing=True
        )
        if not dialog.exec():
            return
        roles, session = dialog.roles, self._session

        def refused(error: LcsError) -> None:
            dialog.show_refusal(error.message, None)
            self._on_edit_roles_button_clicked(dialog=dialog)

        self._run(lambda: session.accounts.set_roles(session.user, row.id, roles), lambda _r: None, refused)

    def _on_switch_active_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active:
            answer = QMessageBox.question(
                self,
                "Switch off this account?",
                f"{isolated(row.full_name)} will no longer be able to sign in. Their history stays in the "
                "audit log, and you can switch the account on again later (with a new password).\n\n"
                + (KEY_THEN_ON_SERVER if mode_of_session(self._session).is_server else KEY_THEN),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._switch_off(row)
            return
        session = self._session
        self._run(
            lambda: session.accounts.set_active(session.user, row.id, not row.active),
            lambda _r: show_error(
                self.ui.message_label, f"{row.username} is now switched {'off' if row.active else 'on'}."
            ),
        )

    def _switch_off(self, row: UserSummary) -> None:
        session = self._session
        if mode_of_session(session).is_server:
            self._switch_off_on_server(row)
            return
        dialog = KeyRotationDialog(
            session,
            self,
            work=lambda progress, cancelled: session.accounts.set_active(
                session.user, row.id, False, progress=progress, cancelled=cancelled
            ),
            intro=f"Switching off {row.username} and changing the database key…",
            start_now=True,
        )
        dialog.exec()
        self.refresh()

    def _switch_off_on_server(self, row: UserSummary) -> None:
        """The login and the key slot go at once; the key change follows with IT's owner login
        (if IT is not here, it stays due and this page says so until it is done)."""
        from lcs_desktop.services.key_rotation import SWITCHED_OFF

        session = self._session

        def then_change_key(_result: object) -> None:
            KeyRotationDialog(
                session,
                self,
                intro=SWITCHED_OFF_ON_SERVER.format(username=row.username),
                reason=SWITCHED_OFF,
            ).exec()
            self.refresh()

        self._run(lambda: session.accounts.set_active(session.user, row.id, False), then_change_key)

    def _on_rotate_key_button_clicked(self) -> None:
        KeyRotationDialog(self._session, self).exec()
        self.refresh()

    def _on_reset_password_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            "Reset the password?",
            f"{isolated(row.full_name)} gets a temporary password and must choose a new one at their next "
            "sign-in. Their current password stops working.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session = self._session
        self._run(
            lambda: session.accounts.reset_password(session.user, row.id),
            lambda password: PasswordShownDialog(self, row.username, password).exec(),
        )

    def _on_unlock_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            session = self._session
            self._run(
                lambda: session.accounts.unlock_account(session.user, row.id),
                lambda _r: show_error(self.ui.message_label, f"{row.username} can sign in again."),
            )

    def _on_revoke_remember_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            session = self._session
            self._run(
                lambda: session.accounts.revoke_remember(session.user, row.id),
                lambda _r: show_error(
                    self.ui.message_label,
                    f"No PC remembers {row.username} any more: they must type their password.",
                ),
            )
