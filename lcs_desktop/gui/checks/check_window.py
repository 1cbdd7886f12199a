"""One social media check, step by step. Each step is saved when the user leaves it, on Save,
and (for a draft) every half minute, so nothing typed is lost; closing with unsaved changes asks.
The window title holds the check's reference only, never the person's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QScrollArea, QWidget

from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.accessibility import tab_after
from lcs_desktop.gui.formatting import date_time_text, isolated
from lcs_desktop.gui.forms.ui_check_window import Ui_CheckWindow
from lcs_desktop.gui.idle_lock import database_timer
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.screen_fit import fit_to_screen
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from lcs_desktop.gui.checks.step_base import Step
    from lcs_desktop.services.check_types import CheckDetail

AUTOSAVE_MS = 30_000
WARNING_STYLE = "background: #fff4d6; border: 1px solid #e0b100; border-radius: 4px; padding: 6px 10px;"
STEPS_STYLE = (
    "QListWidget { font-size: 11pt; padding-top: 4px; } QListWidget::item { padding: 8px 6px; }"
    "QListWidget::item:selected { background: #2f4f6f; color: white; }"
)
_open: dict[int, CheckWindow] = {}


def open_check_window(
    context: PageContext,
    check_id: int,
    parent: QWidget | None = None,
    on_saved: Callable[[], None] | None = None,
) -> CheckWindow | None:
    """Show the check (bringing its window forward if already open). None if it cannot be read.
    ``on_saved`` is called after each save of a newly opened window (lists refresh)."""
    window = _open.get(check_id)
    if window is None:
        try:
            window = CheckWindow(context, check_id, parent.window() if parent else None)
        except LcsError as exc:
            QMessageBox.warning(parent, "The check cannot be opened", exc.message)
            return None
        _open[check_id] = window
        if on_saved is not None:
            window.saved.connect(on_saved)
        window.destroyed.connect(lambda *_a, cid=check_id: _open.pop(cid, None))
    window.show()
    window.raise_()
    window.activateWindow()
    return window


class CheckWindow(QDialog):
    saved = Signal()

    def __init__(self, context: PageContext, check_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lcs_desktop.gui.checks.step_base import CheckEnv
        from lcs_desktop.gui.checks.steps import make_steps

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ui = Ui_CheckWindow()
        self.ui.setupUi(self)
        self._session = context.session
        self.check_id = check_id
        self.detail: CheckDetail = self._session.checks.get_check(self._session.user, check_id)  # audited
        self.env = CheckEnv(self._session, check_id, self.reload, self.ask_reason)
        self.steps: list[Step] = make_steps(self.env, self)
        previous: QWidget = self.ui.steps_list
        for number, step in enumerate(self.steps, start=1):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(step)
            self.ui.step_stack.addWidget(scroll)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the step's fields
            # Made after the form, the steps would come last: Tab goes list, step, then buttons.
            previous = tab_after(previous, step)
            self.ui.steps_list.addItem(f"{number}  {step.title}")
            step.changed.connect(self._on_step_changed)
        self.ui.warnings_label.setStyleSheet(WARNING_STYLE)
        self.ui.steps_list.setStyleSheet(STEPS_STYLE)
        self.ui.export_button.setVisible(self._session.user.can(Permission.EXPORT_CHECKS))
        self._row = 0
        self.ui.steps_list.currentRowChanged.connect(self._on_steps_list_current_row_changed)
        self.ui.back_button.clicked.connect(lambda: self.go_to(self._row - 1))
        self.ui.next_button.clicked.connect(lambda: self.go_to(self._row + 1))
        self.ui.save_button.clicked.connect(self.save_current)
        self.ui.close_button.clicked.connect(self.close)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.history_button.clicked.connect(self._on_history_button_clicked)
        self._autosave = database_timer(QTimer(self))  # paused by the idle lock
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._on_autosave_timeout)
        self._autosave.start()
        self.retention_strip = _retention_strip(self._session, check_id, self)
        self._show_detail()
        self.ui.steps_list.setCurrentRow(0)
        fit_to_screen(self, 1040, 700)

    # -- reading -----------------------------------------------------------------------------

    @property
    def current(self) -> Step:
        return self.steps[self._row]

    def reload(self) -> None:
        self.detail = self._session.checks.read_check(self._session.user, self.check_id)
        self._show_detail()
        self.saved.emit()

    def _show_detail(self) -> None:
        d = self.detail
        self.setWindowTitle(f"Social media check {d.reference}")
        self.ui.title_label.setText(f"Social media check {d.reference}")
        parts = [f"{isolated(d.person.full_name)} ({d.person.reference})"]
        if d.role_applied_for:
            parts.append(isolated(d.role_applied_for))
        parts.append(f"Status: {d.status.label}" + (f" · version {d.version}" if d.version > 1 else ""))
        parts.append(f"Policy version {d.policy_version}")
        parts.append(f"Checker: {isolated(d.checker)}")
        self.ui.subtitle_label.setText(" · ".join(parts))
        self.ui.warnings_label.setText("\n".join(f"⚠ {w}" for w in d.warnings))
        self.ui.warnings_label.setVisible(bool(d.warnings))
        if self.retention_strip is not None:
            self.retention_strip.refresh()
        self.ui.history_button.setEnabled(bool(d.versions))
        self.ui.history_button.setText(f"&Versions ({len(d.versions) + 1})…" if d.versions else "&Versions…")
        for number, step in enumerate(self.steps):
            step.load(d)
            done = step.is_done(d)
            self.ui.steps_list.item(number).setText(f"{'✔' if done else number + 1}  {step.title}")
        self._update_buttons()

    # -- moving between steps ---------------------------------------------------------------------

    def go_to(self, row: int) -> None:
        if 0 <= row < len(self.steps):
            self.ui.steps_list.setCurrentRow(row)

    def _on_steps_list_current_row_changed(self, row: int) -> None:
        if row < 0 or (row == self._row and self.ui.step_stack.currentIndex() == row):
            return
        if row != self._row and not self.save_current():
            self.ui.steps_list.blockSignals(True)
            self.ui.steps_list.setCurrentRow(self._row)  # stay where the problem is
            self.ui.steps_list.blockSignals(False)
            return
        self._row = row
        self.ui.step_stack.setCurrentIndex(row)
        show_error(self.ui.message_label, None)
        self._update_buttons()

    def _on_step_changed(self) -> None:
        self.ui.saved_label.setText("Unsaved changes")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.back_button.setEnabled(self._row > 0)
        self.ui.next_button.setEnabled(self._row < len(self.steps) - 1)
        self.ui.save_button.setEnabled(self.current.dirty)
        if not self.current.dirty and self.ui.saved_label.text() == "Unsaved changes":
            self.ui.saved_label.setText("")

    # -- saving -------------------------------------------------------------------------------------

    def ask_reason(self, what: str) -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("reason_dialog")
        dialog.setWindowTitle("Change a completed check")
        dialog.setLabelText(
            f"This check is completed, so {what} keeps the earlier version and records why.\n"
            "Why is it being changed?"
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.resize(520, 160)
        while dialog.exec():
            reason = dialog.textValue().strip()
            if reason:
                return reason
            dialog.setLabelText(
                "Enter the reason for changing the completed check (it cannot be left blank)."
            )
        return None

    def save_current(self) -> bool:
        """Save the step on screen if it changed. False: not saved (the reason is shown)."""
        step = self.current
        if not step.dirty:
            return True
        go, reason = self.env.reason_for(self.detail, "changing it")
        if not go:
            return False
        try:
            step.save(reason)
        except EditConflict as conflict:  # another desk changed the check meanwhile (issue 11)
            from lcs_desktop.gui.checks.check_conflict import settle_check_conflict

            return settle_check_conflict(self, step, conflict, reason)
        except LcsError as exc:
            if not step.show_error(exc):
                show_error(self.ui.message_label, exc.message)
            return False
        show_error(self.ui.message_label, None)
        self.reload()
        self.ui.saved_label.setText(f"Saved {date_time_text(self.detail.updated_at)[-5:]}")
        return True

    def _on_autosave_timeout(self) -> None:
        # Drafts only: a completed check changes only with a reason, which needs the user.
        if self._session.locked:
            return  # the typing stays in the form; the next tick after unlock saves it
        if self.current.dirty and not self.detail.completed and self.isVisible():
            try:
                self.current.save(None)
            except LcsError:
                return  # the user sees the problem when they save or move on
            self.reload()
            self.ui.saved_label.setText(f"Draft saved {date_time_text(self.detail.updated_at)[-5:]}")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.current.dirty:
            answer = QMessageBox.question(
                self,
                "Save your changes?",
                f"“{self.current.title}” has changes that are not saved yet.",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save_current()
            ):
                event.ignore()
                return
        self._autosave.stop()
        event.accept()

    def reject(self) -> None:  # Esc goes through the same question as Close
        self.close()

    # -- export and history ---------------------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        from lcs_desktop.gui.checks.export_dialog import ExportDialog

        if self.save_current():
            ExportDialog(self._session, self.detail, self).exec()

    def _on_history_button_clicked(self) -> None:
        from lcs_desktop.gui.checks.history_dialog import HistoryDialog

        HistoryDialog(self._session, self.detail, self).exec()


def _retention_strip(session, check_id: int, window: CheckWindow) -> QWidget | None:  # type: ignore[no-untyped-def]
    """The retention line and any legal hold, under the header (issue 10)."""
    from lcs_desktop.gui.retention.record_strip import RecordRetentionStrip

    strip = RecordRetentionStrip(session, "check", check_id, window)
    layout = window.ui.main_layout
    layout.insertWidget(layout.indexOf(window.ui.warnings_label) + 1, strip)
    return strip
