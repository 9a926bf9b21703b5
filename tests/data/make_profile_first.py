"""Makes ``tests/data/profile_first/``: a profile at the oldest schema this version opens.

Run it with the code of that commit on the path, not today's, so the files are what that
version wrote (the test must not depend on today's code to make its "old" profile)::

    mkdir /tmp/fb-first && git archive 8727402 | tar -x -C /tmp/fb-first
    FIELDBOOK_TEST_FAST_KDF=1 PYTHONPATH=/tmp/fb-first python tests/data/make_profile_first.py

The profile's passphrase, record and attachment are the constants in
``tests/core/test_upgrade.py``; the files are encrypted like any profile (a fast KDF only).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from desktop.core.migrations import LATEST_VERSION
from desktop.core.model import IncidentDate, Observation, Person, Place
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile

PASSPHRASE = "first release passphrase"
TITLE = "Detention at the Lebap bazaar (first schema)"
ATTACHMENT = b"scan of a summons, first schema\n" * 4000
HERE = Path(__file__).resolve().parent / "profile_first"


def main() -> int:
    if LATEST_VERSION != 2:
        print(f"this code writes schema {LATEST_VERSION}, not 2: run it on commit 8727402")
        return 1
    work = Path(tempfile.mkdtemp())
    try:
        paths = resolve_paths(work / "data")
        with Profile.create(paths, PASSPHRASE, org_name="First NGO", velayat="lebap") as p:
            obs = p.observations.save(
                Observation.new(
                    title=TITLE,
                    date=IncidentDate("2024-03-05"),
                    place=Place("lebap", None, "Türkmenabat"),
                    description="Two people were taken away.",
                    people=[Person(role="victim", name="Aýna Myradowa", sex="female")],
                )
            )
            source = work / "summons.txt"
            source.write_bytes(ATTACHMENT)
            p.attachments.add(obs.id, source)
        if HERE.exists():
            shutil.rmtree(HERE)
        shutil.copytree(paths.data_dir, HERE, ignore=shutil.ignore_patterns("logs"))
    finally:
        shutil.rmtree(work)
    print(f"wrote {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
