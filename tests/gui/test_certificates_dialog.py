"""The deletion certificates dialog (issue 10), opened from the Retention review page after a
real deletion: it lists the certificates newest first, content-free, and prints the chosen
ones as a PDF (read back with pypdf) where the user says, or says plainly why it could not."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from lcs_desktop.domain.record_refs import RecordRef
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.retention import certificates_dialog
from lcs_desktop.gui.retention.certificates_dialog import CertificatesDialog
from lcs_desktop.gui.retention.retention_page import RetentionPage
from lcs_desktop.services.record_deletion import delete_records
from tests.services.deletion_helpers import found_in, marked_records

RULE = "TEST-RULE"


def _deleted(org):  # type: ignore[no-untyped-def]
    rec = marked_records(org)
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("person", rec.person_id)],
        reason="retention_reached",
        rule_code=RULE,
    )
    return rec


def _save_as(monkeypatch, path) -> list[str]:  # type: ignore[no-untyped-def]
    """The native save box answered with ``path``; what it proposed is kept."""
    proposed: list[str] = []

    def answer(_parent, _caption, suggested, _filter):  # type: ignore[no-untyped-def]
        proposed.append(suggested)
        return str(path), "PDF file (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return proposed


def _text(path) -> str:  # type: ignore[no-untyped-def]
    reader = PdfReader(BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_certificates_open_from_the_retention_page_and_print_as_pdf(
    qtbot, org, when_modal, monkeypatch, tmp_path
):
    rec = _deleted(org)
    page = RetentionPage(PageContext(org, lambda _k: None))
    qtbot.addWidget(page)
    page.show()
    assert page.certificates_button.isVisible()
    target = tmp_path / "certificates"  # no suffix: ".pdf" is added
    proposed = _save_as(monkeypatch, target)
    seen: dict[str, object] = {}

    def use(dialog: QDialog) -> None:
        assert isinstance(dialog, CertificatesDialog)
        table = dialog.table
        assert not table.tabKeyNavigation()
        seen["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())
        ]
        table.selectRow(0)  # the newest: the person
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=20_000)
        seen["status"] = dialog.status_label.text()
        dialog.reject()

    when_modal(use)
    qtbot.mouseClick(page.certificates_button, Qt.MouseButton.LeftButton)
    rows = seen["rows"]
    assert [r[1] for r in rows] == ["Person's record", "Breach case", "Recruitment check"]  # newest first
    assert all(r[3] == RULE and r[5] == org.user.full_name for r in rows)
    shown = "\n".join(" ".join(r) for r in rows)
    names = [s for s in rec.strings if s not in {r[2] for r in rows}]
    assert found_in(shown.encode(), names) == []  # references only, never what the record held
    assert proposed[0].endswith(".pdf") and "Deletion certificates" in proposed[0]
    saved = tmp_path / "certificates.pdf"
    assert f"Saved as {saved.name}" in str(seen["status"])
    text = _text(saved)
    assert rows[0][2] in text  # the person's reference
    assert "The event's hash, its signature and its link to the event before it all hold." in text
    assert found_in(text.encode(), names) == []
    assert found_in(saved.read_bytes(), names) == []
    assert not list(tmp_path.glob(".lcs-export-*"))  # no temporary left behind


def test_printing_all_shown_and_a_write_fault_in_plain_words(qtbot, org, monkeypatch, tmp_path):
    _deleted(org)
    dialog = CertificatesDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.chosen()) == 3  # nothing selected: every one shown
    _save_as(monkeypatch, tmp_path / "gone" / "certificates.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.saved_to is None
    assert dialog.error_label.text().startswith("The file could not be saved")
    assert dialog.print_button.isEnabled()
    _save_as(monkeypatch, tmp_path / "all.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=20_000)
    assert not dialog.error_label.isVisible() or not dialog.error_label.text()
    assert "Deletion certificates (3 records)" in _text(tmp_path / "all.pdf")
    assert certificates_dialog.PAGE >= 3 and not dialog.more_button.isVisible()
