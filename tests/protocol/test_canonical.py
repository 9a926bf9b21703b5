from __future__ import annotations

import collections
import enum
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from protocol.encoding import (
    b64decode,
    b64encode,
    canonical_json,
    parse_json,
    require_int,
)
from protocol.errors import CanonicalJSONError, MalformedError

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)


@given(json_values)
def test_round_trip(value: Any) -> None:
    encoded = canonical_json(value)
    assert parse_json(encoded) == value
    assert canonical_json(parse_json(encoded)) == encoded


@given(st.dictionaries(st.text(max_size=8), st.integers(), min_size=2, max_size=8))
def test_key_order_does_not_matter(value: dict[str, int]) -> None:
    reversed_value = dict(reversed(list(value.items())))
    assert canonical_json(reversed_value) == canonical_json(value)


def test_exact_form() -> None:
    assert (
        canonical_json({"b": [1, 2], "a": "ş", "c": None})
        == '{"a":"ş","b":[1,2],"c":null}'.encode()
    )
    assert canonical_json({"é": 1, "e": 2, "z": 3}) == '{"e":2,"z":3,"é":1}'.encode()


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, {"a": math.nan}])
def test_rejects_nan_and_infinity(bad: Any) -> None:
    with pytest.raises(CanonicalJSONError):
        canonical_json(bad)


@pytest.mark.parametrize("bad", [{1: "a"}, {("a",): 1}, {None: 1}])
def test_rejects_non_string_keys(bad: Any) -> None:
    with pytest.raises(CanonicalJSONError):
        canonical_json(bad)


@pytest.mark.parametrize("bad", [b"x", {1, 2}, object()])
def test_rejects_unsupported_types(bad: Any) -> None:
    with pytest.raises(CanonicalJSONError):
        canonical_json(bad)


@pytest.mark.parametrize(
    "raw",
    [b"{", b"NaN", b'{"a":Infinity}', b'{"a":1,"a":2}', b"\xff\xfe", b"[1,]", b""],
)
def test_parse_rejects_malformed(raw: bytes) -> None:
    with pytest.raises(MalformedError):
        parse_json(raw)


@pytest.mark.parametrize("value", [3.0, True, "3", None])
def test_integers_where_the_spec_wants_them(value: Any) -> None:
    with pytest.raises(MalformedError):
        require_int({"seq": value}, "seq")
    assert require_int({"seq": 3}, "seq") == 3
    with pytest.raises(MalformedError):
        require_int({"seq": 0}, "seq", minimum=1)


@given(st.binary(max_size=100))
def test_base64_round_trip(data: bytes) -> None:
    assert b64decode(b64encode(data)) == data


@pytest.mark.parametrize("bad", ["a+b/", "YQ==", "Y Q", "Y", 5, None, "YR"])
def test_base64_strict(bad: Any) -> None:
    with pytest.raises(MalformedError):
        b64decode(bad)


class _Colour(enum.StrEnum):
    RED = "red"


class _Level(enum.IntEnum):
    HIGH = 3


@pytest.mark.parametrize(
    "bad",
    [
        [[{"a": [math.nan]}]],
        {"a": {"b": {1: "x"}}},
        ({"a": object()},),
        collections.OrderedDict([(2, "x")]),
        [b"bytes deep in a list"],
    ],
)
def test_rejects_bad_values_at_any_depth(bad: Any) -> None:
    with pytest.raises(CanonicalJSONError):
        canonical_json(bad)


def test_subclasses_of_json_types_encode_like_the_base_types() -> None:
    value = collections.OrderedDict([("b", _Colour.RED), ("a", (_Level.HIGH, 1.5))])
    assert canonical_json(value) == b'{"a":[3,1.5],"b":"red"}'


def test_nesting_limit() -> None:
    deep: Any = "x"
    for _ in range(70):
        deep = [deep]
    with pytest.raises(CanonicalJSONError):
        canonical_json(deep)


@given(st.binary(min_size=1, max_size=40), st.integers(min_value=1, max_value=3))
def test_base64_stray_low_bits_are_refused(data: bytes, bit: int) -> None:
    text = b64encode(data)
    if len(data) % 3 == 0:
        return  # no partial final group: every character is fully used
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    unused_bits = 4 if len(data) % 3 == 1 else 2
    flip = 1 << (bit % unused_bits)
    altered = text[:-1] + alphabet[alphabet.index(text[-1]) ^ flip]
    with pytest.raises(MalformedError):
        b64decode(altered)
