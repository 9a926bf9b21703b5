"""Canonical JSON and strict base64: the byte-exact encodings that signatures cover.

Canonical JSON here is: UTF-8, object keys sorted by code point, no insignificant whitespace,
no NaN or infinities, only string keys, integers written without exponent or fraction.
Floats are allowed (coordinates) but written in Python's shortest round-trip form; fields the
protocol defines as integers are checked with :func:`require_int`.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Mapping
from typing import Any

from protocol.errors import CanonicalJSONError, MalformedError

JSONValue = Any


def _check(value: object, depth: int = 0) -> None:
    if depth > 64:
        raise CanonicalJSONError("nesting too deep")
    if value is None or isinstance(value, bool | str):
        return
    if isinstance(value, int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CanonicalJSONError("NaN and infinities have no JSON form")
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalJSONError(f"object keys must be strings, not {type(key).__name__}")
            _check(item, depth + 1)
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check(item, depth + 1)
        return
    raise CanonicalJSONError(f"type {type(value).__name__} has no canonical JSON form")


def canonical_json(value: JSONValue) -> bytes:
    """Encode ``value`` canonically; the same value always gives the same bytes."""
    _check(value)
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _reject_constant(name: str) -> None:
    raise MalformedError(f"{name} is not valid JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise MalformedError("duplicate key in JSON object")
        result[key] = value
    return result


def parse_json(data: bytes | str) -> JSONValue:
    """Parse strict JSON (no NaN, no duplicate keys); raise :class:`MalformedError`."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except MalformedError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MalformedError("not valid UTF-8 JSON") from exc


def b64encode(data: bytes) -> str:
    """URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: object, *, length: int | None = None, field: str = "value") -> bytes:
    """Strict inverse of :func:`b64encode`; ``length`` checks the decoded size."""
    if not isinstance(text, str):
        raise MalformedError(f"{field}: expected a base64 string")
    if "=" in text or any(c in text for c in "+/ \n"):
        raise MalformedError(f"{field}: not unpadded URL-safe base64")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise MalformedError(f"{field}: not base64") from exc
    if b64encode(raw) != text:
        raise MalformedError(f"{field}: non-canonical base64")
    if length is not None and len(raw) != length:
        raise MalformedError(f"{field}: expected {length} bytes, got {len(raw)}")
    return raw


def require_int(obj: Mapping[str, Any], key: str, *, minimum: int | None = None) -> int:
    """Read an integer field; a bool or a float (even 3.0) is refused."""
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise MalformedError(f"{key}: expected an integer")
    if minimum is not None and value < minimum:
        raise MalformedError(f"{key}: must be at least {minimum}")
    return value


def require_str(obj: Mapping[str, Any], key: str, *, max_len: int = 1024) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise MalformedError(f"{key}: expected a string")
    if len(value) > max_len:
        raise MalformedError(f"{key}: longer than {max_len} characters")
    return value


def require_hex(obj: Mapping[str, Any], key: str, *, nbytes: int) -> str:
    value = require_str(obj, key, max_len=nbytes * 2)
    if len(value) != nbytes * 2 or any(c not in "0123456789abcdef" for c in value):
        raise MalformedError(f"{key}: expected {nbytes * 2} lowercase hex digits")
    return value


def is_hex(value: object, nbytes: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == nbytes * 2
        and all(c in "0123456789abcdef" for c in value)
    )
