"""The desktop package against the virtualenv: size on disk, and start-up time to the unlock page.

    .venv/bin/python bench/package.py [--runs 5] [--bundle dist/fieldbook]

Needs a built bundle (`make package`). Sizes: the bundle folder, its .tar.gz, the whole
virtualenv (with the server, test and build tools), and only the distributions the program
needs at run time (fieldbook's dependency closure) — the fair comparison.

Start-up: a profile is made once (so the window opens on its unlock page, as on every start
but the first), then each program is started with ``--startup-probe``, which prints once the
page is painted; the time is from the process start to that line. "cold" runs first drop the
program's files from the page cache (``posix_fadvise(DONTNEED)`` on each file: no root
needed, and no other program's cache is touched) — close to the first start after a reboot,
minus the disk's own cache; "warm" is the median of the runs after it, bundle and virtualenv
started in turns. Offscreen Qt for both.
Prints the figures, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "bench passphrase 2025"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> float:
    return round(size / 2**20, 1)


def runtime_distributions() -> list[metadata.Distribution]:
    """fieldbook and every distribution its run-time requirements pull in (no extras)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = ["fieldbook"]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            marker_ok = True
            if ";" in requirement:
                from packaging.markers import Marker

                marker_ok = Marker(requirement.split(";", 1)[1]).evaluate()
            if marker_ok:
                todo.append(re.match(r"[A-Za-z0-9._-]+", requirement).group(0))  # type: ignore[union-attr]
    return list(seen.values())


def distribution_files(dists: list[metadata.Distribution]) -> list[Path]:
    files: list[Path] = []
    for dist in dists:
        for item in dist.files or []:
            path = Path(str(dist.locate_file(item)))
            if path.is_file() and "__editable__" not in path.name:
                files.append(path)
    return files


def stdlib_files() -> list[Path]:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    found = [p for p in stdlib.rglob("*") if p.is_file() and "site-packages" not in p.parts]
    libdir = sysconfig.get_config_var("LIBDIR")
    if libdir:
        found += list(Path(libdir).glob("libpython3*.so*"))
    return found


def evict(files: list[Path]) -> None:
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def time_to_unlock_page(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if b"unlock page shown" in line:
            shown = time.perf_counter() - started
    proc.wait(timeout=120)
    if shown is None or proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} did not show its unlock page (exit {proc.returncode})")
    return shown


def measure(
    programs: dict[str, tuple[list[str], dict[str, str], list[Path]]], runs: int
) -> dict[str, dict[str, float]]:
    """Cold start of each, then warm starts taken in turns, so a change in the machine's
    load (2 shared cores) falls on both alike."""
    cold: dict[str, float] = {}
    for name, (cmd, env, files) in programs.items():
        evict(files)
        cold[name] = time_to_unlock_page(cmd, env)
    warm: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, (cmd, env, _files) in programs.items():
            warm[name].append(time_to_unlock_page(cmd, env))
    return {
        name: {
            "cold_s": round(cold[name], 3),
            "warm_median_s": round(statistics.median(warm[name]), 3),
            "warm_min_s": round(min(warm[name]), 3),
        }
        for name in programs
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "fieldbook")
    args = parser.parse_args()
    exe = args.bundle / ("fieldbook-cli.exe" if sys.platform == "win32" else "fieldbook")
    if not exe.exists():
        raise SystemExit(f"{exe} is missing: run make package first")

    venv = Path(sys.prefix)
    dists = runtime_distributions()
    runtime_files = distribution_files(dists)
    archives = sorted((ROOT / "dist").glob("Fieldbook-*.tar.gz"))
    sizes = {
        "bundle_mib": mib(folder_size(args.bundle)),
        "archive_mib": mib(archives[-1].stat().st_size) if archives else None,
        "venv_total_mib": mib(folder_size(venv)),
        "venv_runtime_mib": mib(sum(p.stat().st_size for p in runtime_files)),
        "python_stdlib_mib": mib(sum(p.stat().st_size for p in stdlib_files())),
    }

    work = Path(tempfile.mkdtemp(prefix="fieldbook-bench-package-"))
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDBOOK_")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=str(work))
        made = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(work / "data"), "init"],
            env={**env, "PYTHONPATH": str(ROOT), "FIELDBOOK_PASSPHRASE": PASSPHRASE},
            capture_output=True,
            check=False,
        )
        if made.returncode != 0:
            raise SystemExit(made.stderr.decode())
        probe = ["--startup-probe", "--data-dir", str(work / "data")]
        bundle_files = [p for p in args.bundle.rglob("*") if p.is_file()]
        venv_files = runtime_files + stdlib_files()
        start = measure(
            {
                "bundle": ([str(exe), *probe], env, bundle_files),
                "venv": (
                    [sys.executable, "-m", "desktop", *probe],
                    {**env, "PYTHONPATH": str(ROOT)},
                    venv_files,
                ),
            },
            args.runs,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"bundle {args.bundle}: {sizes['bundle_mib']} MiB", end="")
    print(f" (archive {sizes['archive_mib']} MiB)" if archives else "")
    print(f"virtualenv {venv}: {sizes['venv_total_mib']} MiB in all; the program's run-time")
    print(
        f"  distributions {sizes['venv_runtime_mib']} MiB"
        f" + Python's standard library {sizes['python_stdlib_mib']} MiB"
    )
    for name, figures in start.items():
        print(
            f"start to the unlock page, {name}: cold {figures['cold_s']:.2f} s,"
            f" warm {figures['warm_median_s']:.2f} s (median of {args.runs},"
            f" best {figures['warm_min_s']:.2f} s)"
        )
    print(json.dumps({"sizes": sizes, "start": start, "runs": args.runs}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
