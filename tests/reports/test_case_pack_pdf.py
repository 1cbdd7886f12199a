"""The disciplinary case pack read back with pypdf: content, bookmarks, redaction, furniture."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from io import BytesIO

import pytest
from pypdf import PdfReader

from lcs_desktop.reports.case_pack import build_case_pack_pdf
from lcs_desktop.reports.common import Cancelled
from tests.reports.case_samples import CHILD, FAMILY, SUBJECT, THIRD, document, pack


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def full():
    data = pack(redacted=False, entries=24, images=3)
    return data, build_case_pack_pdf(data, document())


@pytest.fixture(scope="module")
def redacted():
    data = pack(redacted=True, entries=24, images=3)
    return data, build_case_pack_pdf(data, document(include_images=False))


def _pages(result) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(result.data)).pages]


def test_every_chronology_entry_and_evidence_hash_is_present(full):
    data, result = full
    text = _flat("\n".join(_pages(result)))
    squeezed = text.replace(" ", "")
    for entry in data.chronology:
        assert _flat(entry.summary) in text
    for item in data.evidence:
        assert item.sha256 in squeezed
        assert item.filename in text


def test_allegations_quote_the_policy_clauses(full):
    data, result = full
    text = _flat("\n".join(_pages(result)))
    for allegation in data.allegations:
        for clause in allegation.clauses:
            assert f"“{clause.text}”" in text
            assert clause.citation in text


def test_corrections_point_at_the_entry_they_correct(full):
    text = _flat("\n".join(_pages(full[1])))
    assert "Correction to no. 2." in text
    assert "Corrected by no. 5: read with the correction." in text


def _outline_pages(reader, items=None) -> list[tuple[str, int]]:
    found = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            found += _outline_pages(reader, item)
        else:
            found.append((item.title, reader.get_destination_page_number(item)))
    return found


def test_bookmarks_and_contents_point_at_the_sections_pages(full):
    reader = PdfReader(BytesIO(full[1].data))
    pages = [_flat(p.extract_text()) for p in reader.pages]
    outline = {
        o.title: reader.get_destination_page_number(o) for o in reader.outline if not isinstance(o, list)
    }
    for title in (
        "Cover",
        "Contents",
        "1. Summary",
        "5. Chronology",
        "6. Evidence",
        "12. Appendix: audit events for the case",
    ):
        assert title in outline
    assert outline["Cover"] == 0 and outline["Contents"] == 1
    for title in ("5. Chronology", "6. Evidence", "12. Appendix: audit events for the case"):
        assert title in pages[outline[title]]  # the bookmark opens the page the section starts on
    # The contents page prints, in order, the page each bookmarked section starts on.
    contents = [line.strip() for line in reader.pages[1].extract_text().splitlines()]
    listed = [(title, n) for title, n in _outline_pages(reader)[2:] if title in contents]
    assert len(listed) >= 14  # twelve sections, two allegations (interviews are bookmarks only)
    expected = [str(n + 1) for _, n in listed]
    printed = [line for line in contents if line.isdigit()]
    assert printed == expected
    nested = [o.title for group in reader.outline if isinstance(group, list) for o in group]
    assert "Allegation 1: Private communication with children or families" in nested
    assert sum(title.startswith("Interview on ") for title in nested) == 5  # one per interview


def test_every_page_has_reference_classification_and_page_x_of_y(full):
    pages = _pages(full[1])
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "OFFICIAL-SENSITIVE — DISCIPLINARY" in text
        assert "BC-2025-0007-P1" in text
    assert full[1].pages == len(pages)


def test_metadata_holds_the_reference_and_no_name(full):
    meta = PdfReader(BytesIO(full[1].data)).metadata
    values = " ".join(str(v) for v in meta.values())
    assert meta.title == "BC-2025-0007-P1" and meta.subject == "Disciplinary case pack"
    for name in (SUBJECT, CHILD[2], FAMILY[2], THIRD[2], "Priya Shah", "Sam Carter"):
        assert name not in values


def test_redacted_copy_holds_no_child_family_or_third_party_name_and_full_copy_does(full, redacted):
    red = _flat("\n".join(_pages(redacted[1])))
    whole = _flat("\n".join(_pages(full[1])))
    for _, reference, name in (CHILD, FAMILY, THIRD):
        assert name not in red
        assert name in whole
        assert reference in red
    assert "Redacted copy." in red and SUBJECT in red


def test_redacted_copy_withholds_pictures_and_says_so(full, redacted):
    def images(result) -> int:
        return sum(len(page.images) for page in PdfReader(BytesIO(result.data)).pages)

    assert images(full[1]) == 3
    assert images(redacted[1]) == 0
    assert "Pictures are withheld from this redacted copy" in _flat("\n".join(_pages(redacted[1])))


def test_very_long_entry_splits_across_pages_without_losing_words():
    data = pack(redacted=False, entries=3, images=0)
    long_details = " ".join(f"word{i:05d}" for i in range(1818))  # 20 000 characters: the most stored
    entries = (dataclasses.replace(data.chronology[0], details=long_details), *data.chronology[1:])
    result = build_case_pack_pdf(dataclasses.replace(data, chronology=entries), document())
    text = _flat("\n".join(_pages(result)))
    assert all(f"word{i:05d}" in text for i in range(1818))
    assert result.pages > 10


def test_undecided_case_without_appeal_says_so():
    result = build_case_pack_pdf(pack(decided=False, entries=2, images=0), document())
    text = _flat("\n".join(_pages(result)))
    assert "No decision has been recorded yet." in text and "No appeal has been lodged." in text


def test_cancel_stops_the_pack_with_a_clear_message():
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 10

    with pytest.raises(Cancelled) as raised:
        build_case_pack_pdf(pack(entries=12, images=1), document(), is_cancelled=cancelled)
    assert raised.value.message == "The export was cancelled. No file was saved."


def test_progress_rises_to_the_total():
    seen: list[tuple[int, int]] = []
    build_case_pack_pdf(pack(entries=6, images=1), document(), progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1]


def test_protected_pack_is_aes256_r6_and_opens_with_either_password():
    result = build_case_pack_pdf(
        pack(entries=3, images=0), document(), password="user-pass-1", owner_password="owner-pass-2"
    )
    reader = PdfReader(BytesIO(result.data))
    assert reader._encryption.V == 5 and reader._encryption.R == 6
    assert reader.decrypt("nope-nope-nope") == 0
    assert reader.decrypt("user-pass-1") != 0
    assert PdfReader(BytesIO(result.data), password="owner-pass-2").pages[0].extract_text()


def test_importing_the_entry_points_does_not_import_reportlab():
    code = (
        "import sys, lcs_desktop.reports.case_pack, lcs_desktop.reports.outcome_letter; "
        "print(any(m.startswith('reportlab') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
