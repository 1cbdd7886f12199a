"""Chinese, Japanese and Korean names in PDFs (issue 9): DejaVu Sans has no CJK glyphs, so each
CJK run is drawn in the bundled Droid Sans Fallback. Each PDF type is rendered with CJK names in
headings, table cells, paragraphs and the page furniture, then read back: every CJK character is
drawn in the fallback (never as a DejaVu box), ``pdftotext`` gives every name back, every font is
embedded (and subset), and the unprotected files still pass the PDF/A-2b validator.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from io import BytesIO

import pytest
from pypdf import PdfReader

from lcs_desktop.reports import cjk
from lcs_desktop.reports.case_pack import build_case_pack_pdf
from lcs_desktop.reports.check_record import build_check_record_pdf
from lcs_desktop.reports.outcome_letter import build_outcome_letter_pdf
from lcs_desktop.reports.text import markup
from tests.reports import case_samples, samples
from tests.reports.test_pdf_quality import _letter, _norm

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext")),
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)

CHINESE = "王小明"
JAPANESE = "山田太郎"
KOREAN = "김민준"
MIXED = "Zoë 王"  # a Latin name with a CJK part: each run in its own font
CJK_NAMES = (CHINESE, JAPANESE, KOREAN)


def _check_data():
    data = samples.check_record(name=CHINESE, generated_by=KOREAN)
    discussion = dataclasses.replace(data.discussion, decided_by=JAPANESE, present=f"{KOREAN}; {MIXED}")
    return dataclasses.replace(data, checker=JAPANESE, authorised_by=KOREAN, discussion=discussion)


def _pack_data():
    data = case_samples.pack(redacted=False, entries=1, images=0)
    entry = dataclasses.replace(
        data.chronology[0], kind="Interview", participants=f"{JAPANESE}, {KOREAN}", recorded_by=CHINESE
    )
    audit = tuple(dataclasses.replace(e, actor=KOREAN) for e in data.audit_events)
    return dataclasses.replace(
        data,
        cover=dataclasses.replace(data.cover, subject_name=CHINESE),
        subject=dataclasses.replace(data.subject, name=CHINESE),
        summary=dataclasses.replace(data.summary, investigating_officer=JAPANESE, decision_maker=MIXED),
        chronology=(entry,),
        interviews=(entry,),
        evidence=(),
        audit_events=audit,
    )


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    pack = _pack_data()
    return {
        "check record": build_check_record_pdf(_check_data()).data,
        "case pack": build_case_pack_pdf(pack, case_samples.document()).data,
        "outcome letter": build_outcome_letter_pdf(pack, _letter()).data,
    }


def _drawn_in(data: bytes) -> dict[str, set[str]]:
    """Each character drawn, mapped to the base names of the fonts it was drawn in."""
    seen: dict[str, set[str]] = {}

    def visit(text, _cm, _tm, font, _size):
        name = str(font.get("/BaseFont", "")) if font else ""
        for ch in text:
            seen.setdefault(ch, set()).add(name.split("+")[-1])

    for page in PdfReader(BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return seen


def test_every_cjk_character_is_drawn_in_the_fallback_font(rendered):
    for kind, data in rendered.items():
        drawn = _drawn_in(data)
        names = (CHINESE,) if kind == "outcome letter" else CJK_NAMES
        for ch in "".join(names):
            assert drawn.get(ch) == {cjk.FONT}, f"{kind}: {ch} drawn in {drawn.get(ch)}"
        # Latin stays in DejaVu, even next to CJK in one cell.
        assert drawn.get("Z", set()) <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}, kind


def test_every_cjk_name_extracts_with_pdftotext(rendered, tmp_path):
    for kind, data in rendered.items():
        path = tmp_path / f"{kind.replace(' ', '-')}.pdf"
        path.write_bytes(data)
        text = _norm(
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True
            ).stdout
        )
        names = (CHINESE,) if kind == "outcome letter" else (*CJK_NAMES, MIXED)
        for name in names:
            assert _norm(name) in text, f"{kind}: {name} not extracted"


def test_cjk_fonts_are_embedded_subset_and_the_files_stay_pdf_a(rendered, tmp_path):
    pdfa = pytest.importorskip("pikepdf.pdfa")
    for kind, data in rendered.items():
        path = tmp_path / f"{kind.replace(' ', '-')}.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
        assert any(cjk.FONT in row[0] for row in rows), kind
        for row in rows:
            assert row[-5] == "yes" and row[-4] == "yes", f"{kind}: {row[0]} not embedded as a subset"
        report = pdfa.validate_written(BytesIO(data), "2b")
        assert report.passed, f"{kind}: {[str(x) for x in report.findings]}"
        # Subsetting keeps the 3.4 MB font out of the file.
        assert len(data) < 600_000, f"{kind}: {len(data)} bytes"


def test_markup_switches_font_per_run_only_where_needed():
    assert markup("Zoë Brontë") == "Zoë Brontë"
    assert markup(f"Met {CHINESE} & {KOREAN}") == (
        f'Met <font face="{cjk.FONT}">{CHINESE}</font> &amp; <font face="{cjk.FONT}">{KOREAN}</font>'
    )
    assert cjk.runs("ab王c") == [("ab", False), ("王", True), ("c", False)]
