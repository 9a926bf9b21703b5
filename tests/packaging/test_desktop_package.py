"""The desktop package's sources: the spec leaves out nothing the program imports, the Windows
installer script compiles (where NSIS is installed) and keeps the profile, the Linux menu entry
and its install script work, and the CI workflow builds and self-tests every platform.

Building the bundle itself takes a minute or two: `make package package-test` (see
docs/packaging.md), not part of this suite.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import paths as core_paths

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "fieldbook.spec"
NSI = REPO / "packaging" / "windows" / "fieldbook.nsi"
DESKTOP_FILE = REPO / "packaging" / "linux" / "fieldbook.desktop"
INSTALL_SH = REPO / "packaging" / "linux" / "install.sh"
WORKFLOW = REPO / ".github" / "workflows" / "package.yml"


def _spec_list(name: str) -> list[str]:
    """A top-level list of strings assigned in the spec (the spec is Python)."""
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list | tuple)
            return [str(v) for v in value]
    raise AssertionError(f"{name} not in the spec")


def _imports_of(folders: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for folder in folders:
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module)
                    found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_spec_excludes_nothing_the_program_imports() -> None:
    excluded = _spec_list("EXCLUDES")
    used = _imports_of(("desktop", "protocol"))
    clashes = sorted(
        module
        for module in used
        for name in excluded
        if module == name or module.startswith(name + ".")
    )
    assert clashes == [], f"the spec leaves out what desktop/ imports: {clashes}"
    # The program's own Qt modules are the ones it keeps.
    qt = {m for m in used if m.startswith("PySide6.Qt")}
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= qt


def test_the_spec_reads_the_one_version_source_and_bundles_data() -> None:
    text = SPEC.read_text("utf-8")
    assert '"protocol" / "version.py"' in text
    assert '(str(ROOT / "resources"), "resources")' in text
    assert '"i18n"' in text
    # The window finds them where the bundle puts them (sys._MEIPASS/resources, /i18n).
    from desktop.core.refdata import resources_dir
    from desktop.ui import i18n

    assert resources_dir().name == "resources"
    assert i18n.I18N_DIR.name == "i18n" and i18n.I18N_DIR.parent == resources_dir().parent


def test_the_installer_is_per_user_and_keeps_the_profile_unless_asked() -> None:
    text = NSI.read_text("utf-8")
    assert "RequestExecutionLevel user" in text
    assert "HKLM" not in text and "$PROGRAMFILES" not in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\Fieldbook"' in text
    assert '"$SMPROGRAMS\\${APP}.lnk"' in text
    # platformdirs' Windows data folder for appauthor=False is %LOCALAPPDATA%\<app name>.
    assert core_paths.APP_NAME == "Fieldbook"
    assert '!define PROFILE_DIR "$LOCALAPPDATA\\Fieldbook"' in text
    profile_section = text.split('Section /o "un.$(SecProfile)"', 1)
    assert len(profile_section) == 2, "the profile's section must be off by default (/o)"
    assert text.count('RMDir /r "${PROFILE_DIR}"') == 1
    assert 'RMDir /r "${PROFILE_DIR}"' in profile_section[1].split("SectionEnd", 1)[0]


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (makensis) not installed")
def test_the_installer_script_compiles(tmp_path: Path) -> None:
    dist = tmp_path / "fieldbook"
    (dist / "_internal").mkdir(parents=True)
    for name in ("fieldbook.exe", "fieldbook-cli.exe", "_internal/python311.dll"):
        (dist / name).write_bytes(b"stand-in")
    icon = tmp_path / "fieldbook.ico"
    from PIL import Image

    Image.new("RGBA", (32, 32), "#2a6f97").save(icon)
    out = tmp_path / "Fieldbook-0.0.0-windows-x64-setup.exe"
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",  # a warning fails it
            "-DVERSION=0.0.0",
            f"-DDIST={dist}",
            f"-DOUTFILE={out}",
            f"-DICON={icon}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"


def _desktop_entry() -> dict[str, str]:
    lines = DESKTOP_FILE.read_text("utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_the_menu_entry_starts_the_bundled_program() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"] == "fieldbook" and entry["Icon"] == "fieldbook"
    assert 'name="fieldbook"' in SPEC.read_text("utf-8")
    # Qt names the window's app id after the desktop file (QApplication.setDesktopFileName).
    app_source = (REPO / "desktop" / "ui" / "app.py").read_text("utf-8")
    assert 'setDesktopFileName("fieldbook")' in app_source
    assert entry["StartupWMClass"] == "fieldbook"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
        )
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_install_script_adds_the_menu_entry_and_removes_it_keeping_the_profile(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Fieldbook 0.0.0"  # a space: Exec must be quoted
    folder.mkdir()
    for source in (INSTALL_SH, DESKTOP_FILE):
        shutil.copy2(source, folder / source.name)
    (folder / "fieldbook.png").write_bytes(b"\x89PNG stand-in")
    data = tmp_path / "share"
    profile = data / "Fieldbook" / "profile.fbdb"
    profile.parent.mkdir(parents=True)
    profile.write_bytes(b"stand-in")
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    subprocess.run(["sh", str(folder / "install.sh")], env=env, check=True, capture_output=True)
    entry = (data / "applications" / "fieldbook.desktop").read_text("utf-8")
    assert f'Exec="{folder}/fieldbook"' in entry
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "fieldbook.png").exists()
    subprocess.run(
        ["sh", str(folder / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not (data / "applications" / "fieldbook.desktop").exists()
    assert profile.read_bytes() == b"stand-in"


def test_the_ci_workflow_builds_and_self_tests_windows_and_macos() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    job = workflow["jobs"]["package"]
    systems = job["strategy"]["matrix"]["os"]
    assert any(s.startswith("windows") for s in systems)
    assert any(s.startswith("macos") for s in systems)
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "packaging/build.py build" in runs and "packaging/build.py test" in runs
    assert "fieldbook.nsi" in runs and "--self-test" in runs
    assert "/DELETEPROFILE" in runs
