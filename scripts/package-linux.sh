#!/usr/bin/env bash
# Builds the Linux package with the fyne tool: a tar.xz holding the binary, the icon, the
# .desktop file and a Makefile that installs them (system-wide or per user). The archive is
# build/package/attache-VERSION-linux-ARCH.tar.xz; the version comes from FyneApp.toml (the
# binary has the same one compiled in from internal/buildinfo/version.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
version=$(scripts/app-version.sh)
fyne=$(scripts/fyne-tool.sh)
arch=$("$GO" env GOARCH)
out="build/package/attache-$version-linux-$arch.tar.xz"

. scripts/fyne-package.sh
stage_sources

echo "Packaging Attaché $version for linux/$arch (release build; the first one takes minutes)"
start=$SECONDS
fyne_package linux '*.tar.xz'
mkdir -p build/package
mv "$artefact" "$out"
echo "Built $out ($(du -h "$out" | cut -f1), $((SECONDS - start))s):"
tar -tJf "$out" | sed 's/^/  /'
