# shellcheck shell=bash
# shellcheck disable=SC2154,SC2034 # $version and $fyne come from the caller; $stage and $artefact go back to it
# Sourced by the packaging scripts (package-linux.sh, package-darwin.sh, windows-build.sh):
# what they share. It expects the caller to have set -euo pipefail, to run from the project
# folder, and to have set $version and $fyne.

# stage_sources copies the project's sources into a new temporary folder, $stage/src, removed
# when the script exits. The fyne packaging tool writes beside the main package while it
# works (a metadata init file, a Windows resource .syso, the binary, the archive) and
# afterwards rewrites FyneApp.toml with Build incremented, dropping its comments. Working on
# a copy keeps all that out of the working tree, even when a run is interrupted, and out of
# other builds running meanwhile; FyneApp.toml stays as written, so the same sources package
# the same way.
stage_sources() {
  stage=$(mktemp -d "${TMPDIR:-/tmp}/attache-package.XXXXXX")
  trap 'rm -rf "$stage"' EXIT
  mkdir -p "$stage/src"
  tar --exclude=./build --exclude=./.git --exclude=./fyne-cross --exclude='./*.tar.xz' \
      --exclude=./fyne_metadata_init.go --exclude=./fyne.syso -cf - . | tar -C "$stage/src" -xf -
}

# fyne_package OS PATTERN runs the fyne tool's release packaging for OS in $stage/src, with
# the commit linked into the binary (the tool takes -ldflags from GOFLAGS and adds its own;
# the version is compiled in from internal/buildinfo/version.txt),
# and sets $artefact to the one file or bundle matching PATTERN that it made. Extra
# environment (GOARCH, CC) passes through from the caller.
fyne_package() {
  local os=$1 pattern=$2 commit_flag
  commit_flag=$(scripts/app-commit.sh)
  (
    cd "$stage/src" || exit 1
    GOFLAGS="${GOFLAGS:+$GOFLAGS }${commit_flag:+-ldflags=$commit_flag}" \
      "$fyne" package --os "$os" --release
  )
  local made=()
  shopt -s nullglob
  # shellcheck disable=SC2206 # the pattern is meant to glob
  made=("$stage"/src/$pattern)
  shopt -u nullglob
  if [ ${#made[@]} -ne 1 ]; then
    echo "fyne-package: expected one $pattern from the fyne tool in $stage/src, found ${#made[@]}" >&2
    exit 1
  fi
  artefact=${made[0]}
}
