"""Sealed columns on the office server: the server holds ciphertext only (issue 11).

Records are written through the ORM models on a PostgreSQL engine with the workspace's cipher
installed (the server workspace is another part of issue 11); a second, plain connection then
reads what the server really holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.store.cases import BreachCase, ChronologyEntry
from lcs_desktop.store.checks import Check, CheckDiscussion, Finding
from lcs_desktop.store.errors import StoreError
from lcs_desktop.store.evidence import Evidence, EvidenceContent
from lcs_desktop.store.models import Base, User
from lcs_desktop.store.people import Person
from lcs_desktop.store.sealed import forget_cipher, install_cipher
from lcs_desktop.vault.field_cipher import FieldCipher

KEY = bytes(range(32))
AT = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)
NAME = ("Zebediah", "Quartermaine")
NOTE = "purple-elephant-7781"
SCREENSHOT = b"\x89PNG\r\n screenshot of marmalade-walrus-3309"
DISTINCTIVE = (
    "Zebediah",
    "Quartermaine",
    "zebediah",
    "quartermaine",
    NOTE,
    "marmalade-walrus",
    "zeb@example.org",
)


@pytest.fixture
def pg_engine(pg_server, pg_database):
    engine = create_engine(
        "postgresql+psycopg://", creator=lambda: pg_server.superuser_connect(pg_database), future=True
    )
    Base.metadata.create_all(engine)
    install_cipher(engine, FieldCipher(KEY))
    yield engine
    forget_cipher(engine)
    engine.dispose()


def _session(engine: Engine) -> Session:
    # Retention tracking (a service-level listener) looks for its table in sqlite_master: not
    # part of this test; the server workspace's own fixture covers it.
    return Session(engine, expire_on_commit=False, info={"lcs_retention_table": False})


def _person(**extra: object) -> Person:
    first, last = NAME
    fields: dict[str, object] = {
        "first_name": first,
        "last_name": last,
        "kind": "volunteer",
        "status": "active",
        "reference": "V-0042",
        "reference_key": "v-0042",
        "sort_name": f"{last} {first}".casefold(),
        "search_name": f"{first} {last}".casefold(),
        "email": "zeb@example.org",
        "date_of_birth": date(1990, 5, 17),
    }
    fields.update(extra)
    return Person(**fields)


def _write_records(engine: Engine) -> dict[str, int]:
    """A person, their check with a finding and a discussion, a case with a chronology entry,
    and a screenshot: every one holding the distinctive strings."""
    with _session(engine) as session, session.begin():
        user = User(username="lead", full_name="Ophelia Pennyworth", roles="lead")
        person = _person()
        session.add_all([user, person])
        session.flush()
        check = Check(
            reference="CHK-2026-0001",
            person_id=person.id,
            checker_id=user.id,
            status="in_progress",
            role_applied_for="Youth worker",
            proportionality_reason=f"Reason {NOTE}",
            policy_version="2025",
        )
        case = BreachCase(
            reference="BR-2026-0001",
            subject_person_id=person.id,
            status="open",
            concern_at=AT,
            reported_at=AT,
            reported_to_id=user.id,
            raised_by="Zebediah's neighbour",
            raised_by_kind="public",
            what_was_seen=f"Seen: {NOTE}",
            created_by_id=user.id,
        )
        session.add_all([check, case])
        session.flush()
        session.add_all(
            [
                Finding(
                    check_id=check.id,
                    platform="facebook",
                    address="https://example.org/zebediah",
                    captured_on=date(2026, 3, 4),
                    seen=NOTE,
                    category="other",
                    severity="low",
                    relevance="relevant",
                    added_by_id=user.id,
                ),
                CheckDiscussion(
                    check_id=check.id,
                    held_at=AT,
                    method="video",
                    present="Zebediah Quartermaine",
                    applicant_account=NOTE,
                    assessment=NOTE,
                    outcome="no_concern",
                    decided_by="Ophelia Pennyworth",
                    decision_reason=NOTE,
                    recorded_by_id=user.id,
                ),
                ChronologyEntry(
                    case_id=case.id,
                    kind="note",
                    occurred_at=AT,
                    summary=f"Spoke to Zebediah about {NOTE}",
                    recorded_by_id=user.id,
                ),
            ]
        )
        evidence = Evidence(
            owner_type="case",
            owner_id=case.id,
            filename="zebediah-marmalade-walrus.png",
            media_type="image/png",
            size=len(SCREENSHOT),
            sha256="0" * 64,
            captured_at=AT,
            added_by_id=user.id,
        )
        session.add(evidence)
        session.flush()
        session.add(EvidenceContent(evidence_id=evidence.id, data=SCREENSHOT, thumbnail=SCREENSHOT[:12]))
        # What the list-name triggers do (store/list_names.py), as the server's own SQL.
        session.execute(
            text(
                "UPDATE checks SET person_name = p.first_name || ' ' || p.last_name "
                "FROM people p WHERE p.id = checks.person_id"
            )
        )
        return {"person": person.id, "check": check.id, "case": case.id, "evidence": evidence.id}


def test_records_read_back_whole_through_the_models(pg_engine) -> None:
    ids = _write_records(pg_engine)
    with _session(pg_engine) as session:
        person = session.get(Person, ids["person"])
        assert (person.first_name, person.last_name, person.email) == (*NAME, "zeb@example.org")
        assert person.date_of_birth == date(1990, 5, 17)
        assert person.role == ""  # a default is sealed too
        # Plain columns, as the lists read them (not ORM objects).
        row = session.execute(select(Check.id, Check.person_name, Check.proportionality_reason)).one()
        assert row == (ids["check"], "Zebediah Quartermaine", f"Reason {NOTE}")
        content = session.get(EvidenceContent, ids["evidence"])
        assert (content.data, content.thumbnail) == (SCREENSHOT, SCREENSHOT[:12])
        assert session.scalar(select(ChronologyEntry.summary)) == f"Spoke to Zebediah about {NOTE}"
        # A change is sealed again (the new value under the same row).
        person.first_name = "Zeb"
        session.commit()
    with _session(pg_engine) as session:
        assert session.scalar(select(Person.first_name)) == "Zeb"


def test_the_server_holds_only_ciphertext(pg_server, pg_database, pg_engine) -> None:
    _write_records(pg_engine)
    with pg_server.superuser_connect(pg_database) as raw:
        first, dob, email, role = raw.execute(
            "SELECT first_name, date_of_birth, email, role FROM people"
        ).fetchone()
        data = raw.execute("SELECT data FROM evidence_content").fetchone()[0]
        copy = raw.execute("SELECT person_name FROM checks").fetchone()[0]
    for value in (first, dob, email, role):
        assert value.startswith("s1:"), value
    assert bytes(data).startswith(b"s1") and b"marmalade" not in bytes(data)
    assert copy.startswith("s1:") and " s1:" in copy
    dump = pg_server.pg_dump(pg_database)
    assert "people" in dump and "s1:" in dump
    for secret in DISTINCTIVE:
        assert secret not in dump, secret


def test_ciphertext_copied_to_another_row_does_not_open(pg_server, pg_database, pg_engine) -> None:
    with _session(pg_engine) as session, session.begin():
        session.add_all([_person(), _person(first_name="Other", reference="V-2", reference_key="v-2")])
    with pg_server.superuser_connect(pg_database) as raw:
        ids = [r[0] for r in raw.execute("SELECT id FROM people ORDER BY id")]
        raw.execute(
            "UPDATE people SET first_name = (SELECT first_name FROM people WHERE id = %s) WHERE id = %s",
            (ids[0], ids[1]),
        )
        raw.commit()
    with _session(pg_engine) as session:
        assert session.scalar(select(Person.first_name).where(Person.id == ids[0])) == "Zebediah"
        with pytest.raises(StoreError) as raised:
            session.scalar(select(Person.first_name).where(Person.id == ids[1]))
        assert "altered on the server" in str(raised.value) and "Zebediah" not in str(raised.value)
    # Another column of the same row does not open it either.
    with pg_server.superuser_connect(pg_database) as raw:
        raw.execute("UPDATE people SET last_name = first_name WHERE id = %s", (ids[0],))
        raw.commit()
    with _session(pg_engine) as session, pytest.raises(StoreError):
        session.get(Person, ids[0])


def test_a_wrong_key_cannot_open_and_no_key_writes_nothing(pg_engine) -> None:
    ids = _write_records(pg_engine)
    install_cipher(pg_engine, FieldCipher(bytes(32)))
    with _session(pg_engine) as session, pytest.raises(StoreError):
        session.get(Person, ids["person"])
    forget_cipher(pg_engine)
    with _session(pg_engine) as session, pytest.raises(WorkspaceLocked):
        session.get(Person, ids["person"])
    with _session(pg_engine) as session, pytest.raises(WorkspaceLocked):
        session.add(_person(reference="V-3", reference_key="v-3"))
        session.flush()


def test_values_written_around_the_models_are_refused(pg_engine) -> None:
    ids = _write_records(pg_engine)
    from sqlalchemy import update

    with _session(pg_engine) as session, pytest.raises(StoreError):
        session.execute(update(Person).where(Person.id == ids["person"]).values(first_name="Clear"))
