package app

import (
	"encoding/json"
	"slices"

	"fyne.io/fyne/v2"

	"attache/reports/dataset"
)

// Preference keys, all in one place. Fyne stores them per app ID.
//
// Everything the next run resumes lives under one key, written in one go: Fyne saves its
// preferences file on every change and reloads it when the file changes on disk, and a burst
// of changes (one per key) can make it read the file while it is being rewritten. The
// language and the export options are the exceptions: each is written alone, when the user
// picks a language or confirms the export options, never in a burst.
const (
	prefSession  = "session"  // a remembered session, as JSON
	prefLanguage = "language" // the language chosen in the menu: "en", "az", "ko"; "" follows the system
	prefExport   = "export"   // the export options chosen last (exportChoice), as JSON
	prefPresets  = "presets"  // the user's presets ([]preset), as JSON, written when one is saved, renamed or deleted
)

// remembered is what the next run resumes: the selection, the window size and where the
// last export went.
type remembered struct {
	Sectors      []string `json:"sectors"`
	From         string   `json:"from,omitempty"` // a date at its own precision, "" when open
	To           string   `json:"to,omitempty"`
	Kinds        []string `json:"kinds"`
	Text         string   `json:"text,omitempty"`
	Width        float32  `json:"width,omitempty"`
	Height       float32  `json:"height,omitempty"`
	ExportFolder string   `json:"export_folder,omitempty"`

	Dataset       string   `json:"dataset,omitempty"`        // the path of the dataset file in use; "" for the bundled one
	DatasetSHA256 string   `json:"dataset_sha256,omitempty"` // its content then, to tell a changed file
	Recent        []string `json:"recent,omitempty"`         // the dataset files opened last, newest first
}

// defaultWindowSize is the size of the first window, before one was remembered.
var defaultWindowSize = fyne.NewSize(1200, 760)

// recall returns what the last run remembered, or ok false when there is nothing (or
// nothing readable).
func recall(p fyne.Preferences) (r remembered, ok bool) {
	s := p.String(prefSession)
	if s == "" || json.Unmarshal([]byte(s), &r) != nil {
		return remembered{}, false
	}
	return r, true
}

// remember changes what the next run resumes and writes it in one go.
func remember(p fyne.Preferences, change func(*remembered)) {
	r, _ := recall(p)
	change(&r)
	b, err := json.Marshal(r)
	if err != nil {
		fyne.LogError("remembering the session", err)
		return
	}
	p.SetString(prefSession, string(b))
}

// choice returns the remembered selection.
func (r remembered) choice() choice {
	c := choice{Sectors: r.Sectors, Text: r.Text}
	c.From, _ = dataset.ParseDate(r.From)
	c.To, _ = dataset.ParseDate(r.To)
	for _, k := range r.Kinds {
		if kind := dataset.Kind(k); slices.Contains(dataset.Kinds, kind) {
			c.Kinds = append(c.Kinds, kind)
		}
	}
	return c
}

// setChoice remembers a selection.
func (r *remembered) setChoice(c choice) {
	r.Sectors = slices.Clone(c.Sectors)
	if r.Sectors == nil {
		r.Sectors = []string{} // none ticked, which is not "never chosen"
	}
	r.From, r.To, r.Text = c.From.String(), c.To.String(), c.Text
	r.Kinds = make([]string, len(c.Kinds))
	for i, k := range c.Kinds {
		r.Kinds[i] = string(k)
	}
}

// storedChoice returns the selection the last run remembered, or ok false when none.
func storedChoice(p fyne.Preferences) (choice, bool) {
	r, ok := recall(p)
	if !ok || r.Sectors == nil {
		return choice{}, false
	}
	return r.choice(), true
}

// storedWindowSize returns the remembered window size, or defaultWindowSize.
func storedWindowSize(p fyne.Preferences) fyne.Size {
	r, _ := recall(p)
	if r.Width < 400 || r.Height < 300 {
		return defaultWindowSize
	}
	return fyne.NewSize(r.Width, r.Height)
}

// storedLanguage returns the language chosen in the menu, languageSystem when none was or
// the one stored is not a language the app speaks.
func storedLanguage(p fyne.Preferences) string {
	if code := p.String(prefLanguage); isAppLanguage(code) {
		return code
	}
	return languageSystem
}

// rememberLanguage writes down the language chosen in the menu.
func rememberLanguage(p fyne.Preferences, code string) {
	if code == languageSystem {
		p.RemoveValue(prefLanguage)
		return
	}
	p.SetString(prefLanguage, code)
}

// storedExportFolder returns the folder of the last export, "" when none.
func storedExportFolder(p fyne.Preferences) string {
	r, _ := recall(p)
	return r.ExportFolder
}
