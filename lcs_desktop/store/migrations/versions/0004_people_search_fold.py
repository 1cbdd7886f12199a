"""People search finds names typed without their special letters ("lukasz" finds Łukasz).

Adds people.search_name (the name folded to plain letters), fills it for existing people,
and rebuilds the FTS5 index with it.

Revision ID: 0004_people_search_fold
Revises: 0003_breach_cases
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.domain.people import search_name
from lcs_desktop.store.people import FTS_STATEMENTS
from lcs_desktop.store.pg_triggers import on_postgresql

revision = "0004_people_search_fold"
down_revision = "0003_breach_cases"
branch_labels = None
depends_on = None

_OLD_INDEX = ("people_fts_insert", "people_fts_delete", "people_fts_update")


def upgrade() -> None:
    server = on_postgresql(op.get_bind())  # no FTS5 on the server (blind indexes, issue 11)
    if not server:
        for trigger in _OLD_INDEX:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS people_fts")
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("search_name", sa.String(210), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, first_name, last_name FROM people")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE people SET search_name = :folded WHERE id = :id"),
            [{"id": row.id, "folded": search_name(row.first_name, row.last_name)} for row in rows],
        )
    if not server:
        for statement in FTS_STATEMENTS:
            op.execute(statement)
        op.execute("INSERT INTO people_fts(people_fts) VALUES ('rebuild')")


def downgrade() -> None:
    raise NotImplementedError("LCS Desktop does not migrate downwards; restore a backup instead.")
