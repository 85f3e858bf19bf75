#!/usr/bin/env bash
# Builds the macOS package on a Mac with the fyne tool: Attaché.app (the binary, Info.plist
# with the version from FyneApp.toml, the icon as .icns), zipped as
# build/package/attache-VERSION-darwin-ARCH.zip, and a disk image of it beside (.dmg, the app
# and a link to /Applications to drag it onto; made with hdiutil, as the fyne tool makes no
# disk images). Needs Xcode's command-line tools (cgo).
# The bundle gets an ad-hoc signature only: signing with a Developer ID and notarizing are
# left to whoever distributes it (see the README).
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
version=$(scripts/app-version.sh)
arch=$("$GO" env GOARCH)
out="build/package/attache-$version-darwin-$arch.zip"
dmg="build/package/attache-$version-darwin-$arch.dmg"
xcode-select -p >/dev/null 2>&1 || {
  echo "package-darwin: Xcode's command-line tools are missing; install them with: xcode-select --install" >&2
  exit 1
}
fyne=$(scripts/fyne-tool.sh)

. scripts/fyne-package.sh
stage_sources

echo "Packaging Attaché $version for darwin/$arch (release build)"
start=$SECONDS
fyne_package darwin '*.app'
codesign --force --deep --sign - "$artefact"
mkdir -p build/package
rm -f "$out"
ditto -c -k --keepParent "$artefact" "$out"
echo "Built $out ($(du -h "$out" | cut -f1), $((SECONDS - start))s)"

mkdir -p "$stage/dmg"
ditto "$artefact" "$stage/dmg/$(basename "$artefact")"
ln -s /Applications "$stage/dmg/Applications"
rm -f "$dmg"
hdiutil create -quiet -volname "Attaché" -srcfolder "$stage/dmg" -fs HFS+ -format UDZO "$dmg"
hdiutil verify -quiet "$dmg"
echo "Built $dmg ($(du -h "$dmg" | cut -f1))"
