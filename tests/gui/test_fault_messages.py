"""Faults the app has words for reach the user in those words: the sign-in window and the
crash dialog say "The database is damaged (page N) …", never "Something went wrong"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lcs_desktop.gui.crash import MESSAGE, CrashReporter
from lcs_desktop.gui.sign_in_window import SignInWindow
from lcs_desktop.store.errors import damaged
from lcs_desktop.store.instance_lock import InstanceLock
from tests.conftest import ADMIN_PASSWORD
from tests.store.fault_helpers import root_page, scribble_page


def test_sign_in_window_names_the_damaged_page_and_keeps_the_typing(qtbot, org, authenticator, paths):
    key = org.workspace.key
    org.sign_out()
    page = root_page(paths.database, key, "users")
    scribble_page(paths.database, page)
    window = SignInWindow(authenticator)
    qtbot.addWidget(window)
    window.show()

    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.keyClicks(window.ui.password_edit, ADMIN_PASSWORD)
    qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy and bool(window.ui.error_label.text()), timeout=10_000)

    assert window.ui.error_label.text() == (
        f"The database is damaged (page {page}) — restore the latest backup (Settings › Backups)."
    )
    assert window.ui.username_edit.text() == "admin"
    assert window.ui.password_edit.text() == ADMIN_PASSWORD
    lock = InstanceLock(paths.data_dir)
    lock.acquire()  # the failed sign-in let go of the data folder
    lock.release()


def test_crash_dialog_says_a_known_fault_in_its_own_words(qtbot, when_modal):
    reporter = CrashReporter()
    seen: dict[str, str] = {}

    def read(box) -> None:  # type: ignore[no-untyped-def]
        seen["text"], seen["title"] = box.text(), box.windowTitle()
        box.accept()

    when_modal(read)
    error = damaged([17])
    reporter.handle(type(error), error, None)
    qtbot.waitUntil(lambda: "text" in seen)

    assert seen["text"] == (
        "The database is damaged (page 17) — restore the latest backup (Settings › Backups)."
    )
    assert seen["text"] != MESSAGE and "something went wrong" not in seen["title"]
