"""Step 6: the discussion with the applicant, once a completed check found concerns."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lcs_desktop.domain.checks import CheckResult
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.checks.step_base import CheckEnv, Step, heading, hint
from lcs_desktop.gui.fields import date_text
from lcs_desktop.gui.formatting import date_time_text, isolated

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckDetail


class DiscussionStep(Step):
    title = "Discussion with the applicant"

    def __init__(self, env: CheckEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Discussion with the applicant", self))
        self.state_label = hint("", self)
        self.state_label.setObjectName("discussion_state_label")
        layout.addWidget(self.state_label)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("discussion_summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        row = QHBoxLayout()
        self.record_button = QPushButton("&Record the discussion…", self)
        self.record_button.setObjectName("record_discussion_button")
        self.record_button.clicked.connect(self._on_record_button_clicked)
        row.addWidget(self.record_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def fill(self, d: CheckDetail) -> None:
        may_record = self.env.session.user.can(Permission.RECORD_DISCUSSIONS)
        needed = d.completed and d.result is CheckResult.CONCERNS_FOUND
        if d.result is CheckResult.NO_CONCERNS:
            state = "No concerns were found, so no discussion is needed."
        elif not d.completed:
            state = (
                "When a completed check has found concerns, the findings are discussed with the "
                "applicant before any decision."
            )
        elif d.discussion is None:
            state = (
                "Concerns were found. Discuss them with the applicant before any decision, "
                "then record it here."
                + ("" if may_record else " The safeguarding lead records the discussion.")
            )
        else:
            state = "Recorded discussion:"
        self.state_label.setText(state)
        self.record_button.setVisible(needed and may_record)
        self.record_button.setText("&Change the discussion…" if d.discussion else "&Record the discussion…")
        self.summary_label.setText(_summary(d) if d.discussion else "")
        self.summary_label.setVisible(d.discussion is not None)

    def _on_record_button_clicked(self) -> None:
        from lcs_desktop.gui.checks.discussion_dialog import DiscussionDialog

        assert self.detail is not None
        dialog = DiscussionDialog(self.env, self.detail, self)
        self.open_dialog = dialog
        if dialog.drafts.offer_restore():
            dialog.dirty = True
        if dialog.exec():
            self.env.reload()

    def is_done(self, d: CheckDetail) -> bool:
        return d.discussion is not None or (d.completed and d.result is CheckResult.NO_CONCERNS)


def _summary(d: CheckDetail) -> str:
    s = d.discussion
    assert s is not None
    numbers = {f.id: n for n, f in enumerate(d.findings, start=1)}
    discussed = ", ".join(str(numbers[i]) for i in s.findings_discussed if i in numbers)
    rows = [
        ("Held", f"{date_time_text(s.held_at)} ({s.method.label})"),
        ("Present", s.present),
        ("Findings discussed", discussed),
        ("Applicant's account", s.applicant_account),
        ("Assessment", s.assessment),
        ("Outcome", s.outcome.label),
        ("Decided by", s.decided_by),
        ("Reason", s.decision_reason),
        ("Applicant told", date_text(s.applicant_told_on) or "not yet recorded"),
        ("Recorded by", f"{isolated(s.recorded_by)}, {date_time_text(s.recorded_at)}"),
    ]
    body = "".join(
        f"<tr><td style='padding:3px 14px 3px 0; color:#4a5560; vertical-align:top'>{escape(k)}</td>"
        f"<td style='padding:3px 0'>{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows
    )
    return f"<table>{body}</table>"
