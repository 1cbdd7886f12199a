"""The people search index forgets a changed or deleted name at once (issues 10 and 12).

Revision ID: 0020_fts_secure_delete
Revises: 0019_list_names
Create Date: 2026-11-30

FTS5's ``secure-delete`` option (SQLite 3.42+) is kept in the index's own config table, so
setting it once is enough: a rename or a deletion then removes the old terms from the index's
segments straight away, instead of leaving them under a delete marker until a merge. Renames
no longer need a whole-index merge (about a second at 100 000 people).
"""

from alembic import op

from lcs_desktop.store.pg_triggers import on_postgresql

revision = "0020_fts_secure_delete"
down_revision = "0019_list_names"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if on_postgresql(op.get_bind()):
        return  # no FTS5 index on the office server (blind indexes, issue 11)
    op.execute("INSERT INTO people_fts(people_fts, rank) VALUES ('secure-delete', 1)")


def downgrade() -> None:
    op.execute("INSERT INTO people_fts(people_fts, rank) VALUES ('secure-delete', 0)")
