#!/bin/sh
# Adds Fieldbook from this folder to your applications menu (for you only: no root needed).
#   ./install.sh              menu entry and icon, pointing at this folder
#   ./install.sh --uninstall  removes them again; your encrypted profile is never touched
#                             (it lives in ~/.local/share/Fieldbook until you delete it)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/fieldbook.desktop"
icon="$data/icons/hicolor/256x256/apps/fieldbook.png"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$icon"
    echo "Removed the menu entry. Your profile is kept; delete this folder to remove the program."
    exit 0
fi

mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/fieldbook.png" "$icon"
# Exec needs the full path; quoted for folders with spaces (desktop entry spec).
sed "s|^Exec=.*|Exec=\"$here/fieldbook\"|" "$here/fieldbook.desktop" > "$entry"
chmod 0644 "$entry" "$icon"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Fieldbook is in your applications menu. Keep this folder where it is ($here)."
