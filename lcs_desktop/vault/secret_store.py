"""The one door to the OS keyring (Windows Credential Manager on office PCs).

It holds "remember me on this PC" tokens and nothing else. When no usable backend exists
the app works by password alone: this module never falls back to a plain file.
"""

from __future__ import annotations

import base64
import binascii
import logging
from typing import Protocol

from lcs_desktop.domain.errors import LcsError

log = logging.getLogger(__name__)

SERVICE = "LCS Desktop"

STORE = "Windows Credential Manager"
GARBLED = (
    "The sign-in this PC remembered for you is damaged, so it was not used. Sign in with your "
    "password; you can turn 'remember me' on again afterwards."
)
LOCKED_READ = (
    f"{STORE} is locked, so this PC cannot sign you in without your password. Sign in with your password."
)
FAILED_READ = (
    f"{STORE} did not answer, so this PC cannot sign you in without your password. "
    "Sign in with your password."
)
LOCKED_WRITE = (
    f"{STORE} is locked, so this PC cannot remember you. Nothing was changed: unlock it "
    "(or sign in to Windows again) and try once more."
)
FAILED_WRITE = f"{STORE} did not answer, so this PC cannot remember you. Nothing was changed."


class KeyringFault(LcsError):
    """The OS keyring is locked, failing, or holds a value this app did not write."""


class SecretStore(Protocol):
    @property
    def available(self) -> bool: ...
    def get(self, name: str) -> bytes | None: ...
    def put(self, name: str, secret: bytes) -> None: ...
    def delete(self, name: str) -> None: ...


class NoSecretStore:
    """No keyring on this PC: nothing is remembered."""

    available = False

    def get(self, name: str) -> bytes | None:
        return None

    def put(self, name: str, secret: bytes) -> None:
        raise RuntimeError("No keyring is available on this computer.")

    def delete(self, name: str) -> None:
        return None


class KeyringSecretStore:
    """Secrets in the OS keyring through the ``keyring`` package."""

    def __init__(self, backend: object | None = None) -> None:
        import keyring
        from keyring.backends import fail

        self._backend = backend if backend is not None else keyring.get_keyring()
        if type(self._backend).__module__.endswith("Windows"):
            # Credential Manager roams "enterprise" credentials with the profile; keep them
            # on this PC only.
            self._backend.persist = "local machine"  # type: ignore[attr-defined]
        priority = getattr(self._backend, "priority", 0)
        self.available = not isinstance(self._backend, fail.Keyring) and priority > 0
        try:
            from keyring.backends import null

            if isinstance(self._backend, null.Keyring):
                self.available = False
        except ImportError:  # pragma: no cover - older keyring
            pass

    def get(self, name: str) -> bytes | None:
        """The secret, None if there is none, or KeyringFault (only "remember me" reads this:
        sign-in by password never depends on the keyring)."""
        if not self.available:
            return None
        try:
            value = self._backend.get_password(SERVICE, name)  # type: ignore[attr-defined]
        except Exception as exc:
            log.warning("keyring read failed: %s", type(exc).__name__)
            raise KeyringFault(LOCKED_READ if _is_locked(exc) else FAILED_READ) from None
        if not value:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError, TypeError):
            log.warning("keyring value is not one this app wrote")
            raise KeyringFault(GARBLED) from None

    def put(self, name: str, secret: bytes) -> None:
        try:
            self._backend.set_password(SERVICE, name, base64.b64encode(secret).decode("ascii"))  # type: ignore[attr-defined]
        except Exception as exc:
            log.warning("keyring write failed: %s", type(exc).__name__)
            raise KeyringFault(LOCKED_WRITE if _is_locked(exc) else FAILED_WRITE) from None

    def delete(self, name: str) -> None:
        if not self.available:
            return
        try:
            self._backend.delete_password(SERVICE, name)  # type: ignore[attr-defined]
        except Exception:  # already gone, or keyring unavailable: either way nothing is kept
            log.info("keyring delete: nothing removed")


def _is_locked(exc: BaseException) -> bool:
    try:
        from keyring.errors import KeyringLocked
    except ImportError:  # pragma: no cover - keyring is a dependency
        return False
    return isinstance(exc, KeyringLocked)


def default_secret_store() -> SecretStore:
    try:
        store = KeyringSecretStore()
    except Exception:
        log.warning("no keyring backend could be loaded")
        return NoSecretStore()
    return store if store.available else NoSecretStore()
