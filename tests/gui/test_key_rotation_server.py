"""Switching an account off on the office server, driven like an administrator with IT beside
them: the login goes at once, then the key-change window asks for IT's owner login, refuses
without it in plain words, and changes the workspace key with it (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.key_rotation_dialog import OWNER_MISSING, KeyRotationDialog
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.pages.users_page import KEY_CHANGE_OWED, UsersPage
from tests.server_helpers import owner_of

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


def test_switch_off_then_it_types_the_owner_login_and_the_key_changes(
    qtbot, org, authenticator, make_user, when_modal
) -> None:
    make_user("casey", Role.CHECKER)
    old_key = org.workspace.key
    page = UsersPage(PageContext(org, lambda _key: None))
    qtbot.addWidget(page)
    page.select_username("casey")
    owner, password = owner_of(authenticator)
    seen: dict[str, object] = {}

    def confirm(box) -> None:
        seen["question"] = box.text()
        when_modal(key_change)
        box.button(QMessageBox.StandardButton.Yes).click()

    def key_change(dialog) -> None:
        assert isinstance(dialog, KeyRotationDialog)
        seen["intro"] = dialog.ui.intro_label.text()
        seen["fields_shown"] = dialog.ui.owner_login_edit.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.ui.start_button, Qt.MouseButton.LeftButton)
        seen["missing"] = dialog.ui.error_label.text()
        qtbot.keyClicks(dialog.ui.owner_login_edit, owner)
        qtbot.keyClicks(dialog.ui.owner_password_edit, password)
        qtbot.mouseClick(dialog.ui.start_button, Qt.MouseButton.LeftButton)
        seen["password_kept"] = dialog.ui.owner_password_edit.text()
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
        seen["status"] = dialog.ui.status_label.text()
        qtbot.mouseClick(dialog.ui.cancel_button, Qt.MouseButton.LeftButton)

    when_modal(confirm)
    qtbot.mouseClick(page.ui.switch_active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "status" in seen, timeout=90_000)
    assert "IT's database-owner login" in str(seen["question"])
    assert "casey is switched off" in str(seen["intro"]) and seen["fields_shown"]
    assert seen["missing"] == OWNER_MISSING
    assert seen["password_kept"] == ""
    assert str(seen["status"]).startswith("The database key has been changed.")
    assert org.workspace.key != old_key and not org.key_rotation.owed()
    assert page.ui.message_label.text() != KEY_CHANGE_OWED
    casey = next(r for r in page.model.rows if r.username == "casey")
    assert not casey.active


def test_closing_without_it_leaves_the_change_due_and_the_page_says_so(
    qtbot, org, make_user, when_modal
) -> None:
    make_user("casey", Role.CHECKER)
    page = UsersPage(PageContext(org, lambda _key: None))
    qtbot.addWidget(page)
    page.select_username("casey")
    closed: list[bool] = []

    def confirm(box) -> None:
        when_modal(lambda dialog: (closed.append(True), dialog.ui.cancel_button.click()))
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(confirm)
    qtbot.mouseClick(page.ui.switch_active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.message_label.text() == KEY_CHANGE_OWED, timeout=30_000)
    assert closed and org.key_rotation.owed()
    assert not next(r for r in page.model.rows if r.username == "casey").active
