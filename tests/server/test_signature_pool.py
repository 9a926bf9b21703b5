"""The signature pool: a group's checks spread over worker processes come back in order."""

from __future__ import annotations

from protocol.keys import SigningKey
from protocol.signed import Receipt
from server.signature_pool import SignaturePool, verify_all


def _checks(n: int) -> tuple[list[tuple[bytes, bytes, bytes]], list[bool]]:
    key = SigningKey.generate()
    checks, expected = [], []
    for i in range(n):
        message = f"message {i}".encode()
        signature = key.sign(message)
        if i % 3 == 1:  # every third one tampered
            message += b"!"
        checks.append((key.public, signature, message))
        expected.append(i % 3 != 1)
    return checks, expected


def test_pool_and_inline_agree_in_order() -> None:
    checks, expected = _checks(23)
    assert verify_all(checks) == expected
    server_key = SigningKey.generate()
    pool = SignaturePool(2, server_key)
    try:
        assert pool.verify_all(checks) == expected
        assert pool.verify_all(checks[:2]) == expected[:2]  # small: inline
        receipt = Receipt("ab" * 32, "cd" * 16, 1, 1, "ef" * 8, 1)
        signatures = pool.sign_receipts([receipt] * 5)
        assert len(signatures) == 5 and len(set(signatures)) == 1
        Receipt(**{**receipt.__dict__, "signature": signatures[0]}).verify(server_key.public)
    finally:
        pool.close()


def test_no_pool_runs_inline() -> None:
    checks, expected = _checks(10)
    pool = SignaturePool(0, SigningKey.generate())
    assert pool.verify_all(checks) == expected
    pool.close()
