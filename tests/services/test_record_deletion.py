"""Deletion with proof (issue 10): a deleted record leaves no trace in the database file, its
WAL or a decrypted dump — search index and evidence blobs included; a legal hold or a
non-lead stops it with nothing changed; each record gets a content-free certificate that
verifies in the audit chain."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from lcs_desktop.domain.errors import PermissionDenied
from lcs_desktop.domain.record_refs import LegalHoldError, RecordRef
from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services import legal_holds
from lcs_desktop.services.audit_verify import verify
from lcs_desktop.services.record_deletion import delete_records, reduce_checks
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.cases import BreachCase, ChronologyEntry
from lcs_desktop.store.checks import Check, CheckDiscussion, Finding
from lcs_desktop.store.drafts import Draft
from lcs_desktop.store.evidence import Evidence, EvidenceContent
from lcs_desktop.store.people import Person
from tests.services.check_fixtures import TODAY, user_for
from tests.services.deletion_helpers import (
    EVIDENCE_PATTERN,
    evidence_pattern,
    files_bytes,
    found_in,
    mark,
    marked_records,
    plain_dump,
)

pytestmark = pytest.mark.both_backends

RULE = "TEST-RULE"


def _certificates(org) -> list[AuditEvent]:
    with org.workspace.reading() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.in_(("record_deleted", "record_reduced")))
                .order_by(AuditEvent.seq)
            )
        )


def _audit_text(org) -> str:
    with org.workspace.reading() as session:
        return "\n".join(session.scalars(select(AuditEvent.details)))


def _count(org, model) -> int:
    with org.workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_deleting_a_person_leaves_no_trace_in_the_file_wal_or_decrypted_dump(org, tmp_path, backend):
    kept = marked_records(org, prefix="keep")
    gone = marked_records(org, prefix="gone")
    pattern = evidence_pattern("gone")
    # The search index stores terms folded to lower case, sharing first letters on a page:
    # look for the rest of each too.
    tails = [s[3:].lower() for s in gone.strings]
    before = plain_dump(org, tmp_path / "before.db")
    assert set(found_in(before, gone.strings)) == set(gone.strings)  # the probe finds them while there
    assert pattern in before

    report = delete_records(
        org.workspace,
        org.user,
        [RecordRef("person", gone.person_id)],
        reason="erasure_request",
        rule_code=RULE,
    )

    assert report.done == [RecordRef("person", gone.person_id)]
    assert set(report.with_person) == {RecordRef("check", gone.check_id), RecordRef("case", gone.case_id)}
    assert report.scrubbed
    # The audit trail is content-free (record history, h-history): no string is kept there either.
    assert found_in(_audit_text(org).encode(), gone.strings) == []
    if backend == "local":  # a server has no file of the app's: it only ever held ciphertext
        raw = files_bytes(org)
        assert found_in(raw["db"], gone.strings) == []
        assert raw["wal"] == b""  # checkpointed and truncated
    after = plain_dump(org, tmp_path / "after.db")
    assert found_in(after, gone.strings) == []
    assert found_in(after.lower(), tails) == []
    assert pattern not in after
    # The other person's records are whole, and still found by search.
    assert set(found_in(after, kept.strings)) == set(kept.strings)
    assert [p.id for p in org.people.list_people(org.user, query=kept.strings[0])] == [kept.person_id]
    assert org.people.list_people(org.user, query=gone.strings[0]) == []


def _fts_shadow(org) -> tuple[set[str], bytes]:
    """The people search index's terms (through an fts5vocab table) and every byte of its
    shadow tables; its own integrity check must pass too."""
    raw = org.workspace.database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("CREATE VIRTUAL TABLE temp.people_terms USING fts5vocab(main, people_fts, row)")
        terms = {r[0] for r in cursor.execute("SELECT term FROM temp.people_terms")}
        cursor.execute("DROP TABLE temp.people_terms")
        blocks = [r[0] for r in cursor.execute("SELECT block FROM people_fts_data")]
        blocks += [r[0] for r in cursor.execute("SELECT term FROM people_fts_idx")]
        cursor.execute("INSERT INTO people_fts(people_fts) VALUES ('integrity-check')")
    finally:
        raw.close()
    return terms, b"".join(b for b in blocks if isinstance(b, bytes)).lower()


def _name_tokens(org, person_id: int) -> int:
    from lcs_desktop.store.name_search import NameToken

    with org.workspace.reading() as session:
        return session.scalar(select(func.count()).where(NameToken.entity_id == person_id)) or 0


def test_deletion_reaches_the_search_index_shadow_tables(org, backend):
    gone = marked_records(org)
    if backend == "server":  # the server's name search is blind-index tokens, not FTS5
        assert _name_tokens(org, gone.person_id) > 0
        delete_records(
            org.workspace,
            org.user,
            [RecordRef("person", gone.person_id)],
            reason="erasure_request",
            rule_code=RULE,
        )
        assert _name_tokens(org, gone.person_id) == 0
        return
    tokens = {s.lower() for s in gone.strings[:2]}  # first and last name, as indexed
    # Terms share their first letters on a page; the rest of each is stored as it is.
    tails = [t[3:].encode() for t in tokens]
    terms, shadow = _fts_shadow(org)
    assert tokens <= terms and all(t in shadow for t in tails)
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("person", gone.person_id)],
        reason="erasure_request",
        rule_code=RULE,
    )
    terms, shadow = _fts_shadow(org)
    assert [t for t in terms if t.startswith("qzx")] == []
    assert [t for t in tails if t in shadow] == []


def test_deleting_a_check_or_case_removes_everything_hanging_off_it(org, tmp_path):
    rec = marked_records(org)
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("check", rec.check_id), RecordRef("case", rec.case_id)],
        reason="recorded_in_error",
        rule_code=RULE,
    )
    for model in (
        Check,
        Finding,
        CheckDiscussion,
        BreachCase,
        ChronologyEntry,
        Evidence,
        EvidenceContent,
        Draft,
    ):
        assert _count(org, model) == 0, model.__name__
    assert _count(org, Person) == 1  # the person stays: only the check and the case were chosen
    # The chronology is append-only again after the deletion.
    assert "case_chronology_no_delete" in _trigger_names(org)
    # No trace of the check or the case in a decrypted dump; the person's own fields remain.
    person_fields = {mark(n) for n in ("first", "last", "role", "email")}
    dump = plain_dump(org, tmp_path / "after.db")
    assert found_in(dump, [s for s in rec.strings if s not in person_fields]) == []
    assert set(found_in(dump, sorted(person_fields))) == person_fields
    assert EVIDENCE_PATTERN not in dump


def _trigger_names(org) -> set[str]:
    from sqlalchemy import text

    from lcs_desktop.store.dialect import on_server

    with org.workspace.reading() as session:
        if on_server(session):
            query = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'case_chronology'::regclass"
        else:
            query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        return set(session.scalars(text(query)))


def test_legal_hold_blocks_deletion_and_nothing_changes(org, tmp_path):
    rec = marked_records(org)
    hold_id = legal_holds.place_hold(
        org.workspace,
        org.user,
        person_id=rec.person_id,
        reason="Tribunal claim pending",
        review_on=TODAY + timedelta(days=90),
    )
    before = plain_dump(org, tmp_path / "before.db")
    for refs in (
        [RecordRef("person", rec.person_id)],
        [RecordRef("check", rec.check_id)],
        [RecordRef("case", rec.case_id)],
    ):
        with pytest.raises(LegalHoldError) as refused:
            delete_records(org.workspace, org.user, refs, reason="retention_reached", rule_code=RULE)
        assert "legal hold" in refused.value.message
    with pytest.raises(LegalHoldError):
        reduce_checks(org.workspace, org.user, [rec.check_id], reason="retention_reached", rule_code=RULE)
    assert _certificates(org) == []
    assert set(found_in(plain_dump(org, tmp_path / "after.db"), rec.strings)) == set(
        found_in(before, rec.strings)
    )
    # Lifted, the same deletion goes ahead.
    legal_holds.lift_hold(org.workspace, org.user, hold_id, "Claim settled")
    report = delete_records(
        org.workspace, org.user, [RecordRef("case", rec.case_id)], reason="retention_reached", rule_code=RULE
    )
    assert report.done == [RecordRef("case", rec.case_id)]


def test_a_hold_on_a_case_keeps_its_subject(org):
    rec = marked_records(org)
    legal_holds.place_hold(
        org.workspace,
        org.user,
        case_id=rec.case_id,
        reason="Police enquiry",
        review_on=TODAY + timedelta(days=30),
    )
    with pytest.raises(LegalHoldError):
        delete_records(
            org.workspace,
            org.user,
            [RecordRef("person", rec.person_id)],
            reason="retention_reached",
            rule_code=RULE,
        )
    assert _count(org, Person) == 1
    # The check is not covered by a hold on the case.
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("check", rec.check_id)],
        reason="retention_reached",
        rule_code=RULE,
    )
    assert _count(org, Check) == 0


@pytest.mark.parametrize("roles", [(Role.MANAGER,), (Role.CHECKER,), (Role.ADMINISTRATOR,)])
def test_only_the_lead_may_delete(org, make_user, roles):
    rec = marked_records(org)
    other = user_for(org, make_user, "someone", *roles)
    with pytest.raises(PermissionDenied):
        delete_records(
            org.workspace,
            other,
            [RecordRef("person", rec.person_id)],
            reason="retention_reached",
            rule_code=RULE,
        )
    with pytest.raises(PermissionDenied):
        reduce_checks(org.workspace, other, [rec.check_id], reason="retention_reached", rule_code=RULE)
    assert _count(org, Person) == 1 and _count(org, Check) == 1
    assert _certificates(org) == []
    refused = [e for e in _all_events(org) if e.action == "access_refused"]
    assert [json.loads(e.details)["attempted"] for e in refused][-2:] == ["delete_records", "reduce_checks"]


def _all_events(org) -> list[AuditEvent]:
    with org.workspace.reading() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def test_certificate_is_content_free_and_verifies_in_the_chain(org, backend):
    rec = marked_records(org)
    with org.workspace.reading() as session:
        created = session.get(Person, rec.person_id).created_at
        reference = session.get(Person, rec.person_id).reference
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("person", rec.person_id)],
        reason="retention_reached",
        rule_code=RULE,
        trigger_dates={RecordRef("person", rec.person_id): TODAY - timedelta(days=1)},
    )
    certificates = _certificates(org)
    assert [(e.entity_type, e.action) for e in certificates] == [
        ("check", "record_deleted"),
        ("breach_case", "record_deleted"),
        ("person", "record_deleted"),
    ]
    person = json.loads(certificates[-1].details)
    assert person == {
        "kind": "person",
        "reference": reference,
        "created_on": london_date(created).isoformat(),
        "trigger_on": (TODAY - timedelta(days=1)).isoformat(),
        "rule": RULE,
        "reason_category": "retention_reached",
        "method": {
            "local": "rows deleted, evidence erased, search index rebuilt, WAL truncated, space reclaimed",
            "server": "rows deleted, evidence erased, search tokens deleted "
            "(held on the office server as ciphertext only)",
        }[backend],
    }
    assert all(e.actor_id == org.user.id and e.signature for e in certificates)
    names = [s for s in rec.strings if s != reference]
    assert found_in("".join(e.details for e in certificates).encode(), names) == []
    with org.workspace.reading() as session:
        assert verify(org.workspace.chain, session, org.workspace.slots.audit_head()) == []


def test_reducing_a_check_keeps_a_minimal_log(org, tmp_path):
    rec = marked_records(org)
    report = reduce_checks(
        org.workspace, org.user, [rec.check_id], reason="retention_reached", rule_code=RULE
    )
    assert report.done == [RecordRef("check", rec.check_id)]
    with org.workspace.reading() as session:
        check = session.get(Check, rec.check_id)
        discussion = session.scalar(select(CheckDiscussion).where(CheckDiscussion.check_id == rec.check_id))
        assert check.reduced_at is not None
        assert (check.result, check.checker_id, check.completed_at is not None) == (
            "concerns_found",
            org.user.id,
            True,
        )
        assert discussion.outcome == "proceed_with_advice"
        assert (discussion.applicant_account, discussion.assessment, discussion.decision_reason) == (
            "",
            "",
            "",
        )
    assert _count(org, Finding) == 0
    check_strings = [
        mark(n) for n in ("handles", "searchterms", "seen", "address", "account", "assessment", "present",
                          "decidedby", "decisionreason", "proportionality", "justification", "draftfinding")
    ]  # fmt: skip
    dump = plain_dump(org, tmp_path / "after.db")
    assert found_in(dump, check_strings) == []
    assert EVIDENCE_PATTERN + b"-case" in dump  # the case is untouched
    # Reducing again does nothing more and writes no second certificate.
    again = reduce_checks(org.workspace, org.user, [rec.check_id], reason="retention_reached", rule_code=RULE)
    assert again.done == [] and len(_certificates(org)) == 1


def test_cancelled_deletion_keeps_what_it_finished_and_still_scrubs(org, monkeypatch):
    from lcs_desktop.services import record_deletion

    monkeypatch.setattr(record_deletion, "BATCH", 2)  # five records: batches of 2, 2 and 1
    people = [
        org.people.add_person(
            org.user, first_name="A", last_name=f"P{i}", kind="applicant", reference=f"R-{i}"
        )
        for i in range(5)
    ]
    ticks: list[tuple[int, int]] = []
    asked = iter([False, False, True])
    report = delete_records(
        org.workspace,
        org.user,
        [RecordRef("person", p) for p in people],
        reason="retention_reached",
        rule_code=RULE,
        progress=lambda done, total: ticks.append((done, total)),
        cancelled=lambda: next(asked),
    )
    assert report.cancelled and report.scrubbed
    assert report.done == [RecordRef("person", p) for p in people[:4]]
    assert ticks == [(2, 5), (4, 5)]
    assert _count(org, Person) == 1
    assert len(_certificates(org)) == 4  # each finished batch has its certificates


def test_certificate_pdf_names_the_record_not_the_person(org):
    from io import BytesIO

    from pypdf import PdfReader

    from lcs_desktop.services.deletion_certificates import export_certificates, list_certificates

    rec = marked_records(org)
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("person", rec.person_id)],
        reason="retention_reached",
        rule_code=RULE,
    )
    listed = list_certificates(org.workspace, org.user)
    assert [c.kind for c in listed] == ["person", "case", "check"]  # newest first
    result = export_certificates(org.workspace, org.user, [c.seq for c in listed])
    reader = PdfReader(BytesIO(result.data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Deletion certificates (3 records)" in text
    assert RULE in text and "The retention period has been reached" in text
    assert text.count("The event's hash, its signature and its link to the event before it all hold.") == 3
    assert org.user.full_name in text  # authorised by the signed-in lead
    names = [s for s in rec.strings if s not in {c.reference for c in listed}]
    assert found_in(text.encode(), names) == []
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert found_in(metadata.encode(), rec.strings) == []
    assert reader.metadata.title == f"DEL-{listed[-1].seq}-{listed[0].seq}"
    pdfa = pytest.importorskip("pikepdf.pdfa")
    report = pdfa.validate_written(BytesIO(result.data), "2b")
    assert not [str(x) for x in report.findings if x.kind == "violation"]
    exported = [e for e in _all_events(org) if e.action == "deletion_certificates_exported"]
    assert json.loads(exported[-1].details)["sha256"] == result.sha256


def test_a_tampered_certificate_does_not_verify(org):
    from lcs_desktop.services.deletion_certificates import verify_certificate

    rec = marked_records(org)
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("check", rec.check_id)],
        reason="recorded_in_error",
        rule_code=RULE,
    )
    event = _certificates(org)[-1]
    with org.workspace.reading() as session:
        assert verify_certificate(session, org.workspace, event) is None
        event.details = event.details.replace(RULE, "OTHER-RULE")
        assert (
            verify_certificate(session, org.workspace, event)
            == "The event has been changed since it was written."
        )


def test_the_fixture_reaches_every_table_that_holds_text(org):
    """The trace tests mean something only if the marked records fill each table they clean."""
    from lcs_desktop.store.cases import AffectedChild, Appeal, Outcome, Referral, SignOff
    from lcs_desktop.store.checks import CheckPlatform, CheckVersion
    from lcs_desktop.store.evidence import EvidenceRendition

    marked_records(org)
    for model in (CheckPlatform, Finding, CheckDiscussion, CheckVersion, Evidence, EvidenceContent,
                  EvidenceRendition, AffectedChild, ChronologyEntry, Referral, Outcome, Appeal, SignOff,
                  Draft):  # fmt: skip
        assert _count(org, model) >= 1, model.__name__


def _history_rows(org, entity_type: str, entity_id: int) -> int:
    from lcs_desktop.store.record_history import RecordVersion

    with org.workspace.reading() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(RecordVersion)
                .where(RecordVersion.entity_type == entity_type, RecordVersion.entity_id == entity_id)
            )
            or 0
        )


def test_deletion_takes_the_records_version_history_and_reduction_its_values(org):
    deleted = marked_records(org)
    reduced = marked_records(org, prefix="red")
    assert (
        _history_rows(org, "check", deleted.check_id) > 0
        and _history_rows(org, "breach_case", deleted.case_id) > 0
    )
    assert _history_rows(org, "check", reduced.check_id) > 0
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("person", deleted.person_id)],
        reason="erasure_request",
        rule_code=RULE,
    )
    reduce_checks(org.workspace, org.user, [reduced.check_id], reason="retention_reached", rule_code=RULE)
    for entity_type, entity_id in (
        ("person", deleted.person_id),
        ("check", deleted.check_id),
        ("breach_case", deleted.case_id),
    ):
        assert _history_rows(org, entity_type, entity_id) == 0
    from lcs_desktop.store.record_history import RecordVersion

    with org.workspace.reading() as session:
        kept = list(
            session.scalars(
                select(RecordVersion).where(
                    RecordVersion.entity_type == "check", RecordVersion.entity_id == reduced.check_id
                )
            )
        )
    assert kept and found_in("".join(v.changes + v.reason for v in kept).encode(), reduced.strings) == []


def test_a_note_naming_the_person_is_refused_and_nothing_goes(org):
    from lcs_desktop.domain.errors import ValidationError

    rec = marked_records(org)
    with org.workspace.reading() as session:
        last = session.get(Person, rec.person_id).last_name
    with pytest.raises(ValidationError) as refused:
        delete_records(
            org.workspace,
            org.user,
            [RecordRef("check", rec.check_id)],
            reason="erasure_request",
            rule_code=RULE,
            note=f"Asked by {last} in writing",
        )
    assert refused.value.field == "note"
    assert _count(org, Check) == 1 and _certificates(org) == []
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("check", rec.check_id)],
        reason="erasure_request",
        rule_code=RULE,
        note="SAR 2026-14",
    )
    assert json.loads(_certificates(org)[-1].details)["note"] == "SAR 2026-14"


def test_certificates_and_holds_read_as_sentences_in_the_audit_log(org):
    from lcs_desktop.services.audit_log import AuditFilter

    rec = marked_records(org)
    with org.workspace.reading() as session:
        check_ref = session.get(Check, rec.check_id).reference
    hold_id = legal_holds.place_hold(
        org.workspace,
        org.user,
        case_id=rec.case_id,
        reason="Police enquiry",
        review_on=TODAY + timedelta(days=30),
    )
    legal_holds.lift_hold(org.workspace, org.user, hold_id, "Enquiry closed")
    delete_records(
        org.workspace,
        org.user,
        [RecordRef("check", rec.check_id)],
        reason="recorded_in_error",
        rule_code=RULE,
    )
    texts = [r.sentence.full_text for r in org.audit_log.events(org.user, AuditFilter(), newest_first=False)]
    deleted = [t for t in texts if "deleted the recruitment check" in t]
    assert len(deleted) == 1
    assert f"deleted the recruitment check {check_ref} (under rule {RULE}; recorded in error)" in deleted[0]
    assert any("placed a legal hold on" in t and "review due" in t for t in texts)
    assert any("lifted a legal hold on" in t for t in texts)
    assert not any("Police enquiry" in t or "Enquiry closed" in t for t in texts)


def _create_tables(org, *tables) -> None:
    """Locally as the app itself; on a server as its administrator would (what a migration
    does there), with the lead's group given the rights the deletion needs."""
    if org.workspace.server is None:
        with org.workspace.database.engine.begin() as connection:
            for table in tables:
                table.create(connection)
        return
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from lcs_desktop.store.server_roles import RoleNames, quoted
    from tests.server_helpers import superuser

    settings = org.workspace.server.settings
    lead = RoleNames(org.workspace.server.prefix).group(Role.SAFEGUARDING_LEAD)  # the settings' prefix
    with superuser(settings) as connection:
        for table in tables:
            connection.execute(str(CreateTable(table).compile(dialect=postgresql.dialect())))
            connection.execute(f"GRANT SELECT, INSERT, DELETE ON {table.name} TO {quoted(lead)}")


def test_rows_of_tables_added_later_go_with_the_person(org, tmp_path):
    """A table another part adds (a request about the person, and rows under it) neither blocks
    the deletion nor keeps its text."""
    from sqlalchemy import Column, ForeignKey, Integer, Table, Text

    from lcs_desktop.store.base import Base

    request = Table(
        "test_requests",
        Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("person_id", ForeignKey("people.id"), nullable=False),
        Column("note", Text),
    )
    pause = Table(
        "test_request_pauses",
        Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("request_id", ForeignKey("test_requests.id"), nullable=False),
        Column("note", Text),
    )
    try:
        _create_tables(org, request, pause)
        rec = marked_records(org)
        with org.workspace.unit_of_work() as session:
            session.execute(request.insert().values(id=1, person_id=rec.person_id, note="QzxRequestNoteWq"))
            session.execute(pause.insert().values(id=1, request_id=1, note="QzxPauseNoteWq"))
        delete_records(
            org.workspace,
            org.user,
            [RecordRef("person", rec.person_id)],
            reason="erasure_request",
            rule_code=RULE,
        )
        with org.workspace.reading() as session:
            assert session.execute(select(func.count()).select_from(request)).scalar() == 0
            assert session.execute(select(func.count()).select_from(pause)).scalar() == 0
        assert found_in(plain_dump(org, tmp_path / "after.db"), ["QzxRequestNoteWq", "QzxPauseNoteWq"]) == []
    finally:
        Base.metadata.remove(pause)
        Base.metadata.remove(request)
