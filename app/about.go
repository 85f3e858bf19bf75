package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"attache/internal/buildinfo"
)

// appVersion is the version About and every export state: the one in the app's metadata
// (FyneApp.toml, packaged with the app or found beside it), else the one compiled in
// (internal/buildinfo/version.txt, which a test keeps equal to FyneApp.toml).
func appVersion(a fyne.App) string {
	if m := a.Metadata(); m.ID != "" && m.Version != "" {
		return m.Version
	}
	return buildinfo.Version
}

func (u *ui) onAbout() {
	icon := canvas.NewImageFromResource(appIcon)
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(72, 72))
	title := &widget.Label{Text: appName + " " + appVersion(u.app), TextStyle: fyne.TextStyle{Bold: true},
		SizeName: "subHeadingText"}
	blurb := &widget.Label{Text: lang.X("about.blurb", "Briefings on the relations between two countries, every figure traced to its source."),
		Wrapping: fyne.TextWrapWord}
	facts := &widget.Label{Text: datasetFacts(u.ws), Wrapping: fyne.TextWrapWord, Selectable: true}
	content := container.NewBorder(nil, nil, container.NewVBox(icon), nil,
		container.NewVBox(title, blurb, widget.NewSeparator(), facts))
	d := dialog.NewCustom(lang.X("about.title", "About Attaché"), lang.X("button.close", "Close"), content, u.win)
	d.Resize(fyne.NewSize(620, 360))
	u.keys.keyed(d, nil)
	d.Show()
}

// datasetFacts describes the dataset in use for About.
func datasetFacts(ws workspace) string {
	d := ws.data()
	if d == nil {
		return lang.X("about.no.dataset", "No dataset is loaded.")
	}
	id := d.Identity()
	return lang.X("about.dataset", "Dataset: {{.Title}}\nId {{.ID}}, version {{.Version}}\n{{.Records}}, {{.Sources}}, {{.Sectors}}\nSHA-256 {{.SHA256}}\nRead from {{.Origin}}",
		map[string]any{"Title": datasetLabel(d), "ID": id.ID, "Version": id.Version,
			"Records": recordCount(len(d.Records)), "Sources": sourceCount(len(d.Sources)), "Sectors": sectorCount(len(d.Sectors)),
			"SHA256": id.SHA256, "Origin": originLabel(ws.origin)})
}
