"""The coordination key's chain from the pinned identity: only the next link, signed by the
identity, moves the head; nothing else does (protocol/coordination_chain.py)."""

from __future__ import annotations

from typing import Any

import pytest

from protocol.coordination_chain import (
    ChainHead,
    RotationError,
    extend,
    genesis,
    sign_rotation,
)
from protocol.encoding import b64encode
from protocol.errors import MalformedError
from protocol.keys import EncryptionKey, SigningKey


def _chain(identity: SigningKey, length: int) -> tuple[ChainHead, list[dict[str, Any]]]:
    head = genesis(EncryptionKey.generate().public, identity.public)
    start = head
    statements = []
    for n in range(length):
        rotation = sign_rotation(identity, head, EncryptionKey.generate().public, 1_000 + n)
        statements.append(rotation.to_json())
        head, _ = extend(head, [statements[-1]])
    return start, statements


def test_the_chain_is_followed_in_any_order_and_history_is_ignored() -> None:
    identity = SigningKey.generate()
    start, statements = _chain(identity, 3)
    head, taken = extend(start, list(reversed(statements)))
    assert head.generation == 3 and len(taken) == 3
    assert head.coordination_key == taken[-1].coordination_key
    # offered again, or only older ones: nothing moves, nothing is refused
    again, none = extend(head, statements)
    assert again == head and none == []
    assert extend(head, statements[:1]) == (head, [])
    assert ChainHead.from_json(head.to_json()) == head


@pytest.mark.parametrize(
    "forgery",
    ["other signer", "claims the identity", "skips a generation", "other previous", "same key",
     "altered key"],
)  # fmt: skip
def test_a_link_that_does_not_extend_the_chain_is_refused(forgery: str) -> None:
    identity = SigningKey.generate()
    start, _ = _chain(identity, 0)
    new_key = EncryptionKey.generate().public
    if forgery == "other signer":
        statement = sign_rotation(SigningKey.generate(), start, new_key, 1).to_json()
    elif forgery == "claims the identity":
        statement = sign_rotation(SigningKey.generate(), start, new_key, 1).to_json()
        statement["identity"] = b64encode(identity.public)
    elif forgery == "skips a generation":
        ahead = ChainHead(1, start.digest, start.coordination_key, identity.public)
        statement = sign_rotation(identity, ahead, new_key, 1).to_json()
    elif forgery == "other previous":
        other = genesis(EncryptionKey.generate().public, identity.public)
        statement = sign_rotation(identity, other, new_key, 1).to_json()
    elif forgery == "same key":
        statement = sign_rotation(identity, start, start.coordination_key, 1).to_json()
    else:
        statement = sign_rotation(identity, start, new_key, 1).to_json()
        statement["coordination_key"] = b64encode(EncryptionKey.generate().public)
    with pytest.raises(RotationError):
        extend(start, [statement])


def test_a_malformed_statement_is_refused() -> None:
    identity = SigningKey.generate()
    start, statements = _chain(identity, 1)
    with pytest.raises(MalformedError):
        extend(start, [{**statements[0], "generation": 10**9}])
    with pytest.raises(MalformedError):
        extend(start, ["not a statement"])
