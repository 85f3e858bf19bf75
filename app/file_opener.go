package app

import (
	"os/exec"
	"runtime"
)

// fileOpener is the program Fyne hands a file to on Linux and the BSDs; Windows and macOS
// always have theirs.
const fileOpener = "xdg-open"

// canOpenFiles reports whether the system can hand a file to its default application.
func canOpenFiles() bool {
	switch runtime.GOOS {
	case "windows", "darwin":
		return true
	}
	_, err := exec.LookPath(fileOpener)
	return err == nil
}
