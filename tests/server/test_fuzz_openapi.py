"""Property-based fuzzing of the live API from its own OpenAPI document (schemathesis).

Every operation is fuzzed with valid and with invalid inputs. Each request carries a valid
bearer token and request signature (so the fuzzer reaches the handlers, not only the auth
check) and must never produce a 5xx; every refusal has the JSON error shape.
"""

from __future__ import annotations

from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, reject, settings
from schemathesis import GenerationMode

from tests.server.client import DeviceAuth
from tests.server.conftest import Network

MAX_EXAMPLES = 20

# blob appends are raw bytes, sent like any octet stream
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")


def _fuzz(
    network: Network,
    operation: Any,
    mode: GenerationMode,
    auth: DeviceAuth,
    failures: list[str],
    statuses: dict[int, int],
) -> None:
    session = requests.Session()

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        try:
            response = case.call(base_url=network.url, session=session, auth=auth, timeout=30)
        except (requests.exceptions.InvalidHeader, UnicodeError, ValueError):
            reject()  # requests itself refuses to send it
        status = response.status_code
        statuses[status] = statuses.get(status, 0) + 1
        label = f"{case.method} {case.formatted_path}"
        if status >= 500:
            failures.append(f"{label} -> {status}: {response.text[:300]}")
        elif status >= 400 and case.method != "HEAD":
            error = response.json().get("error", {})
            if not isinstance(error.get("code"), str):
                failures.append(f"{label} -> {status} without an error code")

    run()


@pytest.mark.slow
def test_no_input_makes_the_server_fail(network: Network) -> None:
    schema = schemathesis.openapi.from_url(network.url + "/v1/openapi.json")
    operations = [op.ok() for op in schema.get_all_operations()]
    assert len(operations) >= 11
    # the relayed push (parcels carried by another device) is fuzzed like its own push
    assert {"/v1/envelopes", "/v1/relay/envelopes"} <= {op.path for op in operations}
    failures: list[str] = []
    statuses: dict[int, int] = {}
    for operation in operations:
        # a coordinator per operation: every call is reachable, no rate limit is shared
        device = network.device("coordinator")
        auth = DeviceAuth(device.keys, device.token)
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz(network, operation, mode, auth, failures, statuses)
    assert not failures, "\n".join(failures[:10])
    assert sum(statuses.values()) > 200, statuses
    assert any(200 <= s < 300 for s in statuses), statuses
