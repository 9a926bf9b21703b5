"""The review certification: the coordination key's holder and the observation's author
derive the same key; nobody else can make a tag that verifies."""

from __future__ import annotations

from typing import Any

import pytest

from protocol import review_certification as certification
from protocol.errors import SignatureError
from protocol.keys import EncryptionKey, SigningKey

BODY: dict[str, Any] = {"status": "verified", "comment": "Tassyklandy", "reviewed": 1}


def keys() -> tuple[EncryptionKey, EncryptionKey, bytes, bytes]:
    coordination, author = EncryptionKey.generate(), EncryptionKey.generate()
    reviewer = SigningKey.generate().public
    k_coord = certification.review_key(
        coordination, author.public, coordination_public=coordination.public,
        author_public=author.public,
    )  # fmt: skip
    k_author = certification.review_key(
        author, coordination.public, coordination_public=coordination.public,
        author_public=author.public,
    )  # fmt: skip
    assert k_coord == k_author
    return coordination, author, reviewer, k_coord


def tagged(key: bytes, reviewer: bytes, body: dict[str, Any]) -> dict[str, Any]:
    tag = certification.certify(key, reviewer=reviewer, record_id="r", rev=1, parent="p", body=body)
    return {**body, certification.FIELD: tag}


def test_the_author_checks_what_the_coordination_key_certified() -> None:
    _, _, reviewer, key = keys()
    body = tagged(key, reviewer, BODY)
    certification.check(key, reviewer=reviewer, record_id="r", rev=1, parent="p", body=body)


@pytest.mark.parametrize(
    "change",
    ["status", "reviewer", "record", "no tag", "another coordination key", "low-order key"],
)
def test_anything_else_is_refused(change: str) -> None:
    coordination, author, reviewer, key = keys()
    body = tagged(key, reviewer, BODY)
    record = "r"
    if change == "status":
        body["status"] = "closed"
    elif change == "reviewer":
        reviewer = SigningKey.generate().public
    elif change == "record":
        record = "s"
    elif change == "no tag":
        del body[certification.FIELD]
    elif change == "another coordination key":
        forged = certification.review_key(
            EncryptionKey.generate(), author.public, coordination_public=coordination.public,
            author_public=author.public,
        )  # fmt: skip
        body = tagged(forged, reviewer, BODY)
    else:
        with pytest.raises(SignatureError):
            certification.review_key(
                coordination, bytes(32), coordination_public=coordination.public,
                author_public=bytes(32),
            )  # fmt: skip
        return
    with pytest.raises(SignatureError):
        certification.check(key, reviewer=reviewer, record_id=record, rev=1, parent="p", body=body)
