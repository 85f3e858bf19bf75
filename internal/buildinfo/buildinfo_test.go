package buildinfo

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"runtime/debug"
	"testing"
)

// The fyne packaging tool accepts only x, x.y or x.y.z (digits) as an app version, and the
// Windows version resource needs the same. A version it rejects would first show up when
// packaging; these tests catch it with the others.
var fyneVersion = regexp.MustCompile(`^[0-9]+(\.[0-9]+){0,2}$`)

// detailsVersion finds Version = "…" in FyneApp.toml's [Details] table, as
// scripts/app-version.sh does.
var detailsVersion = regexp.MustCompile(`(?m)^\[Details\][^\[]*?^Version *= *"([^"]*)"`)

// packagedVersion returns the version FyneApp.toml's text gives the packages, or what is wrong.
func packagedVersion(toml []byte) (string, error) {
	m := detailsVersion.FindSubmatch(toml)
	if m == nil {
		return "", errors.New(`no Version = "x.y.z" line in [Details]; scripts/app-version.sh and the packages need one`)
	}
	if v := string(m[1]); !fyneVersion.MatchString(v) {
		return "", fmt.Errorf(`Version %q: the fyne tool wants x, x.y or x.y.z in digits (for example "0.1.0")`, v)
	}
	return string(m[1]), nil
}

func TestPackagedVersion(t *testing.T) {
	tests := []struct {
		name, toml, want string
		wantErr          bool
	}{
		{name: "x.y.z", toml: "[Details]\nName = \"A\"\nVersion = \"1.2.3\"\nBuild = 4\n", want: "1.2.3"},
		{name: "x.y", toml: "[Details]\nVersion = \"2.0\"\n", want: "2.0"},
		{name: "pre-release suffix", toml: "[Details]\nVersion = \"1.0.0-rc1\"\n", wantErr: true},
		{name: "v prefix", toml: "[Details]\nVersion = \"v1.0.0\"\n", wantErr: true},
		{name: "missing", toml: "[Details]\nName = \"A\"\n", wantErr: true},
		{name: "only in another table", toml: "[Details]\nName = \"A\"\n[Other]\nVersion = \"1.0.0\"\n", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := packagedVersion([]byte(tt.toml))
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("packagedVersion(%q) = %q, %v; want %q, error %v", tt.toml, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestFyneAppTOMLVersion(t *testing.T) {
	toml, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatalf("read FyneApp.toml, the one place the version is written: %v", err)
	}
	want, err := packagedVersion(toml)
	if err != nil {
		t.Fatalf("FyneApp.toml: %v", err)
	}
	if Version != want {
		t.Errorf("internal/buildinfo/version.txt says %q, FyneApp.toml's Version says %q: write the same version in both", Version, want)
	}
}

func TestDescribe(t *testing.T) {
	const rev = "773e98e1d2f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8"
	tests := []struct {
		name, linked string
		settings     []debug.BuildSetting
		want         string
	}{
		{name: "no commit known", want: "1.2.3"},
		{name: "from Git", settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "false"}},
			want: "1.2.3 (commit 773e98e1d2f4)"},
		{name: "from Git with changes", settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: "true"}},
			want: "1.2.3 (commit 773e98e1d2f4, modified)"},
		{name: "linked in", linked: "773e98e", want: "1.2.3 (commit 773e98e)"},
		{name: "linked in wins over Git", linked: "abcdef1", settings: []debug.BuildSetting{{Key: "vcs.revision", Value: rev}},
			want: "1.2.3 (commit abcdef1)"},
		{name: "other settings only", settings: []debug.BuildSetting{{Key: "CGO_ENABLED", Value: "0"}}, want: "1.2.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe("1.2.3", tt.linked, tt.settings); got != tt.want {
				t.Errorf("describe(%q, %v) = %q, want %q", tt.linked, tt.settings, got, tt.want)
			}
		})
	}
}
