"""The decision: who decided, when, the finding on the allegation and the reason. The app warns
(and never refuses) when the decision-maker is also the investigating officer."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from lcs_desktop.domain.case_outcomes import Finding, validate_decision
from lcs_desktop.domain.errors import LcsError, Problems
from lcs_desktop.gui.cases.case_save import save_settled
from lcs_desktop.gui.cases.moments import read_day
from lcs_desktop.gui.fields import (
    FieldMessages,
    combo_value,
    confirm_discard,
    date_text,
    fill_combo,
    refuse_all,
    set_combo,
)
from lcs_desktop.gui.forms.ui_decision_dialog import Ui_DecisionDialog
from lcs_desktop.gui.screen_fit import scroll_body
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.case_types import CaseDetail

SAME_PERSON = (
    "The person chosen also investigated this case. Fairness needs them to be different people "
    "where the organisation can manage it; if not, say why in the reason."
)


class DecisionDialog(QDialog):
    def __init__(self, env: CaseEnv, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self._env, self._detail = env, detail
        self._version = detail.row_version  # as loaded: a change meanwhile is refused (issue 11)
        self.warnings: tuple[str, ...] = ()
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        ui.decision_maker_combo.addItem("Choose…", None)
        try:
            for staff in env.cases.case_staff(env.user):
                ui.decision_maker_combo.addItem(staff.name, staff.id)
        except LcsError as exc:
            show_error(ui.error_label, exc.message)
        fill_combo(ui.finding_combo, Finding, "Choose…")
        chosen = detail.decision_maker.id if detail.decision_maker else None
        ui.decision_maker_combo.setCurrentIndex(max(0, ui.decision_maker_combo.findData(chosen)))
        if detail.finding is not None:
            set_combo(ui.finding_combo, detail.finding.value)
        ui.decided_on_edit.setText(date_text(detail.decided_on))
        ui.reason_edit.setPlainText(detail.decision_reason)
        ui.finding_combo.currentIndexChanged.connect(self._on_finding_changed)
        ui.decision_maker_combo.currentIndexChanged.connect(self._on_decision_maker_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        scroll_body(self, ui.button_box)  # a long form scrolls; Save and Cancel stay in reach
        self._on_finding_changed()
        self._on_decision_maker_changed()
        self._initial = self._snapshot()

    def _on_finding_changed(self, *_args: object) -> None:
        value = combo_value(self.ui.finding_combo)
        self.ui.finding_meaning_label.setText(Finding(value).meaning if value else "")

    def _on_decision_maker_changed(self, *_args: object) -> None:
        chosen = self.ui.decision_maker_combo.currentData()
        officer = self._detail.officer
        same = chosen is not None and officer is not None and int(chosen) == officer.id
        show_error(self.ui.warning_label, SAME_PERSON if same else None)

    def _snapshot(self) -> tuple[str, ...]:
        ui = self.ui
        return (
            ui.decision_maker_combo.currentText(),
            ui.decided_on_edit.text(),
            ui.finding_combo.currentText(),
            ui.reason_edit.toPlainText(),
        )

    def accept(self) -> None:
        ui, env = self.ui, self._env
        chosen = ui.decision_maker_combo.currentData()
        local = Problems()  # a date the form cannot read is refused with the rest of the form
        fields = {
            "decision_maker_id": int(chosen) if chosen is not None else None,
            "decided_on": local.check(read_day, ui.decided_on_edit, "decided_on", "the date of the decision"),
            "finding": combo_value(ui.finding_combo),
            "reason": ui.reason_edit.toPlainText(),
        }
        try:
            if local.found:  # the rest of the form checked without the case's dates
                refuse_all(local, lambda: validate_decision(**fields, reported_on=date.min, today=date.max))
            save = lambda version, over: self._save(fields, version, overwrite=over)  # noqa: E731
            if not save_settled(self, env, save, self._version, self._review, ui.error_label):
                return
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()

    def _save(self, fields: dict[str, object], version: int, *, overwrite: bool) -> None:
        env = self._env
        self.warnings = env.cases.record_decision(
            env.user,
            env.case_id,
            expected_version=version,
            overwrite=overwrite,
            **fields,  # type: ignore[arg-type]
        )

    def _review(self, version: int) -> None:
        self._version = version
        self._env.reload()  # the case behind the dialog shows their change

    def reject(self) -> None:
        if self._snapshot() != self._initial and not confirm_discard(self, "the decision"):
            return
        super().reject()
