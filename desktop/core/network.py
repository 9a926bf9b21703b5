"""The network as a coordinator manages it from the app or the command line: organisations,
invitation codes, devices and revocation (issue 15 items 5 and 6).

Every call is a signed coordinator request to the enrolled server, made through the sync's
own transport (the server's key pinned at enrolment, the proxy settings, the request
signature), after the server has proved it is that server. The server refuses all of it to a
field device (403 ``coordinator_only``). No Qt here: the Network dialog runs these calls in a
worker, the CLI directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.invitations import DEFAULT_EXPIRY_S, MadeInvitation, make_invitation
from desktop.core.sync.context import SyncContext
from desktop.core.sync.directory import remember_directory
from desktop.core.sync.errors import NotEnrolledError, SyncError
from desktop.core.sync.state import SyncStore

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.rotation import RotationDone
    from desktop.core.sync.transport import Transport

# the server's spelling; the app shows them through refdata.place_name
VELAYATS = ("Ahal", "Balkan", "Daşoguz", "Lebap", "Mary", "Aşgabat")


class NetworkError(SyncError):
    code = "network_refused"


class NotNetworkCoordinatorError(NetworkError):
    code = "coordinator_only"
    default_message = QT_TRANSLATE_NOOP(
        "core", "Only a coordinator's device connected to the server can manage the network."
    )


class OrgExistsError(NetworkError):
    code = "org_exists"
    default_message = QT_TRANSLATE_NOOP("core", "An organisation with this name exists already.")


class BadOrgError(NetworkError):
    code = "bad_org"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "An organisation needs a name (1 to 200 characters) and one of the velayats: "
        "Ahal, Balkan, Daşoguz, Lebap, Mary, Aşgabat.",
    )


class UnknownDeviceError(NetworkError):
    code = "device_unknown"
    default_message = QT_TRANSLATE_NOOP("core", "The server knows no device with this id.")


class UnknownOrgError(NetworkError):
    code = "org_unknown"
    default_message = QT_TRANSLATE_NOOP("core", "The server knows no such organisation.")


@dataclass(frozen=True)
class Org:
    org_id: int
    name: str
    velayat: str


@dataclass(frozen=True)
class Device:
    device_id: str
    name: str
    role: str
    org: Org | None
    enrolled_ms: int
    revoked_ms: int | None
    # when the server last received an envelope from it; None: never
    last_received_ms: int | None

    @property
    def active(self) -> bool:
        return self.revoked_ms is None

    @property
    def last_contact_ms(self) -> int:
        return self.last_received_ms or self.enrolled_ms

    def to_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "name": self.name,
            "role": self.role,
            "org": None
            if self.org is None
            else {"id": self.org.org_id, "name": self.org.name, "velayat": self.org.velayat},
            "enrolled": self.enrolled_ms,
            "revoked": self.revoked_ms,
            "last_received": self.last_received_ms,
        }


@dataclass(frozen=True)
class Revoked:
    device_id: str
    revoked_ms: int
    # the device held the coordination key: it should be replaced (docs/security.md)
    was_coordinator: bool


def _org(raw: Any) -> Org | None:
    if not isinstance(raw, dict):
        return None
    try:
        return Org(int(raw["id"]), str(raw["name"]), str(raw["velayat"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise SyncError() from exc


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


_REFUSALS: dict[str, type[NetworkError]] = {
    "coordinator_only": NotNetworkCoordinatorError,
    "org_exists": OrgExistsError,
    "unknown_velayat": BadOrgError,
    "bad_name": BadOrgError,
    "device_unknown": UnknownDeviceError,
    "org_unknown": UnknownOrgError,
}


class NetworkService:
    def __init__(
        self, profile: Profile, transport_factory: Callable[..., Transport] | None = None
    ) -> None:
        self.profile = profile
        self.store = SyncStore(profile.database)
        self._factory = transport_factory

    @property
    def is_coordinator(self) -> bool:
        return self.store.role == "coordinator" and self.store.enrolled

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        if not self.store.enrolled:
            raise NotEnrolledError()
        if self.store.role != "coordinator":
            raise NotNetworkCoordinatorError()
        context = SyncContext(self.profile, self.store)
        if self._factory is not None:
            context.transport_factory = self._factory
        transport = context.transport()
        try:
            transport.health()  # the server proves it is the one we enrolled with
            if method == "GET":
                return transport.get_json(path)
            return transport.send_json(method, path, body, ok=(200, 201))
        except NetworkError:
            raise
        except SyncError as exc:
            refusal = _REFUSALS.get(exc.server_code)
            if refusal is None or exc.status not in (403, 404, 409, 422):
                raise
            raise refusal() from exc
        finally:
            transport.close()

    # -- reading ---------------------------------------------------------------------------
    def devices(self) -> list[Device]:
        """Every enrolled device, active ones first, then by last contact (newest first)."""
        answer = self._call("GET", "/v1/devices")
        if not isinstance(answer, dict) or not isinstance(answer.get("devices"), list):
            raise SyncError()
        try:
            found = [
                Device(
                    device_id=str(d["device_id"]),
                    name=str(d.get("name") or ""),
                    role=str(d["role"]),
                    org=_org(d.get("org")),
                    enrolled_ms=int(d["enrolled"]),
                    revoked_ms=_int_or_none(d.get("revoked")),
                    last_received_ms=_int_or_none(d.get("last_received")),
                )
                for d in answer["devices"]
            ]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SyncError() from exc
        remember_directory(self.store, devices=found)  # for parcels made offline
        self.profile.received.note_devices(found)  # names in the Received list and filters
        return sorted(found, key=lambda d: (not d.active, -d.last_contact_ms, d.device_id))

    def orgs(self) -> list[Org]:
        answer = self._call("GET", "/v1/organisations")
        listed = answer.get("orgs") if isinstance(answer, dict) else None
        if not isinstance(listed, list) or not all(isinstance(o, dict) for o in listed):
            raise SyncError()
        found = [org for org in (_org(o) for o in listed) if org is not None]
        remember_directory(self.store, orgs=found)
        return found

    # -- changing --------------------------------------------------------------------------
    def add_org(self, name: str, velayat: str) -> Org:
        name = name.strip()
        if not 0 < len(name) <= 200 or not name.isprintable() or not velayat.strip():
            raise BadOrgError()
        org = _org(self._call("POST", "/v1/organisations", {"name": name, "velayat": velayat}))
        if org is None:
            raise SyncError()
        return org

    def revoke(self, device_id: str) -> Revoked:
        device_id = device_id.strip().lower()
        if len(device_id) != 32 or any(c not in "0123456789abcdef" for c in device_id):
            raise UnknownDeviceError()
        answer = self._call("POST", f"/v1/devices/{device_id}/revoke")
        try:
            return Revoked(
                str(answer["device_id"]), int(answer["revoked"]), bool(answer["was_coordinator"])
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SyncError() from exc

    def can_rotate_coordination_key(self) -> bool:
        """Whether this device may replace the coordination key (no network call)."""
        from desktop.core.sync.rotation import can_rotate

        return can_rotate(self.profile)

    def rotate_coordination_key(self) -> RotationDone:
        """Replace the coordination key (desktop/core/sync/rotation.py): a new key certified
        by this device's identity key, registered with the server."""
        from desktop.core.sync.rotation import rotate

        return rotate(self.profile, self._factory)

    def invite(
        self, role: str, org: str | int | None = None, expires_in_s: int = DEFAULT_EXPIRY_S
    ) -> MadeInvitation:
        """A one-time code for a new device (made here, see desktop/core/invitations.py)."""
        if not self.is_coordinator:
            raise NotNetworkCoordinatorError()
        kwargs: dict[str, Any] = {}
        if self._factory is not None:
            kwargs["transport_factory"] = self._factory
        try:
            return make_invitation(self.profile, role, org=org, expires_in_s=expires_in_s, **kwargs)
        except NetworkError:
            raise
        except SyncError as exc:
            refusal = _REFUSALS.get(exc.server_code)
            if refusal is None:
                raise
            raise refusal() from exc
