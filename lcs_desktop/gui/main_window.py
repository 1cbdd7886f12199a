"""The main window: side bar of pages, status bar, Help > About, idle lock over everything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.change_feed import ChangeFeed
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.forms.ui_main_window import Ui_MainWindow
from lcs_desktop.gui.idle_lock import BackgroundTimers, IdleWatcher
from lcs_desktop.gui.lock_screen import LockScreen
from lcs_desktop.gui.page_spec import PageContext, PageSpec
from lcs_desktop.gui.screen_fit import fit_to_screen, scrolling, shrinkable_combos
from lcs_desktop.gui.style import demo_banner, repolish
from lcs_desktop.gui.warm_up import warm_up

if TYPE_CHECKING:
    from lcs_desktop.services.session import SignedIn

KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """Emits ``sign_out_requested`` or ``exit_requested``; the controller does the signing out."""

    sign_out_requested = Signal()
    exit_requested = Signal()
    restore_requested = Signal(object, str)  # a backup file and the password it opens with

    def __init__(
        self, session: SignedIn, pages: list[PageSpec], *, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        repolish(self.ui.nav_list)
        self.session = session
        self.demo = demo
        self.setWindowTitle("LCS Desktop — DEMO" if demo else "LCS Desktop")  # never a name
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        if demo:
            self.ui.outer_layout.insertWidget(0, demo_banner(self))
        self._context = PageContext(session, self.open_page, demo, self._on_settings_changed)
        self._specs = [spec for spec in pages if spec.visible_to(session.user)]
        self._built: dict[str, QWidget] = {}
        for spec in self._specs:
            item = QListWidgetItem(QIcon(spec.icon), spec.title)
            item.setData(KEY_ROLE, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.ui.nav_list.addItem(item)
        # Wide enough for the longest title at any scaling: a clipped "Breach investiga…" helps nobody.
        nav = self.ui.nav_list
        font = QFont(nav.font())
        font.setPointSizeF(11)  # the side bar's size in the style sheet (applied only at show)
        widest = max((QFontMetrics(font).horizontalAdvance(s.title) for s in self._specs), default=0)
        nav.setFixedWidth(max(200, widest + nav.iconSize().width() + 64))
        nav.currentRowChanged.connect(self._on_nav_list_current_row_changed)

        # Locked: the window shows only a cover; the lock screen is an application-modal window
        # over it, so it takes the keyboard even when a modal dialog was open at the time.
        self.locked_cover = QLabel("LCS Desktop is locked.", self)
        self.locked_cover.setObjectName("locked_cover_label")
        self.locked_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.screen_stack.addWidget(self.locked_cover)
        self.lock_screen = LockScreen(session, self)
        self.lock_screen.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.lock_screen.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lock_screen.hide()
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.lock_screen.sign_out_requested.connect(self.sign_out_requested)
        self._covers: list[QWidget] = []
        self._focus_before_lock: QWidget | None = None

        who = QLabel(f"Signed in as {isolated(session.user.full_name)} — {session.user.role_text}", self)
        who.setObjectName("signed_in_label")
        self.ui.status_bar.addPermanentWidget(who)
        from lcs_desktop.gui.server_banner import add_mode_label

        add_mode_label(self)  # "This computer's own encrypted database" / "Office server: …"
        self.ui.lock_action.triggered.connect(self.lock)
        self.ui.sign_out_action.triggered.connect(self.sign_out_requested)
        self.ui.exit_action.triggered.connect(self.exit_requested)
        self.ui.about_action.triggered.connect(self._on_about_action_triggered)
        self._add_report_concern(session)

        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        self.idle.start()
        self.background_timers = BackgroundTimers()
        self.ui.nav_list.setCurrentRow(0)
        fit_to_screen(self, 1100, 720)
        warm_up(session)  # the lists' first pages, decrypted in the background (issue 12)
        # Other desks' changes refresh what is shown (office server only; issue 11).
        self.change_feed = ChangeFeed(self, session)
        self.change_feed.start()

    # -- pages ---------------------------------------------------------------------------

    @property
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def page(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def open_page(self, key: str) -> None:
        """``key``, or ``key:argument`` for a page with ``open_item`` (``breaches:12`` opens case 12)."""
        if key == "report_concern":  # Home's desk: the concern kept when the app stopped
            self.report_concern(restore=True)
            return
        key, _, argument = key.partition(":")
        if key in self.page_keys:
            self.ui.nav_list.setCurrentRow(self.page_keys.index(key))
            widget = self._built.get(key)
            if argument and hasattr(widget, "open_item"):
                widget.open_item(argument)

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        widget = self._built.get(spec.key)
        if widget is None:
            # Built on first visit: the window appears fast and a page that fails to build
            # is reported, not fatal.
            try:
                widget = spec.factory(self._context)
            except LcsError as exc:
                widget = QLabel(exc.message)
                widget.setWordWrap(True)
                from lcs_desktop.gui.tasks import report_fault

                report_fault(exc)  # the office server away: its banner offers Retry
            widget.setObjectName(f"{spec.key}_page")
            if widget.layout() is not None:  # one margin for every page, whoever wrote it
                widget.layout().setContentsMargins(24, 18, 24, 18)
            self._built[spec.key] = widget
            shrinkable_combos(widget)
            # In a scroll area: a page wider or taller than the window scrolls inside it
            # instead of growing the window past the screen (150 % scaling on a laptop).
            self.ui.page_stack.addWidget(scrolling(widget, self.ui.page_stack))
        elif hasattr(widget, "refresh"):
            widget.refresh()
        holder = widget
        while holder.parentWidget() is not self.ui.page_stack:  # the page's scroll area
            holder = holder.parentWidget()
        self.ui.page_stack.setCurrentWidget(holder)

    # -- settings ------------------------------------------------------------------------

    def _idle_minutes(self) -> int:
        try:
            return self.session.settings.get().idle_lock_minutes
        except LcsError:
            return 10

    def _on_settings_changed(self, settings: object) -> None:
        self.idle.set_minutes(getattr(settings, "idle_lock_minutes", self._idle_minutes()))

    # -- lock ----------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.ui.screen_stack.currentWidget() is self.locked_cover

    def lock(self, *_args: object, idle: bool = False, why: str | None = None) -> None:
        if self.locked:
            return
        self.lock_screen.set_reason(idle, why)
        self._focus_before_lock = QApplication.focusWidget()
        self.background_timers.pause()  # autosave, drafts, search: none reaches the database now
        self.change_feed.stop()
        try:
            self.session.lock()
        except LcsError:  # the audit event could not be written: drop the key all the same
            self.session.workspace.lock()
        self.idle.stop()
        self.ui.menu_bar.setEnabled(False)
        self.ui.screen_stack.setCurrentWidget(self.locked_cover)
        # Dialogs left open (an account half added...) stay open, covered, typing intact;
        # hiding them would end them.
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                self._covers.append(_cover(dialog))
        self.lock_screen.setGeometry(self.geometry())
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.activateWindow()
        self.lock_screen.prepare()

    def _on_lock_screen_unlocked(self) -> None:
        self.lock_screen.hide()
        for cover in self._covers:
            cover.deleteLater()
        self._covers = []
        self.ui.screen_stack.setCurrentWidget(self.ui.work_widget)
        self.ui.menu_bar.setEnabled(True)
        if self._focus_before_lock is not None:
            try:
                self._focus_before_lock.activateWindow()
                self._focus_before_lock.setFocus()
            except RuntimeError:  # that widget has gone meanwhile: nothing to give focus back to
                pass
        self.idle.start()
        warm_up(self.session)
        self.background_timers.resume()
        self.change_feed.start()

    # -- menus ---------------------------------------------------------------------------

    def _add_report_concern(self, session: SignedIn) -> None:
        """Report a concern from anywhere: a toolbar button and Ctrl+Shift+R (policy §8: at once)."""
        if Permission.REPORT_CONCERN not in session.user.permissions:
            return
        self.report_concern_action = QAction(QIcon(":/icons/breach.svg"), "&Report a concern…", self)
        self.report_concern_action.setObjectName("report_concern_action")
        self.report_concern_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.report_concern_action.setToolTip("Report a concern about a possible breach (Ctrl+Shift+R)")
        self.report_concern_action.triggered.connect(self._on_report_concern_action_triggered)
        toolbar = QToolBar("Actions", self)
        toolbar.setObjectName("actions_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.report_concern_action)
        self.addToolBar(toolbar)
        self.ui.file_menu.insertAction(self.ui.lock_action, self.report_concern_action)
        self.ui.file_menu.insertSeparator(self.ui.lock_action)

    def _on_report_concern_action_triggered(self) -> None:
        self.report_concern()

    def report_concern(self, restore: bool = False) -> None:
        """The intake; ``restore``: with the kept draft the person chose to open at sign-in."""
        from lcs_desktop.gui.cases.concern_dialog import report_concern

        if self.locked:
            return
        sees_cases = "breaches" in self.page_keys
        report_concern(
            self,
            self.session,
            (lambda case_id: self.open_page(f"breaches:{case_id}")) if sees_cases else None,
            restore,
        )

    def _on_about_action_triggered(self) -> None:
        from lcs_desktop.gui.about_dialog import AboutDialog
        from lcs_desktop.services.office_mode import mode_of_session
        from lcs_desktop.services.session import about

        try:
            info = about(self.session)
        except LcsError as exc:
            QMessageBox.warning(self, "About LCS Desktop", exc.message)
            return
        AboutDialog(info, self, mode_of_session(self.session)).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window is "Exit": the controller signs out and makes the daily backup.
        event.ignore()
        self.exit_requested.emit()

    def shut(self) -> None:
        """Close for real (the controller has signed out)."""
        self.idle.detach()
        self.change_feed.stop()
        self.lock_screen.close()
        self.closeEvent = lambda event: event.accept()  # type: ignore[method-assign]
        self.close()


def _cover(dialog: QWidget) -> QWidget:
    cover = QLabel("Locked", dialog)
    cover.setObjectName("lock_cover_label")
    cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
    cover.setAutoFillBackground(True)
    cover.setGeometry(dialog.rect())
    cover.show()
    cover.raise_()
    return cover
