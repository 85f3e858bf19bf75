#!/usr/bin/env bash
# Prints the path of the fyne packaging tool at the pinned version, installing it first into
# build/tools/ when it is missing or at another version. The tool stays out of go.mod: it is a
# build tool, not a dependency of the app. FYNE_TOOLS_VERSION is the one pin; the Makefile
# and the release workflow both come through here.
set -euo pipefail
cd "$(dirname "$0")/.."

# The newest fyne.io/tools release built against the fyne version in go.mod (v2.8.1).
FYNE_TOOLS_VERSION=v1.7.4

GO=${GO:-go}
# Go needs GOBIN absolute in its own terms: on Windows (Git Bash) that is D:/…, not /d/….
bindir="$(pwd -W 2>/dev/null || pwd)/build/tools"
tool="$bindir/fyne"
[ "$("$GO" env GOHOSTOS)" = windows ] && tool="$tool.exe"

installed=
[ -x "$tool" ] && installed=$("$tool" version 2>/dev/null || true)
if [[ "$installed" != *"cli version: $FYNE_TOOLS_VERSION"$'\n'* ]]; then
  echo "Installing the fyne packaging tool $FYNE_TOOLS_VERSION into build/tools/" >&2
  mkdir -p "$bindir"
  # GOFLAGS=-mod=mod: outside this module's go.mod, whatever the caller's GOFLAGS say.
  if ! GOBIN="$bindir" GOFLAGS=-mod=mod "$GO" install "fyne.io/tools/cmd/fyne@$FYNE_TOOLS_VERSION" >&2; then
    echo "Could not install fyne.io/tools/cmd/fyne@$FYNE_TOOLS_VERSION (is the Go module proxy reachable?)." >&2
    exit 1
  fi
fi
echo "$tool"
