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
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
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
