"""The printed recovery-key sheet for the office safe (printer, or a PDF to print elsewhere)."""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from lcs_desktop.gui.formatting import date_time_text

GROUPS_PER_LINE = 4


def key_lines(recovery_key: str) -> str:
    """The key in lines of whole groups (never a group split across lines), each line kept
    from wrapping, so what is typed back from the paper is what was printed."""
    groups = recovery_key.split("-")
    lines = ["-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)]
    shown = "-<br>".join(html.escape(line) for line in lines)
    return (
        '<p style="font-family: monospace; font-size: 20pt; font-weight: bold; white-space: nowrap">'
        f"{shown}</p>"
    )


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
        {key_lines(recovery_key)}
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
    """Written readable by its owner only (on Windows the Documents folder's own protection
    applies): the sheet opens every record."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    Path(path).chmod(0o600)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("LCS Desktop recovery key")
    writer.setCreator("LCS Desktop")
    sheet_document(recovery_key, organisation, fingerprint).print_(writer)
    del writer  # the file is complete once the writer is gone
    Path(path).chmod(0o600)
