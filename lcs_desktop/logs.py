"""Rotating log files in the user log folder, free of personal data.

Log lines carry record ids and error types, never names, passwords or case text. As a
second line of defence a filter drops exception text from database drivers (which can
quote SQL parameters) and keeps only the exception type.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_FILE = "lcs-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# A hex run long enough to be a key is never legitimate in a log line.
_KEYLIKE = re.compile(r"[0-9a-fA-F]{48,}")


class RedactingFilter(logging.Filter):
    """Blanks anything shaped like a key and strips exception messages from tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _KEYLIKE.search(message):
            record.msg = _KEYLIKE.sub("[redacted]", message)
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            exc_type, _exc, tb = record.exc_info
            # Keep where it happened (the traceback's frames) but not what it said: an
            # exception's text can hold a name or a line of a record.
            record.exc_info = (exc_type, exc_type(), tb) if _plain_constructible(exc_type) else None
            record.exc_text = None
        return True


def _plain_constructible(exc_type: type[BaseException] | None) -> bool:
    if exc_type is None:
        return False
    try:
        exc_type()
    except Exception:
        return False
    return True


def file_handler(log_dir: Path, file_name: str = LOG_FILE) -> logging.Handler:
    """A rotating, redacting log file in ``log_dir`` (the app's, or the admin commands')."""
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / file_name, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    return handler


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    handler = file_handler(log_dir)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_lcs", False)]:
        root.removeHandler(old)
        old.close()
    handler._lcs = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    # Libraries below us talk too much at INFO and may echo SQL.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
