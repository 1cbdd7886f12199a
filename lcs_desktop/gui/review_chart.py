"""A light bar chart of one published list, painted with QPainter (no QtCharts to load).

Bars only for shown counts: a hidden count gets its words ("fewer than 5", "not shown") and no
bar, since a bar of any length would give its size away.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from lcs_desktop.domain.suppression import ShownTable

BAR = QColor("#1F4E79")
MUTED = QColor("#5B6B7B")


class ReviewChart(QWidget):
    def __init__(self, table: ShownTable, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = list(table.row_labels)
        self._counts = [row[0] for row in table.cells]
        self.setObjectName("review_chart")
        self.setAccessibleName(f"Chart: {title}")
        self.setAccessibleDescription(
            "; ".join(f"{lab}: {c.text}" for lab, c in zip(self._labels, self._counts, strict=True))
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(400, self._row_height() * len(self._labels) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row = self._row_height()
        label_width = min(
            int(self.width() * 0.45),
            max((metrics.horizontalAdvance(s) for s in self._labels), default=0) + 12,
        )
        value_room = metrics.horizontalAdvance("fewer than 5") + 12
        span = max(10, self.width() - label_width - value_room)
        shown = [c.shown for c in self._counts if c.shown is not None]
        top = max(shown, default=0) or 1
        for i, (label, count) in enumerate(zip(self._labels, self._counts, strict=True)):
            y = 2 + i * row
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(
                QRectF(0, y, label_width - 8, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            x = label_width
            if count.shown is not None:
                width = span * count.shown / top
                painter.fillRect(QRectF(x, y + 3, width, row - 6), BAR)
                x += width + 4
            else:
                painter.setPen(MUTED)
            painter.drawText(
                QRectF(x, y, value_room + span, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                count.text,
            )
        painter.end()
