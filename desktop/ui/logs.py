"""The rotating log file. Log records name events and error codes, never recorded content."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "fieldbook.log"
_HANDLER: logging.Handler | None = None


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``log_dir/fieldbook.log`` (1 MiB × 3 files). Returns the file's path."""
    global _HANDLER
    from desktop.core.paths import make_private_dir, restrict_file

    make_private_dir(log_dir)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    stop_logging()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    restrict_file(path)
    _HANDLER = handler
    return path


def stop_logging() -> None:
    """Close the log file (tests, and a second set-up)."""
    global _HANDLER
    if _HANDLER is not None:
        logging.getLogger().removeHandler(_HANDLER)
        _HANDLER.close()
        _HANDLER = None
