#!/usr/bin/env bash
# Checks the Debian package the way IT installs it on a machine that has never seen it: in a
# fresh minimal root of this system's release (scripts/deb-root.sh: dpkg and apt, no desktop,
# no OpenGL), "apt-get install ./attache_VERSION_ARCH.deb" must bring in every library the
# program needs from its declared dependencies alone (no recommended packages). Then it checks
# what landed where, runs attache-cli, starts /usr/bin/attache under Xvfb (the X server runs
# outside, the program inside the root) and checks that its window draws
# (build/package/attache-deb.png), and "apt-get remove" must leave none of its files.
#
# Needs root (chroot, mounts); the root's packages come from this system's package source.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(scripts/app-version.sh)
deb_arch=$(dpkg --print-architecture)
deb="build/package/attache_${version}_$deb_arch.deb"
app_id=$(sed -n 's/^ID *= *"\(.*\)"/\1/p' FyneApp.toml)
shot=build/package/attache-deb.png
root="$PWD/build/deb-root/check"
fail() { echo "package-deb-check: $*" >&2; exit 1; }

[ -f "$deb" ] || fail "$deb is missing; run 'make package-deb' first."
[ "$(id -u)" -eq 0 ] || fail "installing into a fresh root needs root (chroot, mounts); run as root or with sudo."

mounted() { grep -q " $root" /proc/mounts; }
unmount_all() {
  local m
  for m in $(awk -v r="$root" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount "$m" 2>/dev/null || umount -l "$m"
  done
}
trap unmount_all EXIT

base=$(scripts/deb-root.sh)
unmount_all
mounted && fail "something is still mounted under $root; unmount it before running again."
rm -rf "$root"
start=$SECONDS
cp -a "$base" "$root"
mount --bind /dev "$root/dev"
mount -t proc proc "$root/proc"
mkdir -p "$root/tmp/.X11-unix"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

cp "$deb" "$root/tmp/"
name=$(basename "$deb")
in_root apt-get -qq update >"$root/tmp/apt.log" 2>&1 ||
  { tail -20 "$root/tmp/apt.log" >&2; fail "apt-get update failed in the fresh root."; }
in_root sh -c "cd /tmp && apt-get install -y --no-install-recommends ./$name" >>"$root/tmp/apt.log" 2>&1 ||
  { tail -30 "$root/tmp/apt.log" >&2; fail "apt-get install ./$name failed in a fresh root (log: $root/tmp/apt.log)."; }
pulled=$(grep -c '^Setting up ' "$root/tmp/apt.log" || true)
echo "package-deb-check: apt-get install ./$name in a fresh minimal root: ok, $pulled packages set up, $((SECONDS - start))s"

files=(/usr/bin/attache /usr/bin/attache-cli "/usr/share/applications/$app_id.desktop"
  "/usr/share/icons/hicolor/512x512/apps/$app_id.png" /usr/share/doc/attache/copyright)
for f in "${files[@]}"; do
  [ -f "$root$f" ] || fail "after apt-get install, $f is missing."
done
grep -qx "Exec=attache" "$root/usr/share/applications/$app_id.desktop" ||
  fail "the menu entry does not run attache from the PATH (want Exec=attache)."
got=$(in_root attache-cli --version)
[[ "$got" == "attache-cli $version" || "$got" == "attache-cli $version (commit "* ]] ||
  fail "attache-cli --version says '$got', want 'attache-cli $version'."
in_root attache-cli export --sectors trade,energy --date 2026-01-31 --pdf /tmp/check.pdf --xlsx /tmp/check.xlsx >/dev/null ||
  fail "attache-cli export failed in the fresh root."
[ -s "$root/tmp/check.pdf" ] && [ -s "$root/tmp/check.xlsx" ] || fail "attache-cli export wrote no PDF or workbook."
echo "package-deb-check: ${files[*]} installed; $got; attache-cli export wrote a PDF and a workbook"

# The X server runs here, the program in the root: it reaches the server through the socket
# folder and the authority file, both brought in.
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" 2>/dev/null || mount --bind "$(mktemp -d)" "$root/tmp/.X11-unix"
launch='cp "$XAUTHORITY" "$0/tmp/.Xauthority" && mkdir -p -m 700 "$0/tmp/runtime" &&
  exec chroot "$0" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 DISPLAY="$DISPLAY" \
  XAUTHORITY=/tmp/.Xauthority XDG_RUNTIME_DIR=/tmp/runtime /usr/bin/attache'
# shellcheck disable=SC2016 # expanded by the inner shell, under Xvfb
scripts/package-screenshot.sh "$shot" "${SCREENSHOT_TIMEOUT:-90}" -- bash -c "$launch" "$root"

in_root apt-get remove -y attache >>"$root/tmp/apt.log" 2>&1 ||
  { tail -20 "$root/tmp/apt.log" >&2; fail "apt-get remove attache failed."; }
for f in "${files[@]}"; do
  [ ! -e "$root$f" ] || fail "after apt-get remove attache, $f is still there."
done
in_root dpkg-query -W -f='${Status}' attache 2>/dev/null | grep -q "install ok installed" &&
  fail "after apt-get remove, dpkg still lists attache as installed."
echo "package-deb-check: apt-get remove attache removed all its files"
unmount_all
mounted || rm -rf "$root"
echo "package-deb-check: ok ($((SECONDS - start))s)"
