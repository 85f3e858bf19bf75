// Package atomicfile writes a file so that readers only ever see the old content or the
// complete new content: the bytes go to a temporary file in the target's folder, which is
// renamed over the target only when everything was written. A failed or cancelled export
// leaves no partial file behind and never damages an existing one.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// newFileMode is the permission of a file that did not exist before (before the umask);
// a replaced file keeps its own.
const newFileMode fs.FileMode = 0o644

// Write calls fn with a writer to a temporary file beside path and, when fn and every
// write succeed, renames the temporary file to path. On any error (fn's included) or
// panic the temporary file is removed and path is left as it was.
func Write(path string, fn func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if base == "" {
		return fmt.Errorf("write %q: the path names a folder, not a file: add a file name", path)
	}
	if dir == "" {
		dir = "."
	}
	mode := newFileMode
	if info, statErr := os.Stat(path); statErr == nil {
		if !info.Mode().IsRegular() {
			return fmt.Errorf("write %q: it exists and is not a regular file: choose another name", path)
		}
		mode = info.Mode().Perm()
		if mode&0o222 == 0 {
			// Renaming over a read-only file succeeds wherever the folder is writable; the
			// owner made it read-only so that it is not replaced.
			return fmt.Errorf("write %q: the file is read-only: make it writable, or choose another name", path)
		}
	}
	removeStale(dir, base)
	tmp, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return fmt.Errorf("write %q: cannot create a file in folder %q (does it exist and is it writable?): %w", path, dir, err)
	}
	tmpName := tmp.Name()
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()

	buffered := bufio.NewWriterSize(tmp, 256<<10)
	if err := fn(buffered); err != nil {
		return err
	}
	if err := buffered.Flush(); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("write %q: set permissions: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %q: flush to disk: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("write %q: move the finished file into place: %w", path, err)
	}
	done = true
	return nil
}

// staleAfter is how long a temporary file goes unwritten before it counts as left behind by
// an export that was killed: a running export writes its file continuously, so an older one
// is never another export's work in progress.
const staleAfter = time.Hour

func tempPattern(base string) string { return "." + base + ".*.tmp" }

// removeStale deletes the temporary files that killed writes of path left beside it. What
// cannot be removed is left: the write itself does not depend on it.
func removeStale(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix, suffix := "."+base+".", ".tmp"
	for _, e := range entries {
		name := e.Name()
		middle, ok := strings.CutPrefix(name, prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		digits, ok := strings.CutSuffix(middle, suffix)
		if !ok || digits == "" || strings.Trim(digits, "0123456789") != "" {
			continue // not a name os.CreateTemp gives for tempPattern
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleAfter {
			os.Remove(filepath.Join(dir, name))
		}
	}
}
