"""One finding: where and when it was seen, what was seen, its category from the policy catalogue
(with the policy's own words), severity, relevance, and its evidence. Saves through the service;
a refusal is shown beside its field and nothing typed is lost."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lcs_desktop.domain import catalogue
from lcs_desktop.domain.checks import Platform, Relevance, Severity
from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.domain.errors import LcsError, Problems
from lcs_desktop.gui.checks.evidence_strip import EvidenceEntry, EvidenceStrip
from lcs_desktop.gui.checks.step_base import CheckEnv
from lcs_desktop.gui.conflict_dialog import ConflictChoice, settle_in_dialog
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
from lcs_desktop.gui.forms.ui_finding_dialog import Ui_FindingDialog
from lcs_desktop.gui.screen_fit import fit_to_screen, scroll_body, shrinkable_combos
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckDetail, FindingDetail, FindingInput
    from lcs_desktop.services.evidence import EvidenceInfo


DRAFT_FIELDS = (
    "platform_combo",
    "address_edit",
    "content_date_edit",
    "captured_on_edit",
    "seen_edit",
    "category_combo",
    "severity_combo",
    "relevance_combo",
    "reason_edit",
)


class FindingDialog(QDialog):
    def __init__(
        self, env: CheckEnv, detail: CheckDetail, finding: FindingDetail | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingDialog()
        self.ui.setupUi(self)
        self.env, self.detail, self.finding = env, detail, finding
        self._version = detail.row_version  # as the dialog opened: a change meanwhile is refused
        self.finding_id = finding.id if finding else None
        self.dirty = False
        self.editable = env.can_edit(detail)
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        fill_combo(ui.platform_combo, Platform, "Choose…")
        fill_combo(ui.severity_combo, Severity, "Choose…")
        fill_combo(ui.relevance_combo, Relevance, "Choose…")
        ui.category_combo.addItem("Choose from the policy catalogue…", None)
        for entry in catalogue.CATALOGUE:
            ui.category_combo.addItem(entry.display, entry.code)
        self.strip = EvidenceStrip(self)
        self.strip.setObjectName("evidence_strip")
        ui.evidence_layout.addWidget(self.strip)
        self.strip.set_editable(self.editable)
        checks, user = env.session.checks, env.session.user
        self.strip.thumbnails = lambda ids: checks.evidence_thumbnails(user, ids)
        self.strip.originals = lambda evidence_id: checks.evidence_bytes(user, evidence_id)
        ui.columns_layout.setStretch(0, 3)
        ui.columns_layout.setStretch(1, 2)
        ui.reason_label.setVisible(detail.completed and self.editable)
        ui.reason_edit.setVisible(detail.completed and self.editable)
        self.setWindowTitle("Finding" if finding else "Add a finding")
        if finding is not None:
            self._fill(finding)
        else:
            ui.captured_on_edit.setText(date_text(env.session.workspace.today()))
        self._on_category_combo_changed()
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(self.editable)
        save.setDefault(True)
        if not self.editable:
            for edit in (ui.address_edit, ui.content_date_edit, ui.captured_on_edit):
                edit.setReadOnly(True)
            ui.seen_edit.setReadOnly(True)
            for combo in (ui.platform_combo, ui.category_combo, ui.severity_combo, ui.relevance_combo):
                combo.setEnabled(False)
        watch_changes(
            (
                ui.platform_combo,
                ui.address_edit,
                ui.content_date_edit,
                ui.captured_on_edit,
                ui.seen_edit,
                ui.category_combo,
                ui.severity_combo,
                ui.relevance_combo,
            ),
            self._mark,
        )
        self.strip.changed.connect(self._mark)
        # What was seen can be long: keep the typing as a draft (the evidence is kept when saved).
        key = f"check_finding:{env.check_id}:{finding.id if finding else 'new'}"
        self.drafts = DraftKeeper(self, env.session, key, {name: getattr(ui, name) for name in DRAFT_FIELDS})
        ui.category_combo.currentIndexChanged.connect(self._on_category_combo_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        scroll_body(self, ui.button_box)  # a long form scrolls; Save and Cancel stay in reach
        shrinkable_combos(self, 30)  # the longest category would make the dialog 1080 px wide
        fit_to_screen(self, 1000, 600)

    def _fill(self, f: FindingDetail) -> None:
        ui = self.ui
        set_combo(ui.platform_combo, f.platform.value)
        ui.address_edit.setText(f.address)
        ui.content_date_edit.setText(date_text(f.content_date))
        ui.captured_on_edit.setText(date_text(f.captured_on))
        ui.seen_edit.setPlainText(f.seen)
        set_combo(ui.category_combo, f.category)
        set_combo(ui.severity_combo, f.severity.value)
        set_combo(ui.relevance_combo, f.relevance.value)
        checks, user = self.env.session.checks, self.env.session.user
        self.strip.add_stored(_stored_entry(checks, user, e) for e in f.evidence)
        self.dirty = False

    def _mark(self, *_args: object) -> None:
        self.dirty = True
        if self.editable:
            self.drafts.changed()

    def offer_draft(self) -> None:
        if self.editable and self.drafts.offer_restore():
            self.dirty = True

    def _on_category_combo_changed(self, *_args: object) -> None:
        code = combo_value(self.ui.category_combo)
        if not code:
            self.ui.category_policy_label.setText("Each category quotes the policy section it comes from.")
            return
        entry = catalogue.entry(code)
        quotes = "\n".join(f"“{c.text}” — {c.citation}" for c in entry.clauses)
        advisory = "\nAdvisory: a recommendation of the policy, not a rule broken." if entry.advisory else ""
        self.ui.category_policy_label.setText(quotes + advisory)

    def finding_input(self) -> FindingInput:
        """The form as typed; a date it cannot read is refused together with every other
        problem of the form (``refuse_all``)."""
        from lcs_desktop.services.check_inputs import finding_values
        from lcs_desktop.services.check_types import FindingInput

        ui = self.ui
        local = Problems()
        finding = FindingInput(
            platform=combo_value(ui.platform_combo),
            address=ui.address_edit.text(),
            content_date=local.check(
                read_date, ui.content_date_edit, "content_date", "the date of the content"
            ),
            captured_on=local.check(read_date, ui.captured_on_edit, "captured_on", "the date captured"),
            seen=ui.seen_edit.toPlainText(),
            category=combo_value(ui.category_combo) or "",
            severity=combo_value(ui.severity_combo),
            relevance=combo_value(ui.relevance_combo),
        )
        if local.found:
            refuse_all(local, lambda: finding_values(finding, date.max))
        return finding

    def accept(self) -> None:
        checks, user = self.env.session.checks, self.env.session.user
        if self.strip.busy:  # a pasted picture not yet in the list would be left out
            show_error(self.ui.error_label, "A picture is still being added. Save again in a moment.")
            return
        reason = self.ui.reason_edit.text() if self.detail.completed else None
        try:
            finding = self.finding_input()
            if self.finding_id is None:
                self.finding_id = checks.add_finding(
                    user, self.env.check_id, finding, self.strip.pending(), reason
                )
            else:
                choice = self._edit(finding, reason)
                if choice is ConflictChoice.KEEP_THEIRS:
                    self.dirty = False
                    super().accept()  # nothing of mine saved: the check shows theirs
                    return
                if choice is not None:
                    return  # reviewing, or the dialog was closed: what was typed stays here
                for name, data in self.strip.pending():
                    checks.add_evidence(user, self.finding_id, name, data, reason=reason)
                for evidence_id in self.strip.removed_ids:
                    checks.remove_evidence(user, evidence_id, reason)
        except LcsError as exc:
            if not self.messages.show(exc) and getattr(exc, "field", None) == "reason":
                self.ui.reason_edit.setFocus()
            return
        self.dirty = False
        super().accept()

    def _edit(self, finding: FindingInput, reason: str | None) -> ConflictChoice | None:
        """Save the finding against the check's version as the dialog opened. None: saved (or
        saved over theirs); otherwise the conflict dialog's choice that ends the save here."""
        checks, user, check_id = self.env.session.checks, self.env.session.user, self.env.check_id
        assert self.finding_id is not None
        finding_id = self.finding_id
        try:
            checks.edit_finding(user, finding_id, finding, reason, expected_version=self._version)
        except EditConflict as conflict:
            choice = settle_in_dialog(
                self,
                conflict,
                save_over=lambda v: checks.edit_finding(
                    user, finding_id, finding, reason, expected_version=v, overwrite=True
                ),
                fresh_version=lambda: checks.read_check(user, check_id).row_version,
                review=self._review,
                show=lambda message: show_error(self.ui.error_label, message),
            )
            return None if choice is ConflictChoice.OVERWRITE else (choice or ConflictChoice.REVIEW)
        return None

    def _review(self, version: int) -> None:
        self._version = version
        self.env.reload()  # the check window behind shows their change

    def reject(self) -> None:
        if self.dirty and self.editable and not confirm_discard(self, "this finding"):
            return
        super().reject()


def _stored_entry(checks: object, user: object, e: EvidenceInfo) -> EvidenceEntry:
    """A stored file as the strip shows it: its thumbnail comes when in view, its bytes only
    when opened (``checks``/``user`` kept for callers)."""
    return EvidenceEntry(e.filename, e.media_type, e.size, e.sha256, None, e.id)
