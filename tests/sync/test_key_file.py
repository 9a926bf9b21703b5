"""Issue 13 finding 7: the coordination key file (it opens every observation) needs a strong
passphrase and costs an attacker more per guess; files of the earlier cost still open."""

from __future__ import annotations

import json

import pytest

from desktop.core.errors import WeakPassphraseError, WrongPassphraseError
from desktop.core.sync import coordination
from desktop.core.sync.coordination import (
    WeakKeyFilePassphraseError,
    export_key_file,
    import_key_file,
)
from protocol.keys import EncryptionKey

GOOD = "dört söz bilen uzyn açar"


@pytest.mark.parametrize("weak", ["short", "aaaaaaaaaaaaaaaaaaaa", "abcabcabcabcabcabc", " " * 20])
def test_weak_passphrases_are_refused(weak: str) -> None:
    with pytest.raises(WeakKeyFilePassphraseError) as caught:
        export_key_file(EncryptionKey.generate(), weak)
    assert isinstance(caught.value, WeakPassphraseError)  # the UI's and CLI's bad-input kind
    assert "16" in caught.value.message


def test_new_files_cost_more_and_old_ones_still_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDBOOK_TEST_FAST_KDF", raising=False)
    monkeypatch.setattr(coordination, "_SCRYPT_N", 2**11)  # the real 2**18 costs seconds
    key = EncryptionKey.generate()
    data = export_key_file(key, GOOD)
    assert json.loads(data)["n"] == 2**11
    assert coordination._SCRYPT_N == 2**11
    # the shipped default is above the 2**17 files were written with before
    monkeypatch.undo()
    assert coordination._SCRYPT_N >= 2**18
    old = export_key_file(key, GOOD, n=2**10)  # an earlier file's cost, read from the file
    assert import_key_file(old, GOOD).public == key.public
    with pytest.raises(WrongPassphraseError):
        import_key_file(old, GOOD + "!")
