"""The annual policy review (policy §10): choose a year or any period, see its published
figures as tables and light charts, export the trustee report. The figures are computed and
the PDF built off the GUI thread; every figure shown is already suppressed by the service."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from lcs_desktop.domain.errors import LcsError, WorkspaceLocked
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.pdf_export import ExportJob
from lcs_desktop.gui.review_chart import ReviewChart
from lcs_desktop.gui.style import show_message
from lcs_desktop.gui.tasks import run_task
from lcs_desktop.services.policy_review import PolicyReviewService, ReviewFigures, ReviewTable

OTHER_PERIOD = "Other period"
YEARS_SHOWN = 6


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PolicyReviewPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = PolicyReviewService(context.session.workspace)
        self.figures: ReviewFigures | None = None
        self.job: ExportJob | None = None
        layout = QVBoxLayout(self)
        title = QLabel("Policy review", self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(
            "The figures for the annual review of the policy (§10). Counts below 5 show as “fewer than 5” "
            "and nobody is named, so the trustee report can be shared with the trustees.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._period_row())
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setObjectName("figures_scroll")
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addStretch(1)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self._export_row())
        self.show_figures()

    def _period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        today = self._context.session.workspace.today()
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("year_combo")
        self.year_combo.setAccessibleName("Year")
        for year in range(today.year, today.year - YEARS_SHOWN, -1):
            self.year_combo.addItem(str(year), year)
        self.year_combo.addItem(OTHER_PERIOD, None)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit, name in ((self.from_edit, "from_edit"), (self.to_edit, "to_edit")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName("First day" if name == "from_edit" else "Last day")
        self._set_year(today.year)
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_current_index_changed)
        self.show_button = QPushButton("&Show figures", self)
        self.show_button.setObjectName("show_button")
        self.show_button.clicked.connect(self.show_figures)
        year_label = QLabel("&Year:", self)
        year_label.setBuddy(self.year_combo)
        from_label = QLabel("&From:", self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel("&To:", self)
        to_label.setBuddy(self.to_edit)
        for widget in (year_label, self.year_combo, from_label, self.from_edit, to_label, self.to_edit):
            row.addWidget(widget)
        row.addWidget(self.show_button)
        row.addStretch(1)
        return row

    def _export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton("&Export trustee report…", self)
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setAccessibleName("Export progress")
        self.progress_bar.hide()
        self.stop_button = QPushButton("Sto&p", self)
        self.stop_button.setObjectName("stop_button")
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.stop_button.hide()
        row.addWidget(self.export_button)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.stop_button)
        row.addStretch(0)
        return row

    def _set_year(self, year: int) -> None:
        self.from_edit.setDate(QDate(year, 1, 1))
        self.to_edit.setDate(QDate(year, 12, 31))

    def _on_year_combo_current_index_changed(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if year is not None:
            self._set_year(int(year))

    def period(self) -> tuple[date, date]:
        return _date(self.from_edit.date()), _date(self.to_edit.date())

    # -- figures ---------------------------------------------------------------------------

    def show_figures(self) -> None:
        start, end = self.period()
        self.show_button.setEnabled(False)
        show_message(self.status_label, "Counting…", "hint")
        service, session = self._service, self._context.session

        def work() -> ReviewFigures:
            try:
                return service.figures(session.user, start, end)
            except LcsError:
                raise
            except Exception:
                if session.workspace.locked:  # locked while counting: connections closed under it
                    raise WorkspaceLocked() from None
                raise

        run_task(work, self._on_figures, self._on_fault)

    def _on_fault(self, error: LcsError) -> None:
        if not isValid(self):  # the window closed while counting
            return
        self.show_button.setEnabled(True)
        show_message(self.status_label, error.message, "error")

    def _on_figures(self, figures: ReviewFigures) -> None:
        if not isValid(self):
            return
        self.show_button.setEnabled(True)
        self.figures = figures
        show_message(self.status_label, f"Figures for {figures.period.text}.", "ok")
        while self.body_layout.count() > 1:
            item = self.body_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                old = item.widget()
                old.setParent(None)  # out of the page at once, not only when the deletion runs
                old.deleteLater()
        at = 0
        for table in figures.tables:
            self.body_layout.insertWidget(at, self._table_box(table))
            at += 1
        box = QGroupBox("How quickly concerns were handled", self.body)
        box_layout = QVBoxLayout(box)
        for measure in figures.measures:
            label = QLabel(f"{measure.title}: {measure.text}", box)
            label.setWordWrap(True)
            box_layout.addWidget(label)
        self.body_layout.insertWidget(at, box)

    def _table_box(self, item: ReviewTable) -> QGroupBox:
        box = QGroupBox(item.title, self.body)
        box.setObjectName(f"{item.key}_group")
        box_layout = QVBoxLayout(box)
        note = QLabel(item.note, box)
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        box_layout.addWidget(note)
        view = _table_widget(item, box)
        box_layout.addWidget(view)
        t = item.table
        if t.row_totals is None and len(t.column_labels) == 1 and any(r[0].shown for r in t.cells):
            box_layout.addWidget(ReviewChart(t, item.title, box))
        return box

    # -- the trustee report ----------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        from lcs_desktop.services.trustee_export import suggested_file_name

        start, end = self.period()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export trustee report",
            str(Path(folder) / suggested_file_name(start, end)),
            "PDF files (*.pdf)",
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        """Build and save the trustee report off the GUI thread, with progress and Stop."""
        from lcs_desktop.services.trustee_export import export_trustee_report

        start, end = self.period()
        workspace, user = self._context.session.workspace, self._context.session.user
        self.job = ExportJob(
            lambda progress, cancelled: export_trustee_report(
                workspace, user, start, end, progress=progress, is_cancelled=cancelled, target=target
            )
        )
        self.job.relay.progress.connect(self._on_progress)
        self.job.relay.finished.connect(lambda result, error: self._on_exported(target, result, error))
        self.export_button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.stop_button.show()
        show_message(self.status_label, "Making the trustee report…", "hint")
        QThreadPool.globalInstance().start(self.job)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(done)

    def _on_stop_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()

    def _on_exported(self, target: Path, result: object, error: object) -> None:
        if not isValid(self):
            return
        self.job = None
        self.export_button.setEnabled(True)
        self.progress_bar.hide()
        self.stop_button.hide()
        if isinstance(error, LcsError):
            show_message(self.status_label, error.message, "error")
        elif error is not None:
            show_message(
                self.status_label, "The trustee report could not be made. Nothing was saved.", "error"
            )
        else:
            show_message(self.status_label, f"Trustee report saved as {target.name}.", "ok")


def _table_widget(item: ReviewTable, parent: QWidget) -> QTableWidget:
    t = item.table
    wide = t.row_totals is not None
    headers = [item.row_heading or "", *t.column_labels] + (["Total"] if wide else [])
    rows = [
        [label, *(c.text for c in t.cells[r])] + ([t.row_totals[r].text] if t.row_totals else [])
        for r, label in enumerate(t.row_labels)
    ]
    if t.column_totals is not None:
        rows.append(
            ["Total", *(c.text for c in t.column_totals), t.grand_total.text if t.grand_total else ""]
        )
    elif t.grand_total is not None:
        rows.append(["Total", t.grand_total.text])
    view = QTableWidget(len(rows), len(headers), parent)
    view.setObjectName(f"{item.key}_table")
    view.setAccessibleName(item.title)
    view.setHorizontalHeaderLabels(headers)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if c:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            view.setItem(r, c, cell)
    view.resizeColumnsToContents()
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setSectionResizeMode(0, view.horizontalHeader().ResizeMode.Stretch)
    height = view.horizontalHeader().height() + sum(view.rowHeight(r) for r in range(len(rows))) + 4
    view.setFixedHeight(height)
    return view
