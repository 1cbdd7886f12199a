"""Saving a case form against the case's version as the form opened (issue 11): a lost race
opens the conflict dialog; the form closes only when the user chose to keep theirs or overwrite."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.gui.conflict_dialog import CLOSES, settle_in_dialog
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv


def save_settled(
    parent: QWidget,
    env: CaseEnv,
    save: Callable[[int, bool], None],
    version: int,
    review: Callable[[int], None],
    error_label: QLabel,
) -> bool:
    """``save(version, overwrite)`` at ``version``; True when the form may close."""
    try:
        save(version, False)
    except EditConflict as conflict:
        choice = settle_in_dialog(
            parent,
            conflict,
            save_over=lambda fresh: save(fresh, True),
            fresh_version=lambda: env.cases.read_case(env.user, env.case_id).row_version,
            review=review,
            show=lambda message: show_error(error_label, message),
        )
        return choice in CLOSES
    return True
