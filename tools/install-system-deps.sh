#!/usr/bin/env bash
# Installs the system packages Fieldbook and its tests need on Debian/Ubuntu: the Qt runtime
# libraries PySide6 loads, fonts with Turkmen and Cyrillic glyphs, PostgreSQL for the
# server's PostgreSQL tests, and poppler-utils (pdftotext, pdfinfo) for the report tests.
# Does nothing when they are already there or apt is not available.
#
# The xcb list is what PySide6's X11 platform plugin (plugins/platforms/libqxcb.so and
# lib/libQt6XcbQpa.so.6) links to, found with ldd and dpkg -S and checked by starting the
# app under Xvfb with QT_QPA_PLATFORM=xcb QT_DEBUG_PLUGINS=1 (tests/ui/test_system_deps.py
# checks the list against ldd). Without one of them the app stops at start with "Could not
# load the Qt platform plugin "xcb"". xinerama and xinput are for older PySide6 wheels.
set -euo pipefail
qt=(libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0)
xcb=(libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
     libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
     libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xinput0 libxcb-xkb1 libxkbcommon0
     libxkbcommon-x11-0)
# nsis and desktop-file-utils: tests/packaging compiles the Windows installer script and
# validates the Linux menu entry (skipped without them).
pkgs=("${qt[@]}" "${xcb[@]}" fonts-dejavu-core postgresql python3-venv
      poppler-utils nsis desktop-file-utils)
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "missing system packages (install them as root): ${missing[*]}" >&2; exit 0; fi
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
