"""The server as a package: the systemd unit, the container image and the compose file parse,
and point at real paths, commands and flags. No container engine runs here, so the image
itself is not built; its health check is run against the server started as the image would.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from server.cli import build_parser
from server.config import ENV_DATA_DIR, ENV_DATABASE, normalise_database_url

REPO = Path(__file__).resolve().parents[2]
SERVER_PKG = REPO / "packaging" / "server"
UNIT = SERVER_PKG / "fieldbook-server.service"
DOCKERFILE = SERVER_PKG / "Dockerfile"
COMPOSE = SERVER_PKG / "compose.yaml"


# -- systemd -------------------------------------------------------------------------------


def unit_entries(text: str) -> dict[str, dict[str, list[str]]]:
    """systemd's syntax: [Section] then Key=Value lines; a key may repeat."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"a key outside a section: {line}"
        key, sep, value = line.partition("=")
        assert sep, f"not Key=Value: {line}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_the_unit_runs_a_real_subcommand_with_real_flags() -> None:
    service = unit_entries(UNIT.read_text("utf-8"))["Service"]
    program, *args = service["ExecStart"][0].split()
    assert Path(program).name == "fieldbook-server"
    assert "fieldbook-server" in _pyproject_scripts()
    parsed = build_parser().parse_args(args)  # SystemExit on an unknown flag or subcommand
    assert parsed.command == "serve"
    assert parsed.host == "127.0.0.1" and parsed.behind_proxy
    env = dict(item.split("=", 1) for item in service["Environment"])
    assert env[ENV_DATA_DIR] == "/var/lib/" + service["StateDirectory"][0]
    assert service["User"] == ["fieldbook"]
    assert service["StateDirectoryMode"] == ["0700"]


def test_the_unit_is_sandboxed() -> None:
    service = unit_entries(UNIT.read_text("utf-8"))["Service"]
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "PrivateDevices": "yes",
        "RestrictSUIDSGID": "yes",
        "CapabilityBoundingSet": "",
        "UMask": "0077",
    }.items():
        assert service.get(key) == [value], key
    assert "@system-service" in service["SystemCallFilter"]


def _pyproject_scripts() -> set[str]:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    return set(project["scripts"])


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_itself_accepts_the_unit(tmp_path: Path) -> None:
    # verify also checks that ExecStart's program exists: the one of this virtualenv stands
    # in for /opt/fieldbook-server's.
    program = Path(sys.executable).with_name("fieldbook-server")
    if not program.exists():
        pytest.skip("fieldbook-server is not installed in this virtualenv")
    text = UNIT.read_text("utf-8").replace(
        "/opt/fieldbook-server/bin/fieldbook-server", str(program)
    )
    copy = tmp_path / "fieldbook-server.service"
    copy.write_text(text, "utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, check=False
    )
    # Unknown or misspelt keys are only warnings: any output at all fails the test.
    assert done.returncode == 0 and done.stderr.strip() == "", done.stderr
    score = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    if score.returncode == 0:  # offline scoring came with systemd 250
        assert "Overall exposure level" in score.stdout
        level = float(score.stdout.split("Overall exposure level")[1].split(":")[1].split()[0])
        assert level <= 2.0, score.stdout[-300:]


# -- the container image -------------------------------------------------------------------


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    joined = text.replace("\\\n", " ")
    out = []
    for line in joined.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            keyword, _, rest = stripped.partition(" ")
            out.append((keyword.upper(), rest.strip()))
    return out


def _final_stage(instructions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    starts = [i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM"]
    return instructions[starts[-1] :]


def test_the_image_is_slim_non_root_with_a_data_volume_and_a_health_check() -> None:
    final = _final_stage(dockerfile_instructions(DOCKERFILE.read_text("utf-8")))
    first = dict(final)
    assert first["FROM"].endswith("-slim")
    user = [rest for keyword, rest in final if keyword == "USER"][-1]
    assert user.split(":")[0] not in ("root", "0")
    assert json.loads(first["VOLUME"]) == ["/data"]
    env = first["ENV"]
    assert f"{ENV_DATA_DIR}=/data" in env
    assert "/v1/health" in first["HEALTHCHECK"]
    entrypoint = json.loads(first["ENTRYPOINT"])
    assert entrypoint == ["python", "-m", "server"]
    assert (REPO / "server" / "__main__.py").exists()
    parsed = build_parser().parse_args(json.loads(first["CMD"]))
    assert parsed.command == "serve" and parsed.port == 8443
    for keyword, rest in final:
        if keyword == "COPY" and not rest.startswith("--from"):
            *sources, _dest = rest.split()
            for source in sources:
                assert (REPO / source).exists(), source


def test_the_image_installs_what_the_server_imports_and_no_desktop_library() -> None:
    from packaging_requirements import requirement_name, server_requirements

    names = {requirement_name(r) for r in server_requirements(REPO / "pyproject.toml")}
    assert not names & {"pyside6-essentials", "numpy", "pillow", "sqlcipher3-binary"}
    distributions = {
        module: {d.lower().replace("_", "-") for d in dists}
        for module, dists in packages_distributions().items()
    }
    stdlib = set(sys.stdlib_module_names)
    imported = set()
    for folder in ("server", "protocol"):
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Import):
                    imported.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    imported.add(node.module.split(".")[0])
    third_party = {m for m in imported if m not in stdlib and m not in {"server", "protocol"}}
    assert third_party, "no imports found: the scan is broken"
    for module in sorted(third_party - {"__future__"}):
        owners = distributions.get(module, set())
        # starlette and pydantic come with fastapi; their own names are not in the list.
        via = {"starlette": "fastapi", "pydantic": "fastapi", "nacl": "pynacl"}
        assert owners & names or via.get(module) in names, f"{module} ({owners}) not installed"


@pytest.fixture(scope="module", autouse=True)
def _requirements_module() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "packaging_requirements", SERVER_PKG / "requirements.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["packaging_requirements"] = module


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_health_check_passes_against_the_server_run_as_the_image_runs_it(
    tmp_path: Path,
) -> None:
    final = dict(_final_stage(dockerfile_instructions(DOCKERFILE.read_text("utf-8"))))
    port = _free_port()
    cmd = json.loads(final["CMD"])
    cmd[cmd.index("--port") + 1] = str(port)
    cmd[cmd.index("--host") + 1] = "127.0.0.1"  # here, not inside a container's network
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDBOOK_")}
    env.update({ENV_DATA_DIR: str(tmp_path / "data"), "PYTHONPATH": str(REPO)})
    check = json.loads(final["HEALTHCHECK"].split("CMD", 1)[1].strip())
    check = [part.replace(":8443/", f":{port}/") for part in check]
    check[0] = sys.executable
    server = subprocess.Popen(
        [sys.executable, *json.loads(final["ENTRYPOINT"])[1:], *cmd],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            done = subprocess.run(check, capture_output=True, timeout=10, check=False)
            if done.returncode == 0:
                break
            assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
            assert time.monotonic() < deadline, done.stderr.decode()[-500:]
            time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=40)
    # And the check fails when nothing answers.
    failed = subprocess.run(check, capture_output=True, timeout=10, check=False)
    assert failed.returncode != 0


# -- compose -------------------------------------------------------------------------------


def test_the_compose_file_builds_this_image_and_runs_a_real_command() -> None:
    yaml = pytest.importorskip("yaml")
    compose = yaml.safe_load(COMPOSE.read_text("utf-8"))
    server = compose["services"]["server"]
    context = (SERVER_PKG / server["build"]["context"]).resolve()
    assert context == REPO
    assert (context / server["build"]["dockerfile"]).resolve() == DOCKERFILE
    command = [
        "https://sync.example.org" if part.startswith("${FIELDBOOK_PUBLIC_URL") else part
        for part in server["command"]
    ]
    parsed = build_parser().parse_args(command)
    assert parsed.command == "serve" and parsed.behind_proxy
    assert parsed.public_url == "https://sync.example.org"
    assert any(v.endswith(":/data") for v in server["volumes"])
    url = server["environment"][ENV_DATABASE].replace(
        "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}", "secret"
    )
    assert normalise_database_url(url).startswith("postgresql+psycopg://fieldbook:secret@db:")
    db = compose["services"]["db"]
    assert db["image"].startswith("postgres:")
    assert server["depends_on"]["db"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    # Only the host's loopback: TLS is the reverse proxy's.
    assert all(p.startswith("127.0.0.1:") for p in server["ports"])
    assert compose["networks"]["backend"]["internal"] is True
