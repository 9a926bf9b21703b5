"""Start the real server (``python -m server serve``) on a free 127.0.0.1 port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class ServerProcess:
    def __init__(self, data_dir: Path, database: str | None = None, *extra: str) -> None:
        self.data_dir = data_dir
        self.database = database
        # the tests' many deliberate 401s all come from 127.0.0.1: a budget for failed
        # authentications they cannot exhaust, unless a test passes its own
        self.extra = ["--auth-failure-burst", "1000000", *extra]
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir.parent / f"{data_dir.name}-server.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def admin_args(self) -> list[str]:
        args = ["--data-dir", str(self.data_dir)]
        if self.database:
            args += ["--database", self.database]
        return args

    def start(self, timeout: float = 30) -> ServerProcess:
        cmd = [sys.executable, "-m", "server", "serve", "--port", str(self.port),
               "--log-level", "warning", *self.admin_args(), *self.extra]  # fmt: skip
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child process holds it
        self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            try:
                if requests.get(self.url + "/v1/health?nonce=up", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"server did not start:\n{self.log()}")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flushing — as if the power went."""
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def admin(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "server", *args, *self.admin_args()],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"admin {args} failed: {result.stderr}")
        return result
