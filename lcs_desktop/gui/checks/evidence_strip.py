"""Evidence for a finding: paste a screenshot (Ctrl+V), drop files, or pick them; images shown as
thumbnails; each file's SHA-256 shown. Files are judged by content (domain.evidence) and refused
in plain words before anything is stored.

Nothing slow runs on the GUI thread: a pasted picture is encoded, and every new file checked and
rendered, by a worker (evidence_work); stored files show their small thumbnail, read only when
the strip is on screen and only for the icons in view. The original is read (and re-hashed)
only when a person opens it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.domain.evidence import IMAGE_TYPES, KIND_TEXT, MAX_BYTES, check_file
from lcs_desktop.gui.checks.evidence_thumbnails import LazyThumbnails
from lcs_desktop.gui.checks.evidence_work import (
    THUMB,
    Ready,
    Shown,
    ThumbnailSource,
    prepare_file,
    prepare_picture,
)
from lcs_desktop.gui.formatting import size_text
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.tasks import run_task

FILTER = "Evidence (*.png *.jpg *.jpeg *.webp *.pdf);;All files (*)"


@dataclass
class EvidenceEntry:
    name: str
    media_type: str
    size: int
    sha256: str
    data: bytes | None  # None for a stored file whose bytes were not loaded
    stored_id: int | None = None  # set for a file already in the database
    problem: str | None = None  # why the stored bytes are not shown (e.g. altered since stored)
    ready: bool = True  # False while a worker makes a new file's renditions


class EvidenceStrip(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[EvidenceEntry] = []
        self.removed_ids: list[int] = []
        self.editable = True
        # Set by the form: stored files' thumbnails (by id, one audited batch) and an original
        # for the preview (audited, re-hashed). Without them a stored file shows as an icon.
        self.thumbnails: ThumbnailSource | None = None
        self.originals: Callable[[int], bytes] | None = None
        self._preparing = 0
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Evidence files")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.drop_hint = QLabel(
            "Paste a screenshot with Ctrl+V, drop files here, or add them. PNG, JPEG, WebP or PDF, "
            "25 MB each at most.",
            self,
        )
        self.drop_hint.setProperty("role", "hint")
        self.drop_hint.setWordWrap(True)
        layout.addWidget(self.drop_hint)
        self.list = QListWidget(self)
        self.list.setObjectName("evidence_list")
        self.list.setAccessibleName("Evidence files")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 44))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(THUMB + 56)
        self.list.installEventFilter(self)
        self.lazy = LazyThumbnails(self)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.paste_button = QPushButton("&Paste screenshot", self)
        self.paste_button.setObjectName("paste_button")
        self.paste_button.setToolTip("Paste a screenshot copied to the clipboard (Ctrl+V)")
        self.add_button = QPushButton("Add fi&les…", self)
        self.add_button.setObjectName("add_files_button")
        self.remove_button = QPushButton("Remove fi&le", self)
        self.remove_button.setObjectName("remove_file_button")
        for button in (self.paste_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("evidence_details_label")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details_label)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("evidence_message_label")
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        show_error(self.message_label, None)
        layout.addWidget(self.message_label)
        self.paste_button.clicked.connect(self.paste)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self._on_list_current_row_changed(-1)

    # -- filling -----------------------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.setAcceptDrops(editable)
        for widget in (self.paste_button, self.add_button, self.remove_button, self.drop_hint):
            widget.setVisible(editable)

    def add_stored(self, entries: Iterable[EvidenceEntry]) -> None:
        for entry in entries:
            self.lazy.asked.discard(entry.stored_id or 0)
            self._append(entry)
        if self.list.count():
            self.list.setCurrentRow(0)  # its SHA-256 shows at once
        self.lazy.schedule()

    @property
    def busy(self) -> bool:
        """A pasted or added file is still being prepared (it is not in ``pending`` yet)."""
        return self._preparing > 0

    def pending(self) -> list[tuple[str, bytes]]:
        """New files, as (name, bytes), for the service (renditions a worker has made are reused)."""
        return [(e.name, e.data) for e in self.entries if e.stored_id is None and e.data is not None]

    @property
    def has_changes(self) -> bool:
        return bool(self.pending() or self.removed_ids)

    # -- adding -------------------------------------------------------------------------------------

    def add_bytes(self, name: str, data: bytes) -> bool:
        """Check one file by its content (hashing a screenshot takes milliseconds); show the
        refusal and return False if it is not accepted. Its thumbnail is made by a worker."""
        try:
            checked = check_file(name, data)
        except ValidationError as exc:
            show_error(self.message_label, exc.message)
            return False
        if self._duplicate(checked.filename, checked.sha256):
            return False
        entry = EvidenceEntry(checked.filename, checked.media_type, checked.size, checked.sha256, data)
        entry.ready = False
        self._append(entry)
        self.list.setCurrentRow(self.list.count() - 1)
        self._prepare(lambda: prepare_file(checked.filename, data), entry)
        return True

    def add_picture(self, name: str, image: QImage) -> None:
        """A picture from the clipboard or a drop: encoded as PNG and rendered by a worker."""
        copy = QImage(image)  # implicitly shared: no pixels are copied here
        self.details_label.setText("Preparing the picture…")
        self._prepare(lambda: prepare_picture(name, copy), None)

    def _duplicate(self, filename: str, sha256: str) -> bool:
        if any(e.sha256 == sha256 for e in self.entries):
            show_error(self.message_label, f"'{filename}' is already attached to this finding.")
            return True
        show_error(self.message_label, None)
        return False

    def _prepare(self, work: Callable[[], Ready], entry: EvidenceEntry | None) -> None:
        self._preparing += 1
        run_task(work, lambda ready: self._on_ready(ready, entry), self._on_prepare_error)

    def _on_ready(self, ready: Ready, entry: EvidenceEntry | None) -> None:
        if not isValid(self):  # the form was closed meanwhile
            return
        self._preparing -= 1
        p = ready.prepared
        if entry is None:  # a picture: known only now
            if self._duplicate(p.name, p.checked.sha256):
                self._on_list_current_row_changed(self.list.currentRow())
                return
            entry = EvidenceEntry(p.name, p.checked.media_type, p.checked.size, p.checked.sha256, p.data)
            self._append(entry)
            self.list.setCurrentRow(self.list.count() - 1)
        elif entry not in self.entries:  # removed while it was being prepared
            return
        entry.ready = True
        if ready.picture is not None:
            self.list.item(self.entries.index(entry)).setIcon(QIcon(QPixmap.fromImage(ready.picture)))
        self.changed.emit()

    def _on_prepare_error(self, exc: LcsError) -> None:
        if isValid(self):
            self._preparing -= 1
            show_error(self.message_label, exc.message)

    def add_paths(self, paths: Iterable[Path]) -> None:
        for path in paths:
            try:
                size = path.stat().st_size
                if size > MAX_BYTES:  # refused without reading it into memory
                    show_error(
                        self.message_label,
                        f"'{path.name}' is {size / (1024 * 1024):.1f} MB; evidence files can be "
                        "25 MB at most. "
                        "Save a smaller screenshot or split the PDF.",
                    )
                    continue
                data = path.read_bytes()
            except OSError as exc:
                show_error(self.message_label, f"'{path.name}' cannot be read ({exc.strerror}).")
                continue
            self.add_bytes(path.name, data)

    def paste(self) -> None:
        if not self.editable:
            return
        mime = QApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.add_picture(f"Screenshot {datetime.now():%d-%m-%Y %H-%M-%S}.png", image)
                return
        if mime is not None and mime.hasUrls():
            self.add_paths(Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
            return
        show_error(
            self.message_label,
            "The clipboard holds no picture or file. Take a screenshot (for example with Windows key + "
            "Shift + S), then paste it here.",
        )

    def _on_add_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Choose evidence files", "", FILTER)
        self.add_paths(Path(n) for n in names)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or not self.editable:
            return
        entry = self.entries.pop(row)
        if entry.stored_id is not None:
            self.removed_ids.append(entry.stored_id)
        self.list.takeItem(row)
        self.changed.emit()

    # -- showing ---------------------------------------------------------------------------------------

    def show_thumbnails(self, shown: dict[int, Shown]) -> None:
        """Thumbnails read by a worker (LazyThumbnails), with any problem found on the way."""
        for row, entry in enumerate(self.entries):
            found = shown.get(entry.stored_id or 0)
            if found is None:
                continue
            entry.problem = entry.problem or found.problem
            if found.picture is not None:
                self.list.item(row).setIcon(QIcon(QPixmap.fromImage(found.picture)))
        self._on_list_current_row_changed(self.list.currentRow())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.lazy.schedule()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.lazy.schedule()

    def _append(self, entry: EvidenceEntry) -> None:
        self.entries.append(entry)
        item = QListWidgetItem(self._icon(entry), entry.name)
        item.setToolTip(
            f"{entry.name}\n{KIND_TEXT.get(entry.media_type, '')}, {size_text(entry.size)}\n"
            f"SHA-256 {entry.sha256}"
        )
        item.setSizeHint(QSize(THUMB + 36, THUMB + 40))
        self.list.addItem(item)

    def _icon(self, entry: EvidenceEntry) -> QIcon:
        """A file icon until its thumbnail arrives from a worker (never decoded here)."""
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _on_list_current_row_changed(self, row: int) -> None:
        self.remove_button.setEnabled(row >= 0)
        if row < 0 or row >= len(self.entries):
            self.details_label.setText("")
            return
        e = self.entries[row]
        state = "stored" if e.stored_id is not None else "not saved yet"
        warning = f"<br><b>{_escape(e.problem)}</b>" if e.problem else ""
        self.details_label.setText(
            f"<b>{_escape(e.name)}</b> — {KIND_TEXT.get(e.media_type, e.media_type)}, {size_text(e.size)}, "
            # The 64-digit hash in two lines: one unbreakable line would widen the dialog.
            f"{state}<br>SHA-256: <span style='font-family: monospace'>"
            f"{e.sha256[:32]}<br>{e.sha256[32:]}</span>{warning}"
        )

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        entry = self.entries[row]
        if entry.media_type not in IMAGE_TYPES:
            return
        data = entry.data
        if data is None and entry.stored_id is not None and self.originals is not None:
            try:  # the original, audited and re-hashed: an altered file is said, never shown
                data = self.originals(entry.stored_id)
            except LcsError as exc:
                entry.problem = exc.message
                self._on_list_current_row_changed(row)
        if data or entry.problem:
            from lcs_desktop.gui.checks.evidence_preview import EvidencePreview

            EvidencePreview(entry.name, data, entry.sha256, self, problem=entry.problem).exec()

    # -- keyboard, drag and drop -------------------------------------------------------------------------

    def _key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.list.hasFocus():
            self.remove_selected()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and (event.mimeData().hasUrls() or event.mimeData().hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls():
            self.add_paths(Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
        elif mime.hasImage():
            self.add_picture(
                f"Dropped picture {datetime.now():%d-%m-%Y %H-%M-%S}.png", QImage(mime.imageData())
            )
        event.acceptProposedAction()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
