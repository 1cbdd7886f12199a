"""Migrations and models agree, so a database made by migrating is the one the code expects."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from lcs_desktop.store import migrate
from lcs_desktop.store.database import create_database
from lcs_desktop.store.models import Base
from lcs_desktop.vault.crypto import new_key


def _ignore_virtual_tables(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    # FTS5 tables and their shadow tables are made by raw SQL in migrations, not models.
    return not (type_ == "table" and name and ("_fts" in name))


def test_migrated_schema_matches_the_models(tmp_path: Path):
    database = create_database(tmp_path / "data", new_key(), "db")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": _ignore_virtual_tables, "compare_type": True}
            )
            assert compare_metadata(context, Base.metadata) == []
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        database.close()


def test_revisions_form_one_line_without_branches():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
