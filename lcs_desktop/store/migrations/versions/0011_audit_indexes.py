"""Audit log at scale (issue 12): indexes for the Person, Action and Record filters.

Revision ID: 0011_audit_indexes
Revises: 0009_evidence_renditions
Create Date: 2026-11-30

The page lists a date range newest first: (``actor``, ``at``) and (``action``, ``at``) give
the Person and Action filters their rows already in that order (the choices of each filter hop
through the same index instead of reading every event); (``entity_type``, ``entity_id``)
serves the Record filter. (``action``, ``at``) replaces the index on ``action`` alone, which
it covers. Plain indexes only, so an existing database just changes them.
"""

from alembic import op

revision = "0011_audit_indexes"
down_revision = "0009_evidence_renditions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_events_actor_at", "audit_events", ["actor", "at"])
    op.create_index("ix_audit_events_action_at", "audit_events", ["action", "at"])
    op.drop_index("ix_audit_events_action", table_name="audit_events")
    op.create_index("ix_audit_events_entity", "audit_events", ["entity_type", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_entity", table_name="audit_events")
    op.create_index("ix_audit_events_action", "audit_events", ["action"])
    op.drop_index("ix_audit_events_action_at", table_name="audit_events")
    op.drop_index("ix_audit_events_actor_at", table_name="audit_events")
