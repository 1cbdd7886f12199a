"""A signed-in person and the services they work through.

Services are built on first use (``cached_property``) so signing in imports only what the
first page needs. Each takes the workspace; none is global.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.vault.secret_store import SecretStore

if TYPE_CHECKING:
    from lcs_desktop.services.accounts import AccountService
    from lcs_desktop.services.audit_log import AuditLogService
    from lcs_desktop.services.backups import BackupService
    from lcs_desktop.services.case_export import CaseExportService
    from lcs_desktop.services.cases import CaseService
    from lcs_desktop.services.checks import ChecksService
    from lcs_desktop.services.drafts import DraftService
    from lcs_desktop.services.key_rotation import KeyRotationService
    from lcs_desktop.services.people import PeopleService
    from lcs_desktop.services.policy_acks import AcknowledgementService
    from lcs_desktop.services.policy_register import PolicyRegisterService
    from lcs_desktop.services.record_history_read import RecordHistoryService
    from lcs_desktop.services.register_export import RegisterExportService
    from lcs_desktop.services.retention import RetentionService
    from lcs_desktop.services.settings import SettingsService
    from lcs_desktop.services.subject_access import SubjectAccessService


@dataclass(eq=False)
class SignedIn:
    workspace: Workspace
    user: CurrentUser
    must_change_password: bool
    secrets: SecretStore

    @cached_property
    def accounts(self) -> AccountService:
        from lcs_desktop.services.accounts import AccountService

        return AccountService(self.workspace, self.secrets)

    @cached_property
    def settings(self) -> SettingsService:
        from lcs_desktop.services.settings import SettingsService

        return SettingsService(self.workspace, self.secrets)

    @cached_property
    def drafts(self) -> DraftService:
        from lcs_desktop.services.drafts import DraftService

        return DraftService(self.workspace)

    @cached_property
    def key_rotation(self) -> KeyRotationService:
        from lcs_desktop.services.key_rotation import KeyRotationService

        return KeyRotationService(self.workspace)

    @cached_property
    def audit_log(self) -> AuditLogService:
        from lcs_desktop.services.audit_log import AuditLogService

        return AuditLogService(self.workspace)

    @cached_property
    def people(self) -> PeopleService:
        from lcs_desktop.services.people import PeopleService

        return PeopleService(self.workspace)

    @cached_property
    def checks(self) -> ChecksService:
        from lcs_desktop.services.checks import ChecksService

        return ChecksService(self.workspace)

    @cached_property
    def cases(self) -> CaseService:
        from lcs_desktop.services.cases import CaseService

        return CaseService(self.workspace)

    @cached_property
    def case_export(self) -> CaseExportService:
        from lcs_desktop.services.case_export import CaseExportService

        return CaseExportService(self.cases)

    @cached_property
    def registers(self) -> RegisterExportService:
        from lcs_desktop.services.register_export import RegisterExportService
        from lcs_desktop.services.registers import RegisterTables

        return RegisterExportService(
            self.workspace, RegisterTables(self.workspace, self.people, self.checks, self.cases)
        )

    @cached_property
    def subject_access(self) -> SubjectAccessService:
        from lcs_desktop.services.subject_access import SubjectAccessService

        return SubjectAccessService(self.workspace)

    @cached_property
    def policy(self) -> PolicyRegisterService:
        from lcs_desktop.services.policy_register import PolicyRegisterService

        return PolicyRegisterService(self.workspace)

    @cached_property
    def acknowledgements(self) -> AcknowledgementService:
        from lcs_desktop.services.policy_acks import AcknowledgementService

        return AcknowledgementService(self.workspace)

    @cached_property
    def retention(self) -> RetentionService:
        from lcs_desktop.services.retention import RetentionService

        return RetentionService(self.workspace)

    @cached_property
    def backups(self) -> BackupService:
        from lcs_desktop.services.backups import BackupService

        return BackupService(self.workspace)

    @cached_property
    def history(self) -> RecordHistoryService:
        from lcs_desktop.services.record_history_read import RecordHistoryService

        return RecordHistoryService(self.workspace)

    # -- lock, unlock, sign out -------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.workspace.locked

    def lock(self) -> None:
        """Idle lock: audit it, then drop the key and every keyed connection."""
        if self.workspace.locked:
            return
        with self.workspace.unit_of_work() as session:
            self.workspace.audit(session, self.user, "session_locked")
        self.workspace.lock()

    def unlock(self, password: str) -> None:
        """Unlock with the same person's password; whatever they were typing stays on screen."""
        from lcs_desktop.domain.roles import Role
        from lcs_desktop.services.unlocking import unlock_with_password

        slots = self.workspace.slots
        if getattr(self.workspace, "server", None) is not None:
            from lcs_desktop.services.server_signin import unlock_on_server

            unlocked = unlock_on_server(self.workspace, self.user.username, password)
        else:
            slots.reload()
            unlocked = unlock_with_password(
                slots, self.user.username, password, "That password is not right."
            )
        self.workspace.unlock(unlocked.key)
        self.workspace.set_account_keys(unlocked.keys)  # the signing key comes back with the key
        self.workspace.org_key = unlocked.org_key if Role.ADMINISTRATOR in self.user.roles else None
        with self.workspace.unit_of_work() as session:
            self.workspace.audit(session, self.user, "session_unlocked")

    def sign_out(self) -> None:
        try:
            if not self.workspace.locked:
                with self.workspace.unit_of_work() as session:
                    self.workspace.audit(session, self.user, "signed_out")
        finally:  # a fault writing the event (a damaged page, a full disk) must not keep the lock
            self.workspace.close()


@dataclass(frozen=True, slots=True)
class AboutInfo:
    version: str
    data_folder: str
    engine: str
    cipher_version: str
    sqlite_version: str


def about(signed_in: SignedIn) -> AboutInfo:
    """What the About box shows: nothing personal, enough for IT."""
    from lcs_desktop import __version__
    from lcs_desktop.store.database import sqlcipher_versions

    server = getattr(signed_in.workspace, "server", None)
    if server is not None:  # issue 11: which server, and that content is sealed on this PC
        with signed_in.workspace.database.engine.connect() as connection:
            version = str(connection.exec_driver_sql("SHOW server_version").scalar_one()).split()[0]
        return AboutInfo(__version__, f"Office server {server.settings.url}", "PostgreSQL", version, "-")
    cipher, sqlite = sqlcipher_versions(signed_in.workspace.database.engine)
    return AboutInfo(__version__, str(signed_in.workspace.paths.data_dir), "SQLCipher", cipher, sqlite)
