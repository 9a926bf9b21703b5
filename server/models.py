"""Request and response bodies, as published in the OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

HEX16 = r"^[0-9a-f]{32}$"
HEX32 = r"^[0-9a-f]{64}$"
B64_32 = r"^[A-Za-z0-9_-]{43}$"


def _printable(value: str) -> str:
    if not value.isprintable():
        raise ValueError("control characters are not allowed")
    return value


#: text that is stored or looked up: no NUL or other control characters
Text = Annotated[str, AfterValidator(_printable)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorDetail


class Health(BaseModel):
    nonce: str
    version: str
    time: int = Field(description="server time, ms since the Unix epoch")
    epoch: str
    server_key: str = Field(description="the server's Ed25519 public key, base64url")
    signature: str


class EnrollRequest(Strict):
    token: str = Field(pattern=HEX16, description="the invitation token, hex")
    device_id: str = Field(pattern=HEX16)
    signing_key: str = Field(pattern=B64_32, description="Ed25519 public key, base64url")
    encryption_key: str = Field(pattern=B64_32, description="X25519 public key, base64url")
    encryption_proof: str = Field(
        pattern=B64_32,
        description="protocol.possession.make_proof: HMAC with the X25519 secret between "
        "encryption_key and the server key, over device_id and token",
    )
    name: Text | None = Field(default=None, max_length=200)


class OrgOut(BaseModel):
    id: int
    name: str
    velayat: str


class CoordinationKeyObject(Strict):
    """The output of ``protocol.signed.sign_coordination_key``."""

    coordination_key: str = Field(pattern=B64_32)
    coordinator_key: str = Field(pattern=B64_32)
    signature: str = Field(pattern=r"^[A-Za-z0-9_-]{86}$")


class RotationObject(Strict):
    """The output of ``protocol.coordination_chain.sign_rotation``: the identity that
    published generation 0 replaces the coordination key with a new one."""

    generation: int = Field(ge=1, le=10_000)
    previous: str = Field(pattern=r"^[0-9a-f]{64}$", description="digest of the replaced link")
    previous_key: str = Field(pattern=r"^[0-9a-f]{32}$", description="key id it replaces")
    coordination_key: str = Field(pattern=B64_32)
    identity: str = Field(pattern=B64_32)
    time: int = Field(ge=0)
    signature: str = Field(pattern=r"^[A-Za-z0-9_-]{86}$")


class EnrollResponse(BaseModel):
    device_id: str
    device_token: str = Field(description="bearer token; send as Authorization: Bearer …")
    role: Literal["field", "coordinator"]
    org: OrgOut | None
    server_key: str
    coordination: CoordinationKeyObject | None
    rotations: list[RotationObject] = Field(
        default_factory=list, description="the coordination key's later generations"
    )
    epoch: str
    device_proof: dict[str, Any] | None = Field(
        default=None, description="the server's signed statement of this device's keys and role"
    )


class CoordinationKeyResponse(BaseModel):
    coordination: CoordinationKeyObject | None
    coordinator: str | None = Field(description="device id of the publishing coordinator")
    published: int | None
    rotations: list[RotationObject] = Field(
        default_factory=list,
        description="rotation statements after generation 0, oldest first; a device takes "
        "only those that extend its chain, signed by the identity it pinned",
    )


class InvitationRequest(Strict):
    role: Literal["field", "coordinator"]
    org: int | Text | None = Field(default=None, description="organisation id or name")
    expires_in: int = Field(default=7 * 86400, ge=60, le=365 * 86400, description="seconds")
    token_hash: str = Field(
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 (hex) of the 16-byte token the coordinator's device drew; the "
        "code itself, with the coordinator key's fingerprint, is made on that device",
    )


class InvitationResponse(BaseModel):
    token_hash: str
    role: str
    org: OrgOut | None
    expires: int


class OrgRequest(Strict):
    name: Text = Field(min_length=1, max_length=200)
    velayat: Text = Field(
        min_length=1, max_length=32, description="Ahal, Balkan, Daşoguz, Lebap, Mary or Aşgabat"
    )


class OrgsResponse(BaseModel):
    orgs: list[OrgOut]


class DeviceOut(BaseModel):
    device_id: str
    name: str | None
    role: str
    org: OrgOut | None
    enrolled: int
    revoked: int | None
    last_seq: int
    last_received: int | None = Field(
        default=None, description="when the server last received an envelope from it (ms)"
    )
    signing_key: str
    encryption_key: str


class DevicesResponse(BaseModel):
    devices: list[DeviceOut]


class RevokeResponse(BaseModel):
    device_id: str
    revoked: int
    was_coordinator: bool = Field(
        default=False,
        description="the device held the coordination key: replace it (docs/security.md)",
    )


class PushRequest(BaseModel):
    envelopes: list[dict[str, Any]] = Field(
        max_length=100,
        description="wire envelopes (protocol.envelope.Envelope.to_wire), ≤ 100 per request",
    )


class RelayPushRequest(PushRequest):
    author: str = Field(pattern=HEX16, description="the device that wrote the envelopes")


class ReceiptOut(BaseModel):
    envelope: str
    author: str
    seq: int
    server_seq: int
    epoch: str
    time: int
    signature: str


class PushItemResult(BaseModel):
    index: int
    envelope_id: str | None
    status: Literal["stored", "duplicate", "conflict_stored", "rejected"]
    reason: str | None = None
    message: str | None = None
    expected: int | None = None
    receipt: ReceiptOut | None = None
    blobs_missing: list[str] | None = None


class PushResponse(BaseModel):
    epoch: str
    results: list[PushItemResult]


class DeviceKeysOut(BaseModel):
    signing_key: str
    encryption_key: str
    role: str


class ChangeItem(BaseModel):
    server_seq: int
    envelope: dict[str, Any]
    receipt: ReceiptOut


class ChangesResponse(BaseModel):
    envelopes: list[ChangeItem]
    next_cursor: str
    more: bool
    epoch: str
    keys: dict[str, DeviceKeysOut]
    conflicts: list[str]


class BlobCreate(Strict):
    blob_id: str = Field(pattern=HEX32)
    size: int = Field(ge=0)


class BlobStateOut(BaseModel):
    blob_id: str
    size: int
    offset: int
    complete: bool
