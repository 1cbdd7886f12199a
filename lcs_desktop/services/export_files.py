"""Writing an exported file where the user chose: whole or not at all, faults in plain words.

The file is written in full to a hidden temporary beside the target (same volume), the export
is audited, and only then is it moved into place, so the audit trail never records an export
that was not saved and a half-written PDF never appears under the chosen name.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.file_errors import save_problem


def write_beside(path: Path, data: bytes, field: str = "target") -> Path:
    """The whole file, flushed to disk, in a hidden temporary beside ``path``. A full disk, a
    refused folder or a vanished one is a ValidationError in plain words."""
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=".lcs-export-", suffix=".part")
    except OSError as exc:
        raise ValidationError(save_problem(exc), field) from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(save_problem(exc), field) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def move_into_place(tmp: Path, path: Path, field: str = "target") -> None:
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(save_problem(exc), field) from None
