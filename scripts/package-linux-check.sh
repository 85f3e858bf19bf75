#!/usr/bin/env bash
# Checks the Linux package the way a user meets it: unpack the archive in a temporary
# folder, install it per user with its own Makefile ("make user-install") into a temporary
# HOME, check what landed where, then start the installed binary under Xvfb and check that
# its window draws. The screenshot stays in build/package/attache-linux.png.
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
version=$(scripts/app-version.sh)
arch=$("$GO" env GOARCH)
archive="build/package/attache-$version-linux-$arch.tar.xz"
shot=build/package/attache-linux.png
app_id=$(sed -n 's/^ID *= *"\(.*\)"/\1/p' FyneApp.toml)

fail() { echo "package-check: $*" >&2; exit 1; }
[ -f "$archive" ] || fail "$archive is missing; run 'make package' first."

work=$(mktemp -d "${TMPDIR:-/tmp}/attache-package-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xJf "$archive"
makefile=$(find "$work" -maxdepth 2 -name Makefile -print -quit)
[ -n "$makefile" ] || fail "$archive holds no Makefile (expected the fyne tool's install Makefile)."

home="$work/home"
mkdir -p "$home"
HOME="$home" make -s -C "$(dirname "$makefile")" user-install

bin="$home/.local/bin/attache"
desktop="$home/.local/share/applications/$app_id.desktop"
icon="$home/.local/share/icons/$app_id.png"
for f in "$bin" "$desktop" "$icon"; do
  [ -e "$f" ] || fail "after 'make user-install', ${f#"$work/"} is missing."
done
[ -x "$bin" ] || fail "the installed binary is not executable: $bin"
grep -qx "Exec=$bin" "$desktop" || fail "$desktop does not run the installed binary (want Exec=$bin):
$(cat "$desktop")"
grep -qx "Icon=$app_id" "$desktop" || fail "$desktop does not name the icon $app_id."
echo "package-check: $archive installs per user: bin/attache, $app_id.desktop, icons/$app_id.png"

# A fresh HOME, XDG folders and no session bus, like a first start: the app's preferences go
# to the temporary install, not yours.
mkdir -p "$home/.config" "$home/.cache" "$work/runtime"
chmod 700 "$work/runtime"
env -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/.config" \
  XDG_CACHE_HOME="$home/.cache" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$work/runtime" \
  scripts/package-screenshot.sh "$shot" "${SCREENSHOT_TIMEOUT:-90}" -- "$bin"
