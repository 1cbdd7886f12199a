"""Exporting the case pack and the outcome letter through the service: real database, real PDFs."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lcs_desktop.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from lcs_desktop.reports.common import Cancelled
from lcs_desktop.services.case_export import CaseExportService
from lcs_desktop.store.audit_events import AuditEvent
from tests.services.case_helpers import NOW, build_world, decide_and_prepare, report
from tests.services.test_cases_chronology import PNG

pytestmark = pytest.mark.both_backends

CHILD = "Amira Haddad"
FAMILY = "The Okonkwo family"
RAISER = "Grace Okonkwo"
SUBJECT = "Zoë"  # the subject's first name (build_world); the subject is never redacted


@pytest.fixture
def world(org, make_user):
    return build_world(org, make_user)


@pytest.fixture
def case_id(world):
    cid = report(
        world,
        raised_by=RAISER,
        what_was_seen=f"Post showing {CHILD} at the contact centre; {RAISER} saw it.",
    ).case_id
    world.cases.add_party(world.lead, cid, kind="child", reference="C-204", name=CHILD)
    world.cases.add_party(world.lead, cid, kind="family", reference="F-88", name=FAMILY)
    first = world.cases.add_entry(
        world.lead,
        cid,
        kind="interview",
        occurred_at=NOW - timedelta(minutes=50),
        summary="Volunteer interviewed",
        details=f"She said {CHILD}'s mother had asked for the photo.",
        participants="Mona Manager",
    )
    world.cases.add_entry(
        world.lead,
        cid,
        kind="note",
        occurred_at=NOW - timedelta(minutes=40),
        summary="Phoned LADO for advice",
    )
    world.cases.correct_entry(
        world.lead,
        cid,
        first,
        occurred_at=NOW - timedelta(minutes=30),
        summary="Volunteer interviewed (corrected time)",
        reason="Wrong time recorded",
    )
    world.cases.attach_evidence(world.lead, cid, "post.png", PNG, entry_id=first)
    world.cases.record_referral(
        world.lead, cid, kind="lado", state="not_needed", reason="LADO advised: below threshold"
    )
    decide_and_prepare(world, cid)
    world.cases.close_case(world.lead, cid, note="Closed.")
    return cid


@pytest.fixture
def export(org) -> CaseExportService:
    return org.case_export


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _text(path, password=None) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    if password:
        reader.decrypt(password)
    # Whitespace normalised: table cells wrap their text over several lines.
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _events(org, action):
    with org.workspace.reading() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        return [json.loads(r.details) for r in rows]


def test_redacted_pack_has_no_child_family_or_third_party_name_and_full_pack_has_them(
    world, case_id, export, out
):
    redacted = export.export_pack(world.lead, case_id, out)
    full = export.export_pack(world.lead, case_id, out, redacted=False, without_password=True)
    red_text, full_text = _text(redacted.path), _text(full.path)
    for name in (CHILD, FAMILY, RAISER, "Amira", "Okonkwo"):
        assert name not in red_text
    assert CHILD in full_text and FAMILY in full_text and RAISER in full_text
    assert "C-204" in red_text and "F-88" in red_text
    for text in (red_text, full_text):
        assert SUBJECT in text
        assert "Volunteer interviewed (corrected time)" in text and "Phoned LADO for advice" in text
        assert "Correction to no." in text
        assert hashlib.sha256(PNG).hexdigest() in text.replace(" ", "")  # a hash wraps in its cell
        assert "LADO advised: below threshold" in text


def test_export_is_audited_with_the_files_hash_reference_and_redaction(world, case_id, export, out):
    first = export.export_pack(world.lead, case_id, out)
    second = export.export_pack(world.lead, case_id, out, redacted=False, without_password=True)
    assert first.path.name == f"{first.document_reference}-redacted.pdf"
    assert second.path.name == f"{second.document_reference}-full.pdf"
    assert first.document_reference.endswith("-P1") and second.document_reference.endswith("-P2")
    events = _events(world.org, "case_pack_exported")
    assert [e["sha256"] for e in events] == [
        hashlib.sha256(first.path.read_bytes()).hexdigest(),
        hashlib.sha256(second.path.read_bytes()).hexdigest(),
    ]
    assert [e["redacted"] for e in events] == [True, False]
    assert [e["document_reference"] for e in events] == [first.document_reference, second.document_reference]
    assert [p.name for p in out.iterdir()] and not [p for p in out.iterdir() if p.suffix == ".part"]


def test_pack_metadata_and_file_name_hold_no_personal_name(world, case_id, export, out):
    result = export.export_pack(world.lead, case_id, out, redacted=False, without_password=True)
    meta = PdfReader(BytesIO(result.path.read_bytes())).metadata
    values = " ".join(str(v) for v in meta.values())
    assert result.document_reference in values
    for name in (SUBJECT, "Łukasz", CHILD, RAISER, world.lead.full_name):
        assert name not in values and name not in result.path.name


def test_cancelled_export_raises_and_leaves_no_file_and_no_audit(world, case_id, export, out):
    calls = {"n": 0}

    def cancel_after_a_few() -> bool:
        calls["n"] += 1
        return calls["n"] > 5

    with pytest.raises(Cancelled) as raised:
        export.export_pack(world.lead, case_id, out, is_cancelled=cancel_after_a_few)
    assert "cancelled" in raised.value.message and "No file" in raised.value.message
    assert list(out.iterdir()) == []
    assert _events(world.org, "case_pack_exported") == []


def test_checker_is_refused(world, case_id, export, out):
    with pytest.raises(PermissionDenied):
        export.export_pack(world.checker, case_id, out)
    assert list(out.iterdir()) == []


def test_manager_exports_only_cases_they_are_assigned_to(world, case_id, export, out):
    assert export.export_pack(world.manager, case_id, out).path.exists()  # the officer
    with pytest.raises(NotFound):
        export.export_pack(world.other_manager, case_id, out / "x")
    with pytest.raises(NotFound):
        export.export_letter(world.other_manager, case_id, out)


def test_password_protected_pack_is_aes256_r6_with_distinct_passwords(world, case_id, export, out):
    result = export.export_pack(
        world.lead, case_id, out, password="open-sesame-1", owner_password="owner-secret-2"
    )
    reader = PdfReader(BytesIO(result.path.read_bytes()))
    assert reader.is_encrypted
    assert reader._encryption.V == 5 and reader._encryption.R == 6
    assert reader.decrypt("wrong-password") == 0
    assert reader.decrypt("open-sesame-1") != 0
    assert "Phoned LADO for advice" in _text(result.path, "open-sesame-1")
    assert _events(world.org, "case_pack_exported")[0]["protected"] is True
    with pytest.raises(ValidationError):
        export.export_pack(world.lead, case_id, out, password="same-pass-1", owner_password="same-pass-1")


def test_outcome_letter_states_finding_outcome_and_right_of_appeal(world, case_id, export, out):
    result = export.export_letter(world.lead, case_id, out, address=("1 High Street", "Leeds LS1 1AA"))
    text = _text(result.path)
    assert result.path.name == f"{result.document_reference}.pdf" and result.document_reference.endswith(
        "-L1"
    )
    assert "Dear Zoë" in text and "1 High Street" in text
    assert "substantiated" in text and "Advice or guidance" in text
    assert "right to appeal" in text and "within 10 working days" in text
    assert CHILD not in text
    event = _events(world.org, "outcome_letter_exported")[0]
    assert event["sha256"] == hashlib.sha256(result.path.read_bytes()).hexdigest()


def test_letter_is_refused_before_a_decision(world, export, out):
    cid = report(world).case_id
    with pytest.raises(ConflictError) as raised:
        export.export_letter(world.lead, cid, out)
    assert "No decision" in raised.value.message
    assert list(out.iterdir()) == []


def test_missing_folder_is_refused_plainly(world, case_id, export, out):
    with pytest.raises(ValidationError) as raised:
        export.export_pack(world.lead, case_id, out / "nowhere" / "pack.pdf")
    assert raised.value.field == "target"


def test_redaction_keeps_ordinary_words(world, case_id, export, out):
    world.org.cases.clock = lambda: NOW + timedelta(days=1)
    text = _text(export.export_pack(world.lead, case_id, out).path)
    assert "[F-88] volunteer" not in text


def test_full_pack_is_refused_without_a_password_or_the_explicit_choice(world, case_id, export, out):
    with pytest.raises(ValidationError, match="protect it with a password"):
        export.export_pack(world.lead, case_id, out, redacted=False)
    assert list(out.iterdir()) == [] and _events(world.org, "case_pack_exported") == []
    export.export_pack(world.lead, case_id, out, redacted=False, password="Quiet-Harbour-42")
    export.export_pack(world.lead, case_id, out, redacted=False, without_password=True)
    events = _events(world.org, "case_pack_exported")
    assert [e.get("without_password_confirmed", False) for e in events] == [False, True]
    assert [e["protected"] for e in events] == [True, False]
