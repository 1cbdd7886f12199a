"""Evidence on a case or on one chronology entry: the checks' evidence strip (paste, drop or
pick; thumbnails; SHA-256), storing each file as soon as it is added. Evidence on a case is
part of the record: it is never removed from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.checks.evidence_strip import EvidenceEntry, EvidenceStrip
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.evidence import EvidenceInfo


class CaseEvidenceStrip(EvidenceStrip):
    def __init__(self, env: CaseEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.entry_id: int | None = None
        self._shown: tuple[int, ...] | None = None
        self.remove_button.hide()
        self.changed.connect(self._store_pending)
        self.thumbnails = lambda ids: env.cases.evidence_thumbnails(env.user, env.case_id, ids)
        self.originals = lambda evidence_id: env.cases.evidence_bytes(env.user, env.case_id, evidence_id)

    def show_files(self, files: tuple[EvidenceInfo, ...], entry_id: int | None, editable: bool) -> None:
        """The stored files: names and hashes now, thumbnails when they come into view."""
        ids = tuple(f.id for f in files)
        self.set_editable(editable)
        self.remove_button.hide()
        if ids == self._shown and entry_id == self.entry_id:
            return
        self.entry_id = entry_id
        self._shown = ids
        self.entries.clear()
        self.list.clear()
        self.add_stored(
            EvidenceEntry(info.filename, info.media_type, info.size, info.sha256, None, info.id)
            for info in files
        )

    def remove_selected(self) -> None:
        """Never: evidence stays with the case (a file added in error is explained in the chronology)."""

    def _store_pending(self) -> None:
        env = self._env
        for entry in [e for e in self.entries if e.stored_id is None and e.data is not None and e.ready]:
            try:
                info = env.cases.attach_evidence(
                    env.user, env.case_id, entry.name, entry.data, entry_id=self.entry_id
                )
            except LcsError as exc:
                row = self.entries.index(entry)
                self.entries.pop(row)
                self.list.takeItem(row)
                show_error(self.message_label, exc.message)
                return
            entry.stored_id = info.id
            self._shown = (*(self._shown or ()), info.id)
        self._on_list_current_row_changed(self.list.currentRow())
        env.reload()
