#!/usr/bin/env bash
# Installs the system packages Fieldbook and its tests need on Debian/Ubuntu: the Qt runtime
# libraries PySide6 loads, fonts with Turkmen and Cyrillic glyphs, PostgreSQL for the
# server's PostgreSQL tests, and poppler-utils (pdftotext, pdfinfo) for the report tests.
# Does nothing when they are already there or apt is not available.
set -euo pipefail
pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 fonts-dejavu-core postgresql python3-venv poppler-utils)
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
