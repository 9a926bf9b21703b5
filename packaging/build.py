"""Builds the desktop package for this platform, and checks a built one.

    python packaging/build.py build   # translations, icons, PyInstaller, then per platform:
                                      #   Linux: dist/Fieldbook-<version>-linux-<arch>.tar.gz
                                      #   Windows: dist/fieldbook/ (packaging/windows/ makes
                                      #   the installer), macOS: dist/Fieldbook.app
    python packaging/build.py test    # runs the built program's --self-test (on Linux the one
                                      # unpacked from the .tar.gz, in a throwaway folder)

`make package` and `make package-test` run these; docs/packaging.md says what each platform
needs. Run from the repository root with the virtualenv's Python (PyInstaller installed by
the `package` extra).
"""

from __future__ import annotations

import os
import platform
import runpy
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
VERSION: str = runpy.run_path(str(ROOT / "protocol" / "version.py"))["__version__"]


def linux_name() -> str:
    return f"Fieldbook-{VERSION}-linux-{platform.machine()}"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def make_icons() -> None:
    """resources/icons/fieldbook.svg drawn as PNG (Linux), ICO (Windows) and ICNS (macOS)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "fieldbook.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/fieldbook.svg does not render")
    ICONS.mkdir(parents=True, exist_ok=True)
    image = QImage(1024, 1024, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    big = ICONS / "fieldbook-1024.png"
    image.save(str(big))
    with Image.open(big) as source:
        source.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "fieldbook.png")
        source.save(
            ICONS / "fieldbook.ico",
            sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
        )
        source.save(ICONS / "fieldbook.icns")


def windows_version_file() -> None:
    """The version resource Windows shows in the file's Properties (read by the spec)."""
    parts = [int(p) for p in VERSION.split(".")[:3] if p.isdigit()] + [0, 0, 0, 0]
    numbers = ", ".join(str(n) for n in parts[:4])
    BUILD.mkdir(exist_ok=True)
    (BUILD / "windows_version.txt").write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'Fieldbook'),
    StringStruct('FileDescription', 'Fieldbook'),
    StringStruct('FileVersion', '{VERSION}'),
    StringStruct('ProductName', 'Fieldbook'),
    StringStruct('ProductVersion', '{VERSION}'),
    StringStruct('LegalCopyright', 'AGPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""",
        encoding="utf-8",
    )


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def build() -> int:
    started = time.perf_counter()
    run([sys.executable, "-m", "tools.i18n", "release"])
    make_icons()
    windows_version_file()
    shutil.rmtree(DIST / "fieldbook", ignore_errors=True)
    shutil.rmtree(DIST / "Fieldbook.app", ignore_errors=True)
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "fieldbook.spec"),
        ]
    )
    bundle = DIST / "fieldbook"
    print(f"bundle {bundle.relative_to(ROOT)}: {mib(folder_size(bundle))}")
    if sys.platform.startswith("linux"):
        archive = linux_archive(bundle)
        print(f"archive {archive.relative_to(ROOT)}: {mib(archive.stat().st_size)}")
    print(f"built in {time.perf_counter() - started:.0f} s")
    return 0


def linux_archive(bundle: Path) -> Path:
    """The one-folder program with its menu entry, icon and per-user install script."""
    name = linux_name()
    stage = DIST / name
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage, symlinks=True)
    for extra in ("fieldbook.desktop", "install.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / extra, stage / extra)
    shutil.copy2(ICONS / "fieldbook.png", stage / "fieldbook.png")
    archive = DIST / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(stage, arcname=name)
    shutil.rmtree(stage)
    return archive


def self_test_command(unpacked: Path | None) -> list[str]:
    if sys.platform == "win32":
        return [str(DIST / "fieldbook" / "fieldbook-cli.exe"), "--self-test"]
    if sys.platform == "darwin":
        return [str(DIST / "Fieldbook.app" / "Contents" / "MacOS" / "fieldbook"), "--self-test"]
    assert unpacked is not None
    return [str(unpacked / linux_name() / "fieldbook"), "--self-test"]


def test() -> int:
    """The built program's self-test, with a home and a temporary folder of its own that
    must be empty afterwards."""
    with tempfile.TemporaryDirectory(prefix="fieldbook-package-test-") as scratch:
        work = Path(scratch)
        home, tmp = work / "home", work / "tmp"
        home.mkdir()
        tmp.mkdir()
        unpacked = None
        if sys.platform.startswith("linux"):
            archive = DIST / f"{linux_name()}.tar.gz"
            if not archive.exists():
                raise SystemExit(f"{archive} is missing: run make package first")
            unpacked = work / "unpacked"
            with tarfile.open(archive) as tar:
                tar.extractall(unpacked, filter="data")
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("XDG_", "FIELDBOOK_", "QT_", "PYTHON"))
        }
        env.update(HOME=str(home), USERPROFILE=str(home), TMPDIR=str(tmp), TEMP=str(tmp))
        env["TMP"] = str(tmp)
        cmd = self_test_command(unpacked)
        print("+", " ".join(cmd), flush=True)
        started = time.perf_counter()
        rc = subprocess.run(cmd, env=env, cwd=work, check=False, timeout=300).returncode
        print(f"self-test exit {rc} in {time.perf_counter() - started:.1f} s")
        left = [str(p) for p in (*tmp.rglob("*"), *home.rglob("*"))]
        if left:
            print("left behind:", *left, sep="\n  ")
            return 1
        return rc


def main(argv: list[str]) -> int:
    if argv == ["build"]:
        return build()
    if argv == ["test"]:
        return test()
    if argv == ["icons"]:
        make_icons()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
