"""The relayed push (``PUT /v1/relay/envelopes``) fuzzed beyond what the OpenAPI fuzzer
reaches: a real enrolled author, its genuine envelopes mutated (fields dropped, swapped,
bytes flipped, types changed), other authors named. Never a 5xx, every refusal the JSON
error shape, and nothing stored that the author did not sign."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protocol.envelope import Envelope
from tests.server.conftest import Network

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=3),
    max_leaves=8,
)  # fmt: skip


def _mutate(wire: dict[str, Any], data: st.DataObject) -> Any:
    choice = data.draw(st.integers(0, 5))
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in wire.items()}
    if choice == 0:
        return data.draw(JSON)
    if choice == 1:
        out.pop(data.draw(st.sampled_from(sorted(out))))
    elif choice == 2:
        out[data.draw(st.sampled_from(sorted(out)))] = data.draw(JSON)
    elif choice == 3:
        header = out["header"]
        header[data.draw(st.sampled_from(sorted(header)))] = data.draw(JSON)
    elif choice == 4:
        text = out["ciphertext"]
        at = data.draw(st.integers(0, len(text) - 1))
        out["ciphertext"] = text[:at] + data.draw(st.sampled_from("A_-=!")) + text[at + 1 :]
    return out


def test_relayed_pushes_never_fail_the_server(network: Network) -> None:
    author, relay = network.device(), network.device()
    genuine = [author.seal({"n": i}, advance=False, seq=1, prev=None).to_wire() for i in range(3)]
    stored: list[str] = []

    @given(data=st.data())
    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def run(data: st.DataObject) -> None:
        named = data.draw(st.sampled_from([author.device_id, relay.device_id, "f" * 32, "x"]))
        picked = data.draw(st.lists(st.sampled_from(genuine), min_size=1, max_size=3))
        items = [_mutate(w, data) for w in picked]
        body: Any = {"author": named, "envelopes": items}
        if data.draw(st.booleans()) and data.draw(st.booleans()):
            body = data.draw(JSON)
        response = relay.request("PUT", "/v1/relay/envelopes", json=body)
        assert response.status_code < 500, response.text
        if response.status_code >= 400:
            assert isinstance(response.json()["error"]["code"], str)
            return
        for result in response.json()["results"]:
            if result["status"] in ("stored", "conflict_stored"):
                stored.append(result["envelope_id"])

    run()
    # whatever was stored is one of the author's genuine envelopes, nothing mutated
    genuine_ids = {Envelope.from_wire(w).envelope_id for w in genuine}
    assert set(stored) <= genuine_ids
