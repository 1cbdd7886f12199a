"""What every step of the check window offers: load the stored check, say whether the user
has changed something, save it (with a reason once the check is completed), show refusals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission

if TYPE_CHECKING:
    from collections.abc import Callable

    from lcs_desktop.services.check_types import CheckDetail
    from lcs_desktop.services.session import SignedIn


@dataclass
class CheckEnv:
    """Shared by the steps of one open check."""

    session: SignedIn
    check_id: int
    reload: Callable[[], None]
    """Re-read the check after a step saved something itself (a finding, the discussion)."""
    ask_reason: Callable[[str], str | None]
    """For a completed check: why it is being changed (None: the user cancelled)."""

    def can_edit(self, detail: CheckDetail) -> bool:
        user = self.session.user
        return user.can(Permission.RECORD_CHECKS) and (
            detail.checker_id == user.id or user.can(Permission.CONFIRM_CHECK_GUARDS)
        )

    def reason_for(self, detail: CheckDetail, what: str) -> tuple[bool, str | None]:
        """(go ahead, reason): a completed check changes only with a reason."""
        if not detail.completed:
            return True, None
        reason = self.ask_reason(what)
        return reason is not None, reason


class Step(QWidget):
    """One step. ``changed`` fires on the user's edits; the window saves when they leave it."""

    changed = Signal()
    title = ""

    def __init__(self, env: CheckEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.dirty = False
        self.detail: CheckDetail | None = None

    def mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    _loading = False

    def load(self, detail: CheckDetail) -> None:
        self._loading = True
        try:
            self.detail = detail
            self.fill(detail)
        finally:
            self._loading = False
        self.dirty = False

    def fill(self, detail: CheckDetail) -> None:
        raise NotImplementedError

    def save(self, reason: str | None) -> None:
        """Store what the user changed on this step; raises LcsError with a message."""

    def is_done(self, detail: CheckDetail) -> bool:
        return False

    def show_error(self, error: LcsError) -> bool:
        """Show a refusal beside its field; False means the window shows it instead."""
        return False


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "title")
    return label


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label
