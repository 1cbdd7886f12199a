"""GUI fixtures: the style and icons registered once, helpers for driving modal dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import lcs_desktop.gui.resources_rc  # noqa: F401 - icons
from lcs_desktop.gui.style import apply_style
from lcs_desktop.gui.tasks import wait_for_tasks
from tests.gui.desk_helpers import other_desk  # noqa: F401 - a fixture (another desk, either backend)


@pytest.fixture(autouse=True)
def _styled(qapp):
    apply_style(qapp)
    yield
    wait_for_tasks(10_000)  # no worker outlives its test's database


@pytest.fixture
def when_modal(qtbot) -> Callable[[Callable[[QWidget], None]], None]:
    """Run ``act(dialog)`` on the next modal dialog to open (for code that calls exec())."""

    def arm(act: Callable[[QWidget], None]) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(20, poll)
                return
            act(dialog)

        QTimer.singleShot(0, poll)

    return arm


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):  # type: ignore[no-untyped-def]
    """pytest-qt closes every widget a test left open, before fixtures are torn down. A form
    with unsaved typing then asks "Discard changes?" in a modal box, which nobody answers in an
    offscreen run: dismiss such boxes (Escape, the safe answer) while the widgets close."""
    timer = QTimer()
    timer.setInterval(10)

    def dismiss() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            return
        if isinstance(dialog, QDialog) and not isinstance(dialog, QMessageBox):
            # done() closes without asking: close() would ask "Discard changes?" in a box opened
            # inside this timer's own slot, where the timer cannot fire again to dismiss it.
            dialog.done(QDialog.DialogCode.Rejected)
        else:
            dialog.close()

    timer.timeout.connect(dismiss)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
