"""The policy register (policy §10, issue 10): each version of the Social Media Policy with its
text, approval and next review (annually), the version in force on a day, and Home's reminders.

The lead keeps the register (MANAGE_POLICY); whoever records acknowledgements (a manager too)
may read it. Audit events name the version's label and the text's SHA-256, never its words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lcs_desktop.domain.policy_register import (
    Approved,
    in_force,
    made_under,
    next_review,
    text_sha256,
    validate_approval,
    validate_version,
)
from lcs_desktop.domain.roles import PERMISSION_TEXT, Permission
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.policy_register import PolicyVersion

PAGE_KEY = "policy"


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: int
    label: str
    title: str
    text_sha256: str
    approved_on: date | None
    next_review_on: date | None
    approved_by: str
    in_force: bool

    @property
    def made_under(self) -> str:
        return made_under(self.label)


def may_read(user: CurrentUser) -> bool:
    return user.can(Permission.MANAGE_POLICY) or user.can(Permission.RECORD_ACKNOWLEDGEMENTS)


def require_read(user: CurrentUser) -> None:
    if not may_read(user):
        raise PermissionDenied(
            f"Your account ({user.role_text or 'no role'}) is not allowed to "
            f"{PERMISSION_TEXT[Permission.RECORD_ACKNOWLEDGEMENTS]} or "
            f"{PERMISSION_TEXT[Permission.MANAGE_POLICY]}. Ask your safeguarding lead if you need to."
        )


def version_in_force_id(session: Session, day: date) -> int | None:
    """The id of the version in force on ``day`` (see domain.policy_register.in_force)."""
    rows = session.execute(
        select(PolicyVersion.id, PolicyVersion.approved_on).where(PolicyVersion.approved_on.is_not(None))
    ).all()
    return in_force((Approved(i, on) for i, on in rows), day)


def version_label(session: Session, version_id: int | None) -> str | None:
    if version_id is None:
        return None
    return session.scalar(select(PolicyVersion.label).where(PolicyVersion.id == version_id))


class PolicyRegisterService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- reading ---------------------------------------------------------------------------

    def list_versions(self, user: CurrentUser) -> list[VersionRow]:
        """Every version, newest approval first (drafts, not yet approved, at the top)."""
        require_read(user)
        with self._ws.reading() as session:
            current = version_in_force_id(session, self._ws.today())
            rows = session.scalars(select(PolicyVersion)).all()
            out = [_row(v, v.id == current) for v in rows]
        return sorted(
            out, key=lambda r: (r.approved_on is None, r.approved_on or date.min, r.id), reverse=True
        )

    def version_text(self, user: CurrentUser, version_id: int) -> str:
        require_read(user)
        with self._ws.reading() as session:
            return get_version(session, version_id).text

    def current_version(self, user: CurrentUser, day: date | None = None) -> VersionRow | None:
        """The version in force today (or on ``day``)."""
        require_read(user)
        with self._ws.reading() as session:
            found = version_in_force_id(session, day or self._ws.today())
            return None if found is None else _row(get_version(session, found), True)

    # -- changing --------------------------------------------------------------------------

    def add_version(self, user: CurrentUser, *, label: str, title: str, text: str) -> int:
        """A new version, not yet in force until approved."""
        require(user, Permission.MANAGE_POLICY)
        checked = validate_version(label, title, text)
        digest = text_sha256(checked.text)
        with self._ws.unit_of_work() as session:
            taken = session.scalar(
                select(func.count(PolicyVersion.id)).where(
                    func.lower(PolicyVersion.label) == checked.label.lower()
                )
            )
            if taken:
                raise ValidationError(f"There is already a version labelled '{checked.label}'.", "label")
            version = PolicyVersion(
                label=checked.label,
                title=checked.title,
                text=checked.text,
                text_sha256=digest,
                approved_by="",
                added_by_id=user.id,
                created_at=self._ws.now(),
            )
            session.add(version)
            try:
                session.flush()
            except IntegrityError:
                raise ValidationError(
                    f"There is already a version labelled '{checked.label}'.", "label"
                ) from None
            self._ws.audit(
                session,
                user,
                "policy_version_added",
                "policy",  # the entity: one version of the policy
                version.id,
                {"version": checked.label, "sha256": digest},
            )
            return version.id

    def approve(
        self, user: CurrentUser, version_id: int, *, approved_on: date | None, approved_by: str
    ) -> date:
        """Record (or correct) when and by whom a version was approved; returns its next review
        date, twelve months on (§10)."""
        require(user, Permission.MANAGE_POLICY)
        on, by = validate_approval(approved_on, approved_by, self._ws.today())
        with self._ws.unit_of_work() as session:
            version = get_version(session, version_id)
            corrected = version.approved_on is not None
            version.approved_on = on
            version.approved_by = by
            version.next_review_on = next_review(on)
            self._ws.audit(
                session,
                user,
                "policy_version_approved",
                "policy",  # the entity: one version of the policy
                version.id,
                {
                    "version": version.label,
                    "approved_on": on.isoformat(),
                    "next_review_on": version.next_review_on.isoformat(),
                    "corrected": corrected,
                },
            )
            return version.next_review_on


def get_version(session: Session, version_id: int) -> PolicyVersion:
    version = session.get(PolicyVersion, version_id)
    if version is None:
        raise NotFound("That policy version is not in the register.")
    return version


def _row(v: PolicyVersion, current: bool) -> VersionRow:
    return VersionRow(
        v.id, v.label, v.title, v.text_sha256, v.approved_on, v.next_review_on, v.approved_by, current
    )
