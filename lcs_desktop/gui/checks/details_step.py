"""Step 1, before the search (policy §3.1, §9): role, stage, who authorised the check, when the
applicant was told, why it is proportionate; and the interview-panel guard."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lcs_desktop.domain.checks import RecruitmentStage
from lcs_desktop.domain.errors import LcsError, Problems
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.checks.step_base import CheckEnv, Step
from lcs_desktop.gui.fields import (
    FieldMessages,
    combo_value,
    date_text,
    fill_combo,
    read_date,
    refuse_all,
    set_combo,
    watch_changes,
)
from lcs_desktop.gui.formatting import date_time_text, isolated
from lcs_desktop.gui.forms.ui_check_details_step import Ui_CheckDetailsStep
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckDetail

PANEL_WARNING = (
    "You are also on this applicant's interview panel. The policy keeps the check apart from the "
    "interview decision, so the safeguarding lead must confirm the check before it can be completed."
)


class DetailsStep(Step):
    title = "Before the search"

    def __init__(self, env: CheckEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.ui = Ui_CheckDetailsStep()
        self.ui.setupUi(self)
        self.messages = FieldMessages(self.ui, None)
        fill_combo(self.ui.stage_combo, RecruitmentStage, "Choose…")
        ui = self.ui
        watch_changes(
            (
                ui.role_applied_for_edit,
                ui.stage_combo,
                ui.authorised_by_edit,
                ui.privacy_notice_date_edit,
                ui.proportionality_reason_edit,
                ui.checker_on_panel_check,
            ),
            self.mark_dirty,
        )
        ui.checker_on_panel_check.toggled.connect(self._on_checker_on_panel_check_toggled)
        ui.confirm_panel_button.clicked.connect(self._on_confirm_panel_button_clicked)

    def fill(self, d: CheckDetail) -> None:
        ui = self.ui
        self.messages.clear()
        ui.role_applied_for_edit.setText(d.role_applied_for)
        set_combo(ui.stage_combo, d.stage.value if d.stage else None)
        ui.authorised_by_edit.setText(d.authorised_by)
        ui.privacy_notice_date_edit.setText(date_text(d.privacy_notice_date))
        if ui.proportionality_reason_edit.toPlainText() != d.proportionality_reason:
            ui.proportionality_reason_edit.setPlainText(d.proportionality_reason)
        ui.checker_on_panel_check.setChecked(d.checker_on_panel)
        editable = self.env.can_edit(d)
        for widget in (
            ui.role_applied_for_edit,
            ui.authorised_by_edit,
            ui.privacy_notice_date_edit,
        ):
            widget.setReadOnly(not editable)
        ui.proportionality_reason_edit.setReadOnly(not editable)
        ui.stage_combo.setEnabled(editable)
        ui.checker_on_panel_check.setEnabled(editable)
        self._show_panel(d)

    def _show_panel(self, d: CheckDetail) -> None:
        ui = self.ui
        on_panel = ui.checker_on_panel_check.isChecked()
        ui.panel_group.setVisible(on_panel)
        ui.panel_warning_label.setText(PANEL_WARNING)
        confirmed = d.panel_confirmation if d.checker_on_panel else None
        is_lead = self.env.session.user.can(Permission.CONFIRM_CHECK_GUARDS)
        if confirmed is not None:
            status = (
                f"Confirmed by {isolated(confirmed.by)} on {date_time_text(confirmed.at)}: {confirmed.note}"
            )
        elif not d.checker_on_panel:
            status = "Save this step first; then the safeguarding lead can confirm."
        elif is_lead:
            status = "Waiting for your confirmation as safeguarding lead."
        else:
            status = "Waiting for the safeguarding lead's confirmation."
        show_error(ui.panel_status_label, status)
        can_confirm = is_lead and d.checker_on_panel and confirmed is None
        ui.panel_note_edit.setVisible(can_confirm)
        ui.confirm_panel_button.setVisible(can_confirm)

    def _on_checker_on_panel_check_toggled(self) -> None:
        if self.detail is not None:
            self._show_panel(self.detail)

    def _on_confirm_panel_button_clicked(self) -> None:
        try:
            self.env.session.checks.confirm_panel_guard(
                self.env.session.user, self.env.check_id, self.ui.panel_note_edit.toPlainText()
            )
        except LcsError as exc:
            show_error(self.ui.panel_status_label, exc.message)
            self.ui.panel_note_edit.setFocus()
            return
        self.ui.panel_note_edit.clear()
        self.env.reload()

    def fields(self) -> tuple[QWidget, ...]:
        """The fields the user types in, in form order (the conflict dialog's "Review")."""
        ui = self.ui
        return (
            *(ui.role_applied_for_edit, ui.stage_combo, ui.authorised_by_edit, ui.privacy_notice_date_edit),
            *(ui.proportionality_reason_edit, ui.checker_on_panel_check),
        )

    def save(self, reason: str | None, *, over: int | None = None) -> None:
        """Saved against the check's version as loaded; ``over``: the version to overwrite
        (the conflict dialog's "Overwrite with mine", audited as an overwrite)."""
        from lcs_desktop.services.check_inputs import details_values
        from lcs_desktop.services.check_types import CheckDetailsInput

        ui = self.ui
        self.messages.clear()
        local = Problems()  # a date the form cannot read is refused with the rest of the form
        details = CheckDetailsInput(
            role_applied_for=ui.role_applied_for_edit.text(),
            stage=combo_value(ui.stage_combo),
            authorised_by=ui.authorised_by_edit.text(),
            privacy_notice_date=local.check(
                read_date,
                ui.privacy_notice_date_edit,
                "privacy_notice_date",
                "the date the applicant was told",
            ),
            proportionality_reason=ui.proportionality_reason_edit.toPlainText(),
            checker_on_panel=ui.checker_on_panel_check.isChecked(),
        )
        if local.found:
            refuse_all(local, lambda: details_values(details, date.max))
        version = over if over is not None else (self.detail.row_version if self.detail else None)
        self.env.session.checks.update_details(
            self.env.session.user,
            self.env.check_id,
            details,
            reason,
            expected_version=version,
            overwrite=over is not None,
        )

    def is_done(self, d: CheckDetail) -> bool:
        return bool(
            d.role_applied_for
            and d.stage
            and d.authorised_by
            and d.privacy_notice_date
            and d.proportionality_reason
            and (not d.checker_on_panel or d.panel_confirmation is not None)
        )

    def show_error(self, error: LcsError) -> bool:
        return self.messages.show(error)
