"""Where things live on this PC, from platformdirs; built explicitly, never at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from lcs_desktop import APP_ID

DB_NAME = "lcs.db"
BACKUP_DIR_NAME = "backups"
ENV_DATA_DIR = "LCS_DATA_DIR"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    """The organisation's data: database, key slots, backups, evidence. Local, never roaming."""
    state_dir: Path
    """This Windows user's own state on this PC: last audit head seen, remembered username."""
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR_NAME

    @property
    def pc_state_file(self) -> Path:
        return self.state_dir / "pc-state.json"

    @classmethod
    def default(cls, data_dir: Path | str | None = None, *, demo: bool = False) -> AppPaths:
        dirs = PlatformDirs(APP_ID, appauthor=False, roaming=False)
        state = Path(dirs.user_state_dir)
        if data_dir is None:
            data_dir = os.environ.get(ENV_DATA_DIR) or None
        if demo:
            # The demo never touches the real data folder, whatever --data-dir says.
            return cls(
                data_dir=Path(dirs.user_data_dir) / "demo",
                state_dir=state / "demo",
                log_dir=Path(dirs.user_log_dir),
            )
        base = Path(data_dir) if data_dir else Path(dirs.user_data_dir) / "data"
        return cls(data_dir=base.expanduser().absolute(), state_dir=state, log_dir=Path(dirs.user_log_dir))

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything inside one folder (tests, self-test)."""
        return cls(data_dir=root / "data", state_dir=root / "state", log_dir=root / "logs")
