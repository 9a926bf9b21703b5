"""The UI's state in ui.ini (issue 14): in the config folder, apart from the profile's
encrypted settings, with only the keys of settings.UI_DEFAULTS — never recorded content,
names, ids, or anything derived from the passphrase."""

from __future__ import annotations

import base64
import configparser
import stat
from typing import Any

import pytest
from PySide6.QtCore import QByteArray

from desktop import cli_text
from desktop.core.model import IncidentDate, Observation, Person, Place
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.core.settings import UI_DEFAULTS
from desktop.ui import i18n
from desktop.ui.ui_store import UiStore, UiStoreError
from tests.ui.conftest import PASSPHRASE, unlock

TITLE = "Zzqx detention at the Gorogly bazaar"
NAME = "Wolfgangina Qqvartz"


def test_defaults_come_from_settings_and_unknown_keys_are_refused(paths: Paths) -> None:
    store = UiStore(paths)
    assert {key: store.value(key) for key in UI_DEFAULTS} == UI_DEFAULTS
    with pytest.raises(UiStoreError):
        store.set_value("last_search", "velayat")  # not a UI key
    with pytest.raises(UiStoreError):
        store.value("passphrase")
    with pytest.raises(UiStoreError):
        store.set_value("dashboard/rows", TITLE)  # free text, not a code
    with pytest.raises(UiStoreError):
        store.set_value("main_window/geometry", "a title")  # geometry is Qt's bytes
    assert not paths.ui_settings.exists()  # nothing refused was written


def test_the_file_lives_in_the_config_folder_privately(paths: Paths) -> None:
    store = UiStore(paths)
    store.set_value("dashboard/rows", "right")
    store.set_value("main_window/geometry", QByteArray(b"\x01\xd9\xd0\xcb"))
    assert paths.ui_settings.parent == paths.config_dir != paths.data_dir
    assert stat.S_IMODE(paths.ui_settings.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.config_dir.stat().st_mode) == 0o700
    again = UiStore(paths)
    assert again.value("dashboard/rows") == "right"
    assert bytes(again.value("main_window/geometry")) == b"\x01\xd9\xd0\xcb"
    # A hand-edited file with a value that is not a code reads as the default.
    paths.ui_settings.write_text("[dashboard]\nrows=Anything at all\n", encoding="utf-8")
    assert UiStore(paths).value("dashboard/rows") == UI_DEFAULTS["dashboard/rows"]


def test_an_earlier_ui_ini_in_the_data_folder_is_moved(paths: Paths) -> None:
    paths.legacy_ui_settings.write_text("[General]\nlanguage=tk\n", encoding="utf-8")
    assert cli_text.saved_language(paths) == "tk"  # the CLI reads it where it is
    assert i18n.saved_language(paths) == "tk"
    assert not paths.legacy_ui_settings.exists() and paths.ui_settings.exists()
    assert cli_text.saved_language(paths) == "tk"
    i18n.save_language(paths, "ru")
    assert cli_text.saved_language(paths) == "ru"


def _forbidden(paths: Paths, profile_id: str, device_id: str) -> list[bytes]:
    """What must never reach ui.ini, in the spellings a careless write would use."""
    salt_and_check = paths.profile_header.read_bytes()
    texts = [PASSPHRASE, TITLE, NAME, "Gorogly", profile_id, device_id]
    found = [t.encode() for t in texts] + [t.encode("utf-16-le") for t in texts]
    found += [t.lower().encode() for t in texts]
    # any 8 bytes of the key header (salt, key check), raw, hex or base64
    for i in range(0, max(len(salt_and_check) - 8, 1), 4):
        chunk = salt_and_check[i : i + 8]
        if len(set(chunk)) > 3:  # not padding or a run of one byte
            found += [chunk, chunk.hex().encode(), base64.b64encode(chunk)[:10]]
    return found


def test_the_app_leaves_only_ui_state_in_ui_ini(
    qtbot: Any, profile_on_disk: Paths, main_window: Any
) -> None:
    with Profile.unlock(profile_on_disk, PASSPHRASE) as profile:
        stored = profile.observations.save(
            Observation.new(
                title=TITLE,
                date=IncidentDate(start="2025-03-04"),
                place=Place("dasoguz", "dasoguz-gorogly", "Gorogly"),
                people=[Person(role="victim", name=NAME, keep_anonymous=True)],
            )
        )
        device_id = profile.device_id
    unlock(qtbot, main_window)
    view = main_window.workspace
    view.search.setText("zzqx")  # a search typed into the list is content too
    view.apply()
    qtbot.waitUntil(lambda: not view.model.is_loading())
    main_window.open_observation(stored.id)
    qtbot.waitUntil(lambda: stored.id in main_window.editors)
    main_window.editors[stored.id].discard_and_close()
    figures = main_window.open_figures()
    qtbot.waitUntil(lambda: figures.dashboard.table_model.table is not None, timeout=10000)
    figures.dashboard.set_cross_dimensions("right", "sex")
    figures.resize(700, 500)  # as small as its layout allows
    left = (figures.width(), figures.height())
    figures.close()
    main_window.set_language("ru")
    main_window.resize(760, 560)
    main_window.close()

    data = profile_on_disk.ui_settings.read_bytes()
    for secret in _forbidden(profile_on_disk, stored.id, device_id):
        assert secret not in data, secret
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(profile_on_disk.ui_settings, encoding="utf-8")
    keys = {
        (key if section == "General" else f"{section}/{key}")
        for section in parser.sections()
        for key in parser[section]
    }
    assert keys and keys <= set(UI_DEFAULTS), keys
    assert not profile_on_disk.legacy_ui_settings.exists()
    # Nothing of the UI's state went into the profile's settings either.
    with Profile.unlock(profile_on_disk, PASSPHRASE) as profile:
        assert not [k for k in profile.settings.all() if "/" in k]

    # Opened again, the windows come back as they were left.
    store = UiStore(profile_on_disk)
    assert store.value("language") == "ru"
    assert (store.value("dashboard/rows"), store.value("dashboard/columns")) == ("right", "sex")
    from desktop.ui.coordinator.dashboard_window import DashboardWindow
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session

    again = MainWindow(Session(profile_on_disk), main_window.dialogs, "en")
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_preloaded)  # its list is built: closed below
    assert (again.width(), again.height()) == (760, 560)
    window = DashboardWindow(None, view, ui_store=again.ui_store)
    qtbot.addWidget(window)
    assert window.dashboard.cross_dimensions() == ("right", "sex")
    # (Qt keeps a restored window inside the screen: the offscreen one is 800 wide)
    assert window.height() == left[1] != 900 and window.width() <= max(left[0], 800)
    window.close()
    again.close()
