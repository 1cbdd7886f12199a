"""Every table, imported in one place so Alembic and ``create_all`` see them all."""

from lcs_desktop.store.accounts import Meta, Setting, User
from lcs_desktop.store.audit_events import AccountKey, AuditEvent
from lcs_desktop.store.base import Base
from lcs_desktop.store.cases import (
    AffectedChild,
    Appeal,
    BreachCase,
    CaseBreachType,
    CasePlatform,
    ChronologyEntry,
    Outcome,
    Referral,
    SignOff,
)
from lcs_desktop.store.checks import Check, CheckDiscussion, CheckPlatform, CheckVersion, Finding
from lcs_desktop.store.drafts import Draft
from lcs_desktop.store.evidence import Evidence, EvidenceContent, EvidenceRendition
from lcs_desktop.store.legal_holds import LegalHold
from lcs_desktop.store.name_search import NameToken
from lcs_desktop.store.people import Person
from lcs_desktop.store.policy_register import Acknowledgement, PolicyVersion
from lcs_desktop.store.record_counts import RecordCount
from lcs_desktop.store.record_history import RecordSalt, RecordVersion
from lcs_desktop.store.retention import RetentionDateRow, RetentionKeep, RetentionRuleRow, RetentionWish
from lcs_desktop.store.review_indexes import REVIEW_INDEXES  # noqa: F401 (issue 10's indexes)
from lcs_desktop.store.server_key_slots import AuditChainHead, KeySlotRow
from lcs_desktop.store.signing_keys import ExportSigningKey
from lcs_desktop.store.subject_access import RedactionDecision, SubjectAccessPause, SubjectAccessRequest

__all__ = [
    "AccountKey",
    "Acknowledgement",
    "AffectedChild",
    "Appeal",
    "AuditChainHead",
    "AuditEvent",
    "Base",
    "BreachCase",
    "CaseBreachType",
    "CasePlatform",
    "Check",
    "CheckDiscussion",
    "CheckPlatform",
    "CheckVersion",
    "ChronologyEntry",
    "Draft",
    "Evidence",
    "EvidenceContent",
    "EvidenceRendition",
    "ExportSigningKey",
    "Finding",
    "KeySlotRow",
    "LegalHold",
    "Meta",
    "NameToken",
    "Outcome",
    "Person",
    "PolicyVersion",
    "RecordCount",
    "RecordSalt",
    "RecordVersion",
    "RedactionDecision",
    "Referral",
    "RetentionDateRow",
    "RetentionKeep",
    "RetentionRuleRow",
    "RetentionWish",
    "Setting",
    "SignOff",
    "SubjectAccessPause",
    "SubjectAccessRequest",
    "User",
]
