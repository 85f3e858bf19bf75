#!/usr/bin/env bash
# Builds the Debian package build/package/attache_VERSION_ARCH.deb with dpkg-deb from what the
# tar.xz holds (make package: the release binary, the .desktop file, the icon), laid out where
# a distribution package puts them: /usr/bin/attache, /usr/share/applications/ID.desktop,
# /usr/share/icons/hicolor/512x512/apps/ID.png. attache-cli (no cgo) joins it in /usr/bin, and
# the licence in /usr/share/doc/attache/copyright. The dependencies are what dpkg-shlibdeps
# finds the binaries linked against (libc, OpenGL, Wayland's client library), each with the
# lowest version that has what they use, and the X11 and Wayland libraries that GLFW (Fyne's
# window layer) opens itself at start, which dpkg-shlibdeps cannot see. The control file is
# packaging/debian/control.
#
# DEB_MAINTAINER ("Name <address>") sets the Maintainer field; by default it is the author of
# the commit being packaged.
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
version=$(scripts/app-version.sh)
arch=$("$GO" env GOARCH)
deb_arch=$(dpkg --print-architecture 2>/dev/null || echo "$arch")
archive="build/package/attache-$version-linux-$arch.tar.xz"
out="build/package/attache_${version}_$deb_arch.deb"
app_id=$(sed -n 's/^ID *= *"\(.*\)"/\1/p' FyneApp.toml)
fail() { echo "package-deb: $*" >&2; exit 1; }

[ -f "$archive" ] || fail "$archive is missing; run 'make package' first."
for tool in dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || fail "$tool is missing (Debian: dpkg-dev; 'make package-deb' installs it)."
done
maintainer=${DEB_MAINTAINER:-$(git log -1 --format='%an <%ae>' 2>/dev/null || true)}
[ -n "$maintainer" ] || fail "no Maintainer: set DEB_MAINTAINER=\"Name <address>\" (outside Git there is no commit author to take)."

stage=$(mktemp -d "${TMPDIR:-/tmp}/attache-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/tar"
tar -C "$stage/tar" -xJf "$archive"
find_one() { # find_one WHAT FIND-ARGS...: the one file in the archive that matches
  local what=$1 found
  shift
  found=$(find "$stage/tar" "$@" -type f)
  [ "$(grep -c . <<<"$found")" = 1 ] || fail "$archive: expected one $what, found: ${found:-none}"
  echo "$found"
}
bin=$(find_one "binary bin/attache" -path '*/bin/attache')
desktop=$(find_one ".desktop file" -name '*.desktop')
icon=$(find_one "icon $app_id.png" -name "$app_id.png" -path '*/share/*')

root="$stage/root"
install -d -m 755 "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/512x512/apps" "$root/usr/share/doc/attache"
install -m 755 "$bin" "$root/usr/bin/attache"
install -m 644 "$icon" "$root/usr/share/icons/hicolor/512x512/apps/$app_id.png"
install -m 644 LICENSE "$root/usr/share/doc/attache/copyright"
# The menu entry runs the program from the PATH and names the icon by its theme name.
sed -e 's|^Exec=.*|Exec=attache|' -e "s|^Icon=.*|Icon=$app_id|" "$desktop" >"$root/usr/share/applications/$app_id.desktop"
chmod 644 "$root/usr/share/applications/$app_id.desktop"

# attache-cli from the same sources, without cgo, with the commit linked in as everywhere.
(CGO_ENABLED=0 "$GO" build -tags migrated_fynedo -trimpath -ldflags "$(scripts/app-commit.sh)" \
  -o "$root/usr/bin/attache-cli" ./cmd/attache-cli)
chmod 755 "$root/usr/bin/attache-cli"

# dpkg-shlibdeps reads debian/control of a source package: give it the smallest one.
mkdir -p "$stage/src/debian"
printf 'Source: attache\n\nPackage: attache\nArchitecture: any\n' >"$stage/src/debian/control"
depends=$(cd "$stage/src" && dpkg-shlibdeps -O -e "$root/usr/bin/attache" -e "$root/usr/bin/attache-cli" 2>"$stage/shlibdeps.log" |
  sed -n 's/^shlibs:Depends=//p') || { cat "$stage/shlibdeps.log" >&2; fail "dpkg-shlibdeps could not work out the dependencies."; }
[ -n "$depends" ] || { cat "$stage/shlibdeps.log" >&2; fail "dpkg-shlibdeps found no dependencies for usr/bin/attache."; }

# GLFW loads these with dlopen (the names are in the binary: strings usr/bin/attache | grep
# '^lib.*\.so'): the X11 ones on an X session, the Wayland ones on a Wayland session. Vulkan,
# EGL, OSMesa and libdecor are optional to it and left out.
dlopened="libx11-6, libx11-xcb1, libxcursor1, libxext6, libxi6, libxinerama1, libxrandr2, libxrender1, libxxf86vm1, libwayland-cursor0, libwayland-egl1, libxkbcommon0"
depends="$depends, $dlopened"

size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$deb_arch|" -e "s|@MAINTAINER@|$maintainer|" \
  -e "s|@INSTALLED_SIZE@|$size|" -e "s|@DEPENDS@|$depends|" packaging/debian/control >"$root/DEBIAN/control"
grep -q '@[A-Z_]*@' "$root/DEBIAN/control" && fail "packaging/debian/control has a field this script does not fill: $(grep '@[A-Z_]*@' "$root/DEBIAN/control")"

mkdir -p build/package
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
echo "Built $out ($(du -h "$out" | cut -f1)): Depends: $depends"
dpkg-deb --contents "$out" | awk '{print "  " $6}'
