"""The discussion with the applicant (policy §3.1): when and how, who was there, which findings,
the applicant's account, the assessment, the outcome, who decided and why, when they were told."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from lcs_desktop.domain.checks import DiscussionMethod, DiscussionOutcome
from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.domain.errors import LcsError, Problems, ValidationError
from lcs_desktop.gui.checks.step_base import CheckEnv
from lcs_desktop.gui.conflict_dialog import CLOSES, settle_in_dialog
from lcs_desktop.gui.draft_keeper import DraftKeeper
from lcs_desktop.gui.fields import (
    FieldMessages,
    combo_value,
    confirm_discard,
    date_text,
    fill_combo,
    read_date,
    refuse_all,
    set_combo,
    watch_changes,
)
from lcs_desktop.gui.formatting import LONDON, london
from lcs_desktop.gui.forms.ui_discussion_dialog import Ui_DiscussionDialog
from lcs_desktop.gui.screen_fit import fit_to_screen, scroll_body
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckDetail, DiscussionInput

_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_NO_LIMIT = datetime(9000, 1, 1, tzinfo=UTC)  # the form has no clock: the service checks "not in the future"


def read_time(text: str) -> time:
    match = _TIME.match(text.strip())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValidationError("Write the time as hh:mm on the 24-hour clock, for example 14:30.", "held_at")


DRAFT_FIELDS = (
    "held_on_edit",
    "held_time_edit",
    "method_combo",
    "present_edit",
    "findings_list",
    "applicant_account_edit",
    "assessment_edit",
    "outcome_combo",
    "decided_by_edit",
    "decision_reason_edit",
    "applicant_told_on_edit",
    "reason_edit",
)


class DiscussionDialog(QDialog):
    def __init__(self, env: CheckEnv, detail: CheckDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DiscussionDialog()
        self.ui.setupUi(self)
        self.env, self.detail = env, detail
        self._version = detail.row_version  # as the dialog opened: a change meanwhile is refused
        self.dirty = False
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label, {"held_at": "held_at"})
        fill_combo(ui.method_combo, DiscussionMethod, "Choose…")
        fill_combo(ui.outcome_combo, DiscussionOutcome, "Choose…")
        for number, f in enumerate(detail.findings, start=1):
            item = QListWidgetItem(f"{number}. {f.category_label} ({f.policy_sections}) — {f.platform.label}")
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.findings_list.addItem(item)
        amending = detail.discussion is not None
        ui.reason_label.setVisible(amending)
        ui.reason_edit.setVisible(amending)
        self.setWindowTitle(
            "Change the discussion with the applicant" if amending else "Discussion with the applicant"
        )
        if detail.discussion is not None:
            self._fill(detail)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        watch_changes(
            (
                ui.held_on_edit,
                ui.held_time_edit,
                ui.method_combo,
                ui.present_edit,
                ui.findings_list,
                ui.applicant_account_edit,
                ui.assessment_edit,
                ui.outcome_combo,
                ui.decided_by_edit,
                ui.decision_reason_edit,
                ui.applicant_told_on_edit,
            ),
            self._mark,
        )
        # The applicant's account and the assessment can be long: keep them as a draft while typed.
        self.drafts = DraftKeeper(
            self, env.session, f"check_discussion:{env.check_id}",
            {name: getattr(ui, name) for name in DRAFT_FIELDS},
        )  # fmt: skip
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        scroll_body(self, ui.button_box)  # a long form scrolls; Save and Cancel stay in reach
        fit_to_screen(self, 1040, 620)

    def _fill(self, detail: CheckDetail) -> None:
        d = detail.discussion
        assert d is not None
        ui = self.ui
        held = london(d.held_at)
        ui.held_on_edit.setText(f"{held:%d/%m/%Y}")
        ui.held_time_edit.setText(f"{held:%H:%M}")
        set_combo(ui.method_combo, d.method.value)
        ui.present_edit.setPlainText(d.present)
        for row in range(ui.findings_list.count()):
            item = ui.findings_list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in d.findings_discussed
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        ui.applicant_account_edit.setPlainText(d.applicant_account)
        ui.assessment_edit.setPlainText(d.assessment)
        set_combo(ui.outcome_combo, d.outcome.value)
        ui.decided_by_edit.setText(d.decided_by)
        ui.decision_reason_edit.setPlainText(d.decision_reason)
        ui.applicant_told_on_edit.setText(date_text(d.applicant_told_on))

    def _mark(self, *_args: object) -> None:
        self.dirty = True
        self.drafts.changed()

    def held_at(self) -> datetime:
        day = read_date(self.ui.held_on_edit, "held_at", "the date of the discussion")
        if day is None:
            raise ValidationError("Enter when the discussion with the applicant took place.", "held_at")
        moment = datetime.combine(day, read_time(self.ui.held_time_edit.text()))
        return moment.replace(tzinfo=LONDON) if LONDON is not None else moment.astimezone()

    def discussion_input(self) -> DiscussionInput:
        """The form as typed; a date or time it cannot read is refused together with every
        other problem of the form (``refuse_all``)."""
        from lcs_desktop.services.check_inputs import discussion_values
        from lcs_desktop.services.check_types import DiscussionInput

        ui = self.ui
        ticked = tuple(
            int(ui.findings_list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(ui.findings_list.count())
            if ui.findings_list.item(r).checkState() == Qt.CheckState.Checked
        )
        local = Problems()
        discussion = DiscussionInput(
            held_at=local.check(self.held_at),
            method=combo_value(ui.method_combo),
            present=ui.present_edit.toPlainText(),
            findings_discussed=ticked,
            applicant_account=ui.applicant_account_edit.toPlainText(),
            assessment=ui.assessment_edit.toPlainText(),
            outcome=combo_value(ui.outcome_combo),
            decided_by=ui.decided_by_edit.text(),
            decision_reason=ui.decision_reason_edit.toPlainText(),
            applicant_told_on=local.check(
                read_date, ui.applicant_told_on_edit, "applicant_told_on", "the date the applicant was told"
            ),
        )
        if local.found:  # the rest checked without the clock (the service checks the dates)
            refuse_all(local, lambda: discussion_values(discussion, set(ticked), _NO_LIMIT, date.max))
        return discussion

    def accept(self) -> None:
        reason = self.ui.reason_edit.text() if self.detail.discussion is not None else None
        checks, user, check_id = self.env.session.checks, self.env.session.user, self.env.check_id
        try:
            discussion = self.discussion_input()
            try:
                checks.record_discussion(user, check_id, discussion, reason, expected_version=self._version)
            except EditConflict as conflict:
                choice = settle_in_dialog(
                    self,
                    conflict,
                    save_over=lambda v: checks.record_discussion(
                        user, check_id, discussion, reason, expected_version=v, overwrite=True
                    ),
                    fresh_version=lambda: checks.read_check(user, check_id).row_version,
                    review=self._review,
                    show=lambda message: show_error(self.ui.error_label, message),
                )
                if choice not in CLOSES:
                    return
        except LcsError as exc:
            self.messages.show(exc)
            return
        self.dirty = False
        super().accept()

    def _review(self, version: int) -> None:
        self._version = version
        self.env.reload()  # the check window behind shows their change

    def reject(self) -> None:
        if self.dirty and not confirm_discard(self, "the discussion"):
            return
        super().reject()
