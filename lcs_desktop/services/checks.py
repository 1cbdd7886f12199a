"""Recruitment social media checks (policy §3.1, §9): record, complete, discuss, amend.

Guards from the policy live here, so every face (GUI, CLI, tests) meets them:
only authorised checkers and the lead record checks; a check on someone already appointed
needs the lead's written justification; a checker on the interview panel needs the lead's
confirmation; completion needs the privacy-notice date, proportionality and both
attestations; a completed check changes only with a reason, keeping the earlier version.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.catalogue import POLICY_VERSION
from lcs_desktop.domain.checks import (
    CheckResult,
    CheckStatus,
    PersonStatus,
    amendment_reason,
    check_status,
    choice,
    clean_text,
    completion_problems,
)
from lcs_desktop.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from lcs_desktop.domain.roles import Permission, Role
from lcs_desktop.services.accounts import roles_from_text
from lcs_desktop.services.check_attribution import attribute_attestations, attribute_completion, behalf
from lcs_desktop.services.check_detail import (
    FINDING,
    completion_facts,
    get_check_row,
    load_detail,
    snapshot_json,
)
from lcs_desktop.services.check_findings import FindingsPart
from lcs_desktop.services.check_inputs import audit_value, details_values, discussion_values, scope_values
from lcs_desktop.services.check_reading import ReadingPart
from lcs_desktop.services.check_types import (
    CheckDetailsInput,
    DiscussionInput,
    ScopeInput,
)
from lcs_desktop.services.edit_conflicts import overwrite_detail, require_version
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.policy_register import version_in_force_id
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.checks import Check, CheckDiscussion, CheckPlatform, CheckVersion, Finding
from lcs_desktop.store.people import Person

NOT_RECRUITMENT = (
    "{name} is not in recruitment ({status}). Social media checks are for recruitment, not for "
    "monitoring people already appointed (policy §9; Human Rights Act 1998, Article 8). Only the "
    "safeguarding lead can start such a check, with a written justification."
)


class CheckIncomplete(ValidationError):
    """Completion refused; ``problems`` lists everything still needed, in form order."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("This check cannot be completed yet:\n• " + "\n• ".join(problems), None)
        self.problems = problems


class ChecksService(FindingsPart, ReadingPart):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- starting a check and the pre-search details ---------------------------------------

    def authorisers(self, user: CurrentUser) -> list[str]:
        """Who may authorise a check (the active safeguarding leads), for the start-check choice."""
        require(user, Permission.RECORD_CHECKS)
        with self._ws.reading() as session:
            rows = session.execute(select(User.full_name, User.roles).where(User.active.is_(True))).all()
        return sorted(n for n, roles in rows if Role.SAFEGUARDING_LEAD in roles_from_text(roles))

    def create_check(
        self,
        user: CurrentUser,
        person_id: int,
        details: CheckDetailsInput | None = None,
        justification: str | None = None,
    ) -> int:
        require(user, Permission.RECORD_CHECKS)
        values = details_values(details or CheckDetailsInput(), self._ws.today())
        with self._ws.unit_of_work() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound("That person's record no longer exists.")
            out_of_recruitment = person.status != PersonStatus.IN_RECRUITMENT
            justified = ""
            if out_of_recruitment:
                if not user.can(Permission.CONFIRM_CHECK_GUARDS):
                    raise PermissionDenied(
                        NOT_RECRUITMENT.format(
                            name=f"{person.first_name} {person.last_name}",
                            status=PersonStatus(person.status).label.lower(),
                        )
                    )
                justified = clean_text(
                    justification,
                    "justification",
                    "your written justification for checking someone already appointed (policy §9)",
                    required=True,
                )
            now = self._ws.now()
            next_id = (session.scalar(select(func.max(Check.id))) or 0) + 1
            check = Check(
                id=next_id,
                reference=f"SMC-{now:%Y}-{next_id:06d}",
                person_id=person_id,
                checker_id=user.id,
                status=CheckStatus.DRAFT.value,
                panel_confirmation="",
                out_of_recruitment=out_of_recruitment,
                justification=justified,
                justified_by_id=user.id if out_of_recruitment else None,
                attest_public_only=False,
                attest_no_private_access=False,
                policy_version=POLICY_VERSION,
                policy_version_id=version_in_force_id(session, self._ws.today()),  # issue 10
                version=1,
                created_at=now,
                updated_at=now,
                **values,
            )
            session.add(check)
            session.flush()
            self._ws.audit(
                session,
                user,
                "check_started",
                "check",
                check.id,
                {"person_id": person_id, "out_of_recruitment": out_of_recruitment, "details": _audit(values)},
            )
            return check.id

    def update_details(
        self,
        user: CurrentUser,
        check_id: int,
        details: CheckDetailsInput,
        reason: str | None = None,
        *,
        expected_version: int | None = None,
        overwrite: bool = False,
    ) -> None:
        """``expected_version``: the check's ``row_version`` as the window loaded it (a change
        made meanwhile at another desk is refused with ``EditConflict``)."""
        values = details_values(details, self._ws.today())
        with self._ws.unit_of_work() as session:
            require(user, Permission.RECORD_CHECKS)
            row = get_check_row(session, check_id)
            edit = {k: (audit_value(getattr(row, k)), audit_value(v)) for k, v in values.items()}
            require_version(
                session,
                row,
                expected_version,
                entity_type="check",
                entity_id=check_id,
                noun="check",
                edit={k: pair for k, pair in edit.items() if pair[0] != pair[1]},
                now=self._ws.now(),
            )
            check = self._editable(session, user, check_id, reason)
            if values["checker_on_panel"] != check.checker_on_panel:
                # A new answer about the panel needs a new confirmation.
                check.panel_confirmed_at = None
                check.panel_confirmed_by_id = None
                check.panel_confirmation = ""
            self._apply(session, user, check, values, "check_changed", reason, overwrite_detail(overwrite))

    def confirm_panel_guard(self, user: CurrentUser, check_id: int, note: str) -> None:
        """The lead confirms a check whose checker also sits on the interview panel."""
        require(user, Permission.CONFIRM_CHECK_GUARDS)
        text = clean_text(
            note, "note", "why the check can stand although the checker is on the panel", required=True
        )
        with self._ws.unit_of_work() as session:
            check = get_check_row(session, check_id)
            if not check.checker_on_panel:
                raise ConflictError("This check's checker is not on the interview panel: nothing to confirm.")
            check.panel_confirmed_at = self._ws.now()
            check.panel_confirmed_by_id = user.id
            check.panel_confirmation = text
            check.updated_at = self._ws.now()
            self._ws.audit(
                session,
                user,
                "check_guard_confirmed",
                "check",
                check_id,
                {"guard": "interview_panel", "note": text},
            )

    # -- during the search -----------------------------------------------------------------

    def set_scope(
        self, user: CurrentUser, check_id: int, entries: Sequence[ScopeInput], reason: str | None = None
    ) -> None:
        """Replace the platforms searched and what was done on each."""
        values = [scope_values(entry, position) for position, entry in enumerate(entries)]
        platforms = [v["platform"] for v in values]
        if len(set(platforms)) != len(platforms):
            raise ValidationError(
                "Each platform can be listed once; put all its handles on one line.", "platform"
            )
        with self._ws.unit_of_work() as session:
            check = self._editable(session, user, check_id, reason)
            self._require_pre_search(check)
            keys = ("platform", "action", "handles", "search_terms", "identity_match")
            old = [
                {k: getattr(row, k) for k in keys}
                for row in session.scalars(
                    select(CheckPlatform)
                    .where(CheckPlatform.check_id == check_id)
                    .order_by(CheckPlatform.position)
                )
            ]
            session.execute(delete(CheckPlatform).where(CheckPlatform.check_id == check_id))
            session.add_all(CheckPlatform(check_id=check_id, **v) for v in values)
            new = [{k: v[k] for k in keys} for v in values]
            self._touch(check)
            self._ws.audit(
                session,
                user,
                "check_scope_recorded",
                "check",
                check_id,
                {"changes": {"scope": [old, new]}, "reason": reason},
            )

    def set_attestations(
        self,
        user: CurrentUser,
        check_id: int,
        public_only: bool,
        no_private_access: bool,
        reason: str | None = None,
    ) -> None:
        with self._ws.unit_of_work() as session:
            check = self._editable(session, user, check_id, reason)
            values = {
                "attest_public_only": bool(public_only),
                "attest_no_private_access": bool(no_private_access),
            }
            before = {name: bool(getattr(check, name)) for name in values}
            self._apply(session, user, check, values, "check_attested", reason, behalf(check, user))
            attribute_attestations(check, user, before, self._ws.now())

    def set_result(
        self, user: CurrentUser, check_id: int, result: CheckResult | str, reason: str | None = None
    ) -> None:
        value = choice(CheckResult, result, "result", "the result").value
        with self._ws.unit_of_work() as session:
            check = self._editable(session, user, check_id, reason)
            self._apply(session, user, check, {"result": value}, "check_changed", reason)
            self._restatus(session, check)

    # -- completion ------------------------------------------------------------------------

    def completion_problems(self, user: CurrentUser, check_id: int) -> list[str]:
        require(user, Permission.VIEW_CHECKS)
        with self._ws.reading() as session:
            return self._problems(session, get_check_row(session, check_id))

    def complete_check(self, user: CurrentUser, check_id: int) -> None:
        with self._ws.unit_of_work() as session:
            check = self._editable(session, user, check_id, None)
            if check.completed_at is not None:
                raise ConflictError("This check is already completed.")
            problems = self._problems(session, check)
            if problems:
                raise CheckIncomplete(problems)
            attribute_completion(check, user, self._ws.now())
            self._restatus(session, check)
            self._touch(check)
            self._ws.audit(
                session,
                user,
                "check_completed",
                "check",
                check_id,
                {"result": check.result, **behalf(check, user)},
            )

    # -- the applicant discussion ----------------------------------------------------------

    def record_discussion(
        self,
        user: CurrentUser,
        check_id: int,
        discussion: DiscussionInput,
        reason: str | None = None,
        *,
        expected_version: int | None = None,
        overwrite: bool = False,
    ) -> None:
        """``expected_version``: the check's ``row_version`` as the form loaded it (a change made
        meanwhile at another desk is refused with ``EditConflict``)."""
        require(user, Permission.RECORD_DISCUSSIONS)
        with self._ws.unit_of_work() as session:
            check = get_check_row(session, check_id)
            if check.completed_at is None:
                raise ConflictError("Complete the check before recording the discussion with the applicant.")
            if check.result != CheckResult.CONCERNS_FOUND:
                raise ConflictError(
                    "A discussion is recorded when the check found concerns; this one found none."
                )
            finding_ids = set(session.scalars(select(Finding.id).where(Finding.check_id == check_id)))
            values = discussion_values(discussion, finding_ids, self._ws.now(), self._ws.today())
            row = session.scalar(select(CheckDiscussion).where(CheckDiscussion.check_id == check_id))
            mine = {
                k: (audit_value(getattr(row, k)) if row else None, audit_value(v)) for k, v in values.items()
            }
            require_version(
                session,
                check,
                expected_version,
                entity_type="check",
                entity_id=check_id,
                noun="check",
                edit={k: pair for k, pair in mine.items() if pair[0] != pair[1]},
                now=self._ws.now(),
            )
            if row is None:
                session.add(
                    CheckDiscussion(
                        check_id=check_id, recorded_by_id=user.id, recorded_at=self._ws.now(), **values
                    )
                )
                self._restatus(session, check)
                self._touch(check)
                self._ws.audit(
                    session,
                    user,
                    "check_discussion_recorded",
                    "check",
                    check_id,
                    # the values go to the check's history (Workspace.audit keeps them out of the trail)
                    {
                        "outcome": values["outcome"],
                        "values": {k: audit_value(v) for k, v in values.items()},
                        **overwrite_detail(overwrite),
                    },
                )
                return
            why = amendment_reason(True, reason)
            self._keep_version(session, user, check, why or "")
            changes = {
                k: [audit_value(getattr(row, k)), audit_value(v)]
                for k, v in values.items()
                if getattr(row, k) != v
            }
            for key, value in values.items():
                setattr(row, key, value)
            row.recorded_by_id = user.id
            row.recorded_at = self._ws.now()
            self._touch(check)
            self._ws.audit(
                session,
                user,
                "check_discussion_changed",
                "check",
                check_id,
                {"changes": changes, "reason": why, **overwrite_detail(overwrite)},
            )

    # -- shared helpers --------------------------------------------------------------------

    def _editable(self, session: Session, user: CurrentUser, check_id: int, reason: str | None) -> Check:
        """The check, if this user may change it; after completion only with a reason, and
        the version before the change is kept."""
        require(user, Permission.RECORD_CHECKS)
        check = get_check_row(session, check_id)
        if check.checker_id != user.id and not user.can(Permission.CONFIRM_CHECK_GUARDS):
            raise PermissionDenied(
                "This check is being recorded by another checker. Only they or the safeguarding lead "
                "can change it."
            )
        why = amendment_reason(check.completed_at is not None, reason)
        if why is not None:
            self._keep_version(session, user, check, why)
        return check

    def _keep_version(self, session: Session, user: CurrentUser, check: Check, why: str) -> None:
        if session.info.get(("kept", check.id)):
            return  # one earlier version per change, however many rows it touches
        session.info[("kept", check.id)] = True
        session.add(
            CheckVersion(
                check_id=check.id,
                version=check.version,
                snapshot=snapshot_json(load_detail(session, check.id)),
                reason=why,
                amended_by_id=user.id,
                amended_at=self._ws.now(),
            )
        )
        check.version += 1
        self._ws.audit(
            session,
            user,
            "check_amended",
            "check",
            check.id,
            {"reason": why, "kept_version": check.version - 1},
        )

    @staticmethod
    def _require_pre_search(check: Check) -> None:
        if check.privacy_notice_date is None or not check.proportionality_reason:
            raise ConflictError(
                "Record the pre-search details first: the date the applicant was told checks would be made, "
                "and why the check is proportionate. The search comes after them."
            )

    def _apply(
        self,
        session: Session,
        user: CurrentUser,
        check: Check,
        values: dict[str, object],
        action: str,
        reason: str | None,
        extra: dict[str, object] | None = None,
    ) -> None:
        changes = {
            k: [audit_value(getattr(check, k)), audit_value(v)]
            for k, v in values.items()
            if getattr(check, k) != v
        }
        if not changes:
            return
        for key, value in values.items():
            setattr(check, key, value)
        self._touch(check)
        self._ws.audit(
            session, user, action, "check", check.id, {"changes": changes, "reason": reason, **(extra or {})}
        )

    @staticmethod
    def _problems(session: Session, check: Check) -> list[str]:
        scope = list(session.scalars(select(CheckPlatform).where(CheckPlatform.check_id == check.id)))
        findings = session.scalar(select(func.count(Finding.id)).where(Finding.check_id == check.id)) or 0
        return completion_problems(completion_facts(check, scope, findings))

    @staticmethod
    def _restatus(session: Session, check: Check) -> None:
        session.flush()
        has_discussion = (
            session.scalar(select(CheckDiscussion.id).where(CheckDiscussion.check_id == check.id)) is not None
        )
        result = CheckResult(check.result) if check.result else None
        check.status = check_status(check.completed_at is not None, result, has_discussion).value

    def _touch(self, check: Check) -> None:
        check.updated_at = self._ws.now()


def _audit(values: dict[str, object]) -> dict[str, object]:
    return {k: audit_value(v) for k, v in values.items()}


__all__ = ["FINDING", "CheckIncomplete", "ChecksService"]
