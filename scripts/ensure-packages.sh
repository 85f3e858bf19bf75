#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages named as arguments when they are missing, saying what it
# installs. On other systems it says what is needed and leaves the installing to the user.
set -euo pipefail

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
  done
else
  echo "Not a Debian-like system: make sure these (or your system's equivalents) are installed:" >&2
  echo "  $*" >&2
  echo "  (a C compiler and the OpenGL/X11 development headers are what the GUI build needs)" >&2
  exit 0
fi

[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "These packages are missing and I am not root and there is no sudo: ${missing[*]}" >&2
  echo "Install them (apt-get install ${missing[*]}) and run this again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
