"""The kept counts after moving a workspace to the office server: the copy runs with the count
triggers off (one row updated per row copied is quadratic in one transaction) and sets the
counts once at the end; afterwards the triggers count again."""

from __future__ import annotations

from lcs_desktop.services.server_move import move_to_server
from lcs_desktop.store.server_notify import TRIGGER as NOTIFY_TRIGGER
from tests.conftest import ADMIN_PASSWORD
from tests.server_helpers import init_server, superuser
from tests.services.case_helpers import build_world, report


def test_counts_are_right_after_a_move_and_kept_afterwards(
    org, make_user, authenticator, pg_server, pg_database
) -> None:
    world = build_world(org, make_user)
    report(world)
    people = org.people.count_people(org.user)
    owner = init_server(pg_server, pg_database)
    move_to_server(org, ADMIN_PASSWORD, pg_server.url(pg_database), str(pg_server.ca_file), owner)

    on_server = authenticator.sign_in("admin", ADMIN_PASSWORD)
    with superuser(authenticator.server_settings()) as connection:
        kept = dict(connection.execute("SELECT name, n FROM record_counts").fetchall())
        # The change notifications, off during the copy, announce again after it.
        enabled = connection.execute(
            "SELECT DISTINCT tgenabled FROM pg_trigger WHERE tgname = %s", (NOTIFY_TRIGGER,)
        ).fetchall()
    assert enabled == [("O",)]
    assert kept == {
        "people": people,
        "checks": 0,
        "breach_cases": 1,
        "breach_cases_open": 1,
        "audit_refused": 0,
    }
    assert on_server.people.count_people(on_server.user) == people
    on_server.people.add_person(
        on_server.user, first_name="New", last_name="Starter", kind="volunteer", reference="V-NEW"
    )
    assert on_server.people.count_people(on_server.user) == people + 1  # the trigger counts again
    on_server.sign_out()
