"""Sign-in window, recovery, and the forced password change after a reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.app_controller import AppController
from lcs_desktop.gui.sign_in_window import SignInWindow
from lcs_desktop.services.unlocking import WRONG
from tests.conftest import ADMIN_PASSWORD

NEW_PASSWORD = "Bright-Lantern-Orchard-55"


@pytest.fixture
def signed_out_org(org):
    """A set-up organisation with nobody signed in (the data folder free for the window)."""
    org.sign_out()
    return org


@pytest.fixture
def window(qtbot, authenticator, signed_out_org):
    w = SignInWindow(authenticator)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _close(session) -> None:
    session.sign_out()


def test_sign_in_succeeds_with_the_right_password(qtbot, window):
    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.keyClicks(window.ui.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(window.signed_in, timeout=10_000) as blocker:
        qtbot.keyClick(window.ui.password_edit, Qt.Key.Key_Return)
    session = blocker.args[0]
    assert session.user.username == "admin"
    assert not session.must_change_password
    assert window.ui.password_edit.text() == ""  # not kept once used
    _close(session)


def test_sign_in_wrong_password_shows_message_and_keeps_typing(qtbot, window):
    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.keyClicks(window.ui.password_edit, "not-the-password")
    qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy and bool(window.ui.error_label.text()))
    assert window.ui.error_label.text() == WRONG
    assert window.ui.username_edit.text() == "admin"
    assert window.ui.password_edit.text() == "not-the-password"
    assert window.windowTitle() == "LCS Desktop"


def test_sign_in_locked_account_says_so(qtbot, window, authenticator):
    from lcs_desktop.domain.errors import AuthenticationError

    for _ in range(5):
        with pytest.raises(AuthenticationError):
            authenticator.sign_in("admin", "wrong-password-here")
    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.keyClicks(window.ui.password_edit, ADMIN_PASSWORD)  # even the right one is refused now
    qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy and bool(window.ui.error_label.text()))
    assert "locked" in window.ui.error_label.text()
    assert "Too many wrong passwords" in window.ui.error_label.text()


def test_sign_in_with_empty_fields_asks_for_them(qtbot, window):
    qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.ui.error_label.text() == "Enter your username."
    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.ui.error_label.text() == "Enter your password."


def test_forgotten_password_recovery_key_signs_in(qtbot, window, signed_out_org, when_modal):
    key = signed_out_org.recovery_key
    received = []
    window.signed_in.connect(received.append)

    def fill(dialog) -> None:
        dialog.ui.recovery_key_edit.setText(key)
        dialog.ui.username_edit.setText("admin")
        dialog.ui.new_password_edit.setText(NEW_PASSWORD)
        dialog.ui.confirm_password_edit.setText(NEW_PASSWORD)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    qtbot.mouseClick(window.ui.forgot_button, Qt.MouseButton.LeftButton)
    assert len(received) == 1 and received[0].user.username == "admin"
    _close(received[0])


def test_forced_password_change_cannot_be_skipped(qtbot, org, authenticator):
    temp = org.accounts.add_user(org.user, "casey", "Casey Checker", frozenset({Role.CHECKER}))
    org.sign_out()
    controller = AppController(authenticator)
    session = authenticator.sign_in("casey", temp)
    assert session.must_change_password
    controller.on_signed_in(session)
    dialog = controller.password_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.main_window is None  # nothing behind it until the password is changed
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Sign out"
    dialog.ui.current_password_edit.setText(temp)
    dialog.ui.new_password_edit.setText("short")
    dialog.ui.confirm_password_edit.setText("short")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.ui.error_label.text()))
    assert "at least 12 characters" in dialog.ui.error_label.text()
    assert controller.main_window is None
    dialog.ui.new_password_edit.setText(NEW_PASSWORD)
    dialog.ui.confirm_password_edit.setText(NEW_PASSWORD)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    qtbot.addWidget(window)
    window.session.sign_out()
    window.shut()
    again = authenticator.sign_in("casey", NEW_PASSWORD)
    assert not again.must_change_password
    again.sign_out()
