"""The Home page's referral clocks in one sentence: how many are overdue or due within a day,
on the cases this person may see. Each clock itself is a line of "What needs doing" above
(``gui.desk_panel``), with its link. Nothing is shown to someone who sees no cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.style import show_message

if TYPE_CHECKING:
    from lcs_desktop.gui.page_spec import PageContext


class OverduePanel(QGroupBox):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__("Referral clocks", parent)
        self.setObjectName("overdue_group")
        self._context = context
        self._layout = QVBoxLayout(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("overdue_summary_label")
        self.summary_label.setWordWrap(True)
        self._layout.addWidget(self.summary_label)
        self.buttons: list[QPushButton] = []  # none since the clocks moved to "What needs doing"
        self.refresh()

    def refresh(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        session = self._context.session
        try:
            summary = session.cases.home_summary(session.user)
        except LcsError as exc:
            show_message(self.summary_label, exc.message, "error")
            return
        overdue, soon = summary.overdue, summary.due_soon
        open_text = f"{summary.open_cases} open case{'s' if summary.open_cases != 1 else ''}"
        if not session.user.can(Permission.VIEW_ALL_CASES):
            # A manager sees only the cases assigned to them: say so, or a calm Home misleads.
            self.setTitle("Referral clocks on your cases")
            open_text = f"{open_text} assigned to you; other cases are the lead's to watch"
        if overdue:
            show_message(
                self.summary_label,
                f"{len(overdue)} referral clock{'s are' if len(overdue) != 1 else ' is'} overdue "
                f"({open_text}), listed above. Make the referral, or record why it is not needed.",
                "error",
            )
        elif soon:
            show_message(
                self.summary_label,
                f"Nothing overdue; {len(soon)} due within a day, listed above ({open_text}).",
                "hint",
            )
        else:
            show_message(
                self.summary_label, f"No referral clock is overdue or due within a day ({open_text}).", "ok"
            )
