// Package assets embeds what Attaché ships inside its binaries: the bundled dataset, the
// fonts the PDF and the GUI draw text with (each beside its licence) and the icon.
package assets

import (
	"bytes"
	"embed"
	"io/fs"

	"attache/reports/dataset"
)

// BundledDatasetName is the file name of the bundled Azerbaijan – Republic of Korea dataset.
const BundledDatasetName = "az-kr.json"

//go:embed az-kr.json
var bundled []byte

// BundledDataset returns the bytes of the bundled dataset document.
func BundledDataset() []byte { return bundled }

// LoadBundled loads and validates the bundled dataset. Each call returns a dataset of its
// own, so a caller may keep or replace it without affecting others.
func LoadBundled() (*dataset.Dataset, error) {
	return dataset.Load(bytes.NewReader(bundled), BundledDatasetName)
}

//go:embed fonts/*.ttf fonts/*.txt
var fonts embed.FS

// Font file names under Fonts().
const (
	FontSansRegular   = "LiberationSans-Regular.ttf"
	FontSansBold      = "LiberationSans-Bold.ttf"
	FontSansItalic    = "LiberationSans-Italic.ttf"
	FontHangulRegular = "NanumGothic.ttf"
	FontHangulBold    = "NanumGothicBold.ttf"
)

// Fonts returns the bundled TrueType fonts, by file name.
func Fonts() fs.FS {
	sub, err := fs.Sub(fonts, "fonts")
	if err != nil {
		panic(err) // the embedded folder is fixed at build time
	}
	return sub
}

// Font returns one bundled font file's bytes.
func Font(name string) ([]byte, error) { return fs.ReadFile(Fonts(), name) }

// IconName is the file name of the application icon (drawn for the project, Apache-2.0; see
// ICON-LICENSE.txt). tools/icon draws it.
const IconName = "icon.png"

//go:embed icon.png
var icon []byte

// Icon returns the bytes of the application icon, a 512×512 PNG.
func Icon() []byte { return icon }
