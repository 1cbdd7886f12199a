"""Evidence on a case or on one chronology entry: the checks' evidence strip (paste, drop or
pick; thumbnails; SHA-256), storing each file as soon as it is added. Evidence on a case is
part of the record: it is never removed from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.checks.evidence_strip import EvidenceEntry, EvidenceStrip
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.evidence import EvidenceInfo


class CaseEvidenceStrip(EvidenceStrip):
    def __init__(self, env: CaseEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.entry_id: int | None = None
        self._shown: tuple[int, ...] | None = None
        self._storing: list[EvidenceEntry] = []
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
        """Each new file is stored (encrypted, audited) by a worker once its renditions are made."""
        env, entry_id = self._env, self.entry_id
        for entry in [e for e in self.entries if e.stored_id is None and e.data is not None and e.ready]:
            if any(entry is e for e in self._storing):
                continue
            self._storing.append(entry)
            name, data = entry.name, entry.data
            run_task(
                lambda name=name, data=data: env.cases.attach_evidence(
                    env.user, env.case_id, name, data, entry_id=entry_id
                ),
                lambda info, entry=entry: self._on_stored(entry, info),
                lambda exc, entry=entry: self._on_store_refused(entry, exc),
            )

    @property
    def busy(self) -> bool:
        return super().busy or bool(self._storing)

    def _on_stored(self, entry: EvidenceEntry, info: EvidenceInfo) -> None:
        if not isValid(self):
            return
        self._storing.remove(entry)
        entry.stored_id = info.id
        self._shown = (*(self._shown or ()), info.id)
        self._on_list_current_row_changed(self.list.currentRow())
        self._env.reload()

    def _on_store_refused(self, entry: EvidenceEntry, exc: LcsError) -> None:
        if not isValid(self):
            return
        self._storing.remove(entry)
        if entry in self.entries:
            row = self.entries.index(entry)
            self.entries.pop(row)
            self.list.takeItem(row)
        show_error(self.message_label, exc.message)
