"""The FTS5 people index: kept in step by triggers, inside the encrypted file, schema as modelled."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from lcs_desktop.store.models import Base


def _fts_ids(org, match: str) -> list[int]:
    with org.workspace.reading() as session:
        rows = session.execute(
            text("SELECT rowid FROM people_fts WHERE people_fts MATCH :m ORDER BY rowid"), {"m": match}
        )
        return [r[0] for r in rows]


def test_index_follows_insert_update_and_delete(org):
    person_id = org.people.add_person(
        org.user, first_name="Zoë", last_name="Quill", kind="applicant", reference="Q-1"
    )
    assert _fts_ids(org, '"quil"*') == [person_id]
    org.people.edit_person(org.user, person_id, last_name="Marsh")
    assert _fts_ids(org, '"quil"*') == []
    assert _fts_ids(org, '"marsh"*') == [person_id]
    with org.workspace.unit_of_work() as session:
        session.execute(text("DELETE FROM people WHERE id = :i"), {"i": person_id})
    assert _fts_ids(org, '"marsh"*') == []
    with org.workspace.reading() as session:  # the index agrees with its content table
        session.execute(text("INSERT INTO people_fts(people_fts, rank) VALUES ('integrity-check', 1)"))


def test_names_and_search_index_never_reach_the_file_in_clear(org):
    org.people.add_person(
        org.user, first_name="Quentessa", last_name="Vandermolen", kind="staff", reference="ZZ-9"
    )
    org.workspace.database.checkpoint()
    folder = org.workspace.database.folder
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Vandermolen" not in data and b"vandermolen" not in data, path.name


OURS = {
    "people",
    "checks",
    "check_platforms",
    "findings",
    "check_discussions",
    "check_versions",
    "evidence",
    "evidence_content",
}


def test_migrations_match_the_models_apart_from_the_fts_tables(org):
    def include_object(obj, name, type_, reflected, compare_to):
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
        return table in OURS

    with org.workspace.database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert [d for d in diff if "people_fts" not in str(d)] == []


def test_names_are_found_typed_without_their_special_letters(org):
    ids = {
        name: org.people.add_person(
            org.user, first_name=first, last_name=last, kind="applicant", reference=f"F-{n}"
        )
        for n, (name, first, last) in enumerate(
            [
                ("lukasz", "Łukasz", "Kowalski"),
                ("soren", "Søren", "Ørsted"),
                ("obrien", "Siobhan", "O'Brien"),
                ("nguyen", "Thi Hoa", "Nguyễn"),
                ("ahmedov", "Ибрагим", "Ахмедов"),
            ]
        )
    }

    def found(query: str) -> set[int]:
        return {row.id for row in org.people.list_people(org.user, query=query)}

    assert found("lukasz") == found("Łuk") == found("luk") == {ids["lukasz"]}
    assert found("soren orsted") == {ids["soren"]}
    assert found("obrien") == found("O'Bri") == {ids["obrien"]}
    assert found("nguyen") == found("Nguyễn") == {ids["nguyen"]}
    assert found("Ахмед") == {ids["ahmedov"]}


def test_upgrade_folds_the_names_already_stored(tmp_path):
    """A database made before 0004 finds its existing people by their folded names after it."""
    from alembic import command

    from lcs_desktop.store import migrate
    from lcs_desktop.store.engine import connect_raw, make_engine
    from lcs_desktop.vault.crypto import new_key

    key, path = new_key(), tmp_path / "old.db"
    connect_raw(path, key).close()
    engine = make_engine(path, key)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003_breach_cases")
        connection.execute(
            text(
                "INSERT INTO people (first_name, last_name, kind, status, reference, reference_key,"
                " sort_name, role, email, phone, created_at, updated_at)"
                " VALUES ('Łukasz', 'Nowak', 'applicant', 'in_recruitment', 'P-1', 'p-1',"
                " 'nowak łukasz', '', '', '', '2026-01-01', '2026-01-01')"
            )
        )
    migrate.upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT rowid FROM people_fts WHERE people_fts MATCH '\"lukasz\"*'"))
        assert [r[0] for r in rows] == [1]
    engine.dispose()
