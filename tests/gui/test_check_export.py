"""The check record export dialog: off the GUI thread, optional password, cancel, file name."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from lcs_desktop.gui.checks.export_dialog import ExportDialog
from tests.services.check_fixtures import add_applicant, ready_check

PASSWORD = "Open-Sesame-2025"


@pytest.fixture
def detail(org):
    check_id = ready_check(org, org.user, add_applicant(org), concerns=True)
    org.checks.complete_check(org.user, check_id)
    return org.checks.read_check(org.user, check_id)


def make_dialog(qtbot, org, detail, tmp_path) -> ExportDialog:
    dialog = ExportDialog(org, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.location_edit.setText(str(tmp_path / f"{detail.reference}.pdf"))
    return dialog


def test_default_file_name_is_the_reference_never_the_name(qtbot, org, detail, tmp_path):
    dialog = ExportDialog(org, detail)
    qtbot.addWidget(dialog)
    name = dialog.ui.location_edit.text()
    assert name.endswith(f"{detail.reference}.pdf")
    assert "Bloggs" not in name and "Jo" not in name.rsplit("/", 1)[-1]


def test_protected_export_opens_only_with_the_password(qtbot, org, detail, tmp_path):
    dialog = make_dialog(qtbot, org, detail, tmp_path)
    dialog.ui.protect_group.setChecked(True)
    dialog.ui.password_edit.setText(PASSWORD)
    dialog.ui.confirm_password_edit.setText("Open-Sesame-2024")
    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.ui.error_label.text()
    assert dialog.job is None
    dialog.ui.confirm_password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.ui.export_button.isEnabled()  # busy while the worker builds it
    qtbot.waitUntil(lambda: dialog.sha256 is not None or dialog.ui.error_label.isVisible(), timeout=30_000)
    assert dialog.sha256 is not None, dialog.ui.error_label.text()
    reader = PdfReader(io.BytesIO((tmp_path / f"{detail.reference}.pdf").read_bytes()))
    assert reader.is_encrypted
    assert reader.decrypt(PASSWORD)
    assert "Jo Bloggs" in " ".join(reader.pages[0].extract_text().split())
    assert dialog.sha256 in dialog.ui.status_label.text()


def test_cancelled_export_saves_no_file(qtbot, org, detail, tmp_path):
    dialog = make_dialog(qtbot, org, detail, tmp_path)
    dialog.start()
    dialog.job.cancelled.set()  # as the Cancel button does, before the build gets far
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert "cancelled" in dialog.ui.error_label.text()
    assert not (tmp_path / f"{detail.reference}.pdf").exists()
    assert dialog.ui.export_button.isEnabled()
