"""Stored evidence thumbnails, read lazily for an evidence strip: only while the strip is on
screen (a hidden tab reads and decodes nothing), only for the icons in view, each once; read
and decoded by a worker, then handed to the strip to show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.evidence import IMAGE_TYPES
from lcs_desktop.gui.checks.evidence_work import Shown, load_thumbnails
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.gui.checks.evidence_strip import EvidenceStrip


class LazyThumbnails(QObject):
    def __init__(self, strip: EvidenceStrip) -> None:
        super().__init__(strip)
        self._strip = strip
        self.asked: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the layout settles, once per burst of scrolling
        self._timer.timeout.connect(self._load)
        strip.list.verticalScrollBar().valueChanged.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def _load(self) -> None:
        strip = self._strip
        source = strip.thumbnails
        if source is None or not strip.isVisible():
            return
        view = strip.list.viewport().rect()
        ids = [
            e.stored_id
            for row, e in enumerate(strip.entries)
            if e.stored_id is not None
            and e.stored_id not in self.asked
            and e.media_type in IMAGE_TYPES
            and strip.list.visualItemRect(strip.list.item(row)).intersects(view)
        ]
        if ids:
            self.asked.update(ids)
            run_task(lambda: load_thumbnails(source, ids), self._on_loaded, self._on_error)

    def _on_loaded(self, shown: dict[int, Shown]) -> None:
        if isValid(self._strip):  # the form may have closed meanwhile
            self._strip.show_thumbnails(shown)

    def _on_error(self, exc: LcsError) -> None:
        if isValid(self._strip):
            show_error(self._strip.message_label, exc.message)
