#!/usr/bin/env bash
# Builds the Linux package with the fyne tool: a tar.xz holding the binary, the icon, the
# .desktop file and a Makefile that installs them (system-wide or per user). The archive is
# build/package/attache-VERSION-linux-ARCH.tar.xz; the version comes from FyneApp.toml and
# is linked into the binary too (attache/internal/buildinfo.Version).
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
version=$(scripts/app-version.sh)
fyne=$(scripts/fyne-tool.sh)
arch=$("$GO" env GOARCH)
out="build/package/attache-$version-linux-$arch.tar.xz"

stage=$(mktemp -d "${TMPDIR:-/tmp}/attache-package.XXXXXX")
trap 'rm -rf "$stage"' EXIT
scripts/package-stage.sh "$stage/src"

echo "Packaging Attaché $version for linux/$arch (release build; the first one takes minutes)"
start=$SECONDS
(
  cd "$stage/src"
  # The fyne tool takes -ldflags from GOFLAGS and adds its own (-s -w for release).
  GOFLAGS="${GOFLAGS:+$GOFLAGS }-ldflags=-X=attache/internal/buildinfo.Version=$version" \
    "$fyne" package --os linux --release
)
shopt -s nullglob
archives=("$stage"/src/*.tar.xz)
if [ ${#archives[@]} -ne 1 ]; then
  echo "package-linux: expected one .tar.xz from the fyne tool in $stage/src, found ${#archives[@]}" >&2
  exit 1
fi
mkdir -p build/package
mv "${archives[0]}" "$out"
echo "Built $out ($(du -h "$out" | cut -f1), $((SECONDS - start))s):"
tar -tJf "$out" | sed 's/^/  /'
