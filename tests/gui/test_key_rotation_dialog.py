"""The Users page's "Change the database key…" and the switch-off, driven like an administrator."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.key_rotation_dialog import KeyRotationDialog
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.pages.users_page import UsersPage


@pytest.fixture
def context(org):
    return PageContext(org, lambda _key: None)


def _actions(org) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.action for e in org.audit_log.events(org.user, limit=10)]


def test_change_the_key_confirm_progress_done_and_delete_older_backups(qtbot, org, context, when_modal):
    old_backup = org.backups.backup_now(org.user).path
    old_key = org.workspace.key
    page = UsersPage(context)
    qtbot.addWidget(page)
    seen: dict[str, object] = {}

    def confirm(dialog) -> None:
        assert isinstance(dialog, KeyRotationDialog)
        seen["intro"] = dialog.ui.intro_label.text()
        qtbot.mouseClick(dialog.ui.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.ui.delete_backups_button.isVisible(), timeout=20_000)
        seen["status"] = dialog.ui.status_label.text()
        seen["progress"] = dialog.ui.progress_bar.value()
        seen["backups"] = dialog.ui.backups_label.text()
        when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        qtbot.mouseClick(dialog.ui.delete_backups_button, Qt.MouseButton.LeftButton)
        seen["after_delete"] = dialog.ui.backups_label.text()
        qtbot.mouseClick(dialog.ui.cancel_button, Qt.MouseButton.LeftButton)  # now "Close"

    when_modal(confirm)
    qtbot.mouseClick(page.ui.rotate_key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "after_delete" in seen, timeout=30_000)
    assert "Cancel leaves the current key in force" in str(seen["intro"])
    assert "open with the passwords people had when they were made" in str(seen["intro"])
    assert str(seen["status"]).startswith("The database key has been changed.")
    assert seen["progress"] == 1000
    assert "1 backup made before this change" in str(seen["backups"])
    assert seen["after_delete"] == "Deleted 1 older backup file(s)."
    assert org.workspace.key != old_key and not old_backup.exists()
    assert {"database_key_rotated", "backups_deleted"} <= set(_actions(org))


def test_cancel_while_running_leaves_the_old_key_in_force(qtbot, org):
    old_key = org.workspace.key
    gate = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        gate.wait(10)  # the rotation starts once Cancel has been pressed
        return org.key_rotation.rotate(org.user, progress=progress, cancelled=cancelled)

    dialog = KeyRotationDialog(org, work=work)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # it cannot close while the re-encryption runs
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "old key is still in force" in dialog.ui.error_label.text()
    assert org.workspace.key == old_key
    assert "database_key_rotated" not in _actions(org)


def test_switching_an_account_off_changes_the_key(qtbot, org, context, make_user, when_modal):
    make_user("casey", Role.CHECKER)
    old_key = org.workspace.key
    page = UsersPage(context)
    qtbot.addWidget(page)
    page.select_username("casey")
    seen: dict[str, str] = {}

    def confirm(box) -> None:
        seen["question"] = box.text()
        when_modal(watch)
        box.button(QMessageBox.StandardButton.Yes).click()

    def watch(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
        seen["status"] = dialog.ui.status_label.text()
        qtbot.mouseClick(dialog.ui.cancel_button, Qt.MouseButton.LeftButton)

    when_modal(confirm)
    qtbot.mouseClick(page.ui.switch_active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "status" in seen, timeout=30_000)
    assert "The database key is then changed" in seen["question"]
    assert seen["status"].startswith("The database key has been changed.")
    casey = next(r for r in page.model.rows if r.username == "casey")
    assert not casey.active
    assert org.workspace.key != old_key
    assert {"user_deactivated", "database_key_rotated"} <= set(_actions(org))


def test_users_page_says_when_a_key_change_is_still_owed(qtbot, org, context):
    from lcs_desktop.gui.pages.users_page import KEY_CHANGE_OWED
    from lcs_desktop.services.key_rotation import note_rotation_owed

    note_rotation_owed(org.workspace.slots)  # as a switch-off whose key change was cancelled leaves it
    org.workspace.slots.save()
    page = UsersPage(context)
    qtbot.addWidget(page)
    assert page.ui.message_label.text() == KEY_CHANGE_OWED
    org.key_rotation.rotate(org.user)
    page.refresh()
    assert page.ui.message_label.text() != KEY_CHANGE_OWED
