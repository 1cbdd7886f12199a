"""Organisation settings: read by anyone signed in, changed by an administrator (audited)."""

from __future__ import annotations

import dataclasses
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.roles import Permission
from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import Setting, User
from lcs_desktop.vault.secret_store import SecretStore

_FIELDS = {f.name: f for f in dataclasses.fields(OrgSettings)}


def read_settings(session: Session) -> OrgSettings:
    stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
    return OrgSettings(**{k: v for k, v in stored.items() if k in _FIELDS})


def write_settings(session: Session, settings: OrgSettings) -> dict[str, list[object]]:
    """Store ``settings``; return the changed fields as ``{name: [old, new]}``."""
    old = read_settings(session)
    changes: dict[str, list[object]] = {}
    for name in _FIELDS:
        before, after = getattr(old, name), getattr(settings, name)
        if before != after or session.get(Setting, name) is None:
            row = session.get(Setting, name) or Setting(key=name, value="")
            row.value = json.dumps(after)
            session.add(row)
            if before != after:
                changes[name] = [before, after]
    return changes


class SettingsService(AuditsRefusals):
    def __init__(self, workspace: Workspace, secrets: SecretStore | None = None) -> None:
        self._ws = workspace
        self._secrets = secrets

    def get(self) -> OrgSettings:
        with self._ws.reading() as session:
            return read_settings(session)

    def update(self, user: CurrentUser, settings: OrgSettings) -> OrgSettings:
        require(user, Permission.MANAGE_SETTINGS)
        settings.validate()
        with self._ws.unit_of_work() as session:
            changes = write_settings(session, settings)
            if changes:
                self._ws.audit(session, user, "settings_changed", "settings", None, {"changes": changes})
            forbidden = "remember_me_allowed" in changes and not settings.remember_me_allowed
            if forbidden:
                from lcs_desktop.services.accounts import clear_all_remember_flags

                clear_all_remember_flags(session)
            usernames = list(session.scalars(select(User.username)))
        if forbidden:
            # Forbidding "remember me" ends every remembered sign-in at once: the slots that
            # open with a token, and this PC's tokens and remembered name (other PCs drop
            # theirs at their next sign-in, see Authenticator).
            from lcs_desktop.services.remember import forget_everyone_on_this_pc

            self._ws.slots.remove_all_remember()
            self._ws.slots.save()
            if self._secrets is not None:
                forget_everyone_on_this_pc(self._ws.slots, self._secrets, self._ws.pc_state, usernames)
        return settings
