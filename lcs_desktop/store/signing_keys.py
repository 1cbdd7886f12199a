"""The organisation's export-signing certificates and their private keys (issue 8).

Kept inside the encrypted database only. More than one row may exist (two PCs creating one
at the same moment, or a later replacement): every row's certificate counts as this
organisation's when a PDF is verified; the newest signs.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime
from lcs_desktop.store.sealed import Sealed


class ExportSigningKey(Base):
    __tablename__ = "export_signing_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the certificate
    certificate: Mapped[bytes] = mapped_column(LargeBinary)  # DER
    # DER PKCS#8 without a passphrase of its own: the whole database file is encrypted.
    private_key: Mapped[bytes] = mapped_column(Sealed(LargeBinary))
