"""PDFs that hold up in a personnel file (issue 9): each PDF type rendered with names in every
script, then read back with poppler (``pdffonts``, ``pdftotext``, ``pdftoppm``), pypdf and
pikepdf's PDF/A-2b validator: every font embedded, neutral metadata, XMP and an sRGB output
intent, every name extractable in logical order, emoji as a placeholder, the wording faults gone.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from lcs_desktop.reports import flowables as f
from lcs_desktop.reports.case_pack import build_case_pack_pdf
from lcs_desktop.reports.case_pack_sections import _chunks
from lcs_desktop.reports.check_record import build_check_record_pdf
from lcs_desktop.reports.outcome_letter import build_outcome_letter_pdf
from lcs_desktop.reports.outcome_letter_document import LetterDocument
from lcs_desktop.reports.text import EMOJI, clean, rtl_visual
from tests.reports import case_samples, samples
from tests.reports.signing_helpers import key_of, material

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext", "pdftoppm")),
    reason="poppler-utils (pdffonts, pdftotext, pdftoppm) is not installed",
)

ARABIC_LATIN = "محمد Łukasz-Zoë"
ARABIC = "سارة أحمد"
HEBREW = "שרה כהן"
CYRILLIC = "Ибрагим Алиев"
GREEK = "Γιώργος Παπαδόπουλος"
VIETNAMESE = "Nguyễn Thị Minh"
LATIN = "Zoë Brontë"
LONG_ARABIC = "محمد عبد الرحمن بن عبد العزيز"  # wraps in a narrow column
NAMES = (ARABIC_LATIN, ARABIC, HEBREW, CYRILLIC, GREEK, VIETNAMESE, LATIN, LONG_ARABIC)
POLICY = "Social Media Policy, Procedures and Guidance 2025"
PASSWORD = "correct horse battery"


# A long account in Arabic with an English name in it: it wraps over several lines.
ARABIC_ACCOUNT = (
    "قال المتقدم إن المنشور كتب قبل أن يعرف سياسة المؤسسة بشأن الحدود المهنية وإنه حذفه بعد "
    "يومين من نشره لأنه لم يكن يقصد الإساءة إلى أحد ولم يذكر فيه اسم أي طفل أو عائلة أو مكان "
    "ولم يكن يعلم أن الصور العامة قد تكشف مكان الجلسات وقد اعتذر عن ذلك وطلب النصيحة بعد "
    "أن تحدث مع Sam Carter عن الأمر وفهم لماذا لا يجوز ذكر أي طفل أو عائلة على الإنترنت"
)


def _check_data():
    data = samples.check_record(name=ARABIC_LATIN, generated_by="Priya 😀 Shah")
    discussion = dataclasses.replace(
        data.discussion, decided_by=CYRILLIC, present=f"{GREEK}; {LATIN}", applicant_account=ARABIC_ACCOUNT
    )
    # As the service builds them: the full policy title, each clause quoted with its citation.
    findings = tuple(
        dataclasses.replace(
            x, policy_clauses=(f"“{x.policy_clauses[0]}” (§5 Expectations for Good Practice)",)
        )
        for x in data.findings
    )
    return dataclasses.replace(
        data,
        checker=ARABIC,
        authorised_by=HEBREW,
        policy_version=POLICY,
        discussion=discussion,
        findings=findings,
        safeguarding_lead=CYRILLIC,
    )


def _pack_data():
    data = case_samples.pack(redacted=False, entries=1, images=1)
    entry = dataclasses.replace(
        data.chronology[0], kind="Interview", participants=f"{ARABIC}, {GREEK}", recorded_by=LONG_ARABIC
    )
    actors = (HEBREW, VIETNAMESE, LONG_ARABIC)
    audit = tuple(dataclasses.replace(e, actor=a) for e, a in zip(data.audit_events, actors, strict=False))
    return dataclasses.replace(
        data,
        cover=dataclasses.replace(data.cover, subject_name=ARABIC_LATIN),
        subject=dataclasses.replace(data.subject, name=ARABIC_LATIN),
        summary=dataclasses.replace(data.summary, investigating_officer=CYRILLIC, decision_maker=LATIN),
        chronology=(entry,),
        interviews=(entry,),
        evidence=data.evidence[:1],
        audit_events=audit,
    )


def _letter():
    return LetterDocument(
        "BC-2025-0007-L1", "Priya Shah", datetime(2025, 4, 20, 11, 30, tzinfo=UTC), address=("1 High Street",)
    )


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    """Each PDF type, unprotected and unsigned (what PDF/A conversion produces)."""
    pack = _pack_data()
    return {
        "check record": build_check_record_pdf(_check_data()).data,
        "case pack": build_case_pack_pdf(pack, case_samples.document()).data,
        "outcome letter": build_outcome_letter_pdf(pack, _letter()).data,
    }


@pytest.fixture(scope="module")
def signed_and_protected() -> dict[str, bytes]:
    key = key_of(material())
    pack = _pack_data()
    return {
        "signed": build_check_record_pdf(_check_data(), signing=key).data,
        "protected": build_case_pack_pdf(pack, case_samples.document(), password=PASSWORD, signing=key).data,
    }


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / f"{name.replace(' ', '-')}.pdf"
    path.write_bytes(data)
    return path


def _poppler(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True).stdout


def _norm(text: str) -> str:
    """For comparing names: compatibility forms (joined Arabic letters come out as presentation
    forms), no bidi controls, no whitespace (poppler moves a space at a direction change)."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def _pdftotext(path: Path, password: str | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-upw", password] if password else []) + [path, "-"]
    return _poppler(*args)


def _fonts(path: Path, password: str | None = None) -> list[list[str]]:
    out = _poppler("pdffonts", *(["-upw", password] if password else []), path)
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


# -- fonts ----------------------------------------------------------------------------------


def test_every_font_is_embedded_in_every_pdf_type(rendered, signed_and_protected, tmp_path):
    files = {**rendered, **signed_and_protected}
    for name, data in files.items():
        password = PASSWORD if name == "protected" else None
        rows = _fonts(_write(tmp_path, name, data), password)
        assert rows, name
        for row in rows:
            # name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
            assert row[-5] == "yes", f"{name}: {row[0]} is not embedded"
            assert "DejaVuSans" in row[0], f"{name}: unexpected font {row[0]}"


# -- PDF/A-2b and PDF 2.0 -------------------------------------------------------------------


def test_unprotected_exports_pass_the_pdf_a_2b_validator(rendered):
    pdfa = pytest.importorskip("pikepdf.pdfa")
    for name, data in rendered.items():
        report = pdfa.validate_written(BytesIO(data), "2b")
        assert report.passed, f"{name}: {[str(x) for x in report.findings]}"


def test_signature_keeps_the_pdf_a_file_at_pdf_1_7(signed_and_protected):
    pdfa = pytest.importorskip("pikepdf.pdfa")
    report = pdfa.validate_written(BytesIO(signed_and_protected["signed"]), "2b")
    # The validator does not cover signature forms (reported as unsupported, not a violation).
    assert not [str(x) for x in report.findings if x.kind == "violation"]
    assert signed_and_protected["signed"].startswith(b"%PDF-1.")


def test_xmp_claims_pdf_a_2b_and_the_output_intent_is_srgb(rendered):
    import pikepdf

    for name, data in rendered.items():
        with pikepdf.open(BytesIO(data)) as doc:
            meta = doc.open_metadata()
            assert meta.pdfa_status == "2B", name
            intents = doc.Root.OutputIntents
            assert len(intents) == 1, name
            assert intents[0].S == "/GTS_PDFA1"
            assert int(intents[0].DestOutputProfile.N) == 3
            assert "sRGB" in str(intents[0].OutputConditionIdentifier)


def test_metadata_is_neutral(rendered, signed_and_protected):
    import pikepdf

    kinds = {"check record": "Social media check record", "case pack": "Disciplinary case pack"}
    for name, data in {**rendered, **signed_and_protected}.items():
        password = PASSWORD if name == "protected" else ""
        with pikepdf.open(BytesIO(data), password=password) as doc:
            info = {str(k): str(v) for k, v in doc.docinfo.items()}
            xmp = str(doc.open_metadata())
        everything = " ".join(info.values()) + xmp
        for person in (*NAMES, "Priya", "Alex Morgan", "Sam Carter", "Jordan"):
            assert _norm(person) not in _norm(everything), f"{name}: {person} in the metadata"
        assert info["/Author"] == info["/Creator"] == "LCS Desktop"
        assert info["/Producer"].startswith("LCS Desktop")  # the signer adds "; pyHanko x.y"
        if name in kinds:
            assert info["/Subject"] == kinds[name]


def test_protected_exports_are_pdf_2_0(signed_and_protected):
    data = signed_and_protected["protected"]
    assert data.startswith(b"%PDF-2.0")
    reader = PdfReader(BytesIO(data))
    assert reader.is_encrypted
    reader.decrypt(PASSWORD)
    assert reader.xmp_metadata is not None
    assert "Disciplinary case pack" in reader.pages[0].extract_text()


# -- names in any script --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "names"),
    [
        ("check record", (ARABIC_LATIN, ARABIC, HEBREW, CYRILLIC, GREEK, LATIN)),
        ("case pack", (ARABIC_LATIN, ARABIC, HEBREW, CYRILLIC, GREEK, VIETNAMESE, LATIN, LONG_ARABIC)),
        ("outcome letter", (ARABIC_LATIN,)),
    ],
)
def test_every_name_extracts_in_logical_order(rendered, tmp_path, kind, names):
    path = _write(tmp_path, kind, rendered[kind])
    poppler = _norm(_pdftotext(path))
    pypdf = _norm("".join(p.extract_text() for p in PdfReader(path).pages))
    for name in names:
        assert _norm(name) in poppler, f"pdftotext: {name} not in logical order in the {kind}"
        assert _norm(name) in pypdf, f"pypdf: {name} not in logical order in the {kind}"


def test_right_to_left_names_are_correct_in_table_cells(rendered, tmp_path):
    """Chronology and interview cells reversed Arabic letters: each name must come out once per
    place it is printed, never mirrored."""
    text = _norm(_pdftotext(_write(tmp_path, "pack", rendered["case pack"])))
    mirrored = _norm(" ".join(word[::-1] for word in ARABIC.split()))
    assert mirrored not in text
    # The participants print in the chronology cell and on the interview page.
    assert text.count(_norm(ARABIC)) >= 2
    # A long name wraps in the narrow "Recorded" and "Who" columns: broken into lines first,
    # then each line put in drawing order, so it still reads from its first word.
    assert text.count(_norm(LONG_ARABIC)) >= 2


def test_right_to_left_words_are_drawn_joined_and_in_drawing_order():
    drawn = rtl_visual(ARABIC)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in drawn)  # joined letter forms
    # Read from right to left, the drawn letters are the name again.
    logical = " ".join(word[::-1] for word in reversed(drawn.split()))
    assert unicodedata.normalize("NFKC", logical) == ARABIC
    assert rtl_visual(f"Name: {HEBREW}, {LATIN}") == f"Name: ןהכ הרש, {LATIN}"


def test_a_wrapped_right_to_left_paragraph_reads_in_logical_order(rendered, tmp_path):
    """Lines are broken in logical order before each is reordered: the account, over several
    lines, extracts as written, the English name inside it included."""
    text = _pdftotext(_write(tmp_path, "check", rendered["check record"]))
    assert _norm(ARABIC_ACCOUNT) in _norm(text)


def test_emoji_print_as_a_placeholder_never_a_wrong_glyph(rendered, tmp_path):
    # Names wrapped in isolates by the screens (FSI ... PDI) print without the invisible marks.
    assert clean(f"\u2068{ARABIC}\u2069 and \u200f{LATIN}") == f"{ARABIC} and {LATIN}"
    assert clean("Priya 😀 Shah") == f"Priya {EMOJI} Shah"
    assert clean("👩🏽‍💻 and 🇬🇧") == f"{EMOJI} and {EMOJI}"
    assert clean("☺️ stays") == "☺ stays"  # the font has this one: drawn, selector dropped
    text = _pdftotext(_write(tmp_path, "check", rendered["check record"]))
    assert f"Generated by Priya {EMOJI} Shah" in text
    assert "ὠ" not in text and not any(ord(c) > 0xFFFF for c in text)


# -- wording --------------------------------------------------------------------------------


def test_check_record_wording(rendered, tmp_path):
    text = " ".join(_pdftotext(_write(tmp_path, "check", rendered["check record"])).split())
    assert "Social Media Policy Social Media Policy" not in text
    assert f"Open-source check at recruitment · {POLICY}, §3.1" in text
    assert "““" not in text and "””" not in text
    assert "Policy: “avoid referencing any child, family or case connected with LCS” (§5" in text
    assert f"Safeguarding lead Name: {CYRILLIC}" in text


def test_case_pack_wording(rendered, tmp_path):
    text = " ".join(_pdftotext(_write(tmp_path, "pack", rendered["case pack"])).split())
    assert "Chronology 1 entry (1 interview)" in text
    assert "Evidence 1 file " in text
    assert "1 entries" not in text and "1 interviews" not in text and "1 files" not in text
    # The lead signed the closure off: their name is on the lead's line, not a blank.
    assert "Safeguarding lead Name: Alex Morgan" in text


def test_outcome_letter_wording(rendered, tmp_path):
    text = " ".join(_pdftotext(_write(tmp_path, "letter", rendered["outcome letter"])).split())
    assert text.lower().count("outcome of the investigation") == 1
    assert (
        "The concern was about the breach types “Private communication with children or families” "
        "and “Referencing a child, family or case”." in text
    )
    assert "families; referencing" not in text
    assert "in your role as contact supervisor" in text


def test_no_near_empty_pages_from_forced_breaks(rendered, tmp_path):
    """Every page but the cover, the contents and the last carries a real amount of text or a
    picture (a forced break before the chronology and the evidence left half-empty pages)."""
    path = _write(tmp_path, "pack", rendered["case pack"])
    reader = PdfReader(path)
    for number, page in enumerate(reader.pages[2:-1], start=3):
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        assert len(lines) > 15 or page.images, f"page {number} is nearly empty: {lines}"


def test_long_text_is_cut_after_a_sentence_not_inside_one():
    sentence = "The officer reviewed the messages and noted the times, the platform and the wording. "
    text = sentence * 80  # 6,800 characters: several paragraphs
    parts = [p for p in f.text_block(text) if hasattr(p, "text")]
    assert len(parts) > 1
    assert all(p.text.rstrip().endswith(".") for p in parts)
    assert all(piece.endswith(".") for piece in _chunks(text.strip()))


def test_pages_render_for_a_look(rendered, tmp_path):
    """Every page renders (60 dpi PNGs in tmp_path, to be looked at)."""
    for name, data in rendered.items():
        path = _write(tmp_path, name, data)
        _poppler("pdftoppm", "-r", "60", "-png", path, tmp_path / name.replace(" ", "-"))
        pngs = list(tmp_path.glob(f"{name.replace(' ', '-')}-*.png"))
        assert len(pngs) == len(PdfReader(path).pages)
        assert all(p.stat().st_size > 2000 for p in pngs)


def test_cmyk_evidence_keeps_the_pdf_a_claim_true():
    """A CMYK JPEG (a scanned letter, a print-ready image) is embedded as RGB: device CMYK
    under an sRGB output intent is a PDF/A violation."""
    import hashlib

    from PIL import Image

    from lcs_desktop.reports.check_record_data import EvidenceItem

    pdfa = pytest.importorskip("pikepdf.pdfa")
    out = BytesIO()
    Image.open(BytesIO(samples.screenshot(3))).convert("CMYK").save(out, "JPEG")
    content = out.getvalue()
    item = EvidenceItem("scan.jpg", "image/jpeg", hashlib.sha256(content).hexdigest(), None, content)
    data = samples.check_record(findings=1)
    data = dataclasses.replace(data, findings=(dataclasses.replace(data.findings[0], evidence=(item,)),))
    result = build_check_record_pdf(data)
    report = pdfa.validate_written(BytesIO(result.data), "2b")
    assert report.passed, [str(x) for x in report.findings]
    assert any(page.images for page in PdfReader(BytesIO(result.data)).pages)  # still printed
