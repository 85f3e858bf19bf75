package pdf

import (
	"net/url"
	"strconv"
	"strings"
)

// sourceLink returns the internal link that leads to a source's entry in the sources list.
func (r *renderer) sourceLink(number int) int {
	if r.sourceLinks == nil {
		r.sourceLinks = make(map[int]int)
	}
	id, ok := r.sourceLinks[number]
	if !ok {
		id = r.f.AddLink()
		r.sourceLinks[number] = id
	}
	return id
}

// linkRefs makes each number of a footnote mark drawn at (x, baseline) a link to its
// source's entry.
func (r *renderer) linkRefs(x, baseline float64, rn run) {
	st := rn.st
	marks := strings.TrimPrefix(rn.text, "\u200a")
	x += r.ts.width(rn.text[:len(rn.text)-len(marks)], st)
	comma := r.ts.width(",", st)
	top := baseline - st.rise - st.size*0.8
	for part := range strings.SplitSeq(marks, ",") {
		w := r.ts.width(part, st)
		if n, err := strconv.Atoi(part); err == nil {
			r.f.Link(x, top, w, st.size, r.sourceLink(n))
		}
		x += w + comma
	}
}

// linkAddress makes an address line open the address, when it is a web address. The
// link holds the address in ASCII, as PDF link targets must be.
func (r *renderer) linkAddress(x, baseline float64, l textLine, address string) {
	u, err := url.Parse(address)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return
	}
	target := u.String()
	if !isASCII(target) {
		return // an internationalised host or query would need more encoding; the text stays readable
	}
	size := l.runs[0].st.size
	r.f.LinkString(x, baseline-size*0.8, l.width, size, target)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
