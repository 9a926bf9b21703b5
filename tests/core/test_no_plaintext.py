"""Nothing recorded can be found in any file under the data folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop.core.model import Person
from desktop.core.paths import Paths
from desktop.core.profile import Profile

from .conftest import make_obs

MARKERS = {
    "title": "QUOKKATITLE Gülşirin",
    "description": "PANGOLINDESC задержание",
    "person": "AXOLOTLNAME Ýazgül",
    "attachment": "NARWHALFILE Saparmyradowna",
    "settlement": "OKAPIVILLAGE",
}


def _grep(folder: Path, needle: str) -> list[str]:
    result = subprocess.run(
        ["grep", "-r", "-l", "-a", "-F", needle, str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.stdout.split()


def _assert_clean(paths: Paths) -> None:
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert files
    for needle in MARKERS.values():
        for part in (needle, needle.split()[0], needle.split()[-1]):
            assert _grep(paths.data_dir, part) == [], part
            for path in files:
                data = path.read_bytes()
                for encoded in (part.encode("utf-8"), part.encode("utf-16-le")):
                    assert encoded not in data, (part, path.name)


def test_no_plaintext_anywhere(profile: Profile, paths: Paths, tmp_path: Path) -> None:
    obs = make_obs(
        title=MARKERS["title"],
        description=MARKERS["description"],
        people=[Person(name=MARKERS["person"], keep_anonymous=False)],
    )
    obs.place.settlement = MARKERS["settlement"]
    saved = profile.observations.save(obs)
    src = tmp_path / "outside" / "note.txt"
    src.parent.mkdir()
    src.write_text(MARKERS["attachment"] * 100)
    profile.attachments.add(saved.id, src)
    saved = profile.observations.get(saved.id)
    saved.description += " edited"
    profile.observations.save(saved)
    # While open: the -wal and -shm files exist and are checked too.
    names = {p.name for p in paths.data_dir.iterdir()}
    assert "profile.fbdb-wal" in names
    assert not paths.profile_db.read_bytes().startswith(b"SQLite format 3")
    _assert_clean(paths)
    profile.close()
    _assert_clean(paths)
    assert _grep(tmp_path / "outside", "NARWHALFILE")  # the check itself can find things
