package chart

import (
	"fmt"
	"image"

	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Image draws the chart as a raster image at dpi dots per inch (the GUI preview).
func (c *Chart) Image(dpi int) (image.Image, error) {
	cv := vgimg.NewWith(vgimg.UseWH(c.Width, c.Height), vgimg.UseDPI(dpi))
	if err := c.drawSafely(draw.New(cv)); err != nil {
		return nil, err
	}
	return cv.Image(), nil
}

// drawSafely turns gonum/plot's drawing panics into errors.
func (c *Chart) drawSafely(cv draw.Canvas) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("draw chart: %v", p)
		}
	}()
	c.Plot.Draw(cv)
	return nil
}
