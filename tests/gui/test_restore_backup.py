"""Restore a backup from Settings › Backups (issue 9), with real backup files driving the real
widgets: the administrator picks the file, sees what it is and what will happen, confirms with
the password of the backup's day; the app signs out, restores off the GUI thread and the
sign-in window says the result in one sentence. A refused restore keeps the current data."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcs_desktop.gui import restore_flow
from lcs_desktop.gui.app_controller import AppController
from lcs_desktop.gui.restore_dialog import RestoreDialog
from tests.conftest import ADMIN_PASSWORD
from tests.gui.case_helpers import on_modal
from tests.gui.check_helpers import click, type_into


def _person(session, last: str) -> int:
    return session.people.add_person(
        session.user, first_name="Sam", last_name=last, kind="volunteer", reference=f"V-{last}"
    )


def _names(authenticator) -> list[str]:
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        return sorted(p.last_name for p in session.people.list_people(session.user))
    finally:
        session.sign_out()


def _settings_of(qtbot, org, authenticator) -> tuple[AppController, object]:
    org.sign_out()  # one copy of the app at a time: the controller signs in for itself
    controller = AppController(authenticator)
    controller.auto_backup_delay_ms = 600_000
    window = controller.open_main(authenticator.sign_in("admin", ADMIN_PASSWORD))
    window.open_page("settings")
    page = window.page("settings")
    assert page.restore_backup_button.isVisible()
    return controller, page


def _restore(qtbot, controller, page, monkeypatch, backup: Path, password: str, seen: list[str]) -> str:
    monkeypatch.setattr(restore_flow, "choose_file", lambda _page: backup)

    def confirm(dialog: RestoreDialog) -> None:
        seen.append(dialog.summary_label.text() + "\n" + dialog.consequences_label.text())
        click(qtbot, dialog.restore_button)  # no password yet: refused in place
        seen.append(dialog.error_label.text())
        type_into(qtbot, dialog.password_edit, password)
        click(qtbot, dialog.restore_button)

    on_modal(RestoreDialog, confirm)
    with qtbot.waitSignal(controller.restore_finished, timeout=60_000) as signal:
        click(qtbot, page.restore_backup_button)
    qtbot.addWidget(controller.sign_in_window)
    return signal.args[0]


def test_restore_from_settings_signs_out_restores_and_says_so(qtbot, org, authenticator, paths, monkeypatch):
    _person(org, "Before")
    backup = org.backups.backup_now(org.user).path
    _person(org, "After")  # recorded after the backup: not in the restored data
    controller, page = _settings_of(qtbot, org, authenticator)
    seen: list[str] = []
    message = _restore(qtbot, controller, page, monkeypatch, backup, ADMIN_PASSWORD, seen)
    assert backup.name in seen[0] and "made by hand" in seen[0] and "audit log up to event" in seen[0]
    assert "replaced-" in seen[0] and "not deleted" in seen[0]
    assert seen[1] == "Enter your password as it was when the backup was made."
    assert message.startswith("The backup made on ") and "was restored" in message
    window = controller.sign_in_window
    assert window.isVisible() and window.ui.error_label.text() == message
    assert window.ui.error_label.property("role") == "ok"  # good news is not shown as an error
    assert controller.main_window is None
    assert _names(authenticator) == ["Before"]
    assert list(paths.data_dir.glob("replaced-*"))  # the data it replaced is kept
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        events = [e.action for e in session.audit_log.events(session.user, limit=50)]
        assert "backup_restored" in events  # audited in the restored database
    finally:
        session.sign_out()


@pytest.mark.parametrize("fault", ["password", "damaged"])
def test_a_refused_restore_says_why_and_keeps_the_current_data(
    qtbot, org, authenticator, paths, monkeypatch, tmp_path, fault
):
    _person(org, "Before")
    backup = org.backups.backup_now(org.user).path
    _person(org, "After")
    password = ADMIN_PASSWORD
    if fault == "password":
        password = "not the password of that day"
    else:
        data = bytearray(backup.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)  # damaged in the middle
        backup = tmp_path / "damaged.lcsbackup"
        backup.write_bytes(bytes(data))
    controller, page = _settings_of(qtbot, org, authenticator)
    message = _restore(qtbot, controller, page, monkeypatch, backup, password, [])
    assert message.startswith("The backup was not restored: ")
    assert message.endswith("Your data is as it was before.")
    assert "Traceback" not in message and "Error" not in message
    assert controller.sign_in_window.ui.error_label.text() == message
    assert controller.sign_in_window.ui.error_label.property("role") == "error"
    assert _names(authenticator) == ["After", "Before"]  # untouched
    assert not list(paths.data_dir.glob("replaced-*"))
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        started = [
            e
            for e in session.audit_log.events(session.user, limit=50)
            if e.action == "backup_restore_started"
        ]
        assert [e.details["file"] for e in started] == [backup.name]  # the attempt is on record
    finally:
        session.sign_out()


def test_a_file_that_is_not_a_backup_is_refused_before_anything_happens(
    qtbot, org, authenticator, monkeypatch, tmp_path
):
    other = tmp_path / "notes.lcsbackup"
    other.write_text("not a backup")
    controller, page = _settings_of(qtbot, org, authenticator)
    monkeypatch.setattr(restore_flow, "choose_file", lambda _page: other)
    click(qtbot, page.restore_backup_button)
    message = page.ui.backups_message_label.text()
    assert message and "Traceback" not in message
    assert controller.main_window is not None and controller.main_window.isEnabled()  # still signed in
    with qtbot.waitSignal(controller.signed_out, timeout=10_000):
        controller.finish(quit_after=False)
    qtbot.addWidget(controller.sign_in_window)
