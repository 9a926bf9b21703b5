"""``PUT /v1/envelopes``: store a device's envelopes in sequence order, exactly once.

:mod:`server.push_writer` takes the requests a group at a time: :func:`check` authenticates
each one and checks its items' structure, :func:`verify` checks the authors' signatures of the
whole group, and :mod:`server.envelope_store` stores the group in one sequenced transaction,
checking each device sequence number against the chain, assigning server sequence numbers and
noting which attachments are still missing.

Per-item outcome, in the order the items were sent:

* ``stored`` / ``conflict_stored`` (a second revision with the same parent: the record is
  flagged conflicted) — with a new signed receipt;
* ``duplicate`` — this exact envelope is already held: its stored receipt again, byte for byte;
* ``rejected`` with a ``reason``: the protocol error code (``malformed``, ``bad_signature``,
  ``unsupported_version``, …), ``not_author``, ``review_not_allowed``, ``blob_too_large``,
  ``sequence_reused`` (same seq, different bytes), ``chain_broken`` (``prev`` is not the id of
  the device's envelope seq-1), ``not_record_owner``, or ``sequence_gap`` (a later item whose
  predecessor in this batch was rejected).

A batch whose first missing sequence number is simply absent (nothing in the batch rejected)
is refused as a whole: 409 ``sequence_gap`` with ``expected``, and nothing is written.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from protocol.encoding import parse_json
from protocol.envelope import Envelope
from protocol.errors import MalformedError, ProtocolError
from server.auth import Caller, authenticated
from server.envelope_store import Item, Job
from server.errors import ApiError
from server.state import ServerState


def parse_batch(raw_body: bytes, max_items: int) -> list[Any]:
    try:
        data = parse_json(raw_body)
    except MalformedError as exc:
        raise ApiError(422, "malformed", f"the body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or set(data) != {"envelopes"}:
        raise ApiError(422, "invalid_request", 'the body must be {"envelopes": [...]}')
    items = data["envelopes"]
    if not isinstance(items, list):
        raise ApiError(422, "invalid_request", "envelopes must be a list")
    if len(items) > max_items:
        raise ApiError(
            413,
            "batch_too_large",
            f"at most {max_items} envelopes per request",
            limit=max_items,
        )
    return items


def check_items(state: ServerState, caller: Caller, raws: list[Any]) -> list[Item]:
    """Parse and check every item; the signatures are verified later, a group at a time."""
    max_blob_bytes = state.config.limits.max_blob_bytes
    items = []
    for index, raw in enumerate(raws):
        item = Item(index)
        items.append(item)
        try:
            env = Envelope.from_wire(raw)
        except ProtocolError as exc:
            item.reject(exc.code, str(exc))
            continue
        item.envelope = env
        item.envelope_id = env.envelope_id
        header = env.header
        if header.author != caller.device_id:
            item.reject("not_author", "a device may only push envelopes it wrote")
        elif header.kind == "review" and not caller.is_coordinator:
            item.reject("review_not_allowed", "only coordinators write review envelopes")
        elif any(b.size > max_blob_bytes for b in header.blobs):
            item.reject("blob_too_large", f"attachments are limited to {max_blob_bytes} bytes")
    return items


def check(state: ServerState, request: Request, raw_body: bytes) -> Job:
    """Authenticate the request and check its batch: everything but signatures and the write."""
    caller = authenticated(request, raw_body)
    raws = parse_batch(raw_body, state.config.limits.envelopes_per_batch)
    return Job(caller, check_items(state, caller, raws))


def verify(state: ServerState, jobs: list[Job]) -> None:
    """Verify the author's signature on every item still standing, all jobs in one call."""
    # the author is the caller (checked), so the caller's key is the author's key
    pending = [(job, item) for job in jobs for item in job.items
               if item.result is None and item.envelope is not None]  # fmt: skip
    checks = [(job.caller.signing_key, item.envelope.signature, item.envelope.signed_bytes)
              for job, item in pending if item.envelope]  # fmt: skip
    for (_job, item), valid in zip(pending, state.signatures.verify_all(checks), strict=True):
        if valid:
            assert item.envelope is not None
            item.wire = item.envelope.to_bytes()
        else:
            item.reject("bad_signature", "the author's signature does not verify")
    for job in jobs:
        job.checked()


def encode(job: Job) -> bytes:
    result = {"epoch": job.epoch, "results": [i.result for i in job.items]}
    return json.dumps(result, separators=(",", ":")).encode()
