"""The chronology as an append-only timeline: every entry in order, corrected entries kept and
marked, each correction pointing at the entry it puts right. The selected entry is shown in
full beside the list with its evidence."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.gui.cases.case_evidence import CaseEvidenceStrip
from lcs_desktop.gui.cases.entry_dialog import ChronologyEntryDialog
from lcs_desktop.gui.formatting import date_time_text, isolated

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.case_types import CaseDetail, EntryView

ID_ROLE = Qt.ItemDataRole.UserRole
GREY = QColor("#6b7580")


class ChronologyWidget(QWidget):
    def __init__(self, env: CaseEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.entries: list[EntryView] = []
        self._numbers: dict[int, int] = {}
        self._editable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("&Add to the chronology…", self)
        self.add_button.setObjectName("add_entry_button")
        self.correct_button = QPushButton("Co&rrect this entry…", self)
        self.correct_button.setObjectName("correct_entry_button")
        self.correct_button.setToolTip(
            "Entries are never changed: a correction is a new entry pointing at this one"
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "hint")
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("chronology_list")
        self.list.setAccessibleName("Chronology, oldest first")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.detail_label = QLabel(side)
        self.detail_label.setObjectName("entry_detail_label")
        self.detail_label.setWordWrap(True)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(side)
        scroll.setAccessibleName("The chosen entry")  # a Tab stop: long entries scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail_label)
        side_layout.addWidget(scroll, 3)
        evidence_title = QLabel("<b>Evidence on this entry</b>", side)
        side_layout.addWidget(evidence_title)
        self.strip = CaseEvidenceStrip(env, side)
        self.strip.setObjectName("entry_evidence_strip")
        side_layout.addWidget(self.strip, 2)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 460])
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    def show_detail(self, detail: CaseDetail) -> None:
        selected = self.selected()
        keep = selected.id if selected is not None else None
        self._editable = self._env.can_work(detail)
        self.add_button.setEnabled(self._editable)
        self.entries = list(detail.chronology)
        self._numbers = {e.id: n for n, e in enumerate(self.entries, start=1)}
        self.list.blockSignals(True)
        self.list.clear()
        for number, entry in enumerate(self.entries, start=1):
            self.list.addItem(self._item(number, entry))
        self.list.blockSignals(False)
        count = len(self.entries)
        self.count_label.setText(f"{count} entr{'y' if count == 1 else 'ies'}")
        row = next((i for i, e in enumerate(self.entries) if e.id == keep), count - 1)
        self.list.setCurrentRow(row)
        self._on_list_current_row_changed(row)

    def _item(self, number: int, e: EntryView) -> QListWidgetItem:
        lines = [f"{number}.  {date_time_text(e.occurred_at)}  ·  {e.kind.label}", e.summary]
        if e.corrects_id is not None:
            lines.append(f"↳ Correction of entry {self._numbers.get(e.corrects_id, '?')}")
        if e.is_corrected:
            later = ", ".join(str(self._numbers.get(i, "?")) for i in e.corrected_by)
            lines.append(f"Corrected by entry {later}")
        if e.evidence:
            lines.append(f"Evidence: {len(e.evidence)} file{'s' if len(e.evidence) != 1 else ''}")
        item = QListWidgetItem("\n".join(lines))
        item.setData(ID_ROLE, e.id)
        if e.is_corrected:
            item.setForeground(QBrush(GREY))
            font = QFont()
            font.setItalic(True)
            item.setFont(font)
        return item

    def selected(self) -> EntryView | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        entry = self.selected()
        self.correct_button.setEnabled(entry is not None and self._editable)
        if entry is None:
            self.detail_label.setText("No entries yet.")
            self.strip.show_files((), None, False)
            return
        self.detail_label.setText(self._detail_html(entry))
        self.strip.show_files(entry.evidence, entry.id, self._editable)

    def _detail_html(self, e: EntryView) -> str:
        parts = [
            f"<p><b>{escape(e.kind.label)}</b> — {date_time_text(e.occurred_at)}</p>",
            f"<p style='font-size: 12pt'>{escape(e.summary)}</p>",
        ]
        if e.is_corrected:
            later = ", ".join(str(self._numbers.get(i, "?")) for i in e.corrected_by)
            parts.append(f"<p style='color:#b00020'>This entry was corrected by entry {later}.</p>")
        if e.corrects_id is not None:
            parts.append(f"<p><i>Corrects entry {self._numbers.get(e.corrects_id, '?')}.</i></p>")
        if e.participants:
            parts.append(f"<p><b>Who took part:</b> {escape(e.participants)}</p>")
        if e.details:
            parts.append("<p>" + escape(e.details).replace("\n", "<br>") + "</p>")
        parts.append(
            f"<p style='color:#4a5560'>Recorded by {escape(isolated(e.recorded_by))} on "
            f"{date_time_text(e.recorded_at)}</p>"
        )
        return "".join(parts)

    def _on_add_button_clicked(self) -> None:
        self._open_dialog(None)

    def _on_correct_button_clicked(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._open_dialog(entry)

    def _open_dialog(self, original: EntryView | None) -> None:
        dialog = ChronologyEntryDialog(self._env, original, self)
        dialog.drafts.offer_restore()
        if dialog.exec() and dialog.entry_id is not None:
            self._env.reload()
            row = next((i for i, e in enumerate(self.entries) if e.id == dialog.entry_id), -1)
            if row >= 0:
                self.list.setCurrentRow(row)
