"""Refreshing what this desk shows when another desk changes it (issue 11, office server).

The services' listener hears "<table>:<id>" on its own thread; ``ChangeBridge`` turns each into
a Qt signal delivered on the GUI thread. ``ChangeFeed`` gathers a burst of changes (a save
touches several rows) for a moment, then refreshes the page on screen through its own refresh
path, and the open check windows. A record with unsaved changes on screen is never reloaded
under the user's typing: they are told it changed, and saving shows the conflict dialog.
Locally (SQLCipher, one desk) there is no listener and this does nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from lcs_desktop.services.session import SignedIn

RESYNC = "*"  # services.change_feed.RESYNC: after a reconnect, anything may have changed
GATHER_MS = 300
CHANGED_ELSEWHERE = (
    "This record was changed at another desk. Your changes here are not saved yet: when you save, "
    "you will see their change beside yours."
)
# Which announced tables each main-window page shows.
PAGE_TABLES: dict[str, frozenset[str]] = {
    "home": frozenset({"people", "checks", "breach_cases", "policy_versions", "legal_holds"}),
    "people": frozenset({"people"}),
    "checks": frozenset({"checks", "people"}),
    "breaches": frozenset({"breach_cases", "people"}),
    "policy": frozenset({"policy_versions", "people"}),
    "retention": frozenset({"people", "checks", "breach_cases", "legal_holds"}),
}


class ChangeBridge(QObject):
    """``deliver`` may be called from any thread; ``changed`` is emitted on this object's thread."""

    changed = Signal(str, int)

    def deliver(self, table: str, record_id: int) -> None:
        self.changed.emit(table, record_id)  # queued across threads by Qt


class ChangeFeed(QObject):
    def __init__(self, window: QWidget, session: SignedIn) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self.bridge = ChangeBridge(self)
        self.bridge.changed.connect(self._on_changed)
        self.pending: set[tuple[str, int]] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self.apply)
        self._listener = None

    def start(self) -> None:
        """Listen (on an office server only); again after an unlock, on the engine the
        workspace has then (locking disposes of the old one)."""
        from lcs_desktop.services.change_feed import change_listener

        if self._listener is None:
            self._listener = change_listener(self._session.workspace, self.bridge.deliver)
        if self._listener is not None:
            self._listener.start()

    def stop(self) -> None:
        """On lock and sign-out: the dedicated connection closes with the rest."""
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._timer.stop()
        self.pending.clear()

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.running

    def _on_changed(self, table: str, record_id: int) -> None:
        self.pending.add((table, record_id))
        self._timer.start()

    def apply(self) -> None:
        from lcs_desktop.services.change_feed import KEY_CHANGED_LOCK, key_changed

        changes, self.pending = self.pending, set()
        if changes and key_changed(self._session.workspace, changes):
            self._window.lock(why=KEY_CHANGED_LOCK)  # type: ignore[attr-defined]
            return
        if changes:
            refresh_for(self._window, changes)


def refresh_for(window: QWidget, changes: set[tuple[str, int]]) -> None:
    """Refresh the page on screen if it shows a changed table, and the open check windows."""
    tables = {table for table, _id in changes}
    everything = RESYNC in tables
    key = _current_key(window)
    page = window.page(key) if key else None  # type: ignore[attr-defined]
    if page is not None and (everything or PAGE_TABLES.get(key or "", frozenset()) & tables):
        _refresh_page(key or "", page, changes, everything)
    _refresh_check_windows(changes, everything)


def _current_key(window: QWidget) -> str | None:
    keys = window.page_keys  # type: ignore[attr-defined]
    row = window.ui.nav_list.currentRow()  # type: ignore[attr-defined]
    return keys[row] if 0 <= row < len(keys) else None


def _refresh_page(key: str, page: QWidget, changes: set[tuple[str, int]], everything: bool) -> None:
    if key == "breaches":
        case_page = getattr(page, "case_page", None)
        if case_page is not None and page.stack.currentWidget() is case_page:  # type: ignore[attr-defined]
            if everything or ("breach_cases", case_page.env.case_id) in changes:
                if case_page.summary.has_unsaved():
                    case_page.env.show_message(CHANGED_ELSEWHERE)
                else:
                    case_page.reload()
            return
        page.refresh_list()  # type: ignore[attr-defined]
        return
    if key == "people":
        person_page = getattr(page, "person_page", None)
        if person_page is not None and page.ui.stack.currentWidget() is person_page:  # type: ignore[attr-defined]
            if everything or ("people", person_page.person_id) in changes:
                person_page.refresh()
            return
    if hasattr(page, "refresh"):
        page.refresh()


def _refresh_check_windows(changes: set[tuple[str, int]], everything: bool) -> None:
    from lcs_desktop.gui.checks import check_window

    for check_id, window in list(check_window._open.items()):
        if not (everything or ("checks", check_id) in changes):
            continue
        if any(step.dirty for step in window.steps):
            from lcs_desktop.gui.style import show_error

            show_error(window.ui.message_label, CHANGED_ELSEWHERE)
        else:
            window.reload()
