"""The retention line and the legal-hold banner shown at the top of a person, a check or a case:
"Retention: Delete after 12/05/2027 — unsuccessful applicant, 6 months", and, while a hold
stands, who placed it, when, why and its review date. On a case found malicious or false, the
subject's wish that the record be kept is recorded here (without it, the record is proposed for
deletion once the case closes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.style import show_error

WISH_FINDINGS = ("malicious", "false")


class RecordRetentionStrip(QWidget):
    def __init__(self, session: Any, kind: str, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}_retention_strip")
        self._session, self.kind, self.record_id = session, kind, record_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hold_label = QLabel(self)
        self.hold_label.setObjectName("legal_hold_banner")
        self.hold_label.setWordWrap(True)
        self.hold_label.setProperty("role", "error")
        layout.addWidget(self.hold_label)
        self.line_label = QLabel(self)
        self.line_label.setObjectName("retention_line_label")
        self.line_label.setWordWrap(True)
        layout.addWidget(self.line_label)
        self.wish_check = QCheckBox("The subject has asked for this record to be &kept", self)
        self.wish_check.setObjectName("subject_wish_check")
        self.wish_check.setToolTip(
            "For a malicious or false allegation: without the subject's request the record is "
            "proposed for deletion when the case closes."
        )
        self.wish_check.hide()
        self.wish_check.toggled.connect(self._on_wish_check_toggled)
        layout.addWidget(self.wish_check)
        self.wish_label = QLabel(self)
        self.wish_label.setObjectName("subject_wish_label")
        self.wish_label.setWordWrap(True)
        self.wish_label.hide()
        layout.addWidget(self.wish_label)
        if record_id:
            self.refresh()

    def show_for(self, record_id: int, finding: str | None = None) -> None:
        """A page reused for another record (the case page) shows that record's line."""
        self.record_id = record_id
        self.refresh(finding)

    def refresh(self, finding: str | None = None) -> None:
        """Read the line and the hold again (after the record changed); ``finding`` for a case."""
        service, user = self._session.retention, self._session.user
        try:
            line = service.retention_for(user, self.kind, self.record_id)
            hold = service.hold_for(user, self.kind, self.record_id)
        except LcsError as exc:
            self.line_label.setText(exc.message)
            self.hold_label.hide()
            return
        self.line_label.setText(f"Retention: {line.sentence}")
        if hold is not None:
            show_error(
                self.hold_label,
                f"Legal hold placed by {hold.placed_by_name} on {date_time_text(hold.placed_at)}, "
                f"review due {hold.review_on:%d/%m/%Y}: {hold.reason}. "
                "Nothing here can be deleted or reduced while it stands.",
            )
        else:
            show_error(self.hold_label, None)
        if self.kind == "case":
            self._show_wish(finding)

    def _show_wish(self, finding: str | None) -> None:
        user = self._session.user
        may = user.can(Permission.DECIDE_CASES) or user.can(Permission.REVIEW_RETENTION)
        relevant = finding in WISH_FINDINGS
        try:
            wish = self._session.retention.subject_wish(user, self.record_id) if relevant else None
        except LcsError:
            wish = None
        self.wish_check.blockSignals(True)
        self.wish_check.setChecked(wish is not None)
        self.wish_check.blockSignals(False)
        self.wish_check.setVisible(relevant and may)
        self.wish_label.setVisible(wish is not None)
        if wish is not None:
            self.wish_label.setText(f"Recorded by {wish.recorded_by_name} on {wish.recorded_at_text}.")

    def _on_wish_check_toggled(self, wishes: bool) -> None:
        try:
            self._session.retention.set_subject_wish(self._session.user, self.record_id, wishes)
        except LcsError as exc:
            self.line_label.setText(exc.message)
            return
        self.refresh("malicious")
