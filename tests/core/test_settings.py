"""Profile settings: kept in memory once read, so a read never waits for the database."""

from __future__ import annotations

import threading

import pytest

from desktop.core.paths import Paths
from desktop.core.profile import Profile

from .conftest import PASSPHRASE


def test_a_setting_survives_a_restart_and_defaults_fill_the_rest(paths: Paths) -> None:
    with Profile.create(paths, PASSPHRASE, org_name="Daşoguz NGO", velayat="dasoguz") as p:
        p.settings.set("autolock_minutes", 3)
        assert p.settings.get("autolock_minutes") == 3
    with Profile.unlock(paths, PASSPHRASE) as p:
        assert p.settings.get("autolock_minutes") == 3
        assert p.settings.get("org_name") == "Daşoguz NGO"
        assert p.settings.get("language") == "en"  # a default, never stored
        assert p.settings.get("missing", "fallback") == "fallback"
        assert p.settings.all()["autolock_minutes"] == 3


def test_a_read_does_not_wait_for_the_database_lock(profile: Profile) -> None:
    profile.settings.set("org_name", "Lebap group")
    held, release = threading.Event(), threading.Event()

    def hold() -> None:  # a long list query on another thread
        with profile._db.lock:  # type: ignore[union-attr]
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(5)
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.append(profile.settings.get("org_name")))
    reader.start()
    reader.join(2)
    answered = not reader.is_alive()
    release.set()
    holder.join()
    reader.join()
    assert answered and got == ["Lebap group"]


def test_a_setting_written_in_a_transaction_that_rolls_back_is_not_kept(
    profile: Profile,
) -> None:
    profile.settings.set("autolock_minutes", 5)
    with pytest.raises(RuntimeError), profile._db.transaction():  # type: ignore[union-attr]
        profile.settings.set("autolock_minutes", 7)
        assert profile.settings.get("autolock_minutes") == 7  # seen inside it
        raise RuntimeError("abandoned")
    assert profile.settings.get("autolock_minutes") == 5
