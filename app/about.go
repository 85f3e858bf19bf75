package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"attache/internal/buildinfo"
)

// appVersion is the version About and every export state: the one in the app's metadata
// (FyneApp.toml, packaged with the app or found beside it), else the one linked in at build.
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
	blurb := &widget.Label{Text: "Briefings on the relations between two countries, every figure traced to its source.",
		Wrapping: fyne.TextWrapWord}
	facts := &widget.Label{Text: datasetFacts(u.ws), Wrapping: fyne.TextWrapWord, Selectable: true}
	content := container.NewBorder(nil, nil, container.NewVBox(icon), nil,
		container.NewVBox(title, blurb, widget.NewSeparator(), facts))
	d := dialog.NewCustom("About "+appName, "Close", content, u.win)
	d.Resize(fyne.NewSize(620, 360))
	d.Show()
}

// datasetFacts describes the dataset in use for About.
func datasetFacts(ws workspace) string {
	d := ws.data
	if d == nil {
		return "No dataset is loaded."
	}
	id := d.Identity()
	return fmt.Sprintf("Dataset: %s\nId %s, version %s\n%s, %s, %s\nSHA-256 %s\nRead from %s",
		datasetLabel(d), id.ID, id.Version,
		plural(len(d.Records), "record"), plural(len(d.Sources), "source"), plural(len(d.Sectors), "sector"),
		id.SHA256, ws.origin)
}
