"""Every path Fieldbook uses on the device, asked of platformdirs in one place.

Order of precedence: an explicit ``data_dir`` (``--data-dir``), then ``FIELDBOOK_DATA_DIR``,
then the platform's user data folder. The UI's own state (``ui.ini``: window sizes, the
language before unlock; nothing recorded) lives in the platform's config folder, or in
``config/`` under an explicit data folder. Everything we create is owner-only (0700 folders,
0600 files): a shared laptop's other accounts should not even see file sizes change.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Fieldbook"
ENV_DATA_DIR = "FIELDBOOK_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def ui_settings(self) -> Path:
        """The UI store (``desktop/ui/ui_store.py``): plain INI, not encrypted, so only
        the keys of :data:`desktop.core.settings.UI_DEFAULTS` go in it."""
        return self.config_dir / "ui.ini"

    @property
    def legacy_ui_settings(self) -> Path:
        """Where versions before the config folder kept ``ui.ini`` (read once, then moved)."""
        return self.data_dir / "ui.ini"

    @property
    def profile_db(self) -> Path:
        return self.data_dir / "profile.fbdb"

    @property
    def profile_header(self) -> Path:
        """KDF parameters, salt and key check for ``profile_db`` (no content; see keyfile.py)."""
        return self.data_dir / "profile.fbkey"

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    def ensure(self) -> None:
        for folder in (
            self.data_dir,
            self.blobs_dir,
            self.backups_dir,
            self.log_dir,
            self.config_dir,
        ):
            make_private_dir(folder)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    chosen = data_dir if data_dir is not None else os.environ.get(ENV_DATA_DIR) or None
    if chosen is not None:
        root = Path(chosen).expanduser().absolute()
        return Paths(data_dir=root, log_dir=root / "logs", config_dir=root / "config")
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Paths(
        data_dir=Path(dirs.user_data_dir),
        log_dir=Path(dirs.user_log_dir),
        config_dir=Path(dirs.user_config_dir),
    )


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    # mkdir's mode is filtered by the umask and does not touch existing folders.
    if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
        path.chmod(DIR_MODE)


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC) -> int:
    """``os.open`` that creates the file 0600 from the start (no window with wider rights)."""
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    os.fchmod(fd, FILE_MODE)
    return fd


def restrict_file(path: Path) -> None:
    if path.exists() and stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
        path.chmod(FILE_MODE)


def write_private_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a fsynced temp file and a rename, owner-only."""
    tmp = path.with_name(path.name + ".tmp")
    fd = open_private(tmp)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
