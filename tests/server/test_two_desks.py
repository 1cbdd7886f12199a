"""Two desks on one office server (issue 11): the same workspace seen from two PCs, the server
refusing what the services refuse, a PC refusing a server put back to an older chain or on
another schema version, and the login password kept out of every log."""

from __future__ import annotations

import logging

import pytest

from lcs_desktop.domain.errors import AuthenticationError, PermissionDenied
from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.audit_log import AuditFilter
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.workspace import ROLLED_BACK_SERVER
from lcs_desktop.store.errors import RolledBackError
from lcs_desktop.store.server_setup import SERVER_OLDER, ServerSetupError
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from lcs_desktop.vault.server_login import login_password
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.server_helpers import superuser, tamper
from tests.services.case_helpers import build_world, report

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


def _desk(tmp_path, name: str, first: Authenticator, secret_store) -> Authenticator:
    """Another PC pointed at the same server: its own folders, the same office-server settings."""
    paths = AppPaths.under(tmp_path / name)
    first.server_settings().save(paths.data_dir)
    return Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS)


def _person(session, surname: str) -> int:
    return session.people.add_person(
        session.user, first_name="Robin", last_name=surname, kind="volunteer", reference=f"V-{surname[:3]}"
    )


def test_each_desk_sees_the_others_records(org, authenticator, tmp_path, secret_store) -> None:
    temp = org.accounts.add_user(org.user, "chris", "Chris Lead", frozenset({Role.SAFEGUARDING_LEAD}))
    desk2 = _desk(tmp_path, "desk2", authenticator, secret_store)
    chris = desk2.sign_in("chris", temp)
    chris.accounts.change_own_password(chris.user, temp, USER_PASSWORD)

    mine = _person(org, "Quartermaine")
    theirs = _person(chris, "Zebediah")
    assert {p.id for p in org.people.list_people(org.user)} == {mine, theirs}
    assert {p.id for p in chris.people.list_people(chris.user)} == {mine, theirs}
    assert chris.people.get_person(chris.user, mine).last_name == "Quartermaine"

    # One audit chain across both desks, verifying from either.
    assert org.audit_log.verify(org.user).ok
    assert desk2.sign_in("admin", ADMIN_PASSWORD).audit_log.verify(org.user).ok
    chris.sign_out()


def test_a_checker_cannot_read_a_case_through_the_services_nor_on_the_server(
    org, make_user, authenticator, tmp_path, secret_store, pg_server
) -> None:
    world = build_world(org, make_user)
    case_id = report(world).case_id
    assert org.cases.open_case(world.lead, case_id).id == case_id

    temp = org.accounts.reset_password(org.user, world.checker.id)
    cass = _desk(tmp_path, "desk2", authenticator, secret_store).sign_in("cass", temp)
    with pytest.raises(PermissionDenied):
        cass.cases.open_case(cass.user, case_id)
    with pytest.raises(PermissionDenied):
        cass.cases.list_cases(cass.user)

    # The same person with psql and their own (derived) login password: no case rows at all.
    link = org.workspace.server
    settings = link.settings
    secret = login_password(settings.db_id, "cass", temp, FAST_KDF_FOR_TESTS)
    dbname = settings.url.rsplit("/", 1)[1]
    done = pg_server.psql(
        "SELECT count(*) FROM breach_cases", user=link.login_for("cass"), password=secret, dbname=dbname
    )
    refused = done.returncode != 0 and "permission denied" in done.stderr
    assert refused or done.stdout.strip() == "0", done.stderr
    lead = pg_server.psql(
        "SELECT count(*) FROM breach_cases",
        user=link.login_for("admin"),
        password=login_password(settings.db_id, "admin", ADMIN_PASSWORD, FAST_KDF_FOR_TESTS),
        dbname=dbname,
    )
    assert lead.stdout.strip() == "1"  # the lead's login reads it: the refusal is the role's
    cass.sign_out()


def test_a_pc_refuses_a_server_put_back_to_an_older_chain(org, authenticator) -> None:
    for name in ("ann", "ben"):
        org.accounts.add_user(org.user, name, name.title(), frozenset({Role.CHECKER}))
    seen = org.workspace.pc_state.audit_head(org.workspace.db_id)
    assert seen is not None and seen.seq > 4
    org.sign_out()
    # The server restored to an older state: its newest events are gone.
    tamper(org, f"DELETE FROM audit_events WHERE seq > {seen.seq - 3}")
    with pytest.raises(RolledBackError) as error:
        authenticator.sign_in("admin", ADMIN_PASSWORD)
    assert error.value.message == ROLLED_BACK_SERVER


def test_a_chain_that_forked_is_refused_too(org, authenticator, tmp_path, secret_store) -> None:
    org.accounts.add_user(org.user, "ann", "Ann", frozenset({Role.CHECKER}))
    seen = org.workspace.pc_state.audit_head(org.workspace.db_id)
    org.sign_out()
    tamper(org, f"DELETE FROM audit_events WHERE seq > {seen.seq - 2}")
    # Another desk (which never saw the lost events) writes on: the sequence catches up, but the
    # chain no longer extends what this PC saw.
    other = _desk(tmp_path, "desk2", authenticator, secret_store).sign_in("admin", ADMIN_PASSWORD)
    for name in ("bea", "cal", "dot"):
        other.accounts.add_user(other.user, name, name.title(), frozenset({Role.CHECKER}))
    other.sign_out()
    with pytest.raises(RolledBackError):
        authenticator.sign_in("admin", ADMIN_PASSWORD)


def test_another_schema_version_is_refused_in_a_plain_sentence(org, authenticator) -> None:
    org.sign_out()
    settings = authenticator.server_settings()
    with superuser(settings) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0019_list_names'")
    with pytest.raises(ServerSetupError) as error:
        authenticator.sign_in("admin", ADMIN_PASSWORD)
    assert error.value.message == SERVER_OLDER


def test_a_wrong_password_is_refused_by_the_server_and_counted_on_the_pc(org, authenticator) -> None:
    org.sign_out()
    with pytest.raises(AuthenticationError) as error:
        authenticator.sign_in("admin", "Not-The-Password-1234")
    assert "not right" in error.value.message
    with pytest.raises(AuthenticationError):
        authenticator.sign_in("nobody-here", "Not-The-Password-1234")  # the same answer
    again = authenticator.sign_in("admin", ADMIN_PASSWORD)
    failed = again.audit_log.events(again.user, AuditFilter(action="sign_in_failed"))
    assert len(failed) == 2
    again.sign_out()


def test_the_login_password_is_never_the_slot_key_nor_in_a_log(
    org, authenticator, pg_server, caplog, tmp_path
) -> None:
    caplog.set_level(logging.DEBUG)
    org.sign_out()
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    session.lock()
    session.unlock(ADMIN_PASSWORD)
    settings = authenticator.server_settings()
    secret = login_password(settings.db_id, "admin", ADMIN_PASSWORD, FAST_KDF_FOR_TESTS)
    slot = session.workspace.slots._slots()[session.workspace.slots.slot_id("admin")]
    kek = session.workspace.slots._kek(ADMIN_PASSWORD.encode(), slot)
    assert secret.encode() != kek and kek.hex() not in secret
    logs = caplog.text + (pg_server.data_dir.parent / "server.log").read_text(errors="replace")
    for secret_text in (secret, ADMIN_PASSWORD, kek.hex()):
        assert secret_text not in logs
    # The server holds a SCRAM verifier for the login, never the password itself.
    with superuser(settings) as connection:
        stored = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s",
            (session.workspace.server.login_for("admin"),),
        ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and secret not in stored
    session.sign_out()


def test_two_desks_writing_at_once_keep_one_chain(org, authenticator, tmp_path, secret_store) -> None:
    """Each append takes the chain-head row FOR UPDATE: the other desk waits, then reads the new
    head. (Held open a moment here so the two transactions overlap.)"""
    import threading
    import time

    temp = org.accounts.add_user(org.user, "lee", "Lee Lead", frozenset({Role.SAFEGUARDING_LEAD}))
    lee = _desk(tmp_path, "desk2", authenticator, secret_store).sign_in("lee", temp)
    lee.accounts.change_own_password(lee.user, temp, USER_PASSWORD)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(session) -> None:
        try:
            start.wait()
            for _ in range(10):
                with session.workspace.unit_of_work() as uow:
                    session.workspace.audit(uow, session.user, "signed_in", "user", session.user.id)
                    time.sleep(0.02)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s,)) for s in (org, lee)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = org.audit_log.verify(org.user)
    assert result.ok, result.problems
    lee.sign_out()


def test_a_checker_at_another_desk_adds_and_edits_a_person(
    org, make_user, authenticator, tmp_path, secret_store
) -> None:
    """The person's version history is written by the checker's own login: its row policy must not
    need rights on breach cases, which a checker has none of."""
    world = build_world(org, make_user)
    temp = org.accounts.reset_password(org.user, world.checker.id)
    cass = _desk(tmp_path, "desk2", authenticator, secret_store).sign_in("cass", temp)
    person = _person(cass, "Quillfeather")
    detail = cass.people.get_person(cass.user, person)
    cass.people.edit_person(cass.user, person, expected_version=detail.row_version, last_name="Quill")
    assert org.people.get_person(org.user, person).last_name == "Quill"
