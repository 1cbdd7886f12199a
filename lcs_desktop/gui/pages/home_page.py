"""Home: a greeting and what this person's roles let them do, with a way to each page."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lcs_desktop.domain.roles import Permission, Role
from lcs_desktop.gui.formatting import isolated, london
from lcs_desktop.gui.page_spec import PageContext

_ROLE_SUMMARY: dict[Role, tuple[str, list[tuple[str, str]]]] = {
    Role.SAFEGUARDING_LEAD: (
        "You review recruitment checks, hold applicant discussions, run breach investigations and "
        "keep the records lawful.",
        [("checks", "Recruitment checks"), ("breaches", "Breach investigations"), ("audit", "Audit log")],
    ),
    Role.MANAGER: (
        "You record decisions and prepare case packs for personnel and disciplinary files.",
        [("checks", "Recruitment checks"), ("breaches", "Breach investigations")],
    ),
    Role.CHECKER: (
        "You record open-source social media checks on applicants: what you searched and what you "
        "found, public content only.",
        [("checks", "Recruitment checks")],
    ),
    Role.ADMINISTRATOR: (
        "You manage accounts, settings and backups. Case records are not shown to the administrator role.",
        [("users", "Users"), ("settings", "Settings"), ("audit", "Audit log")],
    ),
}


# Case work first; the administrator's housekeeping last.
ROLE_ORDER = (Role.SAFEGUARDING_LEAD, Role.MANAGER, Role.CHECKER, Role.ADMINISTRATOR)


def greeting(now: datetime) -> str:
    hour = london(now).hour
    return "Good morning" if hour < 12 else "Good afternoon" if hour < 18 else "Good evening"


class HomePage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        user = context.session.user
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        first_name = user.full_name.split()[0] if user.full_name.split() else user.username
        title = QLabel(f"{greeting(context.session.workspace.now())}, {isolated(first_name)}", self)
        title.setObjectName("greeting_label")
        title.setProperty("role", "title")
        layout.addWidget(title)
        roles = QLabel(f"Your roles: {user.role_text}.", self)
        roles.setObjectName("roles_label")
        layout.addWidget(roles)
        from lcs_desktop.gui.desk_panel import DeskPanel

        self.desk_panel = DeskPanel(context, self)  # fills in off the GUI thread
        layout.addWidget(self.desk_panel)
        self.overdue_panel = None
        if user.can(Permission.VIEW_ALL_CASES) or user.can(Permission.VIEW_ASSIGNED_CASES):
            from lcs_desktop.gui.cases.overdue_panel import OverduePanel

            self.overdue_panel = OverduePanel(context, self)
            layout.addWidget(self.overdue_panel)
        for role in ROLE_ORDER:
            if role in user.roles:
                layout.addWidget(self._role_box(role, context))
        if context.demo:
            note = QLabel("This is the demo: try things out freely. Nothing here is real.", self)
            note.setProperty("role", "hint")
            layout.addWidget(note)
        layout.addStretch(1)
        self.summary_text = "\n".join(_ROLE_SUMMARY[r][0] for r in ROLE_ORDER if r in user.roles)

    def refresh(self) -> None:
        """Shown again: the clocks have moved on."""
        self.desk_panel.refresh()
        if self.overdue_panel is not None:
            self.overdue_panel.refresh()

    def _role_box(self, role: Role, context: PageContext) -> QGroupBox:
        text, links = _ROLE_SUMMARY[role]
        box = QGroupBox(role.label, self)
        box_layout = QVBoxLayout(box)
        label = QLabel(text, box)
        label.setWordWrap(True)
        box_layout.addWidget(label)
        row = QHBoxLayout()
        for key, title in links:
            if key == "audit" and Permission.VIEW_AUDIT_LOG not in context.session.user.permissions:
                continue
            button = QPushButton(f"Open {title}", box)
            button.setObjectName(f"open_{key}_button")
            button.clicked.connect(lambda _checked=False, k=key: context.navigate(k))
            row.addWidget(button)
        row.addStretch(1)
        box_layout.addLayout(row)
        return box
