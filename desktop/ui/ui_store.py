"""The UI's own state: ``ui.ini`` in the config folder (``Paths.ui_settings``).

Separate from the profile's settings (encrypted, in the profile) because it is needed before
the profile is unlocked (the unlock screen's language and the window's size) and belongs to
this machine's screen, not to the records. It is a plain file, so what may go in is fixed:
only the keys of :data:`desktop.core.settings.UI_DEFAULTS` (also their defaults), each a
window's geometry or state as Qt saves it, or a short code such as ``ru`` or ``velayat``.
Anything else is refused (:class:`UiStoreError`): no title, name, id or passphrase can end
up here by mistake.

A ``ui.ini`` left in the data folder by earlier versions (the language only) is moved here
the first time the store is opened.
"""

from __future__ import annotations

import logging
import re
import shutil
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from desktop.core.paths import Paths, make_private_dir, restrict_file
from desktop.core.settings import UI_DEFAULTS, UI_STATE_KEYS

log = logging.getLogger(__name__)

#: A code: lower-case letters, digits and ``_ : -``, as a language or a dimension's name.
CODE = re.compile(r"[a-z][a-z0-9_:\-]{0,31}")


class UiStoreError(ValueError):
    """A key or a value the UI store does not keep (a programming error, not the user's)."""


def _move_legacy(paths: Paths) -> None:
    new, old = paths.ui_settings, paths.legacy_ui_settings
    if new.exists() or not old.is_file():
        return
    try:
        make_private_dir(paths.config_dir)
        shutil.move(str(old), str(new))
        restrict_file(new)
    except OSError:
        log.warning("the earlier ui.ini could not be moved to the config folder")


class UiStore:
    """Read and write the UI's state. GUI thread only (QSettings is cheap: no database)."""

    def __init__(self, paths: Paths) -> None:
        _move_legacy(paths)
        self.path = paths.ui_settings
        self._config_dir = paths.config_dir
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @staticmethod
    def _check_key(key: str) -> None:
        if key not in UI_DEFAULTS:
            raise UiStoreError(f"not a UI setting: {key}")

    def value(self, key: str) -> Any:
        """The stored value, else the default; a damaged value reads as the default."""
        self._check_key(key)
        found = self._settings.value(key)
        if key in UI_STATE_KEYS:
            return found if isinstance(found, (QByteArray, bytes)) and found else None
        if isinstance(found, str) and CODE.fullmatch(found):
            return found
        return UI_DEFAULTS[key]

    def set_value(self, key: str, value: Any) -> None:
        self._check_key(key)
        if key in UI_STATE_KEYS:
            if not isinstance(value, (QByteArray, bytes)):
                raise UiStoreError(f"{key} takes Qt's saved state (bytes)")
        elif value is not None and not (isinstance(value, str) and CODE.fullmatch(value)):
            raise UiStoreError(f"{key} takes a short code")
        if value is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)
        self.sync()

    def sync(self) -> None:
        try:
            make_private_dir(self._config_dir)
        except OSError:
            log.warning("the config folder could not be made")
            return
        self._settings.sync()
        if self._settings.status() != QSettings.Status.NoError:
            log.warning("ui.ini could not be written")
        restrict_file(self.path)

    def keys(self) -> list[str]:
        return list(self._settings.allKeys())

    # -- windows -------------------------------------------------------------------------

    def restore_geometry(self, window: QWidget, key: str) -> bool:
        """Put ``window`` where it was left; False (and the size it has) when nothing
        was saved or Qt cannot use what was (another screen)."""
        saved = self.value(key)
        return bool(saved) and window.restoreGeometry(QByteArray(saved))

    def save_geometry(self, window: QWidget, key: str) -> None:
        self.set_value(key, window.saveGeometry())
