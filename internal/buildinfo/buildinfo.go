// Package buildinfo holds the application's version, the one value that About, the CLI's
// --version and every export's metadata state. It is written down in FyneApp.toml (the fyne
// tool and the packages read it there) and in version.txt beside this file, which is compiled
// into every binary: a plain "go build ./cmd/attache-cli", with no flags, knows its version.
// A test keeps the two equal. The commit the binary was built from is added where it is known.
package buildinfo

import (
	_ "embed"
	"runtime/debug"
	"strings"
)

//go:embed version.txt
var versionFile string

// Version is the application version, x.y.z as in FyneApp.toml's [Details] Version.
var Version = strings.TrimSpace(versionFile)

// commit is the commit the packaging scripts link in (-ldflags
// "-X attache/internal/buildinfo.commit=…"): they build from a copy of the sources without
// Git's folder, where Go cannot see the commit itself.
var commit string

// Describe returns the version with the commit when it is known, as --version prints it:
// "0.1.0 (commit 773e98e1d2f4)", with ", modified" when the working tree had changes.
func Describe() string {
	info, _ := debug.ReadBuildInfo()
	var settings []debug.BuildSetting
	if info != nil {
		settings = info.Settings
	}
	return describe(Version, commit, settings)
}

// describe puts together what Describe says from the version, the linked-in commit and the
// build settings Go recorded (vcs.revision and vcs.modified, present when the binary was built
// inside a Git working tree).
func describe(version, linked string, settings []debug.BuildSetting) string {
	rev, modified := linked, false
	if rev == "" {
		for _, s := range settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if rev == "" {
		return version
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified {
		return version + " (commit " + rev + ", modified)"
	}
	return version + " (commit " + rev + ")"
}
