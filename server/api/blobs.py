"""Resumable (tus-like) blob upload and ranged download."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Request, Response
from fastapi.responses import FileResponse
from starlette.concurrency import run_in_threadpool

from server.api.responses import ERRORS, json_response
from server.auth import AnyDevice, Caller, get_state, request_body
from server.blob_access import may_read, sizes_referenced_by
from server.blob_store import BlobState
from server.errors import ApiError
from server.models import BlobCreate, BlobStateOut
from server.relay import relayed_author
from server.state import ServerState

router = APIRouter(prefix="/v1", responses=ERRORS)
BlobId = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the blob, hex")]
OFFSET_MEDIA_TYPE = "application/offset+octet-stream"


def _headers(blob: BlobState) -> dict[str, str]:
    return {
        "Upload-Offset": str(blob.offset),
        "Upload-Length": str(blob.size),
        "Cache-Control": "no-store",
    }


def _check_uploader(state: ServerState, author: str, blob_id: str) -> set[int]:
    with state.db.read() as conn:
        sizes = sizes_referenced_by(conn, blob_id, author)
    if not sizes:
        raise ApiError(
            403,
            "blob_not_referenced",
            "push the envelope that references this blob before uploading it",
        )
    return sizes


@router.post(
    "/blobs",
    response_model=BlobStateOut,
    status_code=201,
    responses={200: {"model": BlobStateOut, "description": "the upload exists already"}},
)
def create_blob(request: Request, body: BlobCreate, caller: AnyDevice) -> Response:
    """Start uploading a blob referenced by one of the caller's stored envelopes (201), or
    learn the offset of an existing upload (200; ``complete: true`` once verified).
    Errors: ``blob_not_referenced`` (403), ``blob_size_mismatch`` (422), ``blob_too_large``
    (413), ``blob_size_conflict`` (409), ``quota_exceeded`` (507: the device's attachments
    would pass its quota)."""
    state = get_state(request)
    if body.size > state.config.limits.max_blob_bytes:
        raise ApiError(413, "blob_too_large", "this blob is larger than the server accepts")
    author = relayed_author(state, request, caller)
    sizes = _check_uploader(state, author, body.blob_id)
    if body.size not in sizes:
        raise ApiError(
            422,
            "blob_size_mismatch",
            "the size differs from the one in the envelope that references this blob",
        )
    limits = state.config.limits
    state.blobs.expire_partials_now_and_then(limits.partial_expiry_s)
    # the quota is the author's, whoever relays the bytes
    blob, created = state.blobs.create(
        body.blob_id, body.size, author, quota_bytes=limits.device_quota_bytes
    )
    return json_response(
        blob.to_json(),
        201 if created else 200,
        Location=f"/v1/blobs/{blob.blob_id}",
        **_headers(blob),
    )


def _state_for(
    state: ServerState, caller: Caller, blob_id: str, uploader: str | None = None
) -> BlobState:
    with state.db.read() as conn:
        allowed = may_read(conn, caller, blob_id)
        if not allowed:
            author = uploader or caller.device_id
            allowed = bool(sizes_referenced_by(conn, blob_id, author))
    if not allowed:
        raise ApiError(404, "blob_unknown", "no such blob for this device")
    with state.blobs.exclusive(blob_id):
        blob = state.blobs.state(blob_id)
    if blob is None:
        raise ApiError(404, "blob_unknown", "no upload of this blob has started")
    return blob


@router.head("/blobs/{blob_id}", responses={200: {"description": "Upload-Offset, -Length"}})
def blob_offset(request: Request, blob_id: BlobId, caller: AnyDevice) -> Response:
    """Upload state in ``Upload-Offset`` and ``Upload-Length`` headers (no body)."""
    state = get_state(request)
    blob = _state_for(state, caller, blob_id, relayed_author(state, request, caller))
    return Response(status_code=200, headers=_headers(blob))


@router.patch(
    "/blobs/{blob_id}",
    response_model=BlobStateOut,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {OFFSET_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def append_blob(
    request: Request,
    blob_id: BlobId,
    caller: AnyDevice,
    body: Annotated[bytes, Depends(request_body)],
    upload_offset: Annotated[str, Header(max_length=20, pattern=r"^[0-9]{1,18}$")],
    content_type: Annotated[str, Header(max_length=200)] = "",
) -> Response:
    """Append the body (``Content-Type: application/offset+octet-stream``, ≤ 8 MiB) at
    ``Upload-Offset``, which must equal the stored offset (409 ``offset_mismatch`` with the
    current ``offset`` otherwise). At the last byte the SHA-256 is checked: 422
    ``blob_id_mismatch`` discards the upload (start again at 0)."""
    state = get_state(request)
    if content_type.split(";")[0].strip().lower() != OFFSET_MEDIA_TYPE:
        raise ApiError(415, "unsupported_media_type", f"send the bytes as {OFFSET_MEDIA_TYPE}")
    author = await run_in_threadpool(relayed_author, state, request, caller)
    await run_in_threadpool(_check_uploader, state, author, blob_id)
    blob = await run_in_threadpool(state.blobs.append, blob_id, int(upload_offset), body)
    return json_response(blob.to_json(), 200, **_headers(blob))


@router.get(
    "/blobs/{blob_id}",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/octet-stream": {}}},
        206: {"content": {"application/octet-stream": {}}, "description": "Range"},
    },
)
def download_blob(request: Request, blob_id: BlobId, caller: AnyDevice) -> FileResponse:
    """The complete blob; honours ``Range`` (206) for resumed downloads."""
    state = get_state(request)
    blob = _state_for(state, caller, blob_id)
    if not blob.complete:
        raise ApiError(409, "blob_incomplete", "this blob has not been fully uploaded yet")
    return FileResponse(
        state.blobs.final_path(blob_id),
        media_type="application/octet-stream",
        headers={"Cache-Control": "no-store"},
    )
