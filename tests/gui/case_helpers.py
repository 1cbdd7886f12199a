"""Helpers for the breach-case GUI tests: people and accounts, modal dialogs of a given kind,
and reading an exported PDF back as plain text."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

DAY = timedelta(days=1)


def uk(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def on_modal(kind: type, act: Callable[[QWidget], None]) -> None:
    """Run ``act(dialog)`` once a visible modal dialog of ``kind`` is open (code that calls exec())."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def screenshot(colour: str, width: int = 320, height: int = 200) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def new_case(org, person_id: int, *, days_ago: float = 2, referrals: tuple[str, ...] = ()) -> int:
    """A case reported ``days_ago`` (through the service, as the intake would), with referrals
    marked needed (their clocks running from then)."""
    from tests.frozen_clock import TEST_NOW

    came_in = TEST_NOW - timedelta(days=days_ago)
    result = org.cases.report_concern(
        org.user,
        subject_person_id=person_id,
        concern_at=came_in - timedelta(hours=2),
        reported_at=came_in,
        raised_by="Priya Shah",
        raised_by_kind="staff",
        what_was_seen="A comment about a family on a public post.",
        breach_types=["referencing_child_family_case"],
    )
    for kind in referrals:
        org.cases.record_referral(org.user, result.case_id, kind=kind, state="needed")
    return result.case_id
