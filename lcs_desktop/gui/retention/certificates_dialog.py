"""The deletion certificates (issue 10): the ``record_deleted`` / ``record_reduced`` events,
newest first, content-free as the service returns them, and "Print as PDF…" for the chosen
ones (or all shown). The PDF is built off the GUI thread; each certificate's check against the
audit chain is printed on it (checking every row here would cost a read per row)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.pdf_export import ExportJob, JobDialog, documents_folder
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.table_fit import fit_columns

if TYPE_CHECKING:
    from lcs_desktop.services.deletion_certificates import Certificate
    from lcs_desktop.services.session import SignedIn

PAGE = 200
COLUMNS: tuple[tuple[str, Callable[[Certificate], str]], ...] = (
    ("When", lambda c: date_time_text(c.at)),
    ("Record", lambda c: c.kind_label.capitalize() + (" (reduced)" if c.reduced else "")),
    ("Reference", lambda c: c.reference),
    ("Rule", lambda c: c.rule),
    ("Reason", lambda c: c.reason_label),
    ("Authorised by", lambda c: c.authorised_by),
)


class CertificatesDialog(JobDialog):
    def __init__(self, session: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificates_dialog")
        self.setWindowTitle("Deletion certificates")
        self._session = session
        self.certificates: list[Certificate] = []
        self.saved_to: Path | None = None
        self._target: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Each deletion or reduction leaves a certificate in the audit trail: what kind of record, "
            "its reference, the rule and who authorised it — never what the record held. Newest first.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("certificates_table")
        self.table.setAccessibleName("Deletion certificates")
        self.table.setHorizontalHeaderLabels([title for title, _ in COLUMNS])
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=len(COLUMNS) - 1)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.more_button = QPushButton("Show &older", self)
        self.more_button.setObjectName("more_button")
        self.more_button.clicked.connect(self._load_more)
        row.addWidget(self.more_button)
        row.addStretch(1)
        self.print_button = QPushButton("&Print as PDF…", self)
        self.print_button.setObjectName("print_button")
        self.print_button.clicked.connect(self._on_print)
        row.addWidget(self.print_button)
        self.close_button = QPushButton("&Close", self)
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        show_message(self.status_label, None)
        show_error(self.error_label, None)
        self._load_more()

    # -- the list ---------------------------------------------------------------------------

    def _load_more(self) -> None:
        from lcs_desktop.services.deletion_certificates import list_certificates

        before = self.certificates[-1].seq if self.certificates else None
        try:
            page = list_certificates(
                self._session.workspace, self._session.user, before_seq=before, limit=PAGE
            )
        except LcsError as exc:
            show_error(self.error_label, exc.message)
            page = []
        for certificate in page:
            at = self.table.rowCount()
            self.table.insertRow(at)
            for column, (_title, text) in enumerate(COLUMNS):
                self.table.setItem(at, column, QTableWidgetItem(text(certificate)))
        self.certificates.extend(page)
        self.more_button.setVisible(len(page) == PAGE)
        self.print_button.setEnabled(bool(self.certificates))
        if not self.certificates:
            show_message(self.status_label, "No record has been deleted or reduced yet.")

    def chosen(self) -> list[Certificate]:
        """The selected certificates, or every one shown when none is selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.certificates[r] for r in rows] if rows else list(self.certificates)

    # -- printing ---------------------------------------------------------------------------

    def _proposed_path(self) -> str:
        stamp = self._session.workspace.today().isoformat()
        return str(documents_folder() / f"Deletion certificates {stamp}.pdf")

    def _on_print(self) -> None:
        chosen = self.chosen()
        if not chosen or self.job is not None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Print the certificates as a PDF", self._proposed_path(), "PDF file (*.pdf)"
        )
        if not name:
            return
        target = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        self.start(target, [c.seq for c in chosen])

    def start(self, target: Path, seqs: list[int]) -> None:
        from lcs_desktop.services.deletion_certificates import export_certificates

        workspace, user = self._session.workspace, self._session.user

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return export_certificates(
                workspace, user, seqs, target=target, progress=progress, is_cancelled=cancelled
            )

        show_error(self.error_label, None)
        noun = "certificate" if len(seqs) == 1 else "certificates"
        show_message(self.status_label, f"Printing {len(seqs)} {noun} to a PDF…")
        self._busy(True)
        self.job = ExportJob(work)
        self._target = target
        self.job.relay.finished.connect(self._on_finished)
        QThreadPool.globalInstance().start(self.job)

    def _busy(self, busy: bool) -> None:
        for button in (self.print_button, self.more_button, self.close_button):
            button.setEnabled(not busy)

    @Slot(object, object)
    def _on_finished(self, _result: object, error: object) -> None:
        """On the GUI thread (the relay's signal is queued across from the worker)."""
        self.job, target = None, self._target
        self._target = None
        self._busy(False)
        if error is None and target is not None:
            self.saved_to = target
            show_message(self.status_label, f"Saved as {target.name} in {target.parent}.", "ok")
        elif isinstance(error, LcsError):
            show_message(self.status_label, None)
            show_error(self.error_label, error.message)
        else:
            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)

    @property
    def busy(self) -> bool:
        return self.job is not None
