#!/usr/bin/env bash
# Prints the application version, read from FyneApp.toml's [Details] Version: the one place
# the version is written down. The Makefile, the packaging scripts and the release workflow
# all take it from here.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n '/^\[Details\]/,/^\[/s/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
if [ -z "$version" ]; then
  echo "FyneApp.toml: no Version = \"x.y.z\" line under [Details]; add one (for example Version = \"0.1.0\")." >&2
  exit 1
fi
echo "$version"
