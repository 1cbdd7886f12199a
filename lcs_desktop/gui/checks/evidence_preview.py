"""A larger view of one evidence image, with its SHA-256 (opened by double-clicking a thumbnail).

The bytes are hashed again here: a picture whose bytes do not match the recorded SHA-256 is
never shown as the recorded file; the dialog says it was altered instead.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from lcs_desktop.domain.evidence import ALTERED


class EvidencePreview(QDialog):
    def __init__(
        self,
        name: str,
        data: bytes | None,
        sha256: str,
        parent: QWidget | None = None,
        *,
        problem: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Evidence")  # the file name may hold a name: not in the title
        layout = QVBoxLayout(self)
        if problem is None and (data is None or hashlib.sha256(data).hexdigest() != sha256):
            problem = ALTERED
        self.problem = problem
        self.problem_label = QLabel(problem or "", self)
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setProperty("role", "error")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(problem is not None)
        layout.addWidget(self.problem_label)
        pixmap = QPixmap()
        if problem is None and data is not None:
            pixmap.loadFromData(data)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        fit = (
            pixmap.scaled(
                int(screen.width() * 0.7),
                int(screen.height() * 0.7),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if pixmap.width() > screen.width() * 0.7 or pixmap.height() > screen.height() * 0.7
            else pixmap
        )
        picture = self.picture = QLabel(self)
        picture.setPixmap(fit)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        caption = QLabel(f"{name}\nSHA-256: {sha256}", self)
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption.setWordWrap(True)
        layout.addWidget(caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(min(fit.width() + 60, screen.width()), min(fit.height() + 140, screen.height()))
