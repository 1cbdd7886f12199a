"""A check step's save refused because someone else changed the check since the window loaded
it (issue 11): the conflict dialog, and what each choice does to the step on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.checks.details_step import DetailsStep
from lcs_desktop.gui.conflict_dialog import REVIEW_MESSAGE, ConflictChoice, ask_about_conflict, review_over
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.domain.conflicts import EditConflict
    from lcs_desktop.gui.checks.check_window import CheckWindow
    from lcs_desktop.gui.checks.step_base import Step


def settle_check_conflict(
    window: CheckWindow, step: Step, conflict: EditConflict, reason: str | None
) -> bool:
    """Ask, then do as chosen. True when the step ended saved or discarded (the window may move
    on); False to stay on the step, with the user's typing still on it."""
    choice = ask_about_conflict(window, conflict)
    label = window.ui.message_label
    if choice is ConflictChoice.KEEP_THEIRS:
        window.reload()
        show_error(label, None)
        return True
    if not isinstance(step, DetailsStep):
        # Only the details step saves against a loaded version; any other step's race was lost
        # at the last moment: its typing stays, and saving again saves it over the new version.
        show_error(label, conflict.message)
        return False
    if choice is ConflictChoice.OVERWRITE:
        session = window.env.session
        try:
            version = (
                conflict.current_version
                or session.checks.read_check(session.user, window.check_id).row_version
            )
            step.save(reason, over=version)
        except LcsError as exc:
            if not step.show_error(exc):
                show_error(label, exc.message)
            return False
        window.reload()
        show_error(label, None)
        return True
    if choice is ConflictChoice.REVIEW and step.detail is not None:
        loaded = step.detail
        review_over(step.fields(), lambda: step.fill(loaded), window.reload)
        show_error(label, REVIEW_MESSAGE)
        return False
    show_error(label, conflict.message)
    return False
