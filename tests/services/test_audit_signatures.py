"""The signed audit trail against an insider who holds a valid password, raw SQL access (the
append-only triggers dropped) and this code: every rewrite of someone else's events is found,
even re-signed with the insider's own certified key and with both heads outside the database
updated to match (issue 8 #1)."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from lcs_desktop.domain.errors import AccountLocked, AuthenticationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.audit_chain import GENESIS, Signer, event_hash, key_id_for, legacy_mac
from lcs_desktop.services.audit_log import verify_workspace
from lcs_desktop.services.trust import OrgKeyChanged
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS, fingerprint, raw_public
from lcs_desktop.vault.keyslots import AuditHead, KeySlotFile
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.server_helpers import owner_of, superuser

pytestmark = pytest.mark.both_backends

COLUMNS = (
    "seq, at, actor_id, actor, action, entity_type, entity_id, details, prev_mac, mac, "
    "format, key_id, signature"
)


def _psycopg(statement: str) -> str:
    """SQLAlchemy's ``:name`` parameters in psycopg's spelling."""
    return re.sub(r"(?<![\w:']):([a-z_]\w*)", r"%(\1)s", statement)


class Insider:
    """Mallory: a checker with her own password, a SQLCipher shell and this code (on an office
    server: her own signing key, and the server's superuser password with psql)."""

    def __init__(self, org: Any, password: str, signer: Signer | None = None) -> None:
        self.ws = org.workspace
        if signer is None:
            slots = KeySlotFile(self.ws.paths.data_dir, FAST_KDF_FOR_TESTS)
            signer = Signer.of(slots.unlock_password("mallory", password).keys.sign)
        self.signer = signer
        self.db_id = self.ws.db_id

    def _server_sql(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        with superuser(self.ws.server.settings) as connection:
            connection.execute("ALTER TABLE audit_events DISABLE TRIGGER USER")
            for statement, params in statements:
                connection.execute(_psycopg(statement), params)  # type: ignore[arg-type]
            connection.execute("ALTER TABLE audit_events ENABLE TRIGGER USER")

    def rows(self) -> list[dict[str, Any]]:
        with self.ws.database.engine.begin() as conn:
            result = conn.execute(text(f"SELECT {COLUMNS} FROM audit_events ORDER BY seq"))
            return [dict(r._mapping) for r in result]

    def sql(self, *statements: str, **params: Any) -> None:
        if self.ws.server is not None:
            self._server_sql([(statement, params) for statement in statements])
            return
        with self.ws.database.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
            for statement in statements:
                conn.execute(text(statement), params)

    def rewrite(self, rows: list[dict[str, Any]], resign_from: int, *, keep_signatures: bool = False) -> None:
        """Renumber, re-link, re-hash and re-sign (with her own key) from ``resign_from`` on,
        write the whole log back, and update both heads kept outside the database."""
        prev = GENESIS
        for seq, row in enumerate(rows, start=1):
            row["seq"] = seq
            if seq >= resign_from:
                row["prev_mac"] = prev
                if row["format"] == 2:
                    row["key_id"] = row["key_id"] if keep_signatures else self.signer.key_id
                    at = datetime.fromisoformat(str(row["at"])).replace(tzinfo=UTC)  # as the app reads it
                    row["mac"] = event_hash(self.db_id, SimpleNamespace(**dict(row, at=at)))
                    if not keep_signatures:
                        row["signature"] = self.signer.sign(row["mac"])
            prev = row["mac"]
        names = COLUMNS.replace(" ", "")
        values = ", ".join(f":{n}" for n in names.split(","))
        if self.ws.server is not None:
            insert = f"INSERT INTO audit_events ({names}) VALUES ({values})"
            self._server_sql([("DELETE FROM audit_events", {}), *((insert, row) for row in rows)])
        else:
            self._rewrite_file(names, values, rows)
        head = AuditHead(rows[-1]["seq"], rows[-1]["mac"])
        self.ws.slots.set_audit_head(head)
        self.ws.slots.save()
        self.ws.pc_state.set_audit_head(self.db_id, head)

    def _rewrite_file(self, names: str, values: str, rows: list[dict[str, Any]]) -> None:
        with self.ws.database.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
            conn.execute(text("DELETE FROM audit_events"))
            for row in rows:
                conn.execute(text(f"INSERT INTO audit_events ({names}) VALUES ({values})"), row)


@pytest.fixture
def insider(org, authenticator):
    org.accounts.add_user(
        org.user, "mallory", "Mallory Checker", frozenset({Role.CHECKER}), USER_PASSWORD, must_change=False
    )
    org.sign_out()
    her = authenticator.sign_in("mallory", USER_PASSWORD)  # some events of her own
    her_key = her.workspace.chain.signer if org.workspace.server is not None else None  # no file
    her.sign_out()
    admin = authenticator.sign_in("admin", ADMIN_PASSWORD)
    admin.accounts.add_user(admin.user, "ann", "Ann", frozenset({Role.MANAGER}))
    admin.accounts.add_user(admin.user, "ben", "Ben", frozenset({Role.CHECKER}))
    assert verify_workspace(admin.workspace).ok
    mallory = Insider(admin, USER_PASSWORD, her_key)
    mallory.admin = admin
    yield mallory
    if admin.workspace.database.lock.held:
        admin.workspace.close()


@pytest.fixture
def admin(insider):
    return insider.admin


def _admin_event(rows: list[dict[str, Any]], org: Any, after: int = 0) -> int:
    return next(i for i, r in enumerate(rows) if r["actor_id"] == org.user.id and i > after)


def _problems(org) -> list[str]:
    return [f"{p.seq}: {p.what}" for p in verify_workspace(org.workspace).problems]


def test_the_untouched_signed_log_verifies_and_every_event_is_signed(admin, insider):
    rows = insider.rows()
    assert all(r["format"] == 2 and r["signature"] and r["key_id"] for r in rows)
    assert verify_workspace(admin.workspace).ok


def test_an_edited_event_re_signed_with_the_insiders_own_key_is_found(admin, insider):
    rows = insider.rows()
    i = _admin_event(rows, admin, after=len(rows) // 2)
    rows[i]["details"] = '{"username": "someone-else"}'
    insider.rewrite(rows, resign_from=i + 1)
    problems = _problems(admin)
    assert any(
        p.startswith(f"{i + 1}: is signed by someone other than the person it names") for p in problems
    )


def test_an_edit_that_keeps_the_signature_is_found(admin, insider):
    rows = insider.rows()
    i = _admin_event(rows, admin)
    insider.sql(f"UPDATE audit_events SET actor = 'mallory' WHERE seq = {i + 1}")
    assert f"{i + 1}: has been changed since it was written" in _problems(admin)


def test_an_edit_re_hashed_under_the_original_keys_is_found_after_an_earlier_sound_verify(admin, insider):
    """This PC skips signatures it checked before only while the log still holds the head it
    checked: an edit re-hashed from there on changes that head, so every signature is checked."""
    assert admin.workspace.pc_state.verified_head(admin.workspace.db_id) is not None
    rows = insider.rows()
    i = _admin_event(rows, admin, after=2)
    rows[i]["details"] = '{"username": "someone-else"}'
    insider.rewrite(rows, resign_from=i + 1, keep_signatures=True)
    problems = _problems(admin)
    assert f"{i + 1}: has been changed since it was signed" in problems


def test_an_inserted_event_is_found(admin, insider):
    rows = insider.rows()
    i = _admin_event(rows, admin, after=3)
    forged = dict(rows[i], action="password_reset", details="{}")
    rows.insert(i, forged)
    insider.rewrite(rows, resign_from=i + 1)
    assert any("someone other than the person it names" in p for p in _problems(admin))


def test_a_deleted_event_is_found_even_when_renumbered_and_re_chained(admin, insider):
    rows = insider.rows()
    i = _admin_event(rows, admin, after=3)
    del rows[i]
    insider.rewrite(rows, resign_from=i + 1)
    assert any("someone other than the person it names" in p for p in _problems(admin))


def test_reordered_events_are_found_even_when_re_chained(admin, insider):
    rows = insider.rows()
    i = _admin_event(rows, admin, after=3)
    rows[i], rows[i + 1] = rows[i + 1], rows[i]
    insider.rewrite(rows, resign_from=i + 1)
    assert any("someone other than the person it names" in p for p in _problems(admin))


def test_re_signing_the_whole_log_with_the_insiders_own_key_is_found(admin, insider):
    rows = insider.rows()
    insider.rewrite(rows, resign_from=1)
    problems = _problems(admin)
    admin_events = sum(1 for r in rows if r["actor_id"] == admin.user.id)
    assert sum("someone other than the person it names" in p for p in problems) == admin_events


def test_editing_her_own_event_breaks_the_events_of_others_after_it(admin, insider):
    rows = insider.rows()
    own = next(i for i, r in enumerate(rows) if r["actor"] == "mallory")
    rows[own]["details"] = '{"method": "edited"}'
    insider.rewrite(rows, resign_from=own + 1)
    assert any("someone other than the person it names" in p for p in _problems(admin))


def test_a_key_certified_by_a_made_up_organisation_key_is_found(admin, insider):
    """She makes a key, claims it is the administrator's, and certifies it with a key of her own."""
    from lcs_desktop.services.key_certs import cert_message

    fake_org, fake = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    public = base64.b64encode(raw_public(fake)).decode()
    at = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
    cert = base64.b64encode(fake_org.sign(cert_message(insider.db_id, admin.user.id, public, at))).decode()
    insider.sql(
        "INSERT INTO account_keys (key_id, user_id, public_key, certificate, issued_at, issued_by, "
        "registered_at) VALUES (:k, :u, :p, :c, '2026-11-30 01:00:00.000000', :u, "
        "'2026-11-30 01:00:00.000000')",
        k=key_id_for(raw_public(fake)),
        u=admin.user.id,
        p=public,
        c=cert,
    )
    insider.signer = Signer.of(fake)
    rows = insider.rows()
    insider.rewrite(rows, resign_from=len(rows))
    assert any("has not certified" in p for p in _problems(admin))


def test_an_unsigned_event_slipped_in_with_the_old_hmac_key_is_found(admin, insider):
    from lcs_desktop.services.audit_chain import legacy_key_in

    with admin.workspace.reading() as session:
        legacy = legacy_key_in(session)
    rows = insider.rows()
    last = rows[-1]
    forged = dict(last, seq=last["seq"] + 1, prev_mac=last["mac"], format=1, key_id=None, signature=None)
    forged["mac"] = legacy_mac(
        legacy, SimpleNamespace(**dict(forged, at=admin.audit_log.events(admin.user, limit=1)[0].at))
    )
    rows.append(forged)
    insider.rewrite(rows, resign_from=len(rows) + 1)
    assert any("unsigned event among signed ones" in p for p in _problems(admin))


def test_a_replaced_organisation_key_is_refused_at_sign_in(admin, authenticator, insider):
    fake = Ed25519PrivateKey.generate()
    insider.sql(
        "UPDATE lcs_meta SET value = :v WHERE key = 'org_public_key'",
        v=base64.b64encode(raw_public(fake)).decode(),
    )
    assert any("organisation key in the database" in p for p in _problems(admin))
    admin.sign_out()
    with pytest.raises(OrgKeyChanged) as refused:
        authenticator.sign_in("admin", ADMIN_PASSWORD)
    assert "Nothing has been opened" in refused.value.message


def test_the_organisation_key_fingerprint_is_stable_and_printable(org):
    public = org.workspace.slots.org_public()
    assert public is not None and org.workspace.pc_state.org_key(org.workspace.db_id) == public
    text_ = fingerprint(public)
    assert len(text_.split()) == 8 and all(len(g) == 4 for g in text_.split())


def test_only_administrators_and_the_recovery_slot_hold_the_organisation_key(org, make_user, authenticator):
    org.accounts.add_user(org.user, "it", "IT Person", frozenset({Role.ADMINISTRATOR}))
    org.accounts.add_user(org.user, "cara", "Cara", frozenset({Role.CHECKER}))
    slots = org.workspace.slots
    assert slots.holds_org_key(slots.slot_id("it")) and slots.holds_org_key("recovery")
    assert not slots.holds_org_key(slots.slot_id("cara"))
    users = {u.username: u.id for u in org.accounts.list_users(org.user)}
    org.accounts.set_roles(org.user, users["it"], frozenset({Role.MANAGER}))
    org.accounts.set_roles(org.user, users["cara"], frozenset({Role.ADMINISTRATOR}))
    assert not slots.holds_org_key(slots.slot_id("it")) and slots.holds_org_key(slots.slot_id("cara"))
    assert verify_workspace(org.workspace).ok


def test_a_recovery_signs_its_own_events_and_verifies(org, authenticator, backend):
    org.sign_out()
    owner = owner_of(authenticator) if backend == "server" else None  # IT's login, on a server
    session = authenticator.recover(org.recovery_key, "admin", "Brand-New-Pass-Phrase-77", owner=owner)
    try:
        events = session.audit_log.events(session.user, limit=5)
        assert any(e.action == "recovered_with_recovery_key" for e in events)
        assert session.audit_log.verify(session.user).ok
    finally:
        session.sign_out()


# -- issue 8 #6: the lock-out does not tell which usernames exist ----------------------------


def _five_wrong(authenticator, username: str) -> list[str]:
    answers = []
    for _ in range(6):
        try:
            authenticator.sign_in(username, "Not-The-Password-1")
        except AccountLocked as exc:
            answers.append(f"locked: {exc.message}")
        except AuthenticationError as exc:
            answers.append(exc.message)
    return answers


def test_an_unknown_username_gets_exactly_the_answers_of_a_real_one(org, authenticator, paths, backend):
    from lcs_desktop.store.server_settings import COUNTER_FILE

    org.accounts.add_user(org.user, "realname", "Real Name", frozenset({Role.CHECKER}))
    real = _five_wrong(authenticator, "realname")
    ghost = _five_wrong(authenticator, "ghostname")
    assert real == ghost
    assert real[-1].startswith("locked: Too many wrong passwords")
    # Where the PC counts failures: the key file locally, its own counter file for a server.
    counted = paths.data_dir / "keyslots.json" if backend == "local" else paths.state_dir / COUNTER_FILE
    raw = counted.read_text()
    assert "ghostname" not in raw


def test_unknown_username_counters_are_bounded(tmp_path):
    from lcs_desktop.vault import lockout

    data: dict[str, Any] = {}
    for n in range(lockout.UNKNOWN_LIMIT + 50):
        lockout.record_failure(lockout.unknown_counter(data, f"name{n}", create=True), now=1000.0 + n)
    assert len(data["unknown_failures"]["names"]) == lockout.UNKNOWN_LIMIT
    assert lockout.unknown_counter(data, f"name{lockout.UNKNOWN_LIMIT + 49}", create=False)["failures"] == 1


def test_an_unknown_username_costs_the_same_work_as_a_real_one(tmp_path):
    import statistics
    import time

    from lcs_desktop.vault import crypto
    from lcs_desktop.vault.crypto import KdfParams, UnwrapError

    slow = KdfParams(time_cost=2, memory_kib=32 * 1024, parallelism=1)
    slots = KeySlotFile(tmp_path, slow)
    slots.create()
    slots.set_password("realname", USER_PASSWORD, crypto.new_key(), must_change=False)
    slots.save()

    def cost(username: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            with pytest.raises(UnwrapError):
                KeySlotFile(tmp_path, slow).unlock_password(username, "wrong")
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    real, ghost = cost("realname"), cost("ghostname")
    assert 0.5 < ghost / real < 2.0


def test_verify_reports_progress_and_can_be_cancelled_without_changing_anything(org, monkeypatch):
    from lcs_desktop.services import audit_verify
    from lcs_desktop.services.audit_verify import VerifyCancelled

    for name in ("ann", "ben", "cat"):
        org.accounts.add_user(org.user, name, name.title(), frozenset({Role.CHECKER}))
    monkeypatch.setattr(audit_verify, "BATCH", 2)
    seen: list[tuple[int, int]] = []
    result = verify_workspace(
        org.workspace, progress=lambda done, total: seen.append((done, total)), full=True
    )
    assert result.ok and seen[-1] == (result.events, result.events)
    assert [d for d, _ in seen[:-1]] == list(range(2, result.events + 1, 2))
    before = org.audit_log.events(org.user, limit=1)[0].seq
    with pytest.raises(VerifyCancelled) as stopped:
        verify_workspace(org.workspace, cancelled=lambda: True, full=True)
    assert stopped.value.message == "The check was stopped before the end; nothing was changed."
    assert org.audit_log.events(org.user, limit=1)[0].seq == before


def test_the_quick_pass_checks_newest_signatures_and_still_names_the_forged_event(admin, insider):
    """The default verify checks only each key's newest signature; a rewrite breaks one of
    them, and the full pass that follows names the very event that was changed."""
    assert verify_workspace(admin.workspace).ok
    rows = insider.rows()
    i = _admin_event(rows, admin, after=2)
    rows[i]["details"] = '{"username": "someone-else"}'
    insider.rewrite(rows, resign_from=i + 1, keep_signatures=True)
    for full in (False, True):
        problems = [f"{p.seq}: {p.what}" for p in verify_workspace(admin.workspace, full=full).problems]
        assert f"{i + 1}: has been changed since it was signed" in problems
