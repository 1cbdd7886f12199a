"""Why a file the user asked for (an export) could not be written, in words they can act on.

The operating system's own text ("[Errno 28] No space left on device") means little to the
people using this app, and its path can hold a name: each class of fault gets one sentence.
Nothing here touches the disk; it only reads the error.
"""

from __future__ import annotations

import errno

DISK_FULL = (
    "The file could not be saved: the disk (or USB stick) is full. Free some space or choose "
    "another folder, then export again."
)
NOT_ALLOWED = (
    "The file could not be saved: that folder does not allow new files (it is read-only or "
    "protected). Choose another folder, for example your Documents folder."
)
GONE = (
    "The file could not be saved: that folder is no longer there (a USB stick taken out or a "
    "network drive disconnected?). Choose another folder."
)
FAILED = (
    "The file could not be saved there (the disk or network did not answer). Choose another "
    "folder and export again."
)

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}
_GONE = {errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO}
# Windows reports some of these by its own error numbers.
_WIN_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_NOT_ALLOWED = {5, 19, 32, 33}  # access denied, write-protected, sharing and lock violations
_WIN_GONE = {2, 3, 15, 21, 53, 67}  # file/path/drive not found, not ready, network path gone


def save_problem(exc: OSError) -> str:
    """The sentence for an OSError met while writing an export."""
    code, winerror = exc.errno, getattr(exc, "winerror", None)
    if code in _FULL or winerror in _WIN_FULL:
        return DISK_FULL
    if isinstance(exc, PermissionError) or code in _NOT_ALLOWED or winerror in _WIN_NOT_ALLOWED:
        return NOT_ALLOWED
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)) or code in _GONE or winerror in _WIN_GONE:
        return GONE
    return FAILED
