"""At sign-in, offer back what was being typed when the app last stopped (a crash, a power
cut), not only when the same form happens to be opened again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.formatting import date_time_text

if TYPE_CHECKING:
    from lcs_desktop.gui.main_window import MainWindow

CONCERN_KEY = "concern_intake"


def offer_kept_drafts(window: MainWindow) -> bool:
    """Ask about a kept concern draft; True when the person chose to open it."""
    session = window.session
    if window.locked or not hasattr(window, "report_concern_action"):
        return False
    try:
        kept = dict(session.drafts.kept(session.user))
    except LcsError:
        return False  # a safety net only: never stops the sign-in
    saved_at = kept.pop(CONCERN_KEY, None)
    if saved_at is None:
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Unsaved concern",
        f"You have an unsaved concern from {date_time_text(saved_at)} — open it?",
        QMessageBox.StandardButton.NoButton,
        window,
    )
    if kept:
        box.setInformativeText("Other forms you were filling in are offered back when you open them again.")
    box.setObjectName("draft_offer_box")
    go = box.addButton("&Open it", QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("confirm_button")
    later = box.addButton("&Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go)
    box.setEscapeButton(later)
    box.exec()
    if box.clickedButton() is not go:
        return False
    window.report_concern(restore=True)
    return True
