"""Record version history: values kept with the record, content-free audit events, keyed
hashes that stop confirming anything once the record's salt is gone, and the audited read."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lcs_desktop.domain.errors import NotVisible, PermissionDenied
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.record_history import delete_for, keyed_hash, reduce_for, salt_for
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.record_history import RecordSalt, RecordVersion
from tests.services.case_helpers import build_world, report
from tests.services.check_fixtures import add_applicant, audit_details, user_for

pytestmark = pytest.mark.both_backends

OLD_NAME = "Qwyxzorbalt"


def test_a_rename_keeps_the_values_in_history_and_only_hashes_in_the_event(org):
    person = add_applicant(org, reference="APP-9", last_name=OLD_NAME)
    org.people.edit_person(org.user, person, last_name="Smith", email="jo@example.org")
    event = audit_details(org, "person_changed")[-1]
    assert sorted(event["fields"]) == ["email", "last_name"]
    assert OLD_NAME not in json.dumps(event) and "example.org" not in json.dumps(event)
    with org.workspace.reading() as session:
        salt = salt_for(session, "person", person)
    assert event["hashes"]["last_name"] == [keyed_hash(salt, OLD_NAME), keyed_hash(salt, "Smith")]
    assert event["hashes"]["email"][0] is None  # there was no e-mail address before
    lines = org.history.person_history(org.user, person)
    changed = {line.field: (line.old, line.new) for line in lines if line.what == "Person changed"}
    assert changed == {"Last name": (OLD_NAME, "Smith"), "Email": ("—", "jo@example.org")}
    added = [line for line in lines if line.what == "Person added"]
    assert ("Last name", "—", OLD_NAME) in {(line.field, line.old, line.new) for line in added}
    assert lines[0].who == "Ada Admin" and lines[0].when == "18/11/2026 10:30"


def test_reading_the_history_is_audited_and_needs_the_records_permission(org, make_user):
    person = add_applicant(org)
    admin_only = user_for(org, make_user, "ivy", Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied):
        org.history.person_history(admin_only, person)
    org.history.person_history(org.user, person)
    with org.workspace.reading() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(3)))
    assert actions[0] == "record_history_viewed"
    assert "access_refused" in actions


def test_a_case_history_is_only_for_those_who_may_see_the_case(org, make_user):
    world = build_world(org, make_user)
    case_id = report(world).case_id
    world.cases.set_risk(world.lead, case_id, "high")
    lines = org.history.case_history(world.lead, case_id)
    assert ("Risk", "—", "High") in {(line.field, line.old, line.new) for line in lines}
    with pytest.raises(NotVisible):
        org.history.case_history(world.other_manager, case_id)


def test_typed_reasons_go_to_the_history_not_the_event(org, make_user):
    world = build_world(org, make_user)
    case_id = report(world).case_id
    with org.workspace.unit_of_work() as session:
        org.workspace.audit(
            session, world.lead, "referral_not_needed", "breach_case", case_id, {"reason": "Gorblimey reason"}
        )
    event = audit_details(org, "referral_not_needed")[-1]
    assert event == {"fields": [], "hashes": {}, "history": event["history"], "reason_given": True}
    reasons = [line.reason for line in org.history.case_history(world.lead, case_id) if line.reason]
    assert reasons == ["Gorblimey reason"]


def test_delete_for_takes_the_history_and_the_salt_so_hashes_confirm_nothing(org):
    person = add_applicant(org, last_name=OLD_NAME)
    org.people.edit_person(org.user, person, last_name="Smith")
    stored = audit_details(org, "person_changed")[-1]["hashes"]["last_name"][0]
    with org.workspace.unit_of_work() as session:
        assert delete_for(session, "person", [person]) == 2  # added, then renamed
    with org.workspace.reading() as session:
        assert session.scalar(select(func.count(RecordVersion.id))) == 0
        assert session.scalar(select(func.count(RecordSalt.id))) == 0
        fresh = salt_for(session, "person", person)  # a new salt: the old guess no longer matches
    assert keyed_hash(fresh, OLD_NAME) != stored


def test_reduce_for_keeps_who_changed_which_field_but_no_value(org):
    person = add_applicant(org, last_name=OLD_NAME)
    org.people.edit_person(org.user, person, last_name="Smith")
    with org.workspace.unit_of_work() as session:
        assert reduce_for(session, "person", [person]) == 2
    lines = org.history.person_history(org.user, person)
    assert {line.field for line in lines} >= {"Last name", "First name"}
    assert all(line.old in {"(removed)"} for line in lines)
    assert OLD_NAME not in str(lines)


def test_old_events_keep_their_details_and_still_verify(org):
    """Events written before the history existed are never rewritten: the chain verifies."""
    person = add_applicant(org)
    with org.workspace.unit_of_work() as session:  # as an older version wrote it
        org.workspace.chain.append(
            session,
            actor_id=org.user.id,
            actor=org.user.username,
            action="person_changed",
            entity_type="person",
            entity_id=person,
            details={"changes": {"role": ["", "Old-style value"]}},
            at=org.workspace.now(),
        )
    org.people.edit_person(org.user, person, role="New")
    texts = [r.sentence.full_text for r in org.audit_log.events(org.user, limit=5)]
    assert any("Role: — → Old-style value" in t for t in texts)
    assert org.audit_log.verify(org.user).ok


# FTS5 segments inside the SQLCipher file; the server's tokens: tests/server/test_sealed_pg.py
@pytest.mark.local_only
def test_a_renamed_persons_old_name_leaves_no_segment_in_the_search_index(org, tmp_path: Path):
    for n in range(30):  # enough rows for several segments
        add_applicant(org, reference=f"APP-{n}", last_name=f"Filler{n}")
    person = add_applicant(org, reference="APP-Q", first_name="Zed", last_name=OLD_NAME)
    org.people.edit_person(org.user, person, last_name="Smith")
    with org.workspace.unit_of_work() as session:
        delete_for(session, "person", [person])  # the history would hold the old name by design
    org.workspace.database.checkpoint()
    db = org.workspace.database.path
    needle = OLD_NAME.lower()[1:].encode()  # FTS stores terms lower-cased, maybe prefix-shared
    for path in (db, db.with_name(db.name + "-wal")):
        if path.exists():
            assert needle not in path.read_bytes().lower()
    raw = connect_raw(db, org.workspace.key)
    tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'people_fts_%'"
    shadow = [r[0] for r in raw.execute(tables)]
    assert "people_fts_data" in shadow
    for table in shadow:
        for row in raw.execute(f"SELECT * FROM {table}"):  # names from sqlite_master
            assert needle not in repr(row).lower().encode()
    plain = tmp_path / "plain.db"
    raw.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    raw.execute("SELECT sqlcipher_export('plaintext')")
    raw.execute("DETACH DATABASE plaintext")
    raw.close()
    assert needle not in plain.read_bytes().lower()
    found = sqlite3.connect(plain).execute("SELECT count(*) FROM people WHERE last_name = 'Smith'")
    assert found.fetchone()[0] == 1
    assert [p.id for p in org.people.list_people(org.user, query="smith")] == [person]


def test_content_on_an_event_about_no_single_record_is_dropped_to_field_names(org):
    with org.workspace.unit_of_work() as session:
        org.workspace.audit(
            session, org.user, "people_imported", "person", None, {"count": 2, "note": "Bloggs family sheet"}
        )
    assert audit_details(org, "people_imported")[-1] == {"count": 2, "fields": ["note"]}


def test_an_event_written_after_its_record_is_deleted_leaves_no_history_or_salt(org):
    """A deletion's own event (written after the rows are gone) must not bring a salt back."""
    from lcs_desktop.store.people import Person

    person = add_applicant(org, last_name=OLD_NAME)
    with org.workspace.unit_of_work() as session:
        session.delete(session.get(Person, person))
        session.flush()
        delete_for(session, "person", [person])
        org.workspace.audit(session, org.user, "record_deleted", "person", person, {"reason": "Expired"})
    assert audit_details(org, "record_deleted")[-1] == {"fields": [], "reason_given": True}
    with org.workspace.reading() as session:
        for model in (RecordSalt, RecordVersion):
            assert session.scalar(select(func.count(model.id)).where(model.entity_id == person)) == 0
