"""Sealed columns hold ciphertext on the office server (issue 11; store/sealed.py).

Revision ID: 0021_sealed_columns
Revises: 0020_fts_secure_delete
Create Date: 2026-11-30

On PostgreSQL a sealed column holds "s1:…" text (binary ones stay BYTEA): a date of birth
becomes TEXT, and a VARCHAR(n) becomes TEXT because a sealed value is longer than the clear
one it hides. An office server is new with this version, so it holds no clear value to
convert. On SQLite nothing changes: the whole file is encrypted, the columns keep their types.
Expand-only: the previous version never ran against a server.
"""

import sqlalchemy as sa
from alembic import op

revision = "0021_sealed_columns"
down_revision = "0020_fts_secure_delete"
branch_labels = None
depends_on = None

# The sealed columns whose clear type is not already TEXT or BYTEA (frozen here: the models change).
TO_TEXT: dict[str, tuple[str, ...]] = {
    "people": ("first_name", "last_name", "sort_name", "search_name", "role", "email", "phone", "date_of_birth"),
    "users": ("full_name",),
    "evidence": ("filename",),
    "policy_versions": ("approved_by",),
    "breach_cases": ("raised_by", "subject_name"),
    "checks": ("role_applied_for", "authorised_by", "person_name"),
    "case_affected": ("name",),
    "case_appeals": ("heard_by",),
    "case_chronology": ("summary",),
    "check_discussions": ("decided_by",),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, columns in TO_TEXT.items():
        # A trigger naming a column (UPDATE OF …, WHEN …) blocks a change of its type: each of
        # the table's own triggers is dropped and made again from its definition, unchanged.
        triggers = bind.execute(
            sa.text(
                "SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE c.relname = :table AND c.relnamespace = current_schema()::regnamespace "
                "AND NOT t.tgisinternal"
            ),
            {"table": table},
        ).all()
        for name, _definition in triggers:
            op.execute(f'DROP TRIGGER "{name}" ON {table}')
        changes = ", ".join(f"ALTER COLUMN {c} TYPE TEXT USING {c}::text" for c in columns)
        op.execute(f"ALTER TABLE {table} {changes}")
        for _name, definition in triggers:
            op.execute(definition)


def downgrade() -> None:
    # Sealed text cannot go back into a DATE or a VARCHAR(n); a server is never downgraded.
    pass
