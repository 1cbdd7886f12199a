"""Child process of test_window_fit: opens every window and dialog at one display scale and writes
what it measured (sizes, buttons out of reach, clipped labels and headers) plus a PNG of each.

Run by the test as ``python -m tests.gui.window_fit_probe DATA_DIR OUT_DIR`` with QT_SCALE_FACTOR
and an offscreen screen of the scale's size already in the environment (Qt reads them at start).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

# A Windows frame around the client area (title bar and borders), in logical pixels.
FRAME = QSize(16, 40)


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def _hidden_buttons(window: QWidget) -> list[str]:
    """Buttons outside any scroll area that are not wholly on screen (the button rows)."""
    out = []
    for button in window.findChildren(QAbstractButton):
        if not _shown(button, window) or _inside_scroll_area(button, window):
            continue
        if button.visibleRegion().boundingRect().size() != button.size():
            out.append(button.text().replace("&", "") or button.objectName())
    return out


def _clipped_labels(window: QWidget) -> list[str]:
    """Labels, check boxes and radio buttons whose one line of text is cut off."""
    out = []
    for label in window.findChildren(QLabel):
        if not _shown(label, window) or label.wordWrap() or not label.text() or label.pixmap().width():
            continue
        if label.width() + 2 < label.sizeHint().width():
            out.append(label.objectName() or label.text()[:40])
    for button in window.findChildren(QCheckBox) + window.findChildren(QRadioButton):
        if _shown(button, window) and button.text() and button.width() + 2 < button.sizeHint().width():
            out.append(button.objectName() or button.text()[:40])
    return out


def _sideways(window: QWidget) -> list[str]:
    """Form bodies that need a sideways scroll bar: their text runs off the right edge."""
    return [
        area.objectName() or type(area.widget()).__name__
        for area in window.findChildren(QScrollArea)
        if _shown(area, window) and area.horizontalScrollBar().isVisible()
    ]


def _clipped_headers(window: QWidget) -> list[str]:
    """Column headers narrower than their caption, in tables that fill their width."""
    out = []
    for view in window.findChildren(QAbstractItemView):
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.findChild(QHeaderView)
        model = view.model()
        if header is None or model is None or not _shown(view, window) or header.isHidden():
            continue
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = str(model.headerData(column, header.orientation()) or "")
            if header.sectionSize(column) < header.fontMetrics().horizontalAdvance(text) + 12:
                out.append(f"{view.objectName()}:{text}")
    return out


class Probe:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.results: list[dict] = []
        screen = QApplication.primaryScreen()
        self.available = screen.availableGeometry().size()

    def measure(self, name: str, window: QWidget, **extra: object) -> dict:
        for _ in range(3):  # deferred layouts and column fits settle
            QApplication.processEvents()
        window.grab().save(str(self.out_dir / f"{name}.png"))
        minimum = window.minimumSize().expandedTo(window.minimumSizeHint())
        result = {
            "name": name,
            "available": [self.available.width(), self.available.height()],
            "size": [window.width(), window.height()],
            "minimum": [minimum.width(), minimum.height()],
            "hidden_buttons": _hidden_buttons(window),
            "clipped_labels": _clipped_labels(window),
            "clipped_headers": _clipped_headers(window),
            "sideways": _sideways(window),
            **extra,
        }
        self.results.append(result)
        return result

    def fault(self, name: str, error: BaseException) -> None:
        self.results.append({"name": name, "error": f"{type(error).__name__}: {error}"})

    @contextmanager
    def window(self, name: str, make: Callable[[], QWidget]) -> Iterator[QWidget | None]:
        """Build and show a window; measure it afterwards unless the block measured it."""
        try:
            window = make()
            window.show()
            QApplication.processEvents()
        except Exception as exc:
            self.fault(name, exc)
            yield None
            return
        before = len(self.results)
        try:
            yield window
            if len(self.results) == before:
                self.measure(name, window)
        except Exception as exc:
            self.fault(name, exc)
        finally:
            window.hide()
            window.deleteLater()
            QApplication.processEvents()

    def tabs(self, prefix: str, window: QWidget, tabs: QTabWidget) -> None:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            self.measure(f"{prefix}-tab{index + 1}", window)


def main(data_dir: Path, out_dir: Path) -> int:
    # The application first: tests/conftest.py (imported below for its secret store) sets
    # QT_QPA_PLATFORM to a plain offscreen screen, which must not replace the configured one.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    import lcs_desktop.gui.resources_rc  # noqa: F401 - icons
    from lcs_desktop.gui.style import apply_style

    apply_style(app)
    from tests.gui import window_fit_windows

    probe = Probe(out_dir)
    window_fit_windows.open_all(probe, data_dir)
    (out_dir / "results.json").write_text(json.dumps(probe.results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
