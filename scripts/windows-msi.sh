#!/usr/bin/env bash
# Builds the Windows installer on Linux with msitools' wixl from packaging/windows/attache.wxs:
# a per-machine MSI holding build/windows/attache.exe and attache-cli.exe (make windows), the
# icon (made from assets/icon.png) and the licence, at FyneApp.toml's version.
#
#   scripts/windows-msi.sh [OUT.msi]
#
# OUT.msi defaults to build/package/attache-VERSION-windows-amd64.msi. MSI_VERSION=x.y.z builds
# the same programs under another version: windows-check makes a newer one that way, to check
# that it replaces the older. The ProductCode is derived from the version and the upgrade
# code, so every build of one version is the same product to Windows Installer.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${MSI_VERSION:-$(scripts/app-version.sh)}
out=${1:-build/package/attache-$version-windows-amd64.msi}
dir=build/windows
wxs=packaging/windows/attache.wxs
fail() { echo "windows-msi: $*" >&2; exit 1; }

for f in "$dir/attache.exe" "$dir/attache-cli.exe"; do
  [ -f "$f" ] || fail "$f is missing; run 'make windows' first."
done
for tool in wixl msiinfo convert; do
  command -v "$tool" >/dev/null || fail "$tool is missing (Debian: wixl msitools imagemagick; 'make windows-msi' installs them)."
done
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "version '$version': an MSI needs x.y.z in digits."

# The ProductCode: a name-based GUID (SHA-1, version 5 layout) of the upgrade code and the
# version.
upgrade_code=$(sed -n 's/.*UpgradeCode="\([0-9A-F-]*\)".*/\1/p' "$wxs")
[ -n "$upgrade_code" ] || fail "$wxs has no UpgradeCode=\"…\" on its Product."
h=$(printf 'attache-msi %s %s' "$upgrade_code" "$version" | sha1sum | tr a-f A-F)
variant=$(printf '%X' $(((0x${h:16:1} & 3) | 8)))
product_code="${h:0:8}-${h:8:4}-5${h:13:3}-$variant${h:17:3}-${h:20:12}"

# wixl reads the sources relative to the folder it runs in: stage what the MSI holds in one.
stage="$dir/msi"
rm -rf "$stage"
mkdir -p "$stage" "$(dirname "$out")"
cp "$dir/attache.exe" "$dir/attache-cli.exe" "$stage/"
cp LICENSE "$stage/LICENSE.txt"
convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 "$stage/attache.ico"

start=$SECONDS
# wixl prints GLib notes on stderr even when it succeeds; they are kept for when it fails.
if ! (cd "$stage" && wixl --arch x64 -D Version="$version" -D ProductCode="$product_code" \
      -D BinDir=. -D Icon=attache.ico -D License=LICENSE.txt -o attache.msi "$OLDPWD/$wxs") \
      >"$stage/wixl.log" 2>&1; then
  sed 's/^/  /' "$stage/wixl.log" >&2
  fail "wixl could not build the MSI from $wxs (its output is above)."
fi
mv "$stage/attache.msi" "$out"

got=$(msiinfo export "$out" Property | sed -n 's/^ProductVersion\t//p' | tr -d '\r')
[ "$got" = "$version" ] || fail "$out states ProductVersion '$got', want $version."
echo "Built $out ($(du -h "$out" | cut -f1), $((SECONDS - start))s): Attaché $version, ProductCode {$product_code}"
