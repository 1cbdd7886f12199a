"""Evidence renditions (issue 12): a thumbnail and a print-size JPEG made once beside the
untouched original; the original is what opening the file gives; PDFs embed the print image
and print the original's SHA-256. Real 1920×1080 PNG screenshots, real database, real PDFs."""

from __future__ import annotations

import hashlib
import io

from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy import text as sql

from lcs_desktop.domain.evidence_renditions import PRINT_PX, THUMB_PX
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.check_export import export_check
from lcs_desktop.services.evidence_renditions import prepare
from lcs_desktop.store.evidence import EvidenceRendition
from tests.screenshots import screenshot_png
from tests.services.check_fixtures import add_applicant, details, finding, ready_check, user_for


def _renditions(org) -> dict[int, tuple[bytes, bytes]]:
    with org.workspace.reading() as session:
        rows = session.scalars(select(EvidenceRendition)).all()
        return {r.evidence_id: (bytes(r.thumbnail), bytes(r.print_image)) for r in rows}


def _images(holder) -> list:
    """Image XObjects, also inside the form XObjects ReportLab draws them through."""
    found = []
    for ref in (holder.get("/Resources") or {}).get("/XObject", {}).values():
        obj = ref.get_object()
        found.extend([obj] if obj["/Subtype"] == "/Image" else _images(obj))
    return found


def _checker_with_screenshot(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    check_id = ready_check(org, checker, add_applicant(org))
    finding_id = org.checks.get_check(checker, check_id).findings[0].id
    info = org.checks.add_evidence(checker, finding_id, "screenshot.png", screenshot_png(3))
    return checker, check_id, info


def test_renditions_are_made_once_when_stored_and_the_original_stays_byte_exact(org, make_user):
    checker, _check_id, info = _checker_with_screenshot(org, make_user)
    made = _renditions(org)[info.id]
    thumb, printed = (Image.open(io.BytesIO(b)) for b in made)
    assert (thumb.format, printed.format) == ("JPEG", "JPEG")
    assert max(thumb.size) == THUMB_PX and printed.size == (PRINT_PX, PRINT_PX * 1080 // 1920)

    shown = org.checks.evidence_thumbnails(checker, [info.id])
    assert shown[info.id].data == made[0] and shown[info.id].problem is None
    org.checks.evidence_thumbnails(checker, [info.id])
    assert _renditions(org)[info.id] == made  # read, never made again

    opened = org.checks.evidence_bytes(checker, info.id)  # "open": the original, re-hashed
    assert opened == screenshot_png(3) and hashlib.sha256(opened).hexdigest() == info.sha256


def test_a_worker_prepared_file_is_stored_with_its_renditions_unchanged(org, make_user):
    checker, check_id, _info = _checker_with_screenshot(org, make_user)
    prepared = prepare("pasted.png", screenshot_png(4))
    finding_id = org.checks.get_check(checker, check_id).findings[0].id
    info = org.checks.add_evidence(checker, finding_id, prepared.name, prepared.data)
    thumb, printed = _renditions(org)[info.id]
    assert (thumb, printed) == (prepared.renditions.thumbnail, prepared.renditions.print_image)


def test_evidence_stored_before_renditions_gets_them_on_first_need_once(org, make_user):
    checker, _check_id, info = _checker_with_screenshot(org, make_user)
    with org.workspace.database.engine.begin() as connection:  # as a database from before 0009
        connection.execute(sql("DELETE FROM evidence_renditions"))
    assert _renditions(org) == {}
    first = org.checks.evidence_thumbnails(checker, [info.id])[info.id]
    made = _renditions(org)[info.id]
    assert first.data == made[0] and first.data.startswith(b"\xff\xd8")
    assert org.checks.evidence_thumbnails(checker, [info.id])[info.id].data == made[0]
    assert _renditions(org)[info.id] == made


def test_an_altered_original_gets_no_picture_made_from_it(org, make_user):
    checker, _check_id, info = _checker_with_screenshot(org, make_user)
    with org.workspace.database.engine.begin() as connection:
        connection.execute(sql("DELETE FROM evidence_renditions"))
        connection.execute(
            sql("UPDATE evidence_content SET data = x'89504e47' WHERE evidence_id = :i"), {"i": info.id}
        )
    shown = org.checks.evidence_thumbnails(checker, [info.id])[info.id]
    assert shown.data == b"" and shown.problem == "This file has been altered since it was stored."
    assert _renditions(org) == {}


def test_check_pdf_embeds_the_print_image_and_prints_the_original_hash(org, make_user):
    _checker, check_id, info = _checker_with_screenshot(org, make_user)
    _thumb, printed = _renditions(org)[info.id]
    result = export_check(org.workspace, org.user, check_id)
    reader = PdfReader(io.BytesIO(result.data))
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert info.sha256 in text
    jpegs = [x for page in reader.pages for x in _images(page) if "/DCTDecode" in str(x.get("/Filter"))]
    shot = [x for x in jpegs if (x["/Width"], x["/Height"]) == (PRINT_PX, PRINT_PX * 1080 // 1920)]
    assert len(shot) == 1 and len(jpegs) == 2  # the screenshot and ready_check's tiny picture
    assert shot[0].get_data() == printed  # the print JPEG as it was made, not a re-encoding


def test_stored_finding_files_have_renditions_for_every_picture(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    check_id = org.checks.create_check(checker, add_applicant(org), details())
    files = [("a.png", screenshot_png(5)), ("b.pdf", b"%PDF-1.7\n...")]
    org.checks.add_finding(checker, check_id, finding(), files)
    made = _renditions(org)
    assert len(made) == 2
    pdf = next(v for v in made.values() if v[0] == b"")
    assert pdf == (b"", b"")  # a PDF has no picture: tried once, kept as none


def test_case_pack_embeds_the_print_image_and_prints_the_original_hash(org, make_user, tmp_path):
    from tests.services.case_helpers import build_world, report

    world = build_world(org, make_user)
    case_id = report(world).case_id
    info = world.cases.attach_evidence(world.lead, case_id, "screenshot.png", screenshot_png(6))
    _thumb, printed = _renditions(org)[info.id]
    exported = org.case_export.export_pack(
        world.lead, case_id, tmp_path, redacted=False, without_password=True
    )
    reader = PdfReader(io.BytesIO(exported.path.read_bytes()))
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert info.sha256 in text
    jpegs = [x for page in reader.pages for x in _images(page) if "/DCTDecode" in str(x.get("/Filter"))]
    assert [x.get_data() for x in jpegs] == [printed]
