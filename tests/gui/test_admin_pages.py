"""Users, Audit log and Settings pages, asserting what the services stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.pages.audit_log_page import FIRST_PAGE, PAGE_SIZE, AuditLogPage
from lcs_desktop.gui.pages.settings_page import SettingsPage
from lcs_desktop.gui.pages.users_page import UsersPage


@pytest.fixture
def context(org):
    return PageContext(org, lambda _key: None)


def test_users_page_adds_an_account_with_a_temporary_password(qtbot, org, context, authenticator, when_modal):
    page = UsersPage(context)
    qtbot.addWidget(page)
    shown = {}

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.ui.full_name_edit, "Casey Checker")
        qtbot.keyClicks(dialog.ui.username_edit, "casey")
        dialog.ui.checker_check.setChecked(True)
        when_modal(read_password)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    def read_password(dialog) -> None:
        shown["password"] = dialog.password_edit.text()
        dialog.accept()

    when_modal(fill)
    qtbot.mouseClick(page.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password" in shown, timeout=10_000)
    stored = {u.username: u for u in org.accounts.list_users(org.user)}
    assert stored["casey"].roles == frozenset({Role.CHECKER})
    assert stored["casey"].full_name == "Casey Checker"
    assert [row.username for row in page.model.rows].count("casey") == 1
    org.sign_out()
    session = authenticator.sign_in("casey", shown["password"])
    assert session.must_change_password
    session.sign_out()


def test_users_page_add_refusal_reopens_with_typing_kept(qtbot, org, context, when_modal):
    page = UsersPage(context)
    qtbot.addWidget(page)
    seen = {}

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.ui.full_name_edit, "Casey Checker")
        qtbot.keyClicks(dialog.ui.username_edit, "x")  # too short
        dialog.ui.checker_check.setChecked(True)
        when_modal(read_refusal)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    def read_refusal(dialog) -> None:
        seen["error"] = dialog.ui.error_label.text()
        seen["name"] = dialog.ui.full_name_edit.text()
        seen["checker"] = dialog.ui.checker_check.isChecked()
        dialog.reject()

    when_modal(fill)
    qtbot.mouseClick(page.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "error" in seen, timeout=10_000)
    assert seen["error"].startswith("A username is 2 to 32")
    assert seen["name"] == "Casey Checker" and seen["checker"]
    assert "x" not in {u.username for u in org.accounts.list_users(org.user)}


def test_users_page_resets_a_password(qtbot, org, context, make_user, authenticator, when_modal):
    make_user("casey", Role.CHECKER)
    page = UsersPage(context)
    qtbot.addWidget(page)
    page.select_username("casey")
    shown = {}

    def confirm(box) -> None:
        when_modal(read_password)
        box.button(QMessageBox.StandardButton.Yes).click()

    def read_password(dialog) -> None:
        shown["password"] = dialog.password_edit.text()
        dialog.accept()

    when_modal(confirm)
    qtbot.mouseClick(page.ui.reset_password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password" in shown, timeout=10_000)
    events = [e.action for e in org.audit_log.events(org.user, limit=3)]
    assert "password_reset" in events
    org.sign_out()
    session = authenticator.sign_in("casey", shown["password"])
    assert session.must_change_password
    session.sign_out()


def test_audit_page_shows_events_and_verifies(qtbot, org, context):
    page = AuditLogPage(context)
    qtbot.addWidget(page)
    actions = [row.action for row in page.model.rows]
    assert "organisation_set_up" in actions and "signed_in" in actions
    assert page.ui.from_date_edit.displayFormat() == "dd/MM/yyyy"
    qtbot.mouseClick(page.ui.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.ui.verify_result_label.text().startswith("The audit log is complete")


def test_audit_page_fetches_more_rows_on_demand(qtbot, org, context):
    import dataclasses

    settings = org.settings.get()
    for n in range(PAGE_SIZE + 10):  # each change is one audit event
        settings = org.settings.update(org.user, dataclasses.replace(settings, idle_lock_minutes=1 + n % 2))
    page = AuditLogPage(context)
    qtbot.addWidget(page)
    total = org.audit_log.count(org.user)
    assert page.model.rowCount() == FIRST_PAGE  # a screenful first
    assert page.model.canFetchMore(QModelIndex())
    page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == total
    assert not page.model.canFetchMore(QModelIndex())
    index = page.ui.action_combo.findData("settings_changed")
    page.ui.action_combo.setCurrentIndex(index)
    qtbot.mouseClick(page.ui.apply_button, Qt.MouseButton.LeftButton)
    assert {row.action for row in page.model.rows} == {"settings_changed"}


def test_settings_page_saves_and_refuses_at_the_field(qtbot, org, context):
    changed = []
    page = SettingsPage(PageContext(org, lambda _k: None, settings_changed=changed.append))
    qtbot.addWidget(page)
    page.show()
    page.ui.idle_lock_spin.setValue(5)
    page.ui.remember_allowed_check.setChecked(True)
    qtbot.mouseClick(page.ui.save_settings_button, Qt.MouseButton.LeftButton)
    stored = org.settings.get()
    assert stored.idle_lock_minutes == 5 and stored.remember_me_allowed
    assert changed and changed[-1].idle_lock_minutes == 5
    page.ui.organisation_name_edit.clear()
    qtbot.mouseClick(page.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert page.ui.settings_error_label.text() == "Enter the organisation's name."
    assert org.settings.get().organisation_name == "Libra Children Services"


def test_settings_page_remember_me_toggle(qtbot, org, context, authenticator):
    import dataclasses

    org.settings.update(org.user, dataclasses.replace(org.settings.get(), remember_me_allowed=True))
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert page.ui.remember_me_check.isEnabled()
    page.ui.remember_me_check.setChecked(True)
    assert authenticator.remembered_username() == "admin"
    page.ui.remember_me_check.setChecked(False)
    assert authenticator.remembered_username() is None


def test_settings_page_backs_up_now(qtbot, org, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.ui.backup_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert page.ui.backups_message_label.text().startswith("Backup made and checked")
    assert page.ui.backups_table.rowCount() == len(org.backups.list_backups(org.user)) == 1
