"""One breach case: the header (reference, subject, status, risk, overdue clocks, warnings)
and tabs for the summary, the chronology, the evidence, the referrals and the decision.
Opening a case is an audited view (the service records it)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from lcs_desktop.domain.cases import CaseStatus
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.cases.case_evidence import CaseEvidenceStrip
from lcs_desktop.gui.cases.case_summary import CaseSummary
from lcs_desktop.gui.cases.chronology_widget import ChronologyWidget
from lcs_desktop.gui.cases.decision_widget import DecisionWidget
from lcs_desktop.gui.cases.env import CaseEnv
from lcs_desktop.gui.cases.referrals_widget import ReferralsWidget
from lcs_desktop.gui.formatting import isolated, ltr_html
from lcs_desktop.gui.forms.ui_case_page import Ui_CasePage
from lcs_desktop.gui.record_history_dialog import history_button
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.gui.page_spec import PageContext
    from lcs_desktop.services.case_types import CaseDetail


class CasePage(QWidget):
    back_requested = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CasePage()
        self.ui.setupUi(self)
        self.ui.page_layout.setContentsMargins(0, 0, 0, 0)
        self._session = context.session
        self.env = CaseEnv(self._session, 0, self.reload, self._show_message)
        self.detail: CaseDetail | None = None
        ui = self.ui
        self.summary = CaseSummary(self.env, ui, self)
        self.chronology = ChronologyWidget(self.env, ui.chronology_tab)
        ui.chronology_layout.addWidget(self.chronology)
        self.evidence_hint = QLabel(ui.evidence_tab)
        self.evidence_hint.setWordWrap(True)
        self.evidence_hint.setProperty("role", "hint")
        ui.evidence_layout.addWidget(self.evidence_hint)
        self.evidence = CaseEvidenceStrip(self.env, ui.evidence_tab)
        self.evidence.setObjectName("case_evidence_strip")
        ui.evidence_layout.addWidget(self.evidence, 1)
        self.referrals = ReferralsWidget(self.env, ui.referrals_tab)
        ui.referrals_layout.addWidget(self.referrals)
        self.decision = DecisionWidget(self.env, ui.decision_tab)
        ui.decision_layout.addWidget(self.decision)
        user = self._session.user
        ui.export_button.setVisible(Permission.EXPORT_CASES in user.permissions)
        self._lead = Permission.SIGN_OFF_CLOSURE in user.permissions
        ui.back_button.clicked.connect(self.back_requested)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.close_case_button.clicked.connect(self._on_close_case_button_clicked)
        ui.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.retention_strip = _retention_strip(self._session, self)
        self.history_button = history_button(
            self, ui.title_layout, ui.reopen_button, self._on_history_button_clicked
        )

    # -- reading -------------------------------------------------------------------------

    def load(self, case_id: int) -> bool:
        """Open a case (an audited view). False, with the message shown, if it cannot be."""
        same = case_id == self.env.case_id
        cases, user = self._session.cases, self._session.user
        try:
            # Re-reading the case on show after a change is not another audited view.
            detail = cases.read_case(user, case_id) if same else cases.open_case(user, case_id)
        except LcsError as exc:
            show_error(self.ui.message_label, exc.message)
            return False
        self.env.case_id = case_id
        if not same:
            self.ui.tabs.setCurrentIndex(0)
        self._show(detail, same)
        return True

    def reload(self) -> None:
        if self.env.case_id:
            self.load(self.env.case_id)

    def _show_message(self, message: str | None) -> None:
        show_error(self.ui.message_label, message)

    def _show(self, d: CaseDetail, same_case: bool) -> None:
        ui = self.ui
        self.detail = d
        self.env.loaded_version = d.row_version
        show_error(ui.message_label, None)
        ui.title_label.setText(f"Case {d.reference}")
        s = d.subject
        role = f", {s.role}" if s.role else ""
        risk = d.risk.label if d.risk else "not rated"
        ui.subtitle_label.setText(
            ltr_html(
                f"<b>{escape(isolated(s.name))}</b> — {escape(s.kind_label)}{escape(role)}"
                f" ({escape(s.reference)})"
                f" &nbsp;·&nbsp; Status: <b>{d.status.label}</b> &nbsp;·&nbsp; Risk: <b>{risk}</b>"
                + (f" &nbsp;·&nbsp; Policy version {escape(d.policy_version)}" if d.policy_version else "")
            )
        )
        flags = [f"Overdue: {o}" for o in d.overdue]
        if d.late_report:
            flags.append(f"Reported late: {d.time_to_report} from the concern to the report.")
        flags.extend(d.warnings)
        show_error(ui.flags_label, "\n".join(flags) or None)
        self.retention_strip.show_for(d.id, d.finding.value if d.finding else None)
        closed = d.status is CaseStatus.CLOSED
        ui.close_case_button.setVisible(self._lead and not closed)
        ui.reopen_button.setVisible(self._lead and closed)
        overdue = sum(1 for r in d.referrals if r.overdue)
        ui.tabs.setTabText(3, f"Referrals ({overdue} overdue)" if overdue else "Referrals")
        ui.tabs.setTabText(1, f"Chronology ({len(d.chronology)})")
        self.summary.show_detail(d, same_case)
        self.chronology.show_detail(d)
        on_entries = sum(len(e.evidence) for e in d.chronology)
        self.evidence_hint.setText(
            "Evidence about the case as a whole. Files kept with a chronology entry "
            f"({on_entries} so far) are shown with that entry on the Chronology tab."
        )
        self.evidence.show_files(d.evidence, None, self.env.can_work(d))
        self.referrals.show_detail(d)
        self.decision.show_detail(d)

    # -- actions -------------------------------------------------------------------------

    def _on_history_button_clicked(self) -> None:
        from lcs_desktop.gui.record_history_dialog import RecordHistoryDialog

        if self.detail is not None:
            what = f"case {self.detail.reference}"
            RecordHistoryDialog(self._session, "breach_case", self.detail.id, what, self).exec()

    def _on_export_button_clicked(self) -> None:
        from lcs_desktop.gui.cases.case_export_dialog import CaseExportDialog

        if self.detail is not None:
            CaseExportDialog(self._session, self.detail, self).exec()

    def _on_close_case_button_clicked(self) -> None:
        from lcs_desktop.gui.cases.close_case_dialog import CloseCaseDialog

        if self.detail is not None and CloseCaseDialog(self.env, self.detail, self).exec():
            self.reload()

    def _on_reopen_button_clicked(self) -> None:
        reason, ok = QInputDialog.getText(
            self, "Reopen the case", "Why is the case reopened?", QLineEdit.EchoMode.Normal
        )
        if not ok:
            return
        env = self.env
        if env.attempt(lambda: env.cases.reopen_case(env.user, env.case_id, reason=reason)):
            self.reload()


def _retention_strip(session, page: CasePage) -> QWidget:  # type: ignore[no-untyped-def]
    """The retention line, any legal hold and the subject's wish, under the flags (issue 10)."""
    from lcs_desktop.gui.retention.record_strip import RecordRetentionStrip

    strip = RecordRetentionStrip(session, "case", 0, page)
    layout = page.ui.page_layout
    layout.insertWidget(layout.indexOf(page.ui.flags_label) + 1, strip)
    return strip
