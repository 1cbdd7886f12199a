"""Setting up the organisation, signing in, locking and unlocking, recovery.

Sign-in unwraps the database key from the person's key slot (Argon2id, the one deliberate
slow step), opens the database and loads the account. Failures are counted beside the key
slots, because the database cannot be opened to record them until someone signs in; they
are copied into the audit trail at the next successful sign-in.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select

from lcs_desktop.domain.errors import AuthenticationError, LcsError, ValidationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.domain.usernames import normalise_username, username_problem
from lcs_desktop.paths import AppPaths
from lcs_desktop.services import trust
from lcs_desktop.services.accounts import (
    check_password,
    roles_to_text,
    to_current,
)
from lcs_desktop.services.audit_chain import Signer
from lcs_desktop.services.export_signing import add_signing_key, audit_created
from lcs_desktop.services.remember import TOKEN_BYTES, forget_everyone_on_this_pc, keyring_name
from lcs_desktop.services.session import SignedIn
from lcs_desktop.services.settings import read_settings, write_settings
from lcs_desktop.services.unlocking import WRONG, unlock_with_password
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.database import create_database, open_database
from lcs_desktop.store.server_settings import ServerSettings
from lcs_desktop.vault import crypto
from lcs_desktop.vault.crypto import DEFAULT_KDF, KdfParams, UnwrapError
from lcs_desktop.vault.keyslots import KeySlotFile, Unlocked
from lcs_desktop.vault.recovery import (
    RecoveryKeyFormatError,
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)
from lcs_desktop.vault.secret_store import GARBLED, KeyringFault, NoSecretStore, SecretStore

log = logging.getLogger(__name__)


class Authenticator:
    """Everything before a session exists: set-up, sign-in, remember me, recovery."""

    def __init__(
        self, paths: AppPaths, secrets: SecretStore | None = None, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        self.paths = paths
        self.secrets = secrets or NoSecretStore()
        self.kdf = kdf

    def _slots(self) -> KeySlotFile:
        return KeySlotFile(self.paths.data_dir, self.kdf)

    def is_set_up(self) -> bool:
        return self._slots().exists() or self.server_settings() is not None

    def server_settings(self) -> ServerSettings | None:
        """This PC's office server (``admin connect-server``), or None in local mode."""
        return ServerSettings.load(self.paths.data_dir)

    # -- first run -----------------------------------------------------------------------

    def set_up(
        self,
        organisation: str,
        username: str,
        full_name: str,
        password: str,
    ) -> tuple[SignedIn, str]:
        """Create the organisation's database and its first account (administrator and lead).

        Returns the session and the recovery key, which is shown once and never stored.
        """
        settings, username = self.check_first_account(organisation, username, full_name, password)
        slots = self._slots()
        if self.is_set_up():
            raise LcsError("This data folder is already set up. Sign in instead.")
        key = crypto.new_key()
        db_id = slots.create()
        database = create_database(self.paths.data_dir, key, db_id)
        try:
            workspace = Workspace(self.paths, slots, database, key)
        except BaseException:
            database.close()
            raise
        return self.populate(workspace, settings, username, full_name, password)

    @staticmethod
    def check_first_account(
        organisation: str, username: str, full_name: str, password: str
    ) -> tuple[OrgSettings, str]:
        settings = OrgSettings(organisation_name=organisation.strip())
        settings.validate()
        username = normalise_username(username)
        problem = username_problem(username)
        if problem:
            raise ValidationError(problem, "username")
        if not full_name.strip():
            raise ValidationError("Enter your full name.", "full_name")
        check_password(password, username)
        return settings, username

    def populate(
        self, workspace: Workspace, settings: OrgSettings, username: str, full_name: str, password: str
    ) -> tuple[SignedIn, str]:
        """The first account, the organisation key and the recovery slot in a new workspace
        (a local database just made, or an office server's, issue 11)."""
        slots, database, key = workspace.slots, workspace.database, workspace.key
        try:
            recovery = new_recovery_secret()
            recovery_keys = slots.set_recovery(recovery, key)
            keys = slots.set_password(username, password, key, must_change=False)
            workspace.set_account_keys(keys)
            with workspace.unit_of_work() as session:
                write_settings(session, settings)
                signing_key = add_signing_key(session, settings.organisation_name, workspace.now())
                row = User(
                    username=username,
                    full_name=full_name.strip(),
                    roles=roles_to_text({Role.ADMINISTRATOR, Role.SAFEGUARDING_LEAD}),
                    active=True,
                    remember_me=False,
                )
                session.add(row)
                session.flush()
                user = to_current(row)
                workspace.audit(
                    session,
                    user,
                    "organisation_set_up",
                    "settings",
                    None,
                    {"organisation": settings.organisation_name},
                )
                workspace.audit(
                    session,
                    user,
                    "user_added",
                    "user",
                    row.id,
                    {"username": username, "roles": sorted(r.value for r in user.roles)},
                )
                org = trust.create_org_key(workspace, session, user)
                trust.register_key(workspace, session, user, row.id, keys.sign_public, org)
                trust.register_key(workspace, session, user, None, recovery_keys.sign_public, org)
                trust.reseal_org_key(workspace, session, org)
                workspace.org_key = org
                workspace.audit(session, user, "signed_in", "user", row.id)
                audit_created(workspace, session, user, signing_key)
            slots.save()
        except BaseException:
            database.close()
            raise
        return SignedIn(workspace, user, False, self.secrets), format_recovery_key(recovery)

    # -- sign-in ---------------------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> SignedIn:
        username = normalise_username(username)
        server = self.server_settings()
        if server is not None:
            from lcs_desktop.services.server_signin import open_on_server

            workspace, unlocked = open_on_server(self.paths, server, self.kdf, username, password)
            return self._finish(workspace, username, unlocked, "password")
        slots = self._slots()
        unlocked = unlock_with_password(slots, username, password, WRONG)
        return self._open(slots, username, unlocked, "password")

    def remembered_username(self) -> str | None:
        """The account this Windows user asked to be remembered on this PC, if still valid."""
        slots = self._slots()
        if not slots.exists() or not self.secrets.available:
            return None
        try:
            from lcs_desktop.store.pc_state import PcState

            username = PcState(self.paths.pc_state_file).remembered_username(slots.db_id)
        except Exception:
            return None
        return username if username and slots.has_remember(username) else None

    def sign_in_remembered(self, username: str) -> SignedIn:
        slots = self._slots()
        # A locked or failing keyring, or a value this app did not write, is a KeyringFault with
        # its own sentence; nothing is opened.
        token = self.secrets.get(keyring_name(slots.db_id, slots.slot_id(username)))
        if token is None:
            raise AuthenticationError("This PC no longer remembers you. Sign in with your password.")
        if len(token) != TOKEN_BYTES:
            raise KeyringFault(GARBLED)
        try:
            unlocked = slots.unlock_remember(username, token)
        except UnwrapError:
            raise AuthenticationError(
                "This PC no longer remembers you. Sign in with your password."
            ) from None
        return self._open(slots, username, unlocked, "remembered")

    def _open(self, slots: KeySlotFile, username: str, unlocked: Unlocked, method: str) -> SignedIn:
        from lcs_desktop.services.key_rotation import settle_rotation

        # A key change interrupted by a crash is finished or undone before anything opens.
        key = settle_rotation(self.paths.data_dir, slots, unlocked.key, unlocked.pending_key)
        database = open_database(self.paths.data_dir, key, slots.db_id)
        workspace = Workspace(self.paths, slots, database, key)
        return self._finish(workspace, username, unlocked, method)

    def _finish(self, workspace: Workspace, username: str, unlocked: Unlocked, method: str) -> SignedIn:
        """After the key is in hand (locally or from a server): checks, the account, the audit."""
        slots = workspace.slots
        must_change = unlocked.must_change_password
        workspace.set_account_keys(unlocked.keys)
        try:
            workspace.check_not_rolled_back()
            trust.check_org_key(workspace)
            row = workspace.load_user(username)
            if row is None or not row.active:
                raise AuthenticationError("This account has been switched off. Ask your administrator.")
            user = to_current(row)
            remembers = method == "remembered" or workspace.pc_state.remembered_username(slots.db_id)
            with workspace.reading() as session:
                allowed = read_settings(session).remember_me_allowed
                usernames = list(session.scalars(select(User.username))) if remembers and not allowed else []
            if remembers and not allowed:
                # Forbidden since this PC last signed in: drop what it still remembers.
                forget_everyone_on_this_pc(slots, self.secrets, workspace.pc_state, usernames)
                if method == "remembered":
                    raise AuthenticationError(
                        "Your administrator no longer allows 'remember me'. Sign in with your password."
                    )
            with workspace.unit_of_work() as session:
                self._flush_failures(workspace, session)
                session.get(User, row.id).last_sign_in_at = workspace.now()
                trust.after_sign_in(workspace, session, user, unlocked)
                workspace.audit(session, user, "signed_in", "user", row.id, {"method": method})
            slots.save()
        except BaseException:
            workspace.close()
            raise
        log.info("user %s signed in", user.id)
        return SignedIn(workspace, user, must_change, self.secrets)

    @staticmethod
    def _flush_failures(workspace: Workspace, session: object) -> None:
        pending = workspace.slots.data.pop("pending_failures", [])
        if not pending:
            return
        from sqlalchemy import select

        by_slot = {workspace.slots.slot_id(name): name for name in session.scalars(select(User.username))}  # type: ignore[attr-defined]
        for item in pending:
            at = datetime.fromisoformat(item["at"])
            who = by_slot.get(item.get("slot") or "", "unknown username")
            workspace.audit(
                session, None, "sign_in_failed", "user", None, {"username": who}, actor="-", at=at
            )
        workspace.slots.save()

    # -- recovery --------------------------------------------------------------------------

    def recover(
        self, recovery_key: str, username: str, new_password: str, owner: tuple[str, str] | None = None
    ) -> SignedIn:
        """Recovery key -> a new password for an administrator account (every password lost).

        On an office server ``owner`` is IT's owner login and password: the recovery slot is
        read, and the administrator's login given its new password, with the owner's rights."""
        try:
            secret = parse_recovery_key(recovery_key)
        except RecoveryKeyFormatError as exc:
            raise ValidationError(str(exc), "recovery_key") from None
        username = normalise_username(username)
        check_password(new_password, username)
        server = self.server_settings()
        if server is not None:
            from lcs_desktop.services.server_recovery import recover_on_server

            workspace, unlocked = recover_on_server(self, server, owner, secret, username, new_password)
            return self._recovered(workspace, unlocked, username, new_password)
        slots = self._slots()
        try:
            unlocked = slots.unlock_recovery(secret)
        except UnwrapError:
            raise AuthenticationError("That recovery key does not open this data folder.") from None
        from lcs_desktop.services.key_rotation import settle_rotation

        key = settle_rotation(self.paths.data_dir, slots, unlocked.key, unlocked.pending_key)
        database = open_database(self.paths.data_dir, key, slots.db_id)
        workspace = Workspace(self.paths, slots, database, key)
        return self._recovered(workspace, unlocked, username, new_password)

    def _recovered(
        self, workspace: Workspace, unlocked: Unlocked, username: str, new_password: str
    ) -> SignedIn:
        slots, key = workspace.slots, workspace.key
        try:
            trust.check_org_key(workspace)
            row = workspace.load_user(username)
            if row is None or not row.active or Role.ADMINISTRATOR.value not in row.roles.split(","):
                raise ValidationError(
                    "The recovery key can only set the password of an active administrator account.",
                    "username",
                )
            # The recovery key signs what it does; the administrator's new key signs the rest.
            if unlocked.keys is None:  # never: a recovery slot opens as format 2 (upgraded if need be)
                raise AuthenticationError("That recovery key does not open this data folder.")
            by_recovery = Signer.of(unlocked.keys.sign)
            keys = slots.set_password(username, new_password, key, must_change=False)
            workspace.set_account_keys(keys)
            user = to_current(row)
            org = unlocked.org_key
            with workspace.unit_of_work() as session:
                workspace.audit(
                    session, user, "recovered_with_recovery_key", "user", row.id, signer=by_recovery
                )
                trust.register_key(
                    workspace, session, user, None, unlocked.keys.sign_public, org, by_recovery
                )
                trust.register_key(workspace, session, user, row.id, keys.sign_public, org, by_recovery)
                if org is not None:
                    trust.reseal_org_key(workspace, session, org)
                    workspace.org_key = org
            slots.save()
        except BaseException:
            workspace.close()
            raise
        return SignedIn(workspace, user, False, self.secrets)
