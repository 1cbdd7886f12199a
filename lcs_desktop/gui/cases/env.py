"""What the parts of one open case share: the session, the case, and a way to re-read it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from lcs_desktop.services.case_types import CaseDetail
    from lcs_desktop.services.cases import CaseService
    from lcs_desktop.services.identity import CurrentUser
    from lcs_desktop.services.session import SignedIn


@dataclass
class CaseEnv:
    session: SignedIn
    case_id: int
    reload: Callable[[], None]
    """Re-read the case after a part saved something."""
    show_message: Callable[[str | None], None]
    """A refusal that belongs to no field (shown under the case's title)."""
    loaded_version: int | None = None
    """The case's ``row_version`` as the page last showed it: a form opened on the page saves
    against it, so a change made meanwhile at another desk is refused (issue 11)."""

    @property
    def cases(self) -> CaseService:
        return self.session.cases

    @property
    def user(self) -> CurrentUser:
        return self.session.user

    def can(self, permission: Permission) -> bool:
        return permission in self.session.user.permissions

    def can_work(self, detail: CaseDetail) -> bool:
        return detail.can_edit and self.can(Permission.MANAGE_CASES)

    def attempt(self, action: Callable[[], object], label: QLabel | None = None) -> bool:
        """Run a service call; on a refusal show its words (at ``label`` or the page) and say so."""
        from lcs_desktop.gui.style import show_error

        try:
            action()
        except LcsError as exc:
            if label is not None:
                show_error(label, exc.message)
            else:
                self.show_message(exc.message)
            return False
        return True
