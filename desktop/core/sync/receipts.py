"""The server's signed receipts, checked: a receipt counts only when it verifies with the
server key pinned at enrolment and names the envelope and the device sequence number it is
said to cover."""

from __future__ import annotations

from typing import Any

from protocol.errors import ProtocolError
from protocol.signed import Receipt


def verified_receipt(
    data: Any, envelope_id: str, seq: int, server_key: bytes | None
) -> Receipt | None:
    if server_key is None:
        return None
    try:
        receipt = Receipt.from_json(data)
        receipt.verify(server_key)
    except ProtocolError:
        return None
    if receipt.envelope_id != envelope_id or receipt.seq != seq:
        return None
    return receipt
