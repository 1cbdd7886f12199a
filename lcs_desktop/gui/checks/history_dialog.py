"""Versions of a completed check: each change kept its earlier version and why it was made."""

from __future__ import annotations

import json
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

from lcs_desktop.domain.errors import LcsError
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


def readable(data: dict, indent: str = "") -> str:  # type: ignore[type-arg]
    """The kept snapshot as labelled lines (no JSON punctuation for the reader)."""
    lines: list[str] = []
    for key, value in data.items():
        if key in {"id", "checker_id", "warnings"}:
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
                    lines.append(f"{indent}  {entry}")
        else:
            shown = (
                "yes" if value is True else "no" if value is False else "" if value is None else str(value)
            )
            lines.append(f"{indent}{label}: {shown}")
    return "\n".join(line for line in lines if line)
