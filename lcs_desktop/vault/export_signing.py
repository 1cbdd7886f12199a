"""The organisation's export-signing certificate: a self-signed X.509 certificate and its key.

Every exported PDF is signed with it (PAdES), so a PDF reader, and ``lcs-desktop verify-pdf``,
can tell whether a page was changed after export. The subject is the organisation's name
(not personal data). The private key lives only inside the encrypted database, never in a file.
EC P-256: a signature costs well under a millisecond and every PDF reader validates it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# Long enough that old exports still validate years later; a new key can be added at any time.
VALIDITY = timedelta(days=365 * 30)
# Exports made just after set-up on a PC whose clock runs a little behind must still validate.
BACKDATE = timedelta(days=1)
# Document signing (RFC 9336); readers accept it alongside the key usage below.
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")


@dataclass(frozen=True, slots=True)
class SigningMaterial:
    """DER certificate, DER PKCS#8 private key and the certificate's SHA-256 fingerprint (hex)."""

    certificate: bytes
    private_key: bytes
    fingerprint: str


def fingerprint(certificate_der: bytes) -> str:
    return hashlib.sha256(certificate_der).hexdigest()


def new_signing_material(organisation: str, now: datetime) -> SigningMaterial:
    """A fresh key pair and a self-signed certificate naming the organisation, valid from ``now``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()[:64] or "LCS Desktop"),
            x509.NameAttribute(NameOID.COMMON_NAME, "LCS Desktop export signing"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    private = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return SigningMaterial(der, private, fingerprint(der))
