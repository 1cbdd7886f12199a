"""``kill -9`` at random moments of key rotations: afterwards every remaining password and the
recovery key open the data with every row (issue 8: never half-rotated, never locked out).

A child process signs in and rotates the key over and over; the test kills it with SIGKILL
after a random delay, then checks the folder as the next person to sign in would find it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.errors import StoreError
from lcs_desktop.store.rekey import leftovers
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from lcs_desktop.vault.keyslots import KeySlotFile
from lcs_desktop.vault.recovery import parse_recovery_key
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ROOT = Path(__file__).resolve().parents[2]
POINTS = 12
CHILD = """
import sys
import time
from pathlib import Path
from lcs_desktop.paths import AppPaths
from lcs_desktop.services import key_rotation
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS

# Widen the few milliseconds between the file's replace and the key file's commit, so that
# random kills land there too (the rotation's order is unchanged).
commit = key_rotation.commit_marked
key_rotation.commit_marked = lambda slots: (time.sleep(0.4), commit(slots))

auth = Authenticator(AppPaths.under(Path(sys.argv[1])), kdf=FAST_KDF_FOR_TESTS)
session = auth.sign_in("admin", sys.argv[2])
print("ready", flush=True)
while True:
    session.key_rotation.rotate(session.user)
    print("rotated", flush=True)
"""


def _people(session) -> int:  # type: ignore[no-untyped-def]
    with session.workspace.reading() as db:
        return int(db.connection().exec_driver_sql("SELECT count(*) FROM people").scalar_one())


def _phase(paths) -> str:  # type: ignore[no-untyped-def]
    """Where the kill left the rotation, seen from the files (for the figures printed)."""
    slots = KeySlotFile(paths.data_dir, FAST_KDF_FOR_TESTS)
    if not slots.has_pending():
        return "idle"
    current = slots.unlock_password("admin", ADMIN_PASSWORD).key
    try:
        check_database(paths.database, current)
    except StoreError:
        return "pending, file replaced"
    return "pending, file not replaced"


def test_kill_9_at_random_moments_of_rotations_never_locks_anyone_out(org, authenticator, paths, tmp_path):
    org.accounts.add_user(org.user, "casey", "Casey", frozenset({Role.CHECKER}), USER_PASSWORD)
    generate_bulk(org.workspace, org.user.id, people=1_000, checks=1_000)  # a copy worth interrupting
    people = _people(org)
    org.sign_out()
    secret = parse_recovery_key(org.recovery_key)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(8)
    rotations = 0
    phases = {"idle": 0, "pending, file not replaced": 0, "pending, file replaced": 0}
    started = time.monotonic()
    for _point in range(POINTS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path), ADMIN_PASSWORD],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 3.0))  # spans one to three rotations
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        rotations += out.count(b"rotated")

        phases[_phase(paths)] += 1
        # The next person in finds a working folder, whatever moment the kill hit.
        for username, password in (("casey", USER_PASSWORD), ("admin", ADMIN_PASSWORD)):
            session = authenticator.sign_in(username, password)
            assert _people(session) == people
            key = session.workspace.key
            session.sign_out()
        slots = KeySlotFile(paths.data_dir, FAST_KDF_FOR_TESTS)
        assert not slots.has_pending() and leftovers(paths.database) == []
        recovered = slots.unlock_recovery(secret)
        assert recovered.key == key and recovered.pending_key is None
        check_database(paths.database, key)
    print(f"{rotations} rotations finished; killed at: {phases}; {time.monotonic() - started:.1f} s")
    assert rotations > 0, "no rotation ever finished: the kill points only hit the start"
    session = authenticator.recover(org.recovery_key, "admin", ADMIN_PASSWORD)
    assert _people(session) == people
    session.sign_out()
    assert time.monotonic() - started < 120
