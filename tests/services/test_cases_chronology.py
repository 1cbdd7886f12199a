"""The chronology is append-only; evidence attaches to the case or an entry."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy

from lcs_desktop.domain.errors import ConflictError, NotFound, ValidationError
from tests.server_helpers import superuser
from tests.services.case_helpers import NOW, build_world, report

pytestmark = pytest.mark.both_backends

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
    b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def world(org, make_user):
    return build_world(org, make_user)


@pytest.fixture
def case_id(world):
    return report(world).case_id


def _entry(world, case_id, **overrides):
    fields = {
        "kind": "interview",
        "occurred_at": NOW - timedelta(minutes=30),
        "summary": "Interview with the volunteer",
        "details": "She said the post was a mistake.",
        "participants": "Mona Manager; the volunteer",
    }
    fields.update(overrides)
    return world.cases.add_entry(world.lead, case_id, **fields)


def test_entries_are_listed_in_time_order(world, case_id):
    later = _entry(world, case_id, summary="Later", occurred_at=NOW - timedelta(minutes=5))
    earlier = _entry(world, case_id, summary="Earlier", occurred_at=NOW - timedelta(minutes=50))
    ids = [e.id for e in world.cases.open_case(world.lead, case_id).chronology]
    assert ids.index(earlier) < ids.index(later)


def test_service_refuses_to_edit_or_delete_an_entry(world, case_id):
    entry = _entry(world, case_id)
    with pytest.raises(ConflictError, match="never changed or deleted"):
        world.cases.edit_entry(world.lead, case_id, entry, summary="Rewritten")
    with pytest.raises(ConflictError, match="never changed or deleted"):
        world.cases.delete_entry(world.lead, case_id, entry)


def test_database_refuses_raw_update_and_delete_of_an_entry(world, case_id, backend):
    entry = _entry(world, case_id)
    update = f"UPDATE case_chronology SET summary = 'x' WHERE id = {int(entry)}"
    delete = f"DELETE FROM case_chronology WHERE id = {int(entry)}"
    with world.org.workspace.database.engine.connect() as connection:
        refused = "permission denied" if backend == "server" else "cannot be changed"
        with pytest.raises(sqlalchemy.exc.DatabaseError, match=refused):
            connection.execute(sqlalchemy.text(update))
        connection.rollback()
        refused = "permission denied" if backend == "server" else "cannot be deleted"
        with pytest.raises(sqlalchemy.exc.DatabaseError, match=refused):
            connection.execute(sqlalchemy.text(delete))
    if backend == "server":
        # The app's login has no such rights at all; the server's superuser (psql) still meets
        # the append-only triggers.
        import psycopg

        with superuser(world.org.workspace.server.settings) as connection:
            with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="cannot be changed"):
                connection.execute(update)
            with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="cannot be deleted"):
                connection.execute(delete)


def test_correction_is_a_new_entry_pointing_at_the_old_one(world, case_id):
    entry = _entry(world, case_id)
    fixed = world.cases.correct_entry(
        world.lead,
        case_id,
        entry,
        reason="Wrong person named",
        summary="Interview with the volunteer (corrected)",
    )
    chronology = {e.id: e for e in world.cases.open_case(world.lead, case_id).chronology}
    assert chronology[entry].summary == "Interview with the volunteer"  # untouched
    assert chronology[entry].corrected_by == (fixed,)
    assert chronology[fixed].corrects_id == entry
    assert "Reason: Wrong person named" in chronology[fixed].details


def test_correction_needs_a_reason(world, case_id):
    entry = _entry(world, case_id)
    with pytest.raises(ValidationError, match="reason for the correction"):
        world.cases.correct_entry(world.lead, case_id, entry, reason=" ", summary="x")


def test_entry_in_the_future_and_empty_summary_are_refused(world, case_id):
    with pytest.raises(ValidationError, match="in the future"):
        _entry(world, case_id, occurred_at=NOW + timedelta(hours=2))
    with pytest.raises(ValidationError, match="Enter a short summary"):
        _entry(world, case_id, summary="")
    with pytest.raises(ValidationError, match="too long"):
        _entry(world, case_id, details="y" * 100_000)


def test_evidence_attaches_to_case_and_entry_with_hash(world, case_id):
    entry = _entry(world, case_id)
    on_case = world.cases.attach_evidence(world.lead, case_id, "post.png", PNG)
    on_entry = world.cases.attach_evidence(world.lead, case_id, "letter.png", PNG, entry_id=entry)
    detail = world.cases.open_case(world.lead, case_id)
    assert [e.sha256 for e in detail.evidence] == [on_case.sha256]
    assert [x.id for e in detail.chronology if e.id == entry for x in e.evidence] == [on_entry.id]
    assert world.cases.evidence_bytes(world.lead, case_id, on_entry.id) == PNG


def test_evidence_that_is_not_an_image_is_refused(world, case_id):
    with pytest.raises(ValidationError, match="not a PNG"):
        world.cases.attach_evidence(world.lead, case_id, "fake.png", b"MZ\x90\x00 not an image")
    with pytest.raises(ValidationError, match="empty"):
        world.cases.attach_evidence(world.lead, case_id, "empty.png", b"")


def test_evidence_of_another_case_is_not_returned(world, case_id):
    other = report(world).case_id
    info = world.cases.attach_evidence(world.lead, other, "post.png", PNG)
    with pytest.raises(NotFound):
        world.cases.evidence_bytes(world.lead, case_id, info.id)


def test_closed_case_refuses_new_entries(world, case_id):
    from tests.services.case_helpers import decide_and_prepare

    decide_and_prepare(world, case_id)
    world.cases.close_case(world.lead, case_id, note="Reviewed and closed.")
    with pytest.raises(ConflictError, match="is closed"):
        _entry(world, case_id)
