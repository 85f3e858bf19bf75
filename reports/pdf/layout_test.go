package pdf

import (
	"context"
	"math"
	"testing"

	"attache/reports"
)

// newTestRenderer returns a renderer of an empty briefing with its first page started.
func newTestRenderer(t *testing.T) *renderer {
	t.Helper()
	r, err := newRenderer(context.Background(), &reports.Briefing{}, Options{}.withDefaults(), briefFits[0].keyFigures, briefFits[0].recent)
	if err != nil {
		t.Fatal(err)
	}
	r.newPage()
	return r
}

func TestKeepWithNext(t *testing.T) {
	tests := []struct {
		name     string
		room     float64 // points left on the page before the heading
		next     float64 // height of what follows the heading
		wantPage int
	}{
		{"all fits", 200, 40, 1},
		{"heading fits, what follows does not", 60, 40, 2},
		{"nothing fits", 10, 40, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTestRenderer(t)
			r.y = r.bottom - tc.room
			r.heading("A heading", 1)
			r.lead([]span{{"An introduction.", &smallGrey}}, 2)
			r.need(tc.next)
			if got := r.f.PageCount(); got != tc.wantPage {
				t.Fatalf("the heading and what follows are on page %d, want %d", got, tc.wantPage)
			}
			if r.y+tc.next > r.bottom {
				t.Errorf("after the heading %.1f pt are left, want %.1f", r.bottom-r.y, tc.next)
			}
			if len(r.kept) != 0 {
				t.Errorf("%d kept blocks were not drawn", len(r.kept))
			}
		})
	}
}

func TestTableRowsStayWhole(t *testing.T) {
	r := newTestRenderer(t)
	tb := r.newTable("Test", []column{{title: "A", width: 100}, {title: "B"}})
	long := "a row of several lines, " + "wrapped in its narrow column again and again "
	for range 3 {
		long += long
	}
	rows := 0
	for r.f.PageCount() < 3 {
		before, page := r.y, r.f.PageCount()
		lines := len(r.ts.wrap(long, &smallStyle, tb.cols[1].width-2*cellPadX))
		h := linesHeight(lines, smallLeading) + 2*cellPadY
		if rows == 0 {
			h += tb.headH // the first row brings the header
		}
		tb.row(cell("id", &smallStyle), cell(long, &smallStyle))
		rows++
		switch {
		case r.f.PageCount() == page && math.Abs(r.y-before-h) > 0.01:
			t.Fatalf("row %d took %.1f pt on its page, want %.1f", rows, r.y-before, h)
		case r.f.PageCount() != page && math.Abs(r.y-(r.top+tb.headH+smallLeading+2+h)) > 0.01:
			t.Fatalf("row %d on a new page ends at %.1f, want under the caption and header at %.1f",
				rows, r.y, r.top+tb.headH+smallLeading+2+h)
		}
		if r.y > r.bottom {
			t.Fatalf("row %d ends at %.1f, below the text area (%.1f)", rows, r.y, r.bottom)
		}
	}
	tb.end()
}
