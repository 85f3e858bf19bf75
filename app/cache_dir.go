package app

import "os"

// init makes the user's cache folder (~/.cache on Linux) when it is missing, as on a fresh
// account: Fyne creates its own folder inside it with a plain mkdir when the app is made,
// which is before this package's code runs otherwise, and logs "Failed to create fyne cache
// space" when the parent is missing. An import of this package comes before that.
func init() {
	if dir, err := os.UserCacheDir(); err == nil {
		_ = os.MkdirAll(dir, 0o700) // at worst Fyne logs its own error, as before
	}
}
