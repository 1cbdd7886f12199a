"""Subject access requests through the service: a real database, a real pack read back with pypdf."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lcs_desktop.domain.desk import DeskKind
from lcs_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from lcs_desktop.domain.subject_access import Decision, due_date
from lcs_desktop.reports.common import Cancelled
from lcs_desktop.services.audit_log import AuditFilter
from lcs_desktop.services.holidays import load_bank_holidays
from lcs_desktop.services.subject_access import desk_items
from lcs_desktop.services.subject_access_proposals import ProposalKind
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.cases import AffectedChild, BreachCase
from lcs_desktop.store.checks import Check
from tests.frozen_clock import TEST_TODAY
from tests.services.sar_helpers import (
    ACCOUNT,
    APPEAL,
    CHILD,
    FAMILY,
    INTERVIEW,
    OTHER_SUBJECT,
    RAISER,
    SEEN,
    SUBJECT_REPORT,
    build_sar_world,
    decide_all,
)

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sar(org, make_user):
    return build_sar_world(org, make_user)


@pytest.fixture
def full(org, make_user):
    return build_sar_world(org, make_user, full=True)


def _text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_pack_holds_every_record_and_none_of_the_accepted_redactions(full, tmp_path):
    sar = full
    service = sar.org.subject_access
    request = service.open_request(sar.lead, sar.person_id, TEST_TODAY - timedelta(days=3))
    proposals = service.proposals(sar.lead, request.id)
    by_words = {p.words: p for p in proposals}
    assert by_words[CHILD].kind is ProposalKind.AFFECTED_PERSON
    assert by_words[RAISER].kind is ProposalKind.CONCERN_RAISER
    # The case the person raised about someone else: the subject's details proposed.
    assert by_words[OTHER_SUBJECT].kind is ProposalKind.CASE_SUBJECT
    # A colleague only named in typed text ("Who took part") is proposed too.
    assert "Mona Manager" in by_words
    with pytest.raises(ConflictError, match="still to be decided"):
        service.build_pack(sar.lead, request.id, tmp_path)

    decide_all(sar, request.id, reject=(FAMILY,))
    done = service.build_pack(sar.lead, request.id, tmp_path)

    assert done.path.name == f"{request.reference}-P1.pdf"
    text = _flat(_text(done.path))
    with sar.org.workspace.reading() as session:
        case_ref = session.get(BreachCase, sar.case_id).reference
        raised_ref = session.get(BreachCase, sar.raised_case_id).reference
    with sar.org.workspace.reading() as session:
        check_ref = session.get(Check, sar.check_id).reference
    everything = (
        "Zoë",
        "V-100",
        check_ref,
        case_ref,
        raised_ref,
        "Volunteer interviewed",
        INTERVIEW,
        SUBJECT_REPORT,
        "Contact supervisor (volunteer)",
        "Who did what with your records",
        f"Started check {check_ref} on person V-100",
        f"Recorded an affected child on {case_ref}",
        ACCOUNT,
        APPEAL,
        "Substantiated",
        "Advice given; closed.",
        f"Discussion with you about {check_ref}",
        "Redaction log",
        "Evidence files",
    )
    for expected in everything:
        assert _flat(expected) in text, expected
    assert _flat(SEEN) in text
    # Accepted redactions are gone, each replaced by its marker; the rejected one is disclosed.
    for gone in (CHILD, RAISER, OTHER_SUBJECT, "Amira", "Okonkwo", "Raman"):
        assert gone not in text, gone
    assert "[redacted — safeguarding]" in text and "[redacted — third-party data]" in text
    assert "Mensah" in text
    # Evidence: the originals beside the PDF under neutral names, and listed in the pack.
    files = sorted(p.name for p in done.evidence_folder.iterdir())
    assert files == ["E01.png", "E02.png"] and done.evidence_files == 2
    # The stored records are never altered.
    with sar.org.workspace.reading() as session:
        names = set(session.scalars(select(AffectedChild.name)))
        assert CHILD in names
        assert session.get(BreachCase, sar.case_id).raised_by == RAISER
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_type == "subject_access_request")
        ).all()
    actions = [e.action for e in events]
    assert actions[0] == "sar_opened" and actions[-1] == "sar_pack_assembled"
    assembled = json.loads(events[-1].details)
    assert assembled["sha256"] == done.sha256 and assembled["redactions"] == done.redactions
    for e in events:  # content-free
        for word in (CHILD, RAISER, OTHER_SUBJECT, "Zoë", FAMILY):
            assert word not in (e.details or "")


def test_pdf_metadata_and_file_names_carry_no_name(sar, tmp_path):
    service = sar.org.subject_access
    request = service.open_request(sar.lead, sar.person_id, TEST_TODAY)
    decide_all(sar, request.id)
    done = service.build_pack(sar.lead, request.id, tmp_path)
    meta = PdfReader(str(done.path)).metadata
    assert "Zoë" not in json.dumps({k: str(v) for k, v in meta.items()}, ensure_ascii=False)
    assert all("Zo" not in p.name for p in tmp_path.rglob("*"))


def test_clock_pause_resume_extend_and_release(sar, tmp_path, frozen_clock):
    service = sar.org.subject_access
    holidays = load_bank_holidays()
    received = TEST_TODAY - timedelta(days=10)
    request = service.open_request(sar.lead, sar.person_id, received)
    assert request.status.due == due_date(received, holidays)
    paused = service.pause(
        sar.lead, request.id, "Asked for proof of identity.", on=TEST_TODAY - timedelta(days=4)
    )
    assert paused.paused and paused.status.paused
    resumed = service.resume(sar.lead, request.id, on=TEST_TODAY)
    assert not resumed.paused
    assert resumed.status.due == due_date(received, holidays, pauses=resumed.pauses)
    extended = service.extend(sar.lead, request.id, "Many records across several cases.")
    assert extended.extended
    assert extended.status.due == due_date(received, holidays, extended=True, pauses=resumed.pauses)
    with pytest.raises(ConflictError, match="only once"):
        service.extend(sar.lead, request.id, "Again.")
    with pytest.raises(ConflictError, match="Build the pack"):
        service.release(sar.lead, request.id)
    decide_all(sar, request.id)
    service.build_pack(sar.lead, request.id, tmp_path)
    answered = service.release(sar.lead, request.id)
    assert answered.answered_on == TEST_TODAY and not answered.open
    with pytest.raises(ConflictError, match="answered"):
        service.pause(sar.lead, request.id, "Too late.")
    # Each step reads as a sentence in the audit log, and none carries the reasons typed.
    flt = AuditFilter(entity_type="subject_access_request", entity_id=str(request.id))
    said = [r.sentence.full_text for r in sar.org.audit_log.events(sar.lead, flt, newest_first=False)]
    joined = "\n".join(said)
    for words in (
        f"recorded subject access request {request.reference} for person V-100",
        "stopped the clock on",
        "restarted the clock on",
        "by two months",
        "built the pack for",
        "as answered",
    ):
        assert words in joined, words
    assert "proof of identity" not in joined and "Many records" not in joined
    assert "{" not in joined


def test_bad_input_is_refused_in_plain_words(sar):
    service = sar.org.subject_access
    with pytest.raises(ValidationError, match="after today"):
        service.open_request(sar.lead, sar.person_id, TEST_TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="Give the date"):
        service.open_request(sar.lead, sar.person_id, None)
    request = service.open_request(sar.lead, sar.person_id, TEST_TODAY - timedelta(days=40))
    with pytest.raises(ConflictError, match="already open"):
        service.open_request(sar.lead, sar.person_id, TEST_TODAY)
    with pytest.raises(ValidationError, match="reason"):
        service.pause(sar.lead, request.id, "  ")
    with pytest.raises(ConflictError, match="nothing to resume"):
        service.resume(sar.lead, request.id)
    # Forty days on, the first month has passed: too late to extend.
    with pytest.raises(ConflictError, match="first month"):
        service.extend(sar.lead, request.id, "Complex.")
    proposal = service.proposals(sar.lead, request.id)[0]
    with pytest.raises(ValidationError, match="exemption"):
        service.decide(sar.lead, request.id, proposal, Decision.ACCEPTED)


def test_only_the_lead_handles_subject_access_and_refusals_are_audited(sar, tmp_path):
    service = sar.org.subject_access
    out = tmp_path / "out"
    out.mkdir()
    request = service.open_request(sar.lead, sar.person_id, TEST_TODAY)
    for user in (sar.world.manager, sar.world.checker, sar.world.admin_only):
        with pytest.raises(PermissionDenied, match="subject access"):
            service.open_request(user, sar.person_id, TEST_TODAY)
        with pytest.raises(PermissionDenied):
            service.build_pack(user, request.id, out)
        with pytest.raises(PermissionDenied):
            service.proposals(user, request.id)
        assert desk_items(sar.org.workspace, user, TEST_TODAY) == []
    with sar.org.workspace.reading() as session:
        refused = session.scalars(select(AuditEvent).where(AuditEvent.action == "access_refused")).all()
    assert len(refused) == 9
    assert list(out.iterdir()) == []


def test_desk_items_show_each_open_request_and_flag_overdue(sar, org, make_user):
    service = sar.org.subject_access
    holidays = load_bank_holidays()
    old = TEST_TODAY - timedelta(days=70)
    request = service.open_request(sar.lead, sar.person_id, old)
    items = desk_items(sar.org.workspace, sar.lead, TEST_TODAY)
    assert len(items) == 1
    item = items[0]
    assert item.kind is DeskKind.SUBJECT_ACCESS and item.overdue
    assert item.due == due_date(old, holidays)
    assert request.reference in item.sentence and "overdue" in item.sentence
    assert item.link.record_id == sar.person_id
    assert "Zoë" not in item.sentence
    fresh = desk_items(sar.org.workspace, sar.lead, old + timedelta(days=1))[0]
    assert not fresh.overdue and fresh.sentence.endswith("is due")


def test_a_cancelled_build_leaves_no_file_and_no_audit_event(sar, tmp_path):
    service = sar.org.subject_access
    request = service.open_request(sar.lead, sar.person_id, TEST_TODAY)
    decide_all(sar, request.id)
    out = tmp_path / "out"
    out.mkdir()
    steps: list[int] = []
    with pytest.raises(Cancelled):
        service.build_pack(
            sar.lead, request.id, out, progress=lambda done, _total: steps.append(done),
            is_cancelled=lambda: len(steps) >= 3,
        )  # fmt: skip
    assert steps and list(out.iterdir()) == []
    with sar.org.workspace.reading() as session:
        built = session.scalars(select(AuditEvent).where(AuditEvent.action == "sar_pack_assembled")).all()
    assert built == []
    with pytest.raises(ConflictError, match="Build the pack"):
        service.release(sar.lead, request.id)
