"""Main window: pages by permission, status bar, title, idle lock and unlock, About, sign out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import PageSpec, default_pages, replace_page
from lcs_desktop.gui.pages.placeholders import PlaceholderPage
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def main(qtbot, org):
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shut()


def test_main_window_shows_every_page_to_admin_lead_and_names_nobody_in_title(main):
    keys = main.page_keys
    assert keys[0] == "home" and keys[-3:] == ["audit", "users", "settings"]
    assert {"checks", "breaches"} <= set(keys)
    assert main.windowTitle() == "LCS Desktop"
    status = main.findChild(QLabel, "signed_in_label")
    assert status.text() == f"Signed in as {isolated('Ada Admin')} — Administrator, Safeguarding lead"


def test_checker_sees_only_what_their_role_allows(qtbot, org, make_user, authenticator):
    username, temp = make_user("casey", Role.CHECKER)
    org.sign_out()  # one copy of the app at a time
    session = authenticator.sign_in(username, temp)
    window = MainWindow(session, default_pages())
    qtbot.addWidget(window)
    assert "checks" in window.page_keys
    assert not {"audit", "users"} & set(window.page_keys)  # hidden; the services refuse anyway
    window.open_page("settings")
    settings = window.page("settings")
    assert not settings.ui.organisation_group.isVisibleTo(settings)
    assert not settings.ui.backups_group.isVisibleTo(settings)
    window.shut()
    session.sign_out()


def test_record_pages_plug_in_by_key(qtbot, org):
    mine = PageSpec(
        "checks", "Recruitment checks", ":/icons/checks.svg", lambda c: PlaceholderPage("Mine", "x")
    )
    pages = replace_page(default_pages(), mine)
    window = MainWindow(org, pages)
    qtbot.addWidget(window)
    window.open_page("checks")
    assert [label.text() for label in window.page("checks").findChildren(QLabel)] == ["Mine", "x"]
    assert [p.key for p in pages] == [p.key for p in default_pages()]  # same place in the bar
    window.shut()


def test_idle_lock_covers_window_and_unlock_keeps_typing(qtbot, main, org):
    main.open_page("settings")
    page = main.page("settings")
    page.ui.organisation_name_edit.setFocus()
    page.ui.organisation_name_edit.clear()
    qtbot.keyClicks(page.ui.organisation_name_edit, "Half-typed organisation name")
    main.idle.set_interval_ms(100)
    main.idle.start()
    qtbot.waitUntil(lambda: main.locked, timeout=5_000)
    assert org.locked  # the key is gone from memory
    assert main.lock_screen.isVisible()
    assert main.ui.screen_stack.currentWidget() is main.locked_cover  # nothing of the page on show
    qtbot.keyClicks(main.lock_screen.ui.password_edit, "wrong password")
    qtbot.keyClick(main.lock_screen.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main.lock_screen.busy and bool(main.lock_screen.ui.error_label.text()))
    assert main.lock_screen.ui.error_label.text() == "That password is not right."
    assert main.locked
    main.lock_screen.ui.password_edit.clear()
    qtbot.keyClicks(main.lock_screen.ui.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(main.lock_screen.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main.locked, timeout=10_000)
    assert not org.locked
    assert main.page("settings") is page
    assert page.ui.organisation_name_edit.text() == "Half-typed organisation name"
    assert main.ui.page_stack.currentWidget().widget() is page  # in its scroll area
    actions = [e.action for e in org.audit_log.events(org.user, limit=5)]
    assert actions[:2] == ["session_unlocked", "session_locked"]


def test_input_restarts_the_idle_countdown(qtbot, main):
    # Key presses that change nothing (no page to build), 300 ms apart, for longer than the
    # one-second countdown: each must restart it, with 700 ms to spare on a busy machine.
    main.idle.set_interval_ms(1000)
    main.idle.start()
    for _ in range(5):
        qtbot.wait(300)
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(main.ui.nav_list, press)
    assert not main.locked


def test_about_box_shows_version_folder_and_cipher(qtbot, main, org, when_modal):
    seen = {}

    def read(dialog) -> None:
        seen["folder"] = dialog.ui.data_folder_label.text()
        seen["engine"] = dialog.ui.engine_label.text()
        dialog.accept()

    when_modal(read)
    main.ui.about_action.trigger()
    assert seen["folder"] == str(org.workspace.paths.data_dir)
    assert seen["engine"].startswith("SQLCipher 4.")
