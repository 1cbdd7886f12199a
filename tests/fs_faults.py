"""Real file-system faults for export tests: a folder that refuses new files, and a disk that
is full. Each is made for real where this machine allows it, else the test is skipped."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _refuses_writes(folder: Path) -> bool:
    try:
        (folder / ".probe").write_bytes(b"x")
    except OSError:
        return True
    (folder / ".probe").unlink()
    return False


@contextlib.contextmanager
def read_only_folder(parent: Path) -> Iterator[Path]:
    """A folder in which no file can be created: chmod for a normal user, the immutable flag
    for root (whom permissions do not stop)."""
    folder = parent / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if not _refuses_writes(folder) and shutil.which("chattr"):
        immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    try:
        if not _refuses_writes(folder):
            pytest.skip("no way to make a read-only folder on this machine")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        folder.chmod(0o755)


@contextlib.contextmanager
def full_disk(parent: Path, size_kib: int = 256) -> Iterator[Path]:
    """A tiny real file system (tmpfs), filled up but for a few KiB."""
    folder = parent / "small-disk"
    folder.mkdir()
    mounted = (
        os.geteuid() == 0
        and shutil.which("mount") is not None
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )
    if not mounted:
        pytest.skip("cannot mount a small file system on this machine")
    try:
        with contextlib.suppress(OSError), open(folder / "filler.bin", "wb") as filler:
            filler.write(b"\0" * (size_kib * 1024 - 8 * 1024))
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
