"""Demo start, the crash dialog, and the start-up wiring in bootstrap."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from lcs_desktop import bootstrap
from lcs_desktop.gui.app_controller import AppController
from lcs_desktop.gui.crash import MESSAGE, CrashReporter
from lcs_desktop.services.demo import DEMO_ACCOUNTS, ensure_demo_organisation


def test_demo_start_creates_accounts_and_lists_them_on_sign_in(qtbot, authenticator):
    assert ensure_demo_organisation(authenticator)
    assert not ensure_demo_organisation(authenticator)  # only once
    controller = AppController(authenticator, demo_accounts=DEMO_ACCOUNTS)
    window = controller.show_sign_in()
    qtbot.addWidget(window)
    assert window.windowTitle() == "LCS Desktop — DEMO"
    assert window.ui.demo_group.isVisible()
    listed = window.ui.demo_accounts_label.text()
    for account in DEMO_ACCOUNTS:
        assert account.username in listed and account.password in listed
    checker = next(a for a in DEMO_ACCOUNTS if a.username == "checker")
    qtbot.keyClicks(window.ui.username_edit, checker.username)
    qtbot.keyClicks(window.ui.password_edit, checker.password)
    qtbot.keyClick(window.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    main = controller.main_window
    assert main.windowTitle() == "LCS Desktop — DEMO"
    assert main.findChild(type(window.ui.title_label), "demo_banner") is not None
    assert "users" not in main.page_keys
    controller.finish(quit_after=False)
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=10_000)
    assert window.isVisible()  # back to the sign-in window


def test_crash_dialog_is_friendly_and_the_log_has_no_message_text(qtbot, when_modal, caplog):
    reporter = CrashReporter()
    seen = {}

    def read(box) -> None:
        seen["text"] = box.text()
        box.accept()

    when_modal(read)
    try:
        raise RuntimeError("Jane Doe's case notes")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL, logger="lcs_desktop.crash"):
            reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: "text" in seen)
    assert seen["text"] == MESSAGE
    assert "Traceback" not in seen["text"] and "Jane" not in seen["text"]
    assert caplog.records[-1].getMessage() == "uncaught RuntimeError"


def test_bootstrap_remembers_a_chosen_data_folder(tmp_path, monkeypatch):
    from lcs_desktop.services import folders

    config = tmp_path / "config" / "data-folder.json"
    monkeypatch.setattr(folders, "default_config_file", lambda: config)
    monkeypatch.delenv("LCS_DATA_DIR", raising=False)
    chosen = tmp_path / "LCS Data"
    folders.remember_data_folder(chosen)
    assert bootstrap.resolve_paths(None, False).data_dir == chosen
    assert bootstrap.resolve_paths(tmp_path / "other", False).data_dir == tmp_path / "other"
    assert bootstrap.resolve_paths(None, True).data_dir != chosen  # the demo never uses it


def test_data_folder_problem_refuses_synced_and_file_paths(tmp_path):
    from lcs_desktop.services.folders import data_folder_problem

    assert data_folder_problem(tmp_path / "fresh") is None
    assert "synced" in data_folder_problem(tmp_path / "Dropbox" / "lcs")
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert "is a file" in data_folder_problem(a_file)
