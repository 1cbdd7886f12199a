"""Versions of a completed check: each change kept its earlier version and why it was made."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.checks import LABELS as DOMAIN_LABELS
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.formatting import date_time_text

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckDetail
    from lcs_desktop.services.session import SignedIn

LABELS = {
    "role_applied_for": "Role applied for",
    "authorised_by": "Authorised by",
    "privacy_notice_date": "Applicant told on",
    "proportionality_reason": "Why proportionate",
    "result": "Result",
    "status": "Status",
    "attest_public_only": "Public content only",
    "attest_no_private_access": "No private access",
    "attested_by": "Attestations confirmed by",
    "completion": "Completion",
    "capacity": "Acting as",
    "on_behalf": "On the checker's behalf",
}


class HistoryDialog(QDialog):
    def __init__(self, session: SignedIn, detail: CheckDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Versions of check {detail.reference}")
        self._session, self.detail = session, detail
        layout = QVBoxLayout(self)
        intro = QLabel(
            "A completed check is never changed silently: each change kept the version before it, with the "
            "reason. Choose a version to read it as it stood.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.versions_list = QListWidget(splitter)
        self.versions_list.setObjectName("versions_list")
        self.versions_list.setAccessibleName("Versions")
        self.versions_list.setWordWrap(True)
        current = QListWidgetItem(f"Version {detail.version} (current)")
        current.setData(Qt.ItemDataRole.UserRole, None)
        self.versions_list.addItem(current)
        for v in reversed(detail.versions):
            item = QListWidgetItem(
                f"Version {v.version}\nchanged {date_time_text(v.amended_at)} by {v.amended_by}\n"
                f"why: {v.reason}"
            )
            item.setData(Qt.ItemDataRole.UserRole, v.version)
            self.versions_list.addItem(item)
        self.text = QPlainTextEdit(splitter)
        self.text.setObjectName("version_text")
        self.text.setAccessibleName("The chosen version")
        self.text.setReadOnly(True)
        splitter.setSizes([280, 520])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.versions_list.currentItemChanged.connect(self._on_versions_list_current_item_changed)
        self.versions_list.setCurrentRow(0)
        self.resize(860, 520)

    def _on_versions_list_current_item_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        version = item.data(Qt.ItemDataRole.UserRole)
        if version is None:
            self.text.setPlainText("The check as it stands now is shown in the check window.")
            return
        try:
            snapshot = self._session.checks.version_snapshot(self._session.user, self.detail.id, int(version))
        except LcsError as exc:
            self.text.setPlainText(exc.message)
            return
        self.text.setPlainText(readable(json.loads(snapshot)))


FIRST = (
    "reference",
    "status",
    "person",
    "role_applied_for",
    "stage",
    "authorised_by",
    "privacy_notice_date",
    "proportionality_reason",
    "checker",
    "result",
    "scope",
    "findings",
    "discussion",
)
SKIP = {"id", "checker_id", "warnings", "owner_id", "owner_type", "findings_discussed", "version"}
_VALUE_LABELS = {str(member.value): text for member, text in DOMAIN_LABELS.items()}
_VALUE_LABELS.update({role.value: role.label for role in Role})  # the capacity someone acted in
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _shown(value: object) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value is None:
        return ""
    text = str(value)
    if _ISO_MOMENT.match(text):
        return date_time_text(datetime.fromisoformat(text))
    if _ISO_DAY.match(text):
        return f"{date.fromisoformat(text):%d/%m/%Y}"
    return _VALUE_LABELS.get(text, text)


def readable(data: dict, indent: str = "") -> str:  # type: ignore[type-arg]
    """The kept snapshot as labelled lines in form order (no JSON punctuation for the reader)."""
    keys = [k for k in FIRST if k in data] + sorted(k for k in data if k not in FIRST)
    lines: list[str] = []
    for key in keys:
        value = data[key]
        if key in SKIP:
            continue
        label = LABELS.get(key, key.replace("_", " ").capitalize())
        if isinstance(value, dict):
            lines.append(f"{indent}{label}:")
            lines.append(readable(value, indent + "    "))
        elif isinstance(value, list):
            lines.append(f"{indent}{label}:{' none' if not value else ''}")
            for number, entry in enumerate(value, start=1):
                if isinstance(entry, dict):
                    lines.append(f"{indent}  {number}.")
                    lines.append(readable(entry, indent + "      "))
                else:
                    lines.append(f"{indent}  {_shown(entry)}")
        else:
            lines.append(f"{indent}{label}: {_shown(value)}")
    return "\n".join(line for line in lines if line)
