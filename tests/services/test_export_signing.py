"""The organisation's signing key through the services: made at set-up (or on an older
workspace's first export), signing every export, with the chain head it was made at printed."""

from __future__ import annotations

import hashlib
import io
import json
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, func, select

from lcs_desktop.reports.pdf_signature_check import check_signature
from lcs_desktop.services.check_export import export_check
from lcs_desktop.services.export_signing import CREATED_ACTION
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.signing_keys import ExportSigningKey
from tests.services.case_helpers import build_world, decide_and_prepare, report
from tests.services.check_fixtures import add_applicant, audit_actions, ready_check

HEAD = re.compile(r"Audit trail at export: event (\d+), ([0-9a-f]{16})")


def _keys(org) -> list[ExportSigningKey]:
    with org.workspace.reading() as session:
        rows = session.scalars(select(ExportSigningKey)).all()
        session.expunge_all()
        return list(rows)


def _certificates(org) -> list[bytes]:
    return [k.certificate for k in _keys(org)]


def _head_in(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    heads = {HEAD.search(" ".join(p.extract_text().split())).groups() for p in reader.pages}
    assert len(heads) == 1  # the same head on every page
    seq, digest = heads.pop()
    return int(seq), digest


def _mac_at(org, seq: int) -> str:
    with org.workspace.reading() as session:
        return session.scalar(select(AuditEvent.mac).where(AuditEvent.seq == seq))


def test_set_up_makes_one_signing_key_and_audits_it(org):
    keys = _keys(org)
    assert len(keys) == 1
    assert keys[0].private_key and keys[0].certificate
    created = [a for a in audit_actions(org, None) if a == CREATED_ACTION]
    assert created == [CREATED_ACTION]
    with org.workspace.reading() as session:
        details = session.scalar(select(AuditEvent.details).where(AuditEvent.action == CREATED_ACTION))
    assert json.loads(details) == {"fingerprint": keys[0].fingerprint}


def test_an_older_workspace_gets_its_key_on_the_first_export_only(org):
    with org.workspace.unit_of_work() as session:
        session.execute(delete(ExportSigningKey))  # as a workspace set up before export signing
    person = add_applicant(org)
    check_id = ready_check(org, org.user, person)
    first = export_check(org.workspace, org.user, check_id)
    second = export_check(org.workspace, org.user, check_id)
    keys = _keys(org)
    assert len(keys) == 1
    for result in (first, second):
        facts = check_signature(result.data, _certificates(org))
        assert facts.holds and facts.signer_fingerprint == keys[0].fingerprint
    with org.workspace.reading() as session:
        count = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == CREATED_ACTION)
        )
    assert count == 2  # the one at set-up, and the new one at the first export


def test_check_export_prints_the_head_it_was_read_at_and_audits_the_signed_bytes(org):
    person = add_applicant(org)
    check_id = ready_check(org, org.user, person)
    result = export_check(org.workspace, org.user, check_id, password="Open-Sesame-2025")
    with org.workspace.reading() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "check_exported").order_by(AuditEvent.seq.desc())
        ).first()
    assert json.loads(event.details)["sha256"] == hashlib.sha256(result.data).hexdigest() == result.sha256
    reader = PdfReader(io.BytesIO(result.data))
    reader.decrypt("Open-Sesame-2025")
    seq, digest = HEAD.search(" ".join(reader.pages[0].extract_text().split())).groups()
    assert int(seq) < event.seq
    assert _mac_at(org, int(seq)).startswith(digest)
    assert check_signature(result.data, _certificates(org), password="Open-Sesame-2025").holds


@pytest.fixture
def decided_case(org, make_user):
    world = build_world(org, make_user)
    cid = report(world).case_id
    decide_and_prepare(world, cid)
    return world, cid


def test_case_pack_and_letter_are_signed_and_carry_the_chain_head(decided_case, tmp_path):
    world, cid = decided_case
    org = world.org
    pack = org.case_export.export_pack(world.lead, cid, tmp_path)
    letter = org.case_export.export_letter(world.lead, cid, tmp_path)
    for exported, action in ((pack, "case_pack_exported"), (letter, "outcome_letter_exported")):
        data = exported.path.read_bytes()
        assert check_signature(data, _certificates(org)).holds
        seq, digest = _head_in(data)
        assert _mac_at(org, seq).startswith(digest)
        with org.workspace.reading() as session:
            event = session.scalars(select(AuditEvent).where(AuditEvent.action == action)).one()
        assert seq < event.seq
        assert json.loads(event.details)["sha256"] == hashlib.sha256(data).hexdigest()
