"""Coordinator calls: the coordination key, invitations, devices and revocation."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response

from protocol.encoding import b64encode
from server import admin, coordination
from server.api.responses import ERRORS, json_response
from server.auth import AnyDevice, CoordinatorDevice, get_state
from server.errors import ApiError
from server.models import (
    CoordinationKeyObject,
    CoordinationKeyResponse,
    DevicesResponse,
    InvitationRequest,
    InvitationResponse,
    OrgOut,
    OrgRequest,
    OrgsResponse,
    RevokeResponse,
    RotationObject,
)

router = APIRouter(prefix="/v1", responses=ERRORS)


@router.get("/coordination-key", response_model=CoordinationKeyResponse)
def get_coordination_key(request: Request, caller: AnyDevice) -> dict[str, Any]:
    """The published coordination key (``coordination`` is null until one is published)."""
    return coordination.current(get_state(request))


@router.put(
    "/coordination-key",
    response_model=CoordinationKeyResponse,
    responses={201: {"model": CoordinationKeyResponse}},
)
def put_coordination_key(
    request: Request, body: CoordinationKeyObject, caller: CoordinatorDevice
) -> Response:
    """Publish the coordination key signed by the calling coordinator (201 the first time,
    200 when the same coordinator republishes). ``coordination_key_exists`` (409) when another
    coordinator published first; ``coordination_key_rotated`` (409) once a rotation exists;
    ``coordinator_mismatch`` (403) when ``coordinator_key`` is not the caller's signing key;
    ``bad_signature`` (422) when the signature does not verify."""
    answer, created = coordination.publish(get_state(request), caller, body.model_dump())
    return json_response(answer, 201 if created else 200)


@router.post(
    "/coordination-key/rotations",
    response_model=CoordinationKeyResponse,
    responses={200: {"model": CoordinationKeyResponse}},
    status_code=201,
)
def rotate_coordination_key(
    request: Request, body: RotationObject, caller: CoordinatorDevice
) -> Response:
    """Register the coordination key's next generation: a statement signed by the identity
    that published generation 0 (201; 200 when this very statement is stored already).
    ``rotation_refused`` (422) when it does not extend the chain or is signed by another key;
    ``rotation_exists`` (409) when another statement holds that generation."""
    answer, created = coordination.rotate(get_state(request), caller, body.model_dump())
    return json_response(answer, 201 if created else 200)


@router.post("/invitations", response_model=InvitationResponse, status_code=201)
def create_invitation(
    request: Request, body: InvitationRequest, caller: CoordinatorDevice
) -> dict[str, Any]:
    """Register a one-time invitation a coordinator's device made (field workers or further
    coordinators): only the token's hash and the terms reach the server; the code, with the
    fingerprint of the coordinator key it vouches for, never does. ``invitation_exists``
    (409) when the hash is registered already."""
    try:
        registered = admin.register_invitation(
            get_state(request).db,
            token_hash=body.token_hash,
            role=body.role,
            org=body.org,
            ttl_s=body.expires_in,
            created_by=caller.device_id,
        )
    except admin.AdminError as exc:
        status = {"org_unknown": 404, "invitation_exists": 409}.get(exc.code, 422)
        raise ApiError(status, exc.code, exc.message) from exc
    return {
        "token_hash": registered.token_hash,
        "role": registered.role,
        "org": registered.org.to_json() if registered.org else None,
        "expires": registered.expires_ms,
    }


@router.get("/organisations", response_model=OrgsResponse)
def list_organisations(request: Request, caller: CoordinatorDevice) -> dict[str, Any]:
    """The network's organisations, by name."""
    return {"orgs": [org.to_json() for org, _active in admin.list_orgs(get_state(request).db)]}


@router.post("/organisations", response_model=OrgOut, status_code=201)
def add_organisation(
    request: Request, body: OrgRequest, caller: CoordinatorDevice
) -> dict[str, Any]:
    """Add an organisation (as ``fieldbook-server org add`` does). ``unknown_velayat`` (422)
    for a velayat that is not one of the six; ``org_exists`` (409) for a name in use."""
    try:
        org = admin.add_org(get_state(request).db, body.name, body.velayat)
    except admin.AdminError as exc:
        status = {"org_exists": 409}.get(exc.code, 422)
        raise ApiError(status, exc.code, exc.message) from exc
    return org.to_json()


@router.get("/devices", response_model=DevicesResponse)
def list_devices(request: Request, caller: CoordinatorDevice) -> dict[str, Any]:
    """Every enrolled device, with its public keys and last device sequence number."""
    devices = admin.list_devices(get_state(request).db)
    for device in devices:
        device["signing_key"] = b64encode(device["signing_key"])
        device["encryption_key"] = b64encode(device["encryption_key"])
    return {"devices": devices}


@router.post("/devices/{device_id}/revoke", response_model=RevokeResponse)
def revoke_device(
    request: Request,
    device_id: Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")],
    caller: CoordinatorDevice,
) -> dict[str, Any]:
    """Revoke a device: its next request is refused with 403 ``device_revoked``.
    ``was_coordinator``: the device held the coordination key, which should be replaced."""
    try:
        revocation = admin.revoke_device(get_state(request).db, device_id)
    except admin.AdminError as exc:
        raise ApiError(404, exc.code, exc.message) from exc
    return {
        "device_id": device_id,
        "revoked": revocation.revoked_ms,
        "was_coordinator": revocation.was_coordinator,
    }
