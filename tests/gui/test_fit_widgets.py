"""The pieces that make windows fit: table columns sized to content and window, names elided in
the middle with the whole name in a tooltip, confirmations that wrap, windows bounded by the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QToolTip, QVBoxLayout, QWidget

from lcs_desktop.gui.screen_fit import FRAME, fit_to_screen
from lcs_desktop.gui.table_fit import fit_columns
from lcs_desktop.gui.wrap_check import wrapping_check_box

HEADINGS = ("Reference", "Person", "Role applied for", "Made on", "Their reference or reason")
LONG_NAME = "Oluwaseun-Abimbola Fitzgerald-Montgomery-Nakamura محمد Łukasz-Zoë"


def _table(qtbot, width: int) -> QTableView:
    model = QStandardItemModel(0, len(HEADINGS))
    model.setHorizontalHeaderLabels(HEADINGS)
    for row in range(3):
        name = LONG_NAME if row == 0 else "Jo Bloggs"
        model.appendRow(
            [QStandardItem(t) for t in (f"SMC-2026-00000{row}", name, "Trustee", "01/12/2026", "")]
        )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_every_heading_shows_whole_and_the_free_text_column_takes_what_is_left(qtbot):
    view = _table(qtbot, 1200)
    fitter = fit_columns(view, stretch=4)
    QApplication.processEvents()
    header = view.horizontalHeader()
    for column, text in enumerate(HEADINGS):
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
    # Wide window: the columns fill it exactly, the spare room in the last column.
    assert sum(header.sectionSize(c) for c in range(len(HEADINGS))) == view.viewport().width()
    assert header.sectionSize(4) > fitter.heading_width(4)


def test_a_long_name_elides_in_the_middle_and_shows_whole_in_a_tooltip(qtbot):
    view = _table(qtbot, 560)
    fit_columns(view, stretch=4)
    QApplication.processEvents()
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    cell = view.visualRect(view.model().index(0, 1))
    assert cell.width() < view.fontMetrics().horizontalAdvance(LONG_NAME)  # it is cut
    event = QHelpEvent(QHelpEvent.Type.ToolTip, cell.center(), view.viewport().mapToGlobal(cell.center()))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == LONG_NAME
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    short = view.visualRect(view.model().index(1, 1)).center()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, short, view.viewport().mapToGlobal(short))
    )
    QApplication.processEvents()
    assert not QToolTip.isVisible()  # a name shown whole needs no tooltip


def test_squeezed_table_scrolls_sideways_rather_than_cutting_headings(qtbot):
    view = _table(qtbot, 300)
    fit_columns(view, stretch=4)
    QApplication.processEvents()
    header = view.horizontalHeader()
    for column, text in enumerate(HEADINGS):
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
    assert view.horizontalScrollBar().maximum() > 0


def test_a_long_confirmation_wraps_and_clicking_its_sentence_ticks_the_box(qtbot):
    sentence = (
        "I confirm that the applicant was &not asked for any password or private account details, "
        "and no private account was accessed (policy §3.1)."
    )
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    row, box = wrapping_check_box(sentence, host)
    layout.addWidget(row)
    host.resize(320, 200)
    host.show()
    qtbot.waitExposed(host)
    label = row.findChild(QWidget, "sentence_label")
    assert label.width() <= 320
    assert label.height() >= 2 * label.fontMetrics().height()  # wrapped, not cut
    assert box.accessibleName().startswith("I confirm that the applicant was not asked")
    with qtbot.waitSignal(box.clicked):
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    assert box.isChecked()
    row.setEnabled(False)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    assert box.isChecked()  # a read-only check stays as it was


def test_a_window_opens_no_larger_than_its_screen(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window, 5000, 5000)
    room = QGuiApplication.primaryScreen().availableGeometry().size() - FRAME
    assert window.width() <= room.width() and window.height() <= room.height()
    fit_to_screen(window, 400, 300)
    assert (window.width(), window.height()) == (400, 300)  # a size that fits is kept
