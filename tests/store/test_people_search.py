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
