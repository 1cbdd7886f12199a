"""A set-up office server for the role and policy tests: IT's owner login runs server-init, then
people, checks, cases and one login per role are made as the owner."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine, text

from lcs_desktop.domain.roles import Role
from lcs_desktop.store.server_address import ServerAddress
from lcs_desktop.store.server_engine import make_server_engine
from lcs_desktop.store.server_roles import RoleNames, quoted, set_login
from lcs_desktop.store.server_setup import server_init
from lcs_desktop.vault.scram import scram_verifier

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
IT_PASSWORD = "IT-Owner-Password-For-Tests"


@dataclass
class Office:
    server: object
    dbname: str
    names: RoleNames
    it_login: str
    engine: Engine  # as IT's owner login
    logins: dict[str, tuple[str, str]] = field(default_factory=dict)  # who -> (login, password)
    ids: dict[str, int] = field(default_factory=dict)

    def psql(self, who: str, sql: str):
        login, password = self.logins[who]
        return self.server.psql(sql, user=login, password=password, dbname=self.dbname)

    def rows(self, who: str, sql: str) -> list[str]:
        done = self.psql(who, sql)
        assert done.returncode == 0, done.stderr
        return [line for line in done.stdout.splitlines() if line]

    def refused(self, who: str, sql: str) -> str:
        """What the server said refusing ``sql`` run as ``who`` (the test fails if it ran)."""
        done = self.psql(who, sql)
        assert done.returncode != 0, f"{who} was allowed: {sql}"
        return done.stderr


def login_name(names: RoleNames, who: str) -> str:
    return f"{names.prefix}_u_{uuid.uuid5(uuid.NAMESPACE_DNS, who).hex[:24]}"


def make_office(pg_server, dbname: str) -> Office:
    names = RoleNames.for_database(dbname)
    it_login = f"{names.prefix}_it"
    with pg_server.superuser_connect(autocommit=True) as connection:
        connection.execute(f"CREATE ROLE \"{it_login}\" LOGIN CREATEROLE PASSWORD '{IT_PASSWORD}'")
        connection.execute(f'ALTER DATABASE "{dbname}" OWNER TO "{it_login}"')
    address = ServerAddress(pg_server.host, pg_server.port, dbname, pg_server.ca_file)
    engine = make_server_engine(address, it_login, IT_PASSWORD)
    server_init(engine, dbname)
    office = Office(pg_server, dbname, names, it_login, engine)
    _fill(office)
    return office


def _insert(connection, sql: str, **values: object) -> int:
    return connection.execute(text(sql + " RETURNING id"), {"now": NOW, **values}).scalar_one()


def _fill(office: Office) -> None:
    accounts = {
        "admin": (Role.ADMINISTRATOR,),
        "lead": (Role.SAFEGUARDING_LEAD,),
        "manager": (Role.MANAGER,),
        "other_manager": (Role.MANAGER,),
        "checker": (Role.CHECKER,),
    }
    with office.engine.begin() as connection:
        connection.execute(text(f"SET LOCAL ROLE {quoted(office.names.owner)}"))
        for who in accounts:
            office.ids[who] = _insert(
                connection,
                "INSERT INTO users (username, full_name, roles, active, remember_me, created_at) "
                "VALUES (:u, :full, '', true, false, :now)",  # full_name is sealed TEXT (0021)
                u=who,
                full=who,
            )
        person = _insert(
            connection,
            "INSERT INTO people (first_name, last_name, kind, status, reference, reference_key, sort_name, "
            "search_name, role, email, phone, created_at, updated_at) VALUES ('Zed', 'Quill', 'volunteer', "
            "'active', 'P-1', 'p-1', 'quill', 'quill', '', '', '', :now, :now)",
        )
        office.ids["person"] = person
        office.ids["check"] = _insert(
            connection,
            "INSERT INTO checks (reference, person_id, checker_id, status, role_applied_for, authorised_by, "
            "proportionality_reason, checker_on_panel, panel_confirmation, out_of_recruitment, "
            "justification, attest_public_only, attest_no_private_access, policy_version, version, "
            "created_at, updated_at) VALUES ('CHK-1', :p, :c, 'draft', '', '', '', false, '', false, '', "
            "false, false, '2025', 1, :now, :now)",
            p=person,
            c=office.ids["checker"],
        )
        for key, officer in (("assigned_case", "manager"), ("other_case", "other_manager")):
            case = _insert(
                connection,
                "INSERT INTO breach_cases (reference, subject_person_id, status, concern_at, reported_at, "
                "reported_to_id, raised_by, raised_by_kind, what_was_seen, immediate_actions, late_report, "
                "decision_reason, created_by_id, created_at, updated_at, investigating_officer_id) "
                "VALUES (:ref, :p, 'open', :now, :now, :lead, '', 'staff', 'seen', '', false, '', :lead, "
                ":now, :now, :o)",
                ref=key,
                p=person,
                lead=office.ids["lead"],
                o=office.ids[officer],
            )
            office.ids[key] = case
            office.ids[key + "_entry"] = _insert(
                connection,
                "INSERT INTO case_chronology (case_id, occurred_at, kind, summary, details, participants, "
                "recorded_by_id, recorded_at) VALUES (:c, :now, 'note', :s, '', '', :lead, :now)",
                c=case,
                s=key,
                lead=office.ids["lead"],
            )
        connection.execute(
            text(
                "INSERT INTO audit_events (seq, at, actor, action, details, prev_mac, mac) "
                "VALUES (1, :now, 'lead', 'signed_in', '{}', '', 'x')"
            ),
            {"now": NOW},
        )
        for who, roles in accounts.items():
            login, password = login_name(office.names, who), f"pw-{who}-{uuid.uuid4().hex}"
            set_login(connection, login, office.ids[who], scram_verifier(password), roles, True)
            office.logins[who] = (login, password)
