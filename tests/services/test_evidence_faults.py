"""Evidence holes (issue 8, #9): huge pictures refused by their pixel count, read from the
header only; stored bytes re-hashed on every read, altered bytes never handed out as the file."""

from __future__ import annotations

import struct
import time
import zlib

import pytest
from sqlalchemy import text

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.evidence import ALTERED, MAX_PIXELS, EvidenceAltered, check_file, image_size
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.check_export import export_check
from tests.services.check_fixtures import add_applicant, details, finding, ready_check, tiny_png, user_for


def bilevel_png(width: int, height: int) -> bytes:
    """A real, valid 1-bit greyscale PNG: tiny on disk however many pixels it has."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\x00" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def huge_png() -> bytes:
    return bilevel_png(20_000, 20_000)


@pytest.fixture
def started(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    check_id = org.checks.create_check(checker, add_applicant(org), details())
    return checker, check_id


# -- pixels ----------------------------------------------------------------------------------------


def test_picture_of_20000_by_20000_pixels_is_refused_without_decoding(org, started, huge_png):
    checker, check_id = started
    finding_id = org.checks.add_finding(checker, check_id, finding())
    assert len(huge_png) < 1024 * 1024  # small on disk: the byte limit alone lets it through

    started_at = time.perf_counter()
    with pytest.raises(ValidationError) as error:
        org.checks.add_evidence(checker, finding_id, "bomb.png", huge_png)
    elapsed = time.perf_counter() - started_at

    assert error.value.message == (
        "This picture is too large (20 000 × 20 000 pixels); the limit is 50 megapixels."
    )
    assert elapsed < 1.0  # header only: decoding 400 million pixels would take far longer
    assert org.checks.list_finding_evidence(checker, finding_id) == []


def test_pixel_limit_is_exact_and_ordinary_screenshots_pass():
    side = int(MAX_PIXELS**0.5)  # 7071 × 7071 = 49 999 041 pixels
    assert check_file("tall.png", bilevel_png(side, side)).media_type == "image/png"
    with pytest.raises(ValidationError, match=r"\(7 072 × 7 072 pixels\)"):
        check_file("over.png", bilevel_png(side + 1, side + 1))
    assert image_size(tiny_png(4, 3), "image/png") == (4, 3)


def test_huge_jpeg_and_webp_headers_are_read_too():
    from io import BytesIO

    from PIL import Image

    for fmt, media in (("JPEG", "image/jpeg"), ("WEBP", "image/webp")):
        buffer = BytesIO()
        Image.new("L", (16, 9)).save(buffer, fmt)
        assert image_size(buffer.getvalue(), media) == (16, 9)


# -- re-hash on every read -------------------------------------------------------------------------


def _alter(org, evidence_id: int) -> None:
    """Change stored bytes behind the app's back, as raw SQL on the keyed database would."""
    with org.workspace.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE evidence_content SET data = :data WHERE evidence_id = :id"),
            {"data": tiny_png(5, 5), "id": evidence_id},
        )


def test_altered_finding_evidence_is_refused_with_the_sentence(org, started):
    checker, check_id = started
    finding_id = org.checks.add_finding(checker, check_id, finding())
    info = org.checks.add_evidence(checker, finding_id, "post.png", tiny_png())
    assert org.checks.evidence_bytes(checker, info.id) == tiny_png()

    _alter(org, info.id)

    with pytest.raises(EvidenceAltered) as error:
        org.checks.evidence_bytes(checker, info.id)
    assert error.value.message == ALTERED == "This file has been altered since it was stored."


def test_altered_evidence_is_not_exported_as_the_recorded_file(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    check_id = ready_check(org, checker, add_applicant(org))
    evidence_id = org.checks.get_check(checker, check_id).findings[0].evidence[0].id
    _alter(org, evidence_id)

    with pytest.raises(EvidenceAltered):
        export_check(org.workspace, org.user, check_id)


def test_altered_case_evidence_is_refused_with_the_sentence(org, make_user):
    from tests.services.case_helpers import build_world, report

    world = build_world(org, make_user)
    case_id = report(world).case_id
    info = world.cases.attach_evidence(world.lead, case_id, "screenshot.png", tiny_png())
    _alter(org, info.id)

    with pytest.raises(EvidenceAltered) as error:
        world.cases.evidence_bytes(world.lead, case_id, info.id)
    assert error.value.message == ALTERED
