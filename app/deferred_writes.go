package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// fileRepository is everything Fyne's own repository for file:// URIs does.
type fileRepository interface {
	repository.AppendableRepository
	repository.DeleteAllRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// deferredFileRepository is Fyne's file repository with one change: a writer creates or
// empties its file only when the first byte is written.
//
// Fyne's save dialog opens the chosen file for writing as soon as the user confirms, which
// empties an existing file before the export has begun; a failed or cancelled export would
// then leave an empty file where the user's old one was. Attaché only takes the path from
// that writer, closes it unused, and writes through a temporary file renamed into place when
// complete; with this repository, closing the unused writer leaves the file as it was.
type deferredFileRepository struct {
	fileRepository
}

// deferFileWrites wraps the file repository that Fyne registered, once.
func deferFileWrites() {
	repo, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := repo.(*deferredFileRepository); done {
		return
	}
	if full, ok := repo.(fileRepository); ok {
		repository.Register("file", &deferredFileRepository{full})
	}
}

// Writer returns a writer that opens u, creating or emptying it, on its first write.
func (r *deferredFileRepository) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &deferredWriter{uri: u, open: func() (fyne.URIWriteCloser, error) { return r.fileRepository.Writer(u) }}, nil
}

// deferredWriter opens its file on the first write; closed unused, it never touches it.
type deferredWriter struct {
	uri  fyne.URI
	open func() (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (d *deferredWriter) Write(p []byte) (int, error) {
	if d.w == nil {
		w, err := d.open()
		if err != nil {
			return 0, err
		}
		d.w = w
	}
	return d.w.Write(p)
}

func (d *deferredWriter) Close() error {
	if d.w == nil {
		return nil
	}
	return d.w.Close()
}

func (d *deferredWriter) URI() fyne.URI { return d.uri }
