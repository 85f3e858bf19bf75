// Command attache is Attaché's desktop app: pick sectors and dates from a sourced bilateral
// dataset, see the briefing take shape, export it as a PDF and an Excel workbook.
package main

import (
	fyneapp "fyne.io/fyne/v2/app"

	"attache/app"
)

// appID names the app to the system and keys its preferences; FyneApp.toml holds the same.
const appID = "app.attache.desktop"

func main() {
	a := fyneapp.NewWithID(appID)
	app.NewWindow(a).ShowAndRun()
}
