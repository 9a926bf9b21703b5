"""Protocol benchmark: envelope seal+open rate and blob encryption throughput.

    .venv/bin/python bench/protocol.py [--sizes 20,200] [--envelopes 2000]

Prints figures, then one JSON object on the last line. The in-memory reference is what the
blob format costs with no I/O at all: AES-GCM over the same bytes in 256 KiB chunks plus the
two SHA-256 passes the format needs (plaintext hash and blob id), one after the other.
File-to-file runs in a child process per size so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# This script is named after the package it measures: keep its own folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from protocol.blob import CHUNK_SIZE, decrypt_stream, encrypt_file
from protocol.encoding import canonical_json
from protocol.envelope import seal
from protocol.keys import DeviceKeys, EncryptionKey

MB = 1_000_000


def bench_envelopes(n: int) -> dict[str, float]:
    author, coordination = DeviceKeys.generate(), EncryptionKey.generate()
    body = {"title": "Gözegçilik", "description": os.urandom(1500).hex() + "ş" * 500}
    record = os.urandom(16).hex()
    t0 = time.perf_counter()
    sealed = [
        seal(
            body,
            author=author,
            kind="observation",
            record_id=record,
            rev=i + 1,
            parent=None,
            seq=1,
            prev=None,
            recipients=[author.encryption.public, coordination.public],
        )
        for i in range(n)
    ]
    t1 = time.perf_counter()
    for env in sealed:
        env.open([coordination], author.signing.public)
    t2 = time.perf_counter()
    return {
        "body_bytes": len(canonical_json(body)),
        "seal_per_s": n / (t1 - t0),
        "open_per_s": n / (t2 - t1),
        "seal_open_per_s": n / (t2 - t0),
    }


def in_memory_reference(data: bytes) -> float:
    """MB/s for AES-GCM + SHA-256(plaintext) + SHA-256(ciphertext), serial, no I/O."""
    aead = AESGCM(os.urandom(32))
    prefix = os.urandom(8)
    view = memoryview(data)
    t0 = time.perf_counter()
    plain, blob = hashlib.sha256(), hashlib.sha256()
    for index, start in enumerate(range(0, len(data), CHUNK_SIZE)):
        chunk = view[start : start + CHUNK_SIZE]
        plain.update(chunk)
        blob.update(aead.encrypt(prefix + index.to_bytes(4, "big"), chunk, b"aad"))
    return len(data) / (time.perf_counter() - t0) / MB


def peak_rss_kib() -> int:
    """VmHWM of this process (ru_maxrss can carry the parent's peak over fork+exec)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child_file_to_file(src: str, dst: str) -> None:
    key = os.urandom(32)
    t0 = time.perf_counter()
    info = encrypt_file(src, dst, key)
    enc_s = time.perf_counter() - t0
    with open(dst, "rb") as fin, open(os.devnull, "wb") as fout:
        t1 = time.perf_counter()
        decrypt_stream(fin, fout, key, info.blob_id)
        dec_s = time.perf_counter() - t1
    size = os.path.getsize(src)
    peak_kib = peak_rss_kib()
    print(
        json.dumps(
            {
                "encrypt_mb_s": size / enc_s / MB,
                "decrypt_mb_s": size / dec_s / MB,
                "peak_rss_mb": peak_kib / 1024,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="20,200", help="file sizes in MB")
    parser.add_argument("--envelopes", type=int, default=2000)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_file_to_file(*args.child)
        return

    figures: dict[str, object] = {}
    env = bench_envelopes(args.envelopes)
    figures["envelopes"] = env
    print(
        f"envelopes ({env['body_bytes']:.0f} B body, 2 recipients): "
        f"seal {env['seal_per_s']:.0f}/s, open {env['open_per_s']:.0f}/s, "
        f"seal+open {env['seal_open_per_s']:.0f}/s"
    )

    blobs = {}
    with tempfile.TemporaryDirectory(prefix="fb-bench-") as tmp:
        for size_mb in (int(s) for s in args.sizes.split(",")):
            src, dst = Path(tmp, "plain.bin"), Path(tmp, "blob.bin")
            with open(src, "wb") as fh:
                for _ in range(size_mb):
                    fh.write(os.urandom(MB))
            data = src.read_bytes()
            reference = max(in_memory_reference(data) for _ in range(2))
            del data
            runs = []
            for _ in range(2):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", str(src), str(dst)],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            best = max(runs, key=lambda r: r["encrypt_mb_s"])
            ratio = best["encrypt_mb_s"] / reference
            blobs[f"{size_mb}MB"] = {**best, "in_memory_reference_mb_s": reference, "ratio": ratio}
            print(
                f"blob {size_mb} MB file→file: encrypt {best['encrypt_mb_s']:.0f} MB/s, "
                f"decrypt {best['decrypt_mb_s']:.0f} MB/s, "
                f"peak RSS {best['peak_rss_mb']:.1f} MB; "
                f"in-memory reference {reference:.0f} MB/s; ratio {ratio:.2f}"
            )
            src.unlink()
            dst.unlink()
    figures["blobs"] = blobs
    print(json.dumps(figures, sort_keys=True))


if __name__ == "__main__":
    main()
