"""Errors that carry a message fit to show a user.

Every refusal the app makes is one of these: the message is plain English, names no
secret and no record content, and says what to do next where there is something to do.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class LcsError(Exception):
    """Base for errors whose text may be shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(LcsError):
    """Input was refused; ``field`` names the form field at fault, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(LcsError):
    """The signed-in user's roles do not allow this action."""


class AuthenticationError(LcsError):
    """Sign-in refused. The message never says which of username or password was wrong."""


class AccountLocked(AuthenticationError):
    def __init__(self, message: str, seconds_left: int) -> None:
        super().__init__(message)
        self.seconds_left = seconds_left


class NotFound(LcsError):
    """The record asked for does not exist (or is not visible to this user)."""


class ConflictError(LcsError):
    """The change clashes with the record's current state."""


LOCKED_MESSAGE = "LCS Desktop is locked. Sign in again to continue."


class WorkspaceLocked(LcsError):
    """The session is locked (idle lock): nothing is read or written until it is unlocked."""

    def __init__(self, message: str = LOCKED_MESSAGE) -> None:
        super().__init__(message)


class NotVisible(NotFound):
    """The record exists but is not this user's to see. Shown exactly as NotFound (its existence
    is not given away); the services audit the attempt as a refusal."""


class ValidationErrors(ValidationError):
    """Several fields refused at once, in form order, so a form can show every problem together.
    Reads as the first problem where only one message fits."""

    def __init__(self, problems: list[ValidationError]) -> None:
        super().__init__(problems[0].message, problems[0].field)
        self.problems = problems


class Problems:
    """Collects the refusals of one form's checks instead of stopping at the first."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def check(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T | None:
        """``fn(*args, **kwargs)``, or None with its refusal noted."""
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            self.add(exc)
            return None

    def add(self, error: ValidationError) -> None:
        self.found.extend(error.problems if isinstance(error, ValidationErrors) else [error])

    def has(self, field: str) -> bool:
        return any(p.field == field for p in self.found)

    def raise_any(self) -> None:
        # Handed over, not kept: the raised error's traceback holds the frames that hold this
        # collector, so keeping the list would make a cycle that keeps a form alive until the
        # garbage collector runs.
        found, self.found = self.found, []
        try:
            if len(found) == 1:
                raise found[0]
            if found:
                raise ValidationErrors(found)
        finally:
            del found
