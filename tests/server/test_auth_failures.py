"""Issue 13 findings 7 and 8: failed authentication is rate-limited per client address, and
``--behind-proxy`` takes the client address from forwarded headers only when the configured
proxy sent them."""

from __future__ import annotations

import secrets

import requests

from tests.server.client import Device
from tests.server.conftest import Network


def _bad_token(url: str, forwarded_for: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {secrets.token_urlsafe(32)}"}
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    return requests.get(url + "/v1/changes", headers=headers, timeout=30)


def test_guessing_tokens_is_slowed_down(fresh_network) -> None:  # type: ignore[no-untyped-def]
    net: Network = fresh_network("sqlite", "--auth-failure-burst", "5")
    device = net.device()
    for _ in range(5):
        assert _bad_token(net.url).status_code == 401
    refused = _bad_token(net.url)
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "too_many_failures"
    assert int(refused.headers["Retry-After"]) >= 1
    # the budget is the address's: a genuine device there waits too (documented trade-off),
    # but the health check still answers, so it never looks like a captive portal
    assert device.request("GET", "/v1/changes").status_code == 429
    assert requests.get(net.url + "/v1/health?nonce=x", timeout=30).status_code == 200


def test_guessing_invitation_codes_is_slowed_down(fresh_network) -> None:  # type: ignore[no-untyped-def]
    net: Network = fresh_network("sqlite", "--auth-failure-burst", "4")
    statuses = [Device(net.url).enroll(secrets.token_hex(16)).status_code for _ in range(6)]
    assert statuses[:4] == [404] * 4
    assert statuses[4:] == [429, 429]


def test_forged_forwarded_for_does_not_escape_the_limit(fresh_network) -> None:  # type: ignore[no-untyped-def]
    """The proxy is 10.9.9.9; requests from 127.0.0.1 that claim to be from other addresses
    are counted as 127.0.0.1's."""
    net: Network = fresh_network(
        "sqlite", "--auth-failure-burst", "3", "--behind-proxy", "10.9.9.9"
    )
    statuses = [_bad_token(net.url, f"203.0.113.{i}").status_code for i in range(5)]
    assert statuses == [401, 401, 401, 429, 429]


def test_the_configured_proxy_is_believed(fresh_network) -> None:  # type: ignore[no-untyped-def]
    """With 127.0.0.1 as the proxy, each forwarded client has its own budget."""
    net: Network = fresh_network("sqlite", "--auth-failure-burst", "3", "--behind-proxy")
    statuses = [_bad_token(net.url, f"203.0.113.{i}").status_code for i in range(6)]
    assert statuses == [401] * 6
    statuses = [_bad_token(net.url, "198.51.100.7").status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
