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
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from protocol.errors import CanonicalJSONError, MalformedError

JSONValue = Any
_HEX = re.compile(r"[0-9a-f]*")
_B64URL = re.compile(r"[A-Za-z0-9_-]*")


_SCALARS = frozenset({str, int, bool, type(None)})


def _check(value: object, depth: int = 0) -> None:
    # Hot path (every seal and every received envelope): exact-type checks for the plain
    # containers and scalars, the general isinstance walk only for other types.
    if depth > 64:
        raise CanonicalJSONError("nesting too deep")
    kind = type(value)
    if kind is dict:
        for key, item in value.items():  # type: ignore[attr-defined]
            if type(key) is not str:
                _check_key(key)
            if type(item) not in _SCALARS:
                _check(item, depth + 1)
        return
    if kind is list or kind is tuple:
        for item in value:  # type: ignore[attr-defined]
            if type(item) not in _SCALARS:
                _check(item, depth + 1)
        return
    if kind in _SCALARS:
        return
    if kind is float:
        if not math.isfinite(value):  # type: ignore[arg-type]
            raise CanonicalJSONError("NaN and infinities have no JSON form")
        return
    _check_other(value, depth)


def _check_key(key: object) -> None:
    if not isinstance(key, str):
        raise CanonicalJSONError(f"object keys must be strings, not {type(key).__name__}")


def _check_other(value: object, depth: int) -> None:
    """Subclasses of the JSON types (str and int enums, other mappings and sequences)."""
    if value is None or isinstance(value, bool | str | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CanonicalJSONError("NaN and infinities have no JSON form")
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _check_key(key)
            _check(item, depth + 1)
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check(item, depth + 1)
        return
    raise CanonicalJSONError(f"type {type(value).__name__} has no canonical JSON form")


@dataclass(frozen=True)
class CanonicalBytes:
    """A value already encoded by :func:`canonical_json` (as a store kept it): used as is
    where a value would be encoded, which saves parsing and encoding it again."""

    data: bytes


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
    if _B64URL.fullmatch(text) is None:
        raise MalformedError(f"{field}: not unpadded URL-safe base64")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise MalformedError(f"{field}: not base64") from exc
    # Only the last character can carry stray low bits: re-encode just the final group.
    tail = len(raw) % 3
    if tail and b64encode(raw[-tail:]) != text[-(tail + 1) :]:
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
    if len(value) != nbytes * 2 or _HEX.fullmatch(value) is None:
        raise MalformedError(f"{key}: expected {nbytes * 2} lowercase hex digits")
    return value


def is_hex(value: object, nbytes: int) -> bool:
    return isinstance(value, str) and len(value) == nbytes * 2 and _HEX.fullmatch(value) is not None
