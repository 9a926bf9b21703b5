"""Shared OpenAPI response declarations and JSON helpers for the routers."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Response

from server.models import ErrorResponse

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse}
    for code in (400, 401, 403, 404, 408, 409, 410, 413, 415, 422, 429, 507)
}


def json_response(body: bytes | dict[str, Any], status: int = 200, **headers: str) -> Response:
    content = body if isinstance(body, bytes) else json.dumps(body, separators=(",", ":")).encode()
    return Response(content, status_code=status, media_type="application/json", headers=headers)
