"""Sealed columns on the office server: the server holds ciphertext only (issue 11).

Records are written through the ORM models on a PostgreSQL engine with the workspace's cipher
installed (the server workspace is another part of issue 11); a second, plain connection then
reads what the server really holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, create_engine, insert, select, text
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.store import migrate
from lcs_desktop.store.cases import BreachCase, ChronologyEntry
from lcs_desktop.store.checks import Check, CheckDiscussion, Finding
from lcs_desktop.store.errors import StoreError
from lcs_desktop.store.evidence import Evidence, EvidenceContent
from lcs_desktop.store.models import User
from lcs_desktop.store.name_search import add_person_tokens, people_matching, people_sort_keys
from lcs_desktop.store.people import Person
from lcs_desktop.store.sealed import forget_cipher, install_cipher, seal_rows
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
    migrate.upgrade(engine)  # every migration, 0021's sealed TEXT columns and the server's triggers
    install_cipher(engine, FieldCipher(KEY))
    yield engine
    forget_cipher(engine)
    engine.dispose()


def _session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)


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
        return {"person": person.id, "check": check.id, "case": case.id, "evidence": evidence.id}


def test_records_read_back_whole_through_the_models(pg_engine) -> None:
    ids = _write_records(pg_engine)
    with _session(pg_engine) as session:
        person = session.get(Person, ids["person"])
        assert (person.first_name, person.last_name, person.email) == (*NAME, "zeb@example.org")
        assert person.date_of_birth == date(1990, 5, 17)
        assert person.role == ""  # a default is sealed too
        # Plain columns, as the lists read them (not ORM objects).
        # The list's copy of the name, made by the server's trigger from the two sealed names.
        row = session.execute(select(Check.id, Check.person_name, Check.proportionality_reason)).one()
        assert row == (ids["check"], "Zebediah Quartermaine", f"Reason {NOTE}")
        assert session.scalar(select(BreachCase.subject_name)) == "Zebediah Quartermaine"
        content = session.get(EvidenceContent, ids["evidence"])
        assert (content.data, content.thumbnail) == (SCREENSHOT, SCREENSHOT[:12])
        assert session.scalar(select(ChronologyEntry.summary)) == f"Spoke to Zebediah about {NOTE}"
        # A change is sealed again (the new value under the same row).
        person.first_name = "Zeb"
        session.commit()
    with _session(pg_engine) as session:
        assert session.scalar(select(Person.first_name)) == "Zeb"
        assert session.scalar(select(Check.person_name)) == "Zeb Quartermaine"  # the rename trigger


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


def _found(engine: Engine, query: str) -> list[int]:
    with _session(engine) as session:
        match = people_matching(session, query)
        assert match is not None
        return list(session.scalars(select(Person.id).where(match).order_by(Person.id)))


def test_search_by_word_and_prefix_through_blind_indexes(pg_server, pg_database, pg_engine) -> None:
    with _session(pg_engine) as session, session.begin():
        zeb = _person()
        other = _person(first_name="Łukasz", last_name="O'Brien", reference="V-7", reference_key="v-7")
        session.add_all([zeb, other])
    assert _found(pg_engine, "Zebediah") == [zeb.id]
    assert _found(pg_engine, "zeb") == [zeb.id]
    assert _found(pg_engine, "quart zeb") == [zeb.id]
    assert _found(pg_engine, "v-7") == [other.id]
    assert _found(pg_engine, "lukasz obrien") == [other.id]
    assert _found(pg_engine, "brien") == [other.id]
    assert _found(pg_engine, "ebediah") == []  # no infix matches: only prefixes are indexed
    assert _found(pg_engine, "zeb lukasz") == []
    with _session(pg_engine) as session:
        assert people_matching(session, "z") is None  # one letter is not looked for
    # A rename replaces the tokens; a deletion drops them.
    with _session(pg_engine) as session, session.begin():
        session.get(Person, zeb.id).first_name = "Bartholomew"
    assert _found(pg_engine, "zeb") == []
    assert _found(pg_engine, "barth quart") == [zeb.id]
    with _session(pg_engine) as session, session.begin():
        session.delete(session.get(Person, other.id))
    with pg_server.superuser_connect(pg_database) as raw:
        kept = raw.execute("SELECT DISTINCT entity_id, length(token) FROM name_tokens").fetchall()
    assert kept == [(zeb.id, 16)]
    # Under another workspace's key the same words find nothing.
    install_cipher(pg_engine, FieldCipher(bytes(32)))
    assert _found(pg_engine, "barth") == []


def test_search_on_sqlite_stays_fts5(tmp_path) -> None:
    from lcs_desktop.store.database import create_database
    from lcs_desktop.vault.crypto import new_key

    database = create_database(tmp_path / "data", new_key(), "db")
    try:
        with database.transaction() as session:
            session.add(_person())
        with database.transaction() as session:
            match = people_matching(session, "zeb quart")
            assert "people_fts" in str(match)
            assert len(session.scalars(select(Person.id).where(match)).all()) == 1
            # Stored in clear inside the encrypted file (unchanged local format), no tokens.
            raw = session.execute(text("SELECT first_name, date_of_birth FROM people")).one()
            assert raw == ("Zebediah", "1990-05-17")
            assert session.scalar(text("SELECT count(*) FROM name_tokens")) == 0
    finally:
        database.close()


def test_bulk_rows_are_sealed_and_findable(pg_server, pg_database, pg_engine) -> None:
    """Core inserts in bulk (generators, moves) go through seal_rows and add_person_tokens."""
    table = Person.__table__
    rows = [
        {
            "first_name": f"Zebediah{n}",
            "last_name": "Quartermaine",
            "kind": "volunteer",
            "status": "active",
            "reference": f"B-{n}",
            "reference_key": f"b-{n}",
            "sort_name": f"quartermaine zebediah{n}",
            "date_of_birth": date(1990, 1, n + 1),
        }
        for n in range(3)
    ]
    with pg_engine.begin() as connection:
        sealed = seal_rows(connection, table, rows)
        connection.execute(insert(table), sealed)
        add_person_tokens(connection, sealed)
    assert "id" not in rows[0]  # the caller's rows are left as they were
    with _session(pg_engine) as session:
        found = session.execute(select(Person.first_name, Person.date_of_birth).order_by(Person.id)).all()
        assert found == [(f"Zebediah{n}", date(1990, 1, n + 1)) for n in range(3)]
        assert session.scalar(select(Person.role).limit(1)) == ""  # the default, sealed
    assert len(_found(pg_engine, "zebediah1 quart")) == 1
    assert len(_found(pg_engine, "zeb")) == 3
    dump = pg_server.pg_dump(pg_database)
    assert "Zebediah" not in dump and "1990-01-02" not in dump


def test_sealed_rows_pass_through_on_sqlite(tmp_path) -> None:
    from lcs_desktop.store.database import create_database
    from lcs_desktop.vault.crypto import new_key

    database = create_database(tmp_path / "data", new_key(), "db")
    try:
        rows = [{"first_name": "Zebediah", "last_name": "Q", "kind": "volunteer", "status": "active"}]
        with database.engine.begin() as connection:
            assert seal_rows(connection, Person.__table__, rows) is rows
    finally:
        database.close()


def test_people_pages_seek_by_reference_on_the_server(pg_engine) -> None:
    """Sealed names cannot be ordered by the server: the list pages by reference there."""
    from lcs_desktop.services.keyset import seek

    with _session(pg_engine) as session, session.begin():
        session.add_all(
            _person(first_name=f"P{n}", reference=f"V-{n}", reference_key=f"v-{n}") for n in (3, 1, 4, 2, 5)
        )
    seen: list[str] = []
    after = None
    with _session(pg_engine) as session:
        keys = people_sort_keys(session)
        while True:
            stmt = seek(select(Person), keys, after, descending=False, limit=2)
            page = session.execute(stmt.with_only_columns(Person.first_name, *keys)).all()
            if not page:
                break
            seen += [first for first, *_ in page]
            after = tuple(page[-1][1:])
    assert seen == ["P1", "P2", "P3", "P4", "P5"]


def test_reducing_a_check_in_bulk_seals_each_emptied_text(pg_server, pg_database, pg_engine) -> None:
    from lcs_desktop.store.record_purge import reduce_checks

    ids = _write_records(pg_engine)
    with _session(pg_engine) as session, session.begin():
        reduce_checks(session, [ids["check"]], AT)
    with _session(pg_engine) as session:
        check = session.get(Check, ids["check"])
        assert (check.proportionality_reason, check.role_applied_for, check.reduced_at) == ("", "", AT)
        assert session.scalar(select(CheckDiscussion.assessment)) == ""
    with pg_server.superuser_connect(pg_database) as raw:
        reason, role = raw.execute("SELECT proportionality_reason, role_applied_for FROM checks").fetchone()
    assert reason.startswith("s1:") and role.startswith("s1:")
