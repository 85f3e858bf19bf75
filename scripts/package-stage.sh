#!/usr/bin/env bash
# Copies the project's sources into DEST (a new folder) for the fyne packaging tool to build
# from. The tool writes beside the main package while it works (a metadata init file, a
# Windows resource .syso, the binary, the archive) and afterwards rewrites FyneApp.toml with
# Build incremented, dropping its comments. Working on a copy keeps all that out of the
# working tree, even when a run is interrupted, and out of other builds running meanwhile;
# FyneApp.toml stays as written, so the same sources package the same way.
set -euo pipefail
cd "$(dirname "$0")/.."

dest=${1:?usage: scripts/package-stage.sh DEST (a folder that does not exist yet)}
if [ -e "$dest" ]; then
  echo "package-stage: $dest already exists; give a new folder." >&2
  exit 1
fi
mkdir -p "$dest"
tar --exclude=./build --exclude=./.git --exclude=./fyne-cross --exclude='./*.tar.xz' \
    --exclude=./fyne_metadata_init.go --exclude=./fyne.syso -cf - . | tar -C "$dest" -xf -
