"""The server's Ed25519 key: made at first start, kept in the data directory (mode 0600)."""

from __future__ import annotations

import os
from pathlib import Path

from protocol.keys import SigningKey


def load_or_create_server_key(path: Path) -> SigningKey:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        key = SigningKey.generate()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(path.name + ".new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, key.private_bytes())
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            # link, not rename: if another process made the key meanwhile, theirs wins
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
        raw = path.read_bytes()
    if len(raw) != 32:
        raise RuntimeError(f"{path} is not a Fieldbook server key (expected 32 bytes)")
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    return SigningKey.from_bytes(raw)
