#!/usr/bin/env bash
# Prints the path of a minimal root file system of this system's distribution and release
# (debootstrap --variant=minbase: dpkg, apt and nothing graphical), making it first when it is
# missing: build/deb-root/base, kept between runs like the Wine prefix (making it takes a few
# minutes). package-deb-check.sh copies it to a fresh root for every check, so each install
# starts from nothing but the base and the package's own dependencies.
#
# The packages come from the first source in this system's apt configuration, for the release
# in /etc/os-release. Needs root (debootstrap, chroot); Debian: debootstrap.
set -euo pipefail
cd "$(dirname "$0")/.."

base=build/deb-root/base
fail() { echo "deb-root: $*" >&2; exit 1; }

if [ -x "$base/usr/bin/apt-get" ] && [ -f "$base/.complete" ]; then
  echo "$PWD/$base"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || fail "making a root file system needs root (debootstrap, chroot); run as root or with sudo."
command -v debootstrap >/dev/null || fail "debootstrap is missing (Debian: debootstrap; 'make package-check' installs it)."

# shellcheck disable=SC1091
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[ -n "$suite" ] || fail "/etc/os-release names no VERSION_CODENAME; cannot tell which release to install."
# The first package source: deb822 (URIs: …) or one-line (deb URI suite …) format.
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs: *\([^ ]*\).*/\1/p' | head -1)
[ -n "$mirror" ] || mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
  sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' | head -1)
[ -n "$mirror" ] || fail "found no package source in /etc/apt/sources.list or /etc/apt/sources.list.d/."

echo "deb-root: making a minimal $suite root in $base from the system's first package source (minutes)" >&2
start=$SECONDS
rm -rf "$base"
mkdir -p "$(dirname "$base")"
if ! debootstrap --variant=minbase "$suite" "$base" "$mirror" >"$base.log" 2>&1; then
  tail -20 "$base.log" | sed 's/^/  /' >&2
  fail "debootstrap could not make the root (full log: $base.log)."
fi
touch "$base/.complete"
echo "deb-root: ready in $((SECONDS - start))s ($(du -sh "$base" | cut -f1))" >&2
echo "$PWD/$base"
