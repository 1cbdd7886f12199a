"""Lock means locked (issue 8 #2): while the session is locked no service reads or writes, no
keyed connection can open and no copy of the key is left in the engine, the workspace or the
audit chain; unlocking with the same password brings every service back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from lcs_desktop.domain.errors import LOCKED_MESSAGE, WorkspaceLocked
from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.services.check_export import export_check
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.engine import _ENGINE_KEYS
from lcs_desktop.store.people import Person
from tests.conftest import ADMIN_PASSWORD
from tests.services.case_helpers import build_world, report
from tests.services.check_fixtures import add_applicant, details, ready_check

IMPORT_CSV = b"first_name,last_name,kind,reference\nIvo,Imported,volunteer,IMP-1\n"


@pytest.fixture
def world(org, make_user):
    world = build_world(org, make_user)
    case_id = report(world).case_id
    check_id = ready_check(org, org.user, add_applicant(org))
    detail = org.checks.get_check(org.user, check_id)
    evidence_id = detail.findings[0].evidence[0].id
    return world, case_id, check_id, evidence_id


def service_calls(org, world, case_id: int, check_id: int, evidence_id: int) -> dict[str, Callable]:
    """One call per service and kind of use: people, checks, cases, audit log, drafts, settings,
    accounts, backups, exports."""
    lead = org.user
    person_id = world.subject_id
    out = org.workspace.paths.data_dir
    return {
        "people: list": lambda: org.people.list_people(lead),
        "people: count": lambda: org.people.count_people(lead, query="zo"),
        "people: read": lambda: org.people.view_person(lead, person_id),
        "people: re-read": lambda: org.people.get_person(lead, person_id),
        "people: add": lambda: org.people.add_person(
            lead, first_name="Lou", last_name="Locked", kind="applicant", reference="LOCK-1"
        ),
        "people: edit": lambda: org.people.edit_person(lead, person_id, role="Changed while locked"),
        "checks: list": lambda: org.checks.list_checks(lead),
        "checks: read": lambda: org.checks.get_check(lead, check_id),
        "checks: re-read": lambda: org.checks.read_check(lead, check_id),
        "checks: evidence": lambda: org.checks.evidence_bytes(lead, evidence_id),
        "checks: start": lambda: org.checks.create_check(lead, world.applicant_id, details()),
        "checks: export PDF": lambda: export_check(org.workspace, lead, check_id),
        "cases: list": lambda: org.cases.list_cases(lead),
        "cases: open": lambda: org.cases.open_case(lead, case_id),
        "cases: re-read": lambda: org.cases.read_case(lead, case_id),
        "cases: pack data": lambda: org.cases.pack_data(lead, case_id, redacted=False),
        "cases: risk": lambda: org.cases.set_risk(lead, case_id, "high"),
        "cases: report": lambda: report(world),
        "cases: export pack": lambda: org.case_export.export_pack(lead, case_id, out),
        "people: import": lambda: org.people.import_people(lead, IMPORT_CSV),
        "audit log: events": lambda: org.audit_log.events(lead, limit=5),
        "audit log: verify": lambda: org.audit_log.verify(lead),
        "drafts: save": lambda: org.drafts.save(lead, "person_form", {"first_name": "Typed"}),
        "drafts: load": lambda: org.drafts.load(lead, "person_form"),
        "drafts: discard": lambda: org.drafts.discard(lead, "person_form"),
        "settings: read": lambda: org.settings.get(),
        "settings: change": lambda: org.settings.update(lead, OrgSettings(organisation_name="Locked Org")),
        "accounts: list": lambda: org.accounts.list_users(lead),
        "backups: make": lambda: org.backups.backup_now(lead),
        "backups: list": lambda: org.backups.list_backups(lead),
        "backups: check data": lambda: org.backups.check_data(lead),
    }


def _counts(org) -> tuple[int, int]:
    with org.workspace.reading() as session:
        return (
            session.scalar(select(func.count(AuditEvent.seq))) or 0,
            session.scalar(select(func.count(Person.id))) or 0,
        )


def test_every_service_refuses_while_locked_with_one_sentence(org, world, paths):
    w, case_id, check_id, evidence_id = world
    events_before, people_before = _counts(org)
    org.lock()
    refused = {}
    for name, call in service_calls(org, w, case_id, check_id, evidence_id).items():
        with pytest.raises(WorkspaceLocked) as caught:
            call()
        refused[name] = caught.value.message
    assert set(refused.values()) == {LOCKED_MESSAGE}
    assert LOCKED_MESSAGE == "LCS Desktop is locked. Sign in again to continue."
    assert not list(paths.backup_dir.glob("*.lcsbackup"))  # nothing was written anywhere
    org.unlock(ADMIN_PASSWORD)
    events_after, people_after = _counts(org)
    assert people_after == people_before
    # Only the lock and the unlock themselves were recorded in between.
    assert events_after == events_before + 2


def test_unlock_with_the_same_password_makes_every_service_work_again(org, world):
    w, case_id, check_id, evidence_id = world
    org.lock()
    org.unlock(ADMIN_PASSWORD)
    for call in service_calls(org, w, case_id, check_id, evidence_id).values():
        call()  # any refusal fails the test
    assert org.people.count_people(org.user, query="locked") == 1  # the add really happened


def test_lock_leaves_no_key_in_the_engine_the_workspace_or_the_audit_chain(org):
    ws = org.workspace
    engine = ws.database.engine
    key = bytes(ws.key)
    secret = _ENGINE_KEYS[engine].get()  # the very buffer the connect listener keys with
    assert bytes(secret) == key
    org.lock()
    assert bytes(secret) == bytes(32)  # wiped in place, not merely dropped
    assert _ENGINE_KEYS[engine].forgotten
    assert ws._key is None and ws._chain is None
    for event_name in ("connect", "do_connect", "checkin"):
        for listener in getattr(engine.pool.dispatch, event_name, ()):
            for cell in getattr(listener, "__closure__", None) or ():
                assert cell.cell_contents != key
    with pytest.raises(WorkspaceLocked):
        engine.connect()
    with pytest.raises(WorkspaceLocked):
        _ = ws.key
    with pytest.raises(WorkspaceLocked):
        _ = ws.chain
    assert engine.pool.checkedin() == 0


def test_a_connection_checked_out_when_the_lock_comes_is_closed_on_return(org):
    engine = org.workspace.database.engine
    connection = engine.connect()
    connection.exec_driver_sql("SELECT count(*) FROM people").scalar()
    raw = connection.connection.dbapi_connection
    org.workspace.lock()
    connection.close()
    with pytest.raises(Exception, match="closed"):
        raw.execute("SELECT 1")
    assert engine.pool.checkedin() == 0


def test_signing_out_while_locked_releases_the_instance_lock_without_error(org):
    org.lock()
    org.sign_out()
    assert not org.workspace.database.lock.held
