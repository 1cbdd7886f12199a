"""Refuse data folders on network drives or in synced folders (DESIGN.md §4).

SQLite's locking and WAL do not work over network file systems, and sync clients copy
half-written files between PCs: either corrupts the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

SYNCED_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud",
    "icloud drive",
    "iclouddrive",
    "box",
    "box sync",
    "nextcloud",
    "owncloud",
    "sync.com",
    "pcloud",
)
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "afpfs",
    "davfs",
    "fuse.davfs2",
    "ncpfs",
    "glusterfs",
    "ceph",
    "fuse.rclone",
}


def _posix_mounts() -> list[tuple[str, str]]:
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((parts[1].replace("\\040", " "), parts[2]))
    return mounts


def _windows_drive_is_remote(path: PurePath) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = path.drive
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def location_problem(
    folder: Path,
    *,
    mounts: list[tuple[str, str]] | None = None,
    environ: dict[str, str] | None = None,
    windows: bool | None = None,
) -> str | None:
    """Why ``folder`` must not hold the live database, or ``None`` when it may.

    Links are followed first (a symlink, or on Windows a junction, can lead from an innocent
    name into a synced or network folder): both the folder as given and where it leads are
    checked, and the message names both.
    """
    environ = dict(os.environ) if environ is None else environ
    windows = sys.platform == "win32" if windows is None else windows
    problem = _problem(str(folder), str(folder), mounts, environ, windows)
    if problem is None and windows == (sys.platform == "win32"):  # links only on this OS's paths
        target = resolved(folder)
        if target != str(folder):
            problem = _problem(target, f"{folder} (a link to {target})", mounts, environ, windows)
    return problem


def resolved(folder: Path) -> str:
    """Where ``folder`` really is, every symlink and junction followed (as far as it exists)."""
    try:
        # realpath follows symlinks everywhere and junctions on Windows; a folder that does
        # not exist yet is resolved as far as its existing parents go.
        return str(Path(os.path.realpath(folder)))
    except (OSError, RuntimeError, ValueError):  # a link loop, or an unreadable link
        return str(folder)


def _problem(
    text: str,
    shown: str,
    mounts: list[tuple[str, str]] | None,
    environ: dict[str, str],
    windows: bool,
) -> str | None:
    problem = _problem_of(text, mounts, environ, windows)
    return problem.replace(f"folder {text} ", f"folder {shown} ", 1) if problem else None


def _problem_of(
    text: str, mounts: list[tuple[str, str]] | None, environ: dict[str, str], windows: bool
) -> str | None:
    if text.startswith(("\\\\", "//")):
        return _network(text)
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = environ.get(name)
        if root and _is_within(text, root, windows):
            return _synced(text)
    lowered = [part.casefold() for part in PurePath(text).parts]
    for part in lowered:
        if part in SYNCED_NAMES or part.startswith(("onedrive -", "onedrive-", "dropbox (")):
            return _synced(text)
    if windows:
        if _windows_drive_is_remote(PurePath(text)):
            return _network(text)
        return None
    best = ""
    fstype = ""
    for mount_point, kind in _posix_mounts() if mounts is None else mounts:
        if _is_within(text, mount_point, False) and len(mount_point) > len(best):
            best, fstype = mount_point, kind
    if fstype.lower() in NETWORK_FS:
        return _network(text)
    return None


def _is_within(path: str, root: str, windows: bool) -> bool:
    if windows:
        path, root = path.casefold().replace("/", "\\"), root.casefold().replace("/", "\\")
        sep = "\\"
    else:
        sep = "/"
    root = root.rstrip(sep) or sep
    return path == root or path.startswith(root if root.endswith(sep) else root + sep)


def _network(path: str) -> str:
    return (
        f"The data folder {path} is on a network drive. LCS Desktop keeps its database on "
        "this PC's own disk, because a database on a network drive can be corrupted. "
        "Choose a folder on this PC (backups may still go to a network drive)."
    )


def _synced(path: str) -> str:
    return (
        f"The data folder {path} is inside a synced folder (such as OneDrive or Dropbox). "
        "Sync programs copy half-written files and would corrupt the database. "
        "Choose a folder on this PC that is not synced."
    )
