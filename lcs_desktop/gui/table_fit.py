"""Table columns sized to their content and to the window.

Every column is at least as wide as its heading and, up to a limit, its longest value on show;
one column (the free text, or a name) takes what is left. When the window is too narrow for all
of them the table scrolls sideways rather than squeezing a column to "ppli". Long values elide
in the middle ("Oluwaseun-Ab…mery-Nakamura") and show whole in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip

MAX_CONTENT_WIDTH = 320  # a column grows to its content up to this; longer values elide
MAX_WRAPPED_WIDTH = 170  # in a table whose cells wrap, longer values take more lines
HEADING_PADDING = 28  # the section's margins and a sort arrow


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted as its rows and its width change."""

    def __init__(
        self, view: QTableView, stretch: int, max_width: int = MAX_CONTENT_WIDTH, *, wrap: bool = False
    ) -> None:
        super().__init__(view)
        self._view, self._stretch, self._wrap = view, stretch, wrap
        self._max = min(max_width, MAX_WRAPPED_WIDTH) if wrap else max_width
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(40)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setWordWrap(wrap)  # wrapped cells grow their row (resizeRowsToContents)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        self._watch(view.model())

    def _watch(self, model: QObject | None) -> None:
        if model is None:
            return
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
            signal.connect(self._timer.start)

    def heading_width(self, column: int) -> int:
        view = self._view
        text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        return view.horizontalHeader().fontMetrics().horizontalAdvance(text) + HEADING_PADDING

    def fit(self) -> None:
        view = self._view
        model, header = view.model(), view.horizontalHeader()
        if model is None:
            return
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        widths = {c: max(self.heading_width(c), min(view.sizeHintForColumn(c), self._max)) for c in shown}
        spare = view.viewport().width() - sum(widths.values())
        if self._stretch in widths:
            # Spare room goes to the stretch column; short of room, it gives up its width first
            # (down to its heading; its values elide), then the table scrolls sideways.
            floor = self.heading_width(self._stretch)
            widths[self._stretch] = max(floor, widths[self._stretch] + spare)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        if self._wrap:
            view.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self._timer.start()
        elif kind == QEvent.Type.ToolTip:
            return self._tooltip(event)
        return False

    def _tooltip(self, event: QEvent) -> bool:
        """The whole value of a cut-off cell; other cells keep the model's own tooltip."""
        view = self._view
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data() or "")
        if view.fontMetrics().horizontalAdvance(text) + 12 <= view.visualRect(index).width():
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, view.viewport(), view.visualRect(index))
        return True


def fit_columns(
    view: QTableView, stretch: int, max_width: int = MAX_CONTENT_WIDTH, *, wrap: bool = False
) -> ColumnFitter:
    """Fit ``view``'s columns now and whenever its rows or width change (call after setModel)."""
    fitter = ColumnFitter(view, stretch, max_width, wrap=wrap)
    fitter.fit()
    return fitter
