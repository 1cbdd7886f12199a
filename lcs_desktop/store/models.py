"""Every table, imported in one place so Alembic and ``create_all`` see them all."""

from lcs_desktop.store.accounts import Meta, Setting, User
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.base import Base

__all__ = ["AuditEvent", "Base", "Meta", "Setting", "User"]
