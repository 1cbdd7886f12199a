"""Step 3, the checker's attestations (policy §3.1), and step 5, the result and completion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.attribution import attribution_sentence
from lcs_desktop.domain.checks import CheckResult
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.checks.step_base import CheckEnv, Step, heading, hint
from lcs_desktop.gui.fields import confirm_summary
from lcs_desktop.gui.formatting import date_time_text, isolated
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.wrap_check import wrapping_check_box

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckDetail

PUBLIC_ONLY = "I confirm that only &publicly accessible content was viewed (policy §3.1)."
NO_PRIVATE_ACCESS = (
    "I confirm that the applicant was &not asked for any password or private account details, and no "
    "private account was accessed (policy §3.1)."
)


class AttestStep(Step):
    title = "Attestations"

    def __init__(self, env: CheckEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Attestations", self))
        layout.addWidget(
            hint(
                "Policy §3.1: the check covers only what anyone can see publicly. The check cannot be "
                "completed without both confirmations.",
                self,
            )
        )
        # The sentences wrap (a plain QCheckBox cuts them off on a narrow screen).
        public_row, self.public_only_check = wrapping_check_box(PUBLIC_ONLY, self)
        self.public_only_check.setObjectName("public_only_check")
        private_row, self.no_private_access_check = wrapping_check_box(NO_PRIVATE_ACCESS, self)
        self.no_private_access_check.setObjectName("no_private_access_check")
        self._rows = (public_row, private_row)
        for row, box in zip(self._rows, (self.public_only_check, self.no_private_access_check), strict=True):
            box.clicked.connect(self.mark_dirty)
            layout.addWidget(row)
        # Who confirmed, when it was not the checker (or was never kept): the record says so.
        self.attribution_label = QLabel(self)
        self.attribution_label.setObjectName("attribution_label")
        self.attribution_label.setWordWrap(True)
        layout.addWidget(self.attribution_label)
        layout.addStretch(1)

    def fill(self, d: CheckDetail) -> None:
        self.public_only_check.setChecked(d.attest_public_only)
        self.no_private_access_check.setChecked(d.attest_no_private_access)
        editable = self.env.can_edit(d)
        for row in self._rows:
            row.setEnabled(editable)
        lines = [
            f"{what}: {attribution_sentence('Confirmed', 'who confirmed', by)}."
            for what, by in zip(("Public content only", "No private access"), d.attested_by, strict=True)
            if by is not None and (by.on_behalf or not by.known)
        ]
        if editable and d.checker_id != self.env.session.user.id:
            lines.append(
                f"You are not this check's checker ({isolated(d.checker)}): anything you confirm here is "
                "recorded in your name, on the checker's behalf."
            )
        show_message(self.attribution_label, "\n".join(lines) or None, "hint")

    def save(self, reason: str | None) -> None:
        self.env.session.checks.set_attestations(
            self.env.session.user,
            self.env.check_id,
            self.public_only_check.isChecked(),
            self.no_private_access_check.isChecked(),
            reason,
        )

    def is_done(self, d: CheckDetail) -> bool:
        return d.attest_public_only and d.attest_no_private_access


class ResultStep(Step):
    title = "Result and completion"

    def __init__(self, env: CheckEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Result", self))
        self.no_concerns_radio = QRadioButton("No &concerns", self)
        self.no_concerns_radio.setObjectName("no_concerns_radio")
        self.concerns_radio = QRadioButton(
            "Concerns &found — the applicant is asked about them before any decision", self
        )
        self.concerns_radio.setObjectName("concerns_radio")
        self.group = QButtonGroup(self)
        for radio in (self.no_concerns_radio, self.concerns_radio):
            self.group.addButton(radio)
            radio.clicked.connect(self.mark_dirty)
            layout.addWidget(radio)
        self.needs_label = QLabel(self)
        self.needs_label.setObjectName("needs_label")
        self.needs_label.setWordWrap(True)
        layout.addWidget(self.needs_label)
        row = QHBoxLayout()
        self.complete_button = QPushButton("Co&mplete the check", self)
        self.complete_button.setObjectName("complete_button")
        self.complete_button.clicked.connect(self._on_complete_button_clicked)
        row.addWidget(self.complete_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def fill(self, d: CheckDetail) -> None:
        self.group.setExclusive(False)  # so neither can be shown ticked for a new check
        self.no_concerns_radio.setChecked(d.result is CheckResult.NO_CONCERNS)
        self.concerns_radio.setChecked(d.result is CheckResult.CONCERNS_FOUND)
        self.group.setExclusive(True)
        editable = self.env.can_edit(d)
        for radio in (self.no_concerns_radio, self.concerns_radio):
            radio.setEnabled(editable)
        self.complete_button.setVisible(editable and not d.completed)
        if d.completed:
            show_message(self.needs_label, None)
        elif d.problems:
            show_message(
                self.needs_label,
                "Before the check can be completed:\n" + "\n".join(f"•  {p}" for p in d.problems),
                "hint",
            )
        else:
            show_message(self.needs_label, "Everything needed is recorded: the check can be completed.", "ok")
        show_message(self.status_label, self._status_text(d), "ok" if d.completed else "hint")

    @staticmethod
    def _status_text(d: CheckDetail) -> str:
        if not d.completed:
            return "The check is in progress: it is saved as you go, and can be finished later."
        result = d.result.label if d.result else ""
        by = d.completion
        if by is not None and by.on_behalf:
            done = (
                f"{attribution_sentence('Completed', 'who completed', by)} ({date_time_text(d.completed_at)})"
            )
        elif by is not None and not by.known:
            done = (
                f"Completed on {date_time_text(d.completed_at)} "
                "(recorded before LCS Desktop kept who completed)"
            )
        else:
            done = f"Completed by {d.completed_by} on {date_time_text(d.completed_at)}"
        text = f"{done}. Result: {result}."
        if d.result is CheckResult.CONCERNS_FOUND and d.discussion is None:
            text += (
                " Next: the safeguarding lead discusses the findings with the applicant (step 6) "
                "before any decision."
            )
        return text

    def save(self, reason: str | None) -> None:
        result = (
            CheckResult.NO_CONCERNS
            if self.no_concerns_radio.isChecked()
            else CheckResult.CONCERNS_FOUND
            if self.concerns_radio.isChecked()
            else None
        )
        if result is not None:
            self.env.session.checks.set_result(self.env.session.user, self.env.check_id, result, reason)

    def _on_complete_button_clicked(self) -> None:
        window = self.window()
        if hasattr(window, "save_current") and not window.save_current():
            return
        d = self.detail
        if (
            d is not None
            and not d.problems
            and not confirm_summary(
                self,
                "Complete the check?",
                f"Complete check {d.reference}? This records:",
                completion_lines(d, self.env.session.user.full_name, self.env.session.user.id),
                "Co&mplete the check",
            )
        ):
            return
        try:
            self.env.session.checks.complete_check(self.env.session.user, self.env.check_id)
        except LcsError as exc:
            show_error(self.needs_label, exc.message)
            return
        self.env.reload()

    def is_done(self, d: CheckDetail) -> bool:
        return d.completed


def completion_lines(d: CheckDetail, my_name: str, my_id: int) -> list[str]:
    """What "Complete the check" records, in words, for the confirmation."""
    platforms = ", ".join(dict.fromkeys(e.platform.label for e in d.scope)) or "none"
    found = len(d.findings)
    lines = [
        f"Person checked: {d.person.full_name} ({d.person.reference}), "
        f"for {d.role_applied_for or 'no role given'}",
        f"Platforms in scope: {platforms}",
        f"Findings recorded: {found}" if found else "Findings recorded: none",
        f"Result: {d.result.label if d.result else 'not chosen'}",
    ]
    by = f"Completed by you ({my_name})"
    if d.checker_id != my_id:
        by += f", on behalf of the checker ({d.checker})"
    lines.append(by + ", with today's date and time, in the check's history and the audit log")
    lines.append("After this, the check changes only with a reason, and every change is kept")
    return lines
