package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// screenShare is how much of the screen's width and height the window takes at most, so
// that its frame, a panel or a dock still leave it whole on the screen.
const screenShare = 0.92

// clampToScreen shrinks the window when it is larger than the screen it opens on: a size
// remembered on a larger screen, or the default size at a large scale (FYNE_SCALE=2 on a
// 1920×1080 screen would open the default 1200×760 at 2400×1520 pixels, off the screen).
//
// Fyne says nothing of the screen, so the size of the primary monitor comes from GLFW,
// which Fyne's desktop driver runs on; a window of another driver (the tests') is left as
// it is. It runs on the UI thread once the window exists.
func clampToScreen(w fyne.Window) {
	native, ok := w.(driver.NativeWindow)
	if !ok {
		return
	}
	native.RunNative(func(ctx any) {
		switch ctx.(type) {
		case driver.X11WindowContext, driver.WaylandWindowContext, driver.WindowsWindowContext, driver.MacWindowContext:
		default:
			return
		}
		monitor := glfw.GetPrimaryMonitor()
		if monitor == nil {
			return
		}
		mode := monitor.GetVideoMode()
		scale := w.Canvas().Scale()
		if mode == nil || scale <= 0 {
			return
		}
		if fit, ok := fitSize(w.Canvas().Size(), fyne.NewSize(float32(mode.Width)/scale, float32(mode.Height)/scale)); ok {
			w.Resize(fit)
			w.CenterOnScreen()
		}
	})
}

// fitSize is size shrunk to screenShare of a screen of the given size, in the same units;
// ok is false when it fits already.
func fitSize(size, screen fyne.Size) (fyne.Size, bool) {
	maxW, maxH := screen.Width*screenShare, screen.Height*screenShare
	if size.Width <= maxW && size.Height <= maxH {
		return size, false
	}
	return fyne.NewSize(min(size.Width, maxW), min(size.Height, maxH)), true
}
