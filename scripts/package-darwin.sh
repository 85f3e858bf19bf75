#!/usr/bin/env bash
# Builds the macOS package on a Mac with the fyne tool: Attaché.app (the binary, Info.plist
# with the version from FyneApp.toml, the icon as .icns), zipped as
# build/package/attache-VERSION-darwin-ARCH.zip. Needs Xcode's command-line tools (cgo).
# The bundle gets an ad-hoc signature only: signing with a Developer ID and notarizing are
# left to whoever distributes it (see the README).
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
version=$(scripts/app-version.sh)
arch=$("$GO" env GOARCH)
out="build/package/attache-$version-darwin-$arch.zip"
xcode-select -p >/dev/null 2>&1 || {
  echo "package-darwin: Xcode's command-line tools are missing; install them with: xcode-select --install" >&2
  exit 1
}
fyne=$(scripts/fyne-tool.sh)

stage=$(mktemp -d "${TMPDIR:-/tmp}/attache-package.XXXXXX")
trap 'rm -rf "$stage"' EXIT
scripts/package-stage.sh "$stage/src"

echo "Packaging Attaché $version for darwin/$arch (release build)"
start=$SECONDS
(
  cd "$stage/src"
  GOFLAGS="${GOFLAGS:+$GOFLAGS }-ldflags=-X=attache/internal/buildinfo.Version=$version" \
    "$fyne" package --os darwin --release
)
shopt -s nullglob
bundles=("$stage"/src/*.app)
if [ ${#bundles[@]} -ne 1 ]; then
  echo "package-darwin: expected one .app bundle from the fyne tool in $stage/src, found ${#bundles[@]}" >&2
  exit 1
fi
codesign --force --deep --sign - "${bundles[0]}"
mkdir -p build/package
rm -f "$out"
ditto -c -k --keepParent "${bundles[0]}" "$out"
echo "Built $out ($(du -h "$out" | cut -f1), $((SECONDS - start))s)"
