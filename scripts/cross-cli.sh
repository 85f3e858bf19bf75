#!/usr/bin/env bash
# Builds attache-cli without cgo for Linux, Windows and macOS on amd64 and arm64, and checks
# that it does not depend on Fyne: the command line must build anywhere Go does, with no C
# compiler and no graphics libraries. The binaries land in build/cross/ (release assets);
# each build's time is printed, so a slow one shows.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_NUMERIC=C # a decimal point in the timings, whatever the locale

GO=${GO:-go}
tags=migrated_fynedo
version=$(scripts/app-version.sh)
ldflags=$(scripts/app-commit.sh)
out=build/cross

# The CLI's dependency list must hold no fyne.io package (-e: list them even where they
# would not build, so the message names them).
deps=$("$GO" list -e -tags "$tags" -deps ./cmd/attache-cli)
fyne_deps=$(grep '^fyne\.io/' <<<"$deps" | sed 's/^/  /' || true)
if [ -n "$fyne_deps" ]; then
  echo "cmd/attache-cli depends on Fyne; it must build without it. Fyne packages in its imports:" >&2
  echo "$fyne_deps" >&2
  echo "Find the import that brings it in with: go list -tags $tags -deps -f '{{.ImportPath}}: {{.Imports}}' ./cmd/attache-cli" >&2
  exit 1
fi

# Seconds with a fraction where bash has them (5.0 and later), whole seconds elsewhere.
now() { echo "${EPOCHREALTIME:-$(date +%s)}"; }

mkdir -p "$out"
failed=()
for target in linux/amd64 linux/arm64 windows/amd64 windows/arm64 darwin/amd64 darwin/arm64; do
  goos=${target%/*} goarch=${target#*/}
  exe="$out/attache-cli-$version-$goos-$goarch"
  [ "$goos" = windows ] && exe="$exe.exe"
  start=$(now)
  if CGO_ENABLED=0 GOOS=$goos GOARCH=$goarch "$GO" build -tags "$tags" -trimpath \
       -ldflags "$ldflags" -o "$exe" ./cmd/attache-cli; then
    printf 'cross-cli: %-14s %5.1fs  %s\n' "$target" "$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')" "$exe"
  else
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "cross-cli: attache-cli did not build with CGO_ENABLED=0 for: ${failed[*]} (the errors are above)" >&2
  exit 1
fi
