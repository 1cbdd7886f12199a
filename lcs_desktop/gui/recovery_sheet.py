"""The printed recovery-key sheet for the office safe (printer, or a PDF to print elsewhere)."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from lcs_desktop.gui.formatting import date_time_text


def sheet_document(recovery_key: str, organisation: str, fingerprint: str | None = None) -> QTextDocument:
    made = date_time_text(datetime.now(UTC))
    # The organisation key's fingerprint: 'lcs-desktop admin verify' prints it; a different one
    # means the audit trail may have been re-signed (issue 8).
    org_key = (
        f"""<h3>Organisation key fingerprint</h3>
        <p style="font-family: monospace; font-size: 12pt">{html.escape(fingerprint)}</p>
        <p>The audit trail is signed under this key. If <code>lcs-desktop admin verify</code>
        ever prints a different fingerprint, the trail cannot be trusted: tell the safeguarding
        lead.</p>"""
        if fingerprint
        else ""
    )
    doc = QTextDocument()
    doc.setHtml(
        f"""
        <h1>LCS Desktop recovery key</h1>
        <p><b>Organisation:</b> {html.escape(organisation)}<br><b>Made:</b> {made}</p>
        <p style="font-family: monospace; font-size: 20pt; font-weight: bold; border: 1px solid black;
           padding: 12px">{html.escape(recovery_key)}</p>
        <h3>What this is</h3>
        <p>This key opens the organisation's LCS Desktop data when every administrator password
        has been lost. With a copy of the data folder, it opens every record: keep it as safe as
        the records themselves.</p>
        <h3>Where to keep it</h3>
        <ul><li>In the office safe, in a sealed envelope signed across the seal.</li>
        <li>Not on the PC, not in e-mail, not photographed.</li></ul>
        <h3>How to use it</h3>
        <p>On the sign-in window choose <i>Forgotten password? Use the recovery key</i>, or ask IT to
        run <code>lcs-desktop admin recover</code>. Type the key, an administrator's username and a
        new password. Using it is recorded in the audit log.</p>
        {org_key}
        """
    )
    return doc


def print_sheet(
    parent: QWidget, recovery_key: str, organisation: str, fingerprint: str | None = None
) -> bool:
    """Ask for a printer and print; False when cancelled or no printing is possible."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:  # a build without print support: the PDF route remains
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("LCS Desktop recovery key")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the recovery key")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    sheet_document(recovery_key, organisation, fingerprint).print_(printer)
    return True


def save_sheet_pdf(path: Path, recovery_key: str, organisation: str, fingerprint: str | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("LCS Desktop recovery key")
    writer.setCreator("LCS Desktop")
    sheet_document(recovery_key, organisation, fingerprint).print_(writer)
