"""The organisation key and the certificates of people's signing keys (issue 8).

The organisation key (Ed25519) is made at set-up — or, for a folder set up before issue 8, at
the first administrator sign-in after the upgrade. Its private half is sealed to the recovery
slot and to every administrator's slot; its public half is in the database, in keyslots.json
and pinned in this PC's state the first time it is seen; its fingerprint is on the
recovery-key sheet. It certifies each person's signing key, so an event signed by a key the
organisation never certified — or by someone else's key — does not verify.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.audit_chain import ORG_KEY_META, Signer, key_id_for, read_org_public, write_meta
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.key_certs import certify
from lcs_desktop.store.accounts import User
from lcs_desktop.store.audit_events import AccountKey
from lcs_desktop.store.base import utcnow
from lcs_desktop.vault.crypto import fingerprint, raw_public
from lcs_desktop.vault.keyslots import RECOVERY_SLOT, Unlocked

if TYPE_CHECKING:
    from lcs_desktop.services.workspace import Workspace

ORG_KEY_CHANGED = (
    "The organisation key of this data folder is not the one this computer knows, so the audit "
    "trail may have been re-signed. Nothing has been opened. Ask IT to compare the fingerprint on "
    "the recovery-key sheet with the one 'lcs-desktop admin verify' prints."
)


class OrgKeyChanged(LcsError):
    """The organisation key differs between the database, the key file and this PC's pin."""


def org_fingerprint(public: bytes | None) -> str | None:
    return fingerprint(public) if public else None


def workspace_fingerprint(ws: Workspace) -> str | None:
    """For the recovery-key sheet and ``admin verify``."""
    return org_fingerprint(ws.slots.org_public())


def check_org_key(ws: Workspace) -> None:
    """At unlock: the database's, the key file's and this PC's organisation key must agree."""
    with ws.reading() as session:
        in_db = read_org_public(session)
    in_file = ws.slots.org_public()
    pinned = ws.pc_state.org_key(ws.db_id)
    known = [k for k in (in_db, in_file, pinned) if k is not None]
    if any(k != known[0] for k in known) or ((pinned or in_file) and in_db is None):
        raise OrgKeyChanged(ORG_KEY_CHANGED)
    if in_db is not None and pinned is None:
        ws.pc_state.pin_org_key(ws.db_id, in_db)


def create_org_key(ws: Workspace, session: Session, by: CurrentUser) -> Ed25519PrivateKey:
    org = Ed25519PrivateKey.generate()
    public = raw_public(org)
    write_meta(session, ORG_KEY_META, base64.b64encode(public).decode("ascii"))
    ws.slots.set_org_public(public)
    ws.pc_state.pin_org_key(ws.db_id, public)
    ws.audit(session, by, "organisation_key_created", "settings", None, {"fingerprint": fingerprint(public)})
    return org


def register_key(
    ws: Workspace,
    session: Session,
    by: CurrentUser | None,
    user_id: int | None,
    public: bytes,
    org: Ed25519PrivateKey | None,
    signer: Signer | None = None,
) -> str:
    """Record a public signing key (certified now when the organisation key is at hand);
    writes one audit event. Does nothing for a key already recorded."""
    key_id = key_id_for(public)
    if session.get(AccountKey, key_id) is not None:
        return key_id
    row = AccountKey(
        key_id=key_id,
        user_id=user_id,
        public_key=base64.b64encode(public).decode("ascii"),
        registered_at=utcnow(),
    )
    if org is not None:
        certify(row, org, ws.db_id, utcnow(), by.id if by else None)
    session.add(row)
    session.flush()
    action = "account_key_issued" if row.certificate else "account_key_registered"
    details = {"key_id": key_id, "for": "recovery key" if user_id is None else "account"}
    ws.audit(session, by, action, "user", user_id, details, signer=signer)
    return key_id


def certify_pending(ws: Workspace, session: Session, org: Ed25519PrivateKey, by: CurrentUser) -> None:
    """Keys made while nobody held the organisation key (an upgrade) are certified by the next
    administrator to sign in."""
    for row in session.scalars(select(AccountKey).where(AccountKey.certificate.is_(None))).all():
        certify(row, org, ws.db_id, utcnow(), by.id)
        ws.audit(session, by, "account_key_certified", "user", row.user_id, {"key_id": row.key_id})


def admin_slot_ids(ws: Workspace, session: Session) -> set[str]:
    rows = session.scalars(select(User).where(User.active.is_(True))).all()
    return {ws.slots.slot_id(r.username) for r in rows if Role.ADMINISTRATOR.value in r.roles.split(",")}


def reseal_org_key(ws: Workspace, session: Session, org: Ed25519PrivateKey) -> None:
    """The organisation key sealed to the recovery slot and every administrator, and to no one
    else (someone who stops being an administrator loses it). The caller saves the slots."""
    admins = admin_slot_ids(ws, session)
    for slot_id, slot in list(ws.slots.data["slots"].items()):
        if slot.get("kind") == "password" and slot_id not in admins:
            ws.slots.unseal_org_from(slot_id)
    ws.slots.seal_org_key(org, [*sorted(admins), RECOVERY_SLOT])


def after_sign_in(ws: Workspace, session: Session, user: CurrentUser, unlocked: Unlocked) -> None:
    """Inside the sign-in transaction: the organisation key made if this is the first
    administrator since the upgrade, this person's key recorded, waiting keys certified."""
    org = unlocked.org_key
    if Role.ADMINISTRATOR in user.roles and org is None and read_org_public(session) is None:
        org = create_org_key(ws, session, user)
    if unlocked.keys is not None:
        register_key(ws, session, user, user.id, unlocked.keys.sign_public, org)
    if org is not None and Role.ADMINISTRATOR in user.roles:
        reseal_org_key(ws, session, org)
        certify_pending(ws, session, org, user)
    ws.org_key = org if Role.ADMINISTRATOR in user.roles else None
