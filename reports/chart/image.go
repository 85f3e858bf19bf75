package chart

import (
	"bytes"
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

// PNG encodes the chart as a PNG image at dpi dots per inch.
func (c *Chart) PNG(dpi int) ([]byte, error) {
	cv := vgimg.NewWith(vgimg.UseWH(c.Width, c.Height), vgimg.UseDPI(dpi))
	if err := c.drawSafely(draw.New(cv)); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: cv}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("encode chart as PNG: %w", err)
	}
	return buf.Bytes(), nil
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
