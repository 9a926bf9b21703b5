"""HTTP client for the sync server: signs every request, names every failure.

Every authenticated request carries the bearer token and a signature by the device key over
method, path (with query), body hash and time. Transport errors become the typed errors of
:mod:`desktop.core.sync.errors`; anything that is not a signed, well-formed answer from our
server (a captive portal's login page, a filter's block page) is reported as such.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests

from desktop.core.sync.errors import (
    CaptivePortalError,
    ClockSkewError,
    DeviceRevokedError,
    EpochChangedError,
    InsecureServerError,
    InvitationExpiredError,
    InvitationInvalidError,
    InvitationUsedError,
    NotEnrolledError,
    ProxyRefusedError,
    ServerBusyError,
    ServerFailureError,
    ServerFullError,
    ServerUnreachableError,
    SyncError,
    WrongServerError,
)
from desktop.core.sync.state import ProxySettings
from protocol.errors import ProtocolError
from protocol.keys import DeviceKeys
from protocol.possession import make_proof
from protocol.signed import sign_request, verify_health

JSON_GZIP_MIN = 1024
CLOCK_TOLERANCE_S = 30
DEFAULT_TIMEOUT = (15.0, 60.0)  # connect, read: slow links need a patient read timeout


@dataclass
class Response:
    status: int
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError as exc:
            raise CaptivePortalError() from exc


class Transport:
    def __init__(
        self,
        base_url: str,
        keys: DeviceKeys,
        token: str | None = None,
        server_key: bytes | None = None,
        proxy: ProxySettings | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        *,
        allow_plain_http: bool = False,
    ) -> None:
        """``allow_plain_http``: for a lab (benchmarks across network namespaces) only; the
        application never sets it."""
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvitationInvalidError()
        if parts.scheme == "http" and not (allow_plain_http or is_loopback(parts.hostname or "")):
            raise InsecureServerError()
        self.base_url = base_url.rstrip("/")
        self._prefix = parts.path.rstrip("/")
        self.keys = keys
        self.token = token
        self.server_key = server_key
        self.timeout = timeout
        self.gzip_requests = True
        self.clock: Callable[[], float] = time.time
        #: server time minus ours, learnt from a signed health answer: a laptop whose clock
        #: is hours off still signs requests the server accepts
        self.clock_offset = 0.0
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "Fieldbook"
        proxy = proxy or ProxySettings()
        if proxy.mode == "none":
            self.session.trust_env = False
            self.session.proxies = {}
        elif proxy.mode == "manual" and proxy.url:
            self.session.trust_env = False
            self.session.proxies = {"http": proxy.url, "https": proxy.url}

    def close(self) -> None:
        self.session.close()

    # -- low level -----------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json_body: Any = None,
        json_bytes: bytes | None = None,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
        sign: bool | None = None,
        ok: tuple[int, ...] = (200, 201, 204, 206),
    ) -> Response:
        """``auth``: send the bearer token; ``sign`` (default: same as ``auth``): the device
        signature, which enrolment sends before any token exists. ``json_bytes``: a JSON body
        already encoded (sent, signed and compressed like ``json_body``)."""
        target = self._prefix + path + (("?" + urlencode(params)) if params else "")
        send_headers = dict(headers or {})
        body = b""
        is_json = json_body is not None or json_bytes is not None
        if json_bytes is not None:
            body = json_bytes
            send_headers["Content-Type"] = "application/json"
        elif json_body is not None:
            body = json.dumps(json_body, separators=(",", ":"), ensure_ascii=False).encode()
            send_headers["Content-Type"] = "application/json"
        elif data is not None:
            body = data
        if auth:
            if not self.token:
                raise NotEnrolledError()
            send_headers["Authorization"] = f"Bearer {self.token}"
        signed = auth if sign is None else sign
        url = self.base_url[: len(self.base_url) - len(self._prefix)] + target
        for attempt in range(2):
            if signed:
                # The signature covers the body as the server's handler sees it: uncompressed.
                # Each signature carries a fresh nonce the server accepts once.
                now = self.clock() + self.clock_offset
                send_headers.update(sign_request(self.keys.signing, method, target, body, now=now))
            response = self._send(method, url, body, is_json, send_headers)
            if response.status in ok:
                return response
            error = self._error(response)
            # A proxy or the network sent our request twice and we got the answer to the
            # copy: the original may have gone through, and every call is safe to repeat.
            if not (signed and attempt == 0 and error.server_code == "replayed_request"):
                raise error
        raise error

    def _send(
        self, method: str, url: str, body: bytes, is_json: bool, headers: Mapping[str, str]
    ) -> Response:
        send_headers = dict(headers)
        if is_json and self.gzip_requests and len(body) >= JSON_GZIP_MIN:
            body = gzip.compress(body, 6)
            send_headers["Content-Encoding"] = "gzip"
        try:
            raw = self.session.request(
                method,
                url,
                data=body or None,
                headers=send_headers,
                timeout=self.timeout,
                allow_redirects=False,
            )
        except requests.exceptions.ProxyError as exc:
            raise ProxyRefusedError() from exc
        except requests.exceptions.SSLError as exc:
            # An interception proxy or a wrong certificate: not our server.
            raise CaptivePortalError() from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise ServerUnreachableError() from exc
        except requests.exceptions.RequestException as exc:
            raise ServerUnreachableError() from exc
        return Response(raw.status_code, raw.headers, raw.content)

    def _error(self, response: Response) -> SyncError:
        status = response.status
        code = ""
        detail: dict[str, Any] = {}
        is_json = "json" in response.headers.get("Content-Type", "")
        if is_json:
            try:
                payload = json.loads(response.body)
                detail = payload.get("error", {}) if isinstance(payload, dict) else {}
                code = str(detail.get("code", ""))
            except ValueError:
                is_json = False
        if not is_json and status not in (429, 502, 503, 504):
            return CaptivePortalError()
        retry_after = _retry_after(response.headers.get("Retry-After"))
        error: SyncError
        if code == "device_revoked":
            error = DeviceRevokedError()
        elif code in ("clock_skew", "stale_request"):
            error = ClockSkewError()
        elif code == "epoch_changed":
            error = EpochChangedError(str(detail.get("epoch", "")))
        elif code in ("invitation_expired",):
            error = InvitationExpiredError()
        elif code in ("invitation_used",):
            error = InvitationUsedError()
        elif code in ("invitation_unknown", "invitation_invalid"):
            error = InvitationInvalidError()
        elif status == 401 and code in ("bad_token", "missing_token", "unknown_device"):
            error = DeviceRevokedError()
        elif status == 429 or status == 503:
            error = ServerBusyError()
        elif status == 507 or code == "server_full":
            error = ServerFullError()
        elif status >= 500:
            error = ServerFailureError()
        else:
            error = SyncError()
        error.status = status
        error.server_code = code
        error.retry_after = retry_after
        return error

    # -- calls -----------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        """Prove we talk to the real server: it must sign our fresh nonce (with the key we
        enrolled with, once we have one)."""
        nonce = secrets.token_urlsafe(18)
        asked = self.clock()
        response = self.request("GET", "/v1/health", params={"nonce": nonce}, auth=False)
        answered = self.clock()
        answer = response.json()
        try:
            self.server_key = verify_health(answer, nonce, self.server_key)
        except ProtocolError as exc:
            if self.server_key is not None and isinstance(answer, dict) and "server_key" in answer:
                raise WrongServerError() from exc
            raise CaptivePortalError() from exc
        if not isinstance(answer, dict):
            raise CaptivePortalError()
        # The time is signed together with our fresh nonce, so it can be trusted this far.
        offset = answer["time"] / 1000 - (asked + answered) / 2
        self.clock_offset = offset if abs(offset) > CLOCK_TOLERANCE_S else 0.0
        return answer

    def enroll(self, token_hex: str, name: str = "") -> dict[str, Any]:
        """After :meth:`health` (the server key the proof is made with)."""
        if self.server_key is None:
            raise WrongServerError()
        proof = make_proof(self.keys.encryption, self.server_key, self.keys.device_id, token_hex)
        body = {
            "token": token_hex,
            **self.keys.public_dict(),
            "encryption_proof": proof,
            "name": name,
        }
        result = self.request("POST", "/v1/enroll", json_body=body, auth=False, sign=True).json()
        if not isinstance(result, dict) or "device_token" not in result:
            raise CaptivePortalError()
        return result

    def get_json(self, path: str, params: Mapping[str, str | int] | None = None) -> Any:
        return self.request("GET", path, params=params).json()

    def send_json(self, method: str, path: str, body: Any, ok: tuple[int, ...] = (200, 201)) -> Any:
        return self.request(method, path, json_body=body, ok=ok).json()

    def send_json_bytes(
        self, method: str, path: str, body: bytes, ok: tuple[int, ...] = (200, 201)
    ) -> Any:
        """Like :meth:`send_json` for a body already encoded as JSON (stored envelopes)."""
        return self.request(method, path, json_bytes=body, ok=ok).json()


def is_loopback(host: str) -> bool:
    """Plain http is allowed only to this computer (a local test server, an SSH tunnel or a
    local Tor/VPN client in front of the real one)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
