#!/usr/bin/env bash
# Cross-compiles Attaché for windows/amd64 on Linux: the desktop app with the fyne tool and
# MinGW-w64 (cgo; the icon, the version resource and the manifest embedded, no console
# window), and attache-cli without cgo. Both land in build/windows/, built from one snapshot of
# the sources, with the commit linked in (the version is compiled in from buildinfo).
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
CC_WINDOWS=${CC_WINDOWS:-x86_64-w64-mingw32-gcc}
version=$(scripts/app-version.sh)
out=build/windows
ldflag=$(scripts/app-commit.sh)

command -v "$CC_WINDOWS" >/dev/null || {
  echo "windows-build: $CC_WINDOWS is missing (Debian: gcc-mingw-w64-x86-64; 'make windows' installs it)." >&2
  exit 1
}
fyne=$(scripts/fyne-tool.sh)
mkdir -p "$out"

. scripts/fyne-package.sh
stage_sources

echo "Building Attaché $version for windows/amd64 with $CC_WINDOWS (the first build takes minutes)"
start=$SECONDS
# The fyne tool builds twice: once plain, once with the resource (.syso) it generates.
GOARCH=amd64 CC="$CC_WINDOWS" fyne_package windows '*.exe'
mv "$artefact" "$out/attache.exe"
echo "Built $out/attache.exe ($(du -h "$out/attache.exe" | cut -f1), $((SECONDS - start))s)"

# attache-cli from the same staged sources, for Windows and, where this is not Windows, for
# this system too: the reference that make windows-check compares the Windows exports with.
start=$SECONDS
cli_build() { (cd "$stage/src" && CGO_ENABLED=0 "$GO" build -tags migrated_fynedo -trimpath \
  -ldflags "$ldflag" -o "$1" ./cmd/attache-cli); }
GOOS=windows GOARCH=amd64 cli_build "$PWD/$out/attache-cli.exe"
echo "Built $out/attache-cli.exe ($(du -h "$out/attache-cli.exe" | cut -f1), $((SECONDS - start))s)"
if [ "$("$GO" env GOHOSTOS)" != windows ]; then
  mkdir -p "$out/reference"
  cli_build "$PWD/$out/reference/attache-cli"
  echo "Built $out/reference/attache-cli (this system's build from the same sources, for windows-check)"
fi
