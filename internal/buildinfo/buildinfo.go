// Package buildinfo holds the application's version, the one value that About, the CLI's
// --version and every export's metadata state. It is written down once, as Version in
// FyneApp.toml; every build path links it in (-ldflags "-X attache/internal/buildinfo.Version=…"):
// the Makefile's build, run and cli targets, and the packaging scripts (scripts/package-*.sh,
// scripts/windows-build.sh, scripts/cross-cli.sh) that the release workflow runs too. All of
// them read it through scripts/app-version.sh.
package buildinfo

// Version is the application version; "dev" in builds that did not set it.
var Version = "dev"
