// Package buildinfo holds the application's version, the one value that About, the CLI's
// --version and every export's metadata state. The Makefile sets it from FyneApp.toml at
// link time (-ldflags "-X attache/internal/buildinfo.Version=…").
package buildinfo

// Version is the application version; "dev" in builds that did not set it.
var Version = "dev"
