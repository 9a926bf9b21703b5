"""tools/install-system-deps.sh installs every X11 library Qt's xcb platform plugin links to
(without one, the app stops at start: "Could not load the Qt platform plugin "xcb"")."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "install-system-deps.sh"


def listed_packages() -> set[str]:
    text = SCRIPT.read_text(encoding="utf-8")
    names: set[str] = set()
    for body in re.findall(r"^\w+=\(([^)]*)\)", text, flags=re.M):
        names.update(word for word in body.split() if not word.startswith('"'))
    return names


def xcb_plugin_files() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    files = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    return [f for f in files if f.exists()]


@pytest.mark.skipif(
    not (shutil.which("ldd") and shutil.which("dpkg")), reason="needs ldd and dpkg (Debian)"
)
def test_every_x11_library_of_the_xcb_plugin_is_installed_by_the_script() -> None:
    files = xcb_plugin_files()
    if not files:
        pytest.skip("this PySide6 has no xcb plugin")
    out = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True).stdout
    assert "not found" not in out, out
    libraries = {os.path.realpath(m) for m in re.findall(r"=> (/\S+)", out) if "PySide6" not in m}
    owners = subprocess.run(
        ["dpkg", "-S", *sorted(libraries)], capture_output=True, text=True
    ).stdout
    packages = {line.split(":")[0] for line in owners.splitlines() if ":" in line}
    x11 = {p for p in packages if re.match(r"libx(cb|11|kbcommon)", p)}
    assert x11, owners
    assert x11 <= listed_packages(), sorted(x11 - listed_packages())
    for wanted in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
                   "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0"):  # fmt: skip
        assert wanted in listed_packages()


def test_the_readme_links_only_to_files_of_the_project() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"`([\w./-]+\.(?:md|sh|py|toml))`", text) + re.findall(
        r"\]\(([^)#]+)\)", text
    ):
        if target.startswith(("http://", "https://")):
            continue
        path = (ROOT / target).resolve()
        assert path.is_relative_to(ROOT), target
        assert path.exists(), target
