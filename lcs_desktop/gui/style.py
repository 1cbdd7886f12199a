"""One small style sheet: roles set in Designer (``role`` dynamic property) pick the look."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget

STYLE_SHEET = """
QLabel[role="title"] { font-size: 15pt; font-weight: 600; color: #1f3a56; }
QLabel[role="error"] { color: #b00020; }
QLabel[role="hint"] { color: #4a5560; }
QLabel[role="ok"] { color: #1b6e2a; }
QLabel[role="secret"] {
    font-family: "Consolas", "DejaVu Sans Mono", monospace; font-size: 15pt; font-weight: 600;
    padding: 12px; border: 2px dashed #2f4f6f; background: #f4f7fa; color: #1f3a56;
}
QPushButton[role="link"] { color: #1f5fa0; text-decoration: underline; border: none; padding: 2px; }
QFrame[role="card"] { background: palette(base); border: 1px solid #c5ced8; border-radius: 6px; }
QListWidget[role="nav"] { background: #eef2f6; border: none; border-right: 1px solid #d3dae2;
    padding-top: 8px; font-size: 11pt; }
QListWidget[role="nav"]::item { padding: 8px 10px; }
QListWidget[role="nav"]::item:selected { background: #d6e4f0; color: #1d3a57;
    border-left: 4px solid #2f4f6f; }
QLabel#demo_banner { background: #e8590c; color: white; font-weight: 700; padding: 6px 12px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(STYLE_SHEET)


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a ``role`` change (scroll areas polish at creation)."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


CAPTION_PROPERTY = "lcsAccessibleCaption"  # as accessibility._CAPTION


def show_error(label: QLabel, message: str | None) -> None:
    """Show (or clear) a form's message; hidden when empty so the layout does not gap."""
    label.setText(message or "")
    label.setVisible(bool(message))
    if not message and label.property(CAPTION_PROPERTY) is None:
        return  # nothing said yet: the accessible name is still its caption (and the sign-in
        # window paints before the accessibility module, which needs Qt's namespace, loads)
    from lcs_desktop.gui.accessibility import announce, expose_value

    expose_value(label)  # a fixed accessible name must not hide the message
    if message:
        announce(label, message, urgent=label.property("role") == "error")


def show_message(label: QLabel, message: str | None, role: str = "hint") -> None:
    """Like ``show_error`` with another look: "ok" (green), "hint" (grey) or "error" (red)."""
    label.setProperty("role", role)
    repolish(label)
    show_error(label, message)


def demo_banner(parent: QWidget | None = None) -> QLabel:
    banner = QLabel(
        "DEMO — practice data only. Nothing here is real; do not enter real people's details.", parent
    )
    banner.setObjectName("demo_banner")
    banner.setWordWrap(True)
    banner.setAccessibleName("Demo mode")
    return banner
