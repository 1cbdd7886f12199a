"""The Home page's referral clocks: overdue (red) and due within a day, on the cases this
person may see, each a link to its case. Nothing is shown to someone who sees no cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.style import show_message

if TYPE_CHECKING:
    from lcs_desktop.gui.page_spec import PageContext
    from lcs_desktop.services.case_types import OverdueClock

MAX_SHOWN = 8


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
        self.buttons: list[QPushButton] = []
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
                f"({open_text}). Make the referral, or record why it is not needed.",
                "error",
            )
        elif soon:
            show_message(
                self.summary_label, f"Nothing overdue; due within a day below ({open_text}).", "hint"
            )
        else:
            show_message(
                self.summary_label, f"No referral clock is overdue or due within a day ({open_text}).", "ok"
            )
        for clock in (*overdue, *soon)[:MAX_SHOWN]:
            self._add(clock)
        hidden = len(overdue) + len(soon) - MAX_SHOWN
        if hidden > 0:
            self._add_button(f"… and {hidden} more: show cases with an overdue clock", "breaches")

    def _add(self, clock: OverdueClock) -> None:
        when = date_time_text(clock.due_at)
        state = f"overdue since {when}" if clock.overdue else f"due by {when}"
        button = self._add_button(f"{clock.reference} — {clock.label}: {state}", f"breaches:{clock.case_id}")
        button.setProperty("overdue", clock.overdue)
        if clock.overdue:
            button.setStyleSheet("color: #b00020; font-weight: 600;")

    def _add_button(self, text: str, target: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("role", "link")
        button.setObjectName("overdue_clock_button")
        button.clicked.connect(lambda _checked=False, t=target: self._context.navigate(t))
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons.append(button)
        return button
