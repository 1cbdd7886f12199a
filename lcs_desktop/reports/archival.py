"""Making a rendered PDF fit to be kept for decades: PDF/A-2b, or PDF 2.0 when it is encrypted.

ReportLab writes everything PDF/A-2b needs but three things, which pikepdf adds here: an XMP
metadata packet (a copy of the neutral document information: the reference, the kind of
document and the application, never a person's name) claiming PDF/A-2b, an sRGB output intent
(every colour in our reports is device RGB or grey), and pages without the empty transition
dictionary (``/Trans``) ReportLab leaves on each. Fonts are already embedded (see ``fonts``).

This runs before encryption and signing: the signature is an incremental update over these
bytes, which PDF/A allows. A password-protected copy cannot be PDF/A (the standard forbids
encryption), so it gets the same XMP without the claim and is written as PDF 2.0 by ``protect``.
"""

from __future__ import annotations

from importlib import resources
from io import BytesIO
from typing import Any

from lcs_desktop.reports.common import ReportError

SRGB = "sRGB IEC61966-2.1"
PDFA_PART, PDFA_CONFORMANCE = "2", "B"


def _srgb_profile() -> bytes:
    """The sRGB ICC profile that pikepdf ships for exactly this purpose."""
    try:
        return (resources.files("pikepdf") / "pdfa" / "data" / "sRGB.icc").read_bytes()
    except OSError as exc:
        raise ReportError(
            "A part needed to write the PDF is missing from this installation. Reinstall LCS Desktop, "
            "then try again."
        ) from exc


def archival(pdf: bytes, *, claim_pdfa: bool = True) -> bytes:
    """``pdf`` with XMP metadata and an sRGB output intent; marked PDF/A-2b when ``claim_pdfa``."""
    import pikepdf

    try:
        return _archival(pikepdf, pdf, claim_pdfa)
    except (pikepdf.PdfError, ValueError) as exc:  # our own rendering: only a bug gets here
        raise ReportError(
            "The PDF could not be made ready for long-term keeping, so it was not saved. Try again; "
            "if it happens again, tell your administrator."
        ) from exc


def _archival(pikepdf: Any, pdf: bytes, claim_pdfa: bool) -> bytes:
    with pikepdf.open(BytesIO(pdf)) as doc:
        for page in doc.pages:
            if "/Trans" in page.obj:
                del page.obj["/Trans"]
        profile = doc.make_stream(_srgb_profile(), N=3)
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String(SRGB),
            Info=pikepdf.String(SRGB),
            RegistryName=pikepdf.String("http://www.color.org"),
            DestOutputProfile=profile,
        )
        doc.Root.OutputIntents = pikepdf.Array([doc.make_indirect(intent)])
        if "/Trapped" in doc.docinfo:  # no XMP equivalent pikepdf writes; "not trapped" is the default
            del doc.docinfo["/Trapped"]
        # The XMP repeats the document information and nothing else; pikepdf is not named in it.
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta.load_from_docinfo(doc.docinfo, raise_failure=True)
            if claim_pdfa:
                meta["pdfaid:part"] = PDFA_PART
                meta["pdfaid:conformance"] = PDFA_CONFORMANCE
        out = BytesIO()
        # Keep the document's own /ID and object layout simple; no object streams for old readers.
        doc.save(out, fix_metadata_version=False, object_stream_mode=pikepdf.ObjectStreamMode.preserve)
        return out.getvalue()
