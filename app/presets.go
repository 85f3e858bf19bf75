package app

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"attache/reports/dataset"
)

// preset is a selection and a briefing's cover fields kept under a name, to be chosen again
// in one step. A ready preset (ready true) comes with the app for the bundled dataset: its
// range is counted back from the last year of the data, so it stays "the last 10 years" as
// the data grow; it is neither renamed nor deleted.
type preset struct {
	Name           string   `json:"name"`
	Sectors        []string `json:"sectors"`
	From           string   `json:"from,omitempty"`
	To             string   `json:"to,omitempty"`
	LastYears      int      `json:"last_years,omitempty"` // instead of From and To: the last years of the data
	Kinds          []string `json:"kinds,omitempty"`      // empty for every kind
	Text           string   `json:"text,omitempty"`
	Title          string   `json:"title,omitempty"`
	PreparedBy     string   `json:"prepared_by,omitempty"`
	Classification string   `json:"classification,omitempty"`

	ready bool
}

// readyPresets are the presets that come with the app, for the bundled dataset.
func readyPresets() []preset {
	return []preset{
		{Name: lang.X("preset.ready.trade.investment", "Trade and investment, last 10 years"), Sectors: []string{"trade", "investment"}, LastYears: 10, ready: true},
		{Name: lang.X("preset.ready.trade.energy", "Trade and energy, last 10 years"), Sectors: []string{"trade", "energy"}, LastYears: 10, ready: true},
		{Name: lang.X("preset.ready.diplomacy", "Diplomacy and parliament, last 5 years"), Sectors: []string{"diplomacy", "parliament"}, LastYears: 5, ready: true},
	}
}

// choice is the preset's selection over a dataset's span; the sectors are as named, fitted
// to a dataset later (see choice.fit and missingSectors).
func (p preset) choice(span dataSpan) choice {
	c := choice{Sectors: slices.Clone(p.Sectors), Text: p.Text}
	if p.LastYears > 0 {
		c.From, c.To = presetRange(span, p.LastYears)
	} else {
		c.From, _ = dataset.ParseDate(p.From)
		c.To, _ = dataset.ParseDate(p.To)
	}
	for _, k := range p.Kinds {
		if kind := dataset.Kind(k); slices.Contains(dataset.Kinds, kind) {
			c.Kinds = append(c.Kinds, kind)
		}
	}
	if len(c.Kinds) == 0 {
		c.Kinds = slices.Clone(dataset.Kinds)
	}
	return c
}

// newPreset keeps a choice and the cover fields of e under name.
func newPreset(name string, c choice, e exportChoice) preset {
	var r remembered
	r.setChoice(c)
	return preset{Name: name, Sectors: r.Sectors, From: r.From, To: r.To, Kinds: r.Kinds, Text: r.Text,
		Title: e.Title, PreparedBy: e.PreparedBy, Classification: e.Classification}
}

// storedPresets returns the user's presets, in the order they were saved.
func storedPresets(p fyne.Preferences) []preset {
	var out []preset
	if s := p.String(prefPresets); s != "" {
		if err := json.Unmarshal([]byte(s), &out); err != nil {
			fyne.LogError("reading the presets", err)
			return nil
		}
	}
	return out
}

// rememberPresets writes the user's presets down, in one go.
func rememberPresets(p fyne.Preferences, presets []preset) {
	b, err := json.Marshal(presets)
	if err != nil {
		fyne.LogError("remembering the presets", err)
		return
	}
	p.SetString(prefPresets, string(b))
}

// allPresets are the ready presets (on the bundled dataset only) and then the user's.
func (u *ui) allPresets() []preset {
	var out []preset
	if u.ws.bundled() {
		out = readyPresets()
	}
	return append(out, storedPresets(u.app.Preferences())...)
}

// presetNameError says why a name cannot be given to a preset; nil when it can. old is the
// preset's present name when it is renamed, "" when it is new.
func (u *ui) presetNameError(name, old string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return errors.New(lang.X("preset.error.empty", "Give the preset a name."))
	}
	for _, p := range append(readyPresets(), storedPresets(u.app.Preferences())...) {
		if p.Name != old && strings.EqualFold(p.Name, name) {
			return errors.New(lang.X("preset.error.taken", "A preset is already called {{.Name}}; choose another name.", map[string]any{"Name": p.Name}))
		}
	}
	return nil
}

// usePreset puts a preset's selection in use, and its cover fields (when it has any) into
// the export options, so that the next export is the briefing it describes.
func (u *ui) usePreset(p preset) {
	if u.ws.index == nil {
		return
	}
	if p.Title != "" || p.PreparedBy != "" || p.Classification != "" {
		prefs := u.app.Preferences()
		e := storedExportChoice(prefs)
		e.Title, e.PreparedBy, e.Classification = p.Title, p.PreparedBy, p.Classification
		rememberExportChoice(prefs, e)
	}
	u.applyChoice(p.choice(u.ws.index.span))
}

// savePreset keeps the current selection and cover fields under name, replacing nothing.
func (u *ui) savePreset(name string) error {
	name = strings.TrimSpace(name)
	if err := u.presetNameError(name, ""); err != nil {
		return err
	}
	prefs := u.app.Preferences()
	rememberPresets(prefs, append(storedPresets(prefs), newPreset(name, u.ws.choice, storedExportChoice(prefs))))
	u.selection.showPresets(u.allPresets(), name)
	return nil
}

// renamePreset gives the user's preset old the name name.
func (u *ui) renamePreset(old, name string) error {
	name = strings.TrimSpace(name)
	if err := u.presetNameError(name, old); err != nil {
		return err
	}
	prefs := u.app.Preferences()
	presets := storedPresets(prefs)
	i := slices.IndexFunc(presets, func(p preset) bool { return p.Name == old })
	if i < 0 {
		return errors.New(lang.X("preset.error.gone", "There is no preset called {{.Name}} any more.", map[string]any{"Name": old}))
	}
	presets[i].Name = name
	rememberPresets(prefs, presets)
	u.selection.showPresets(u.allPresets(), name)
	return nil
}

// deletePreset forgets the user's preset name.
func (u *ui) deletePreset(name string) {
	prefs := u.app.Preferences()
	presets := slices.DeleteFunc(storedPresets(prefs), func(p preset) bool { return p.Name == name })
	rememberPresets(prefs, presets)
	u.selection.showPresets(u.allPresets(), "")
}
