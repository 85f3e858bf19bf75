#!/usr/bin/env bash
# Prints the linker flag that records the commit being built in the binaries
# (-X=attache/internal/buildinfo.commit=<first 12 hex digits>), or nothing outside a Git
# working tree. The packaging scripts build from a copy of the sources without Git's folder,
# and Go does not record the commit of a git worktree, so they and the Makefile pass it here.
# A plain "go build" in a clone records it itself (attache-cli --version shows it either way).
set -euo pipefail
cd "$(dirname "$0")/.."

rev=$(git rev-parse --short=12 HEAD 2>/dev/null) || exit 0
echo "-X=attache/internal/buildinfo.commit=$rev"
