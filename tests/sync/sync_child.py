"""Run as a child process: unlock a profile and sync until told to stop (or killed)."""

from __future__ import annotations

import sys

from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.errors import SyncError


def main() -> None:
    data_dir, passphrase = sys.argv[1], sys.argv[2]
    with Profile.unlock(resolve_paths(data_dir), passphrase) as profile:
        for _ in range(20):
            try:
                SyncEngine(profile).sync_once(lambda p: print(p.phase, flush=True))
                print("done", flush=True)
                return
            except SyncError as exc:
                print("error", exc.code, flush=True)


if __name__ == "__main__":
    main()
