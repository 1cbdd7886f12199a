"""The mode in the status bar, and the office server's "cannot be reached" banner with Retry.

When a page's read fails because the office server went away, the page shows its own plain
sentence as before; the banner above the pages says it once more with a Retry button, which
reloads the page on screen (nothing is kept on this PC in the meantime).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.tasks import add_fault_listener

if TYPE_CHECKING:
    from lcs_desktop.gui.main_window import MainWindow


def add_mode_label(window: MainWindow) -> None:
    """The status bar's mode; in office mode also the banner, listening for server faults."""
    from lcs_desktop.services.office_mode import mode_of_session

    mode = mode_of_session(window.session)
    label = QLabel(mode.text, window)
    label.setObjectName("mode_label")
    label.setContentsMargins(16, 0, 4, 0)  # apart from "Signed in as …"
    window.ui.status_bar.addPermanentWidget(label)
    window.mode_label = label  # type: ignore[attr-defined]
    if mode.is_server:
        banner = ServerBanner(window)
        window.ui.outer_layout.insertWidget(0, banner)
        window.server_banner = banner  # type: ignore[attr-defined]


class ServerBanner(QFrame):
    """Hidden until a task ends with the server unreachable; Retry reloads the current page."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("server_banner")
        self.setProperty("role", "warning")
        self._window = window
        layout = QHBoxLayout(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("server_message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.retry_button = QPushButton("&Retry", self)
        self.retry_button.setObjectName("retry_button")
        self.retry_button.setAccessibleDescription("Try to reach the office server again")
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.retry_button)
        self.hide()
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        stop = add_fault_listener(self.on_fault)
        window.destroyed.connect(lambda *_: stop())

    def on_fault(self, error: LcsError) -> None:
        from lcs_desktop.services.office_mode import offers_retry

        if offers_retry(error):
            self.show()
            show_error(self.message_label, error.message)  # shown, and said to a screen reader

    def _on_retry_button_clicked(self) -> None:
        self.hide()
        window = self._window
        row = window.ui.nav_list.currentRow()
        if row < 0:
            return
        key = window.page_keys[row]
        page = window.page(key)
        if isinstance(page, QLabel) and page.objectName() == f"{key}_page":
            # The page could not be built while the server was away: build it again.
            holder: QWidget = page
            while holder.parentWidget() is not window.ui.page_stack:
                holder = holder.parentWidget()
            window.ui.page_stack.removeWidget(holder)
            holder.deleteLater()
            window._built.pop(key, None)  # the window's page cache
        window._on_nav_list_current_row_changed(row)  # refreshes (or builds) it
