"""Choosing the data folder: refuse unsafe places, and remember a non-default choice.

The wizard lets the administrator pick where the data lives. A folder on a network drive or
in a synced folder is refused (DESIGN.md §4); so is one this Windows account cannot write.
A folder other than the default is remembered in a small JSON file in the user's config
folder (it names a folder, nothing else), so the next start finds the data again.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path

from platformdirs import PlatformDirs

from lcs_desktop import APP_ID
from lcs_desktop.store.location import location_problem

CONFIG_NAME = "data-folder.json"


def default_config_file() -> Path:
    dirs = PlatformDirs(APP_ID, appauthor=False, roaming=False)
    return Path(dirs.user_config_dir) / CONFIG_NAME


def data_folder_problem(path: Path) -> str | None:
    """Why ``path`` cannot hold the live database, in plain words, or ``None`` when it can."""
    if not str(path).strip():
        return "Choose a folder for the data."
    path = Path(path).expanduser()
    if not path.is_absolute():
        return "Choose a full folder path, such as C:\\LCS Data."
    problem = location_problem(path)
    if problem:
        return problem
    if path.exists() and not path.is_dir():
        return f"{path} is a file, not a folder. Choose a folder."
    if path.is_dir() and (path / "keyslots.json").exists():
        return f"The folder {path} already holds LCS Desktop data. Choose an empty folder."
    return _writable_problem(path)


def _writable_problem(path: Path) -> str | None:
    existing = path
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    probe = existing / f".lcs-write-test-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"ok")
    except PermissionError:
        return f"This Windows account cannot write to {existing}. Choose another folder or ask IT."
    except OSError as exc:
        return f"The folder {existing} cannot be used ({exc.strerror or 'unknown error'})."
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def remembered_data_folder(config_file: Path | None = None) -> Path | None:
    """The data folder chosen in the wizard, if it was not the default and still exists."""
    config_file = config_file or default_config_file()
    try:
        data = json.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    folder = data.get("data_folder") if isinstance(data, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None


def remember_data_folder(folder: Path | None, config_file: Path | None = None) -> None:
    """Remember ``folder`` for the next start; ``None`` forgets it (back to the default)."""
    config_file = config_file or default_config_file()
    if folder is None:
        with contextlib.suppress(OSError):
            config_file.unlink()
        return
    config_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = config_file.with_suffix(".tmp")
    tmp.write_text(json.dumps({"data_folder": str(folder)}, indent=1), encoding="utf-8")
    os.replace(tmp, config_file)
