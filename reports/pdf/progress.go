package pdf

// progress reports layout steps through Options.Progress, a few hundred times at most.
type progress struct {
	fn          func(done, total int)
	done, total int
	reported    int
}

// step counts n more steps done.
func (p *progress) step(n int) {
	p.done += n
	if p.fn == nil || p.done >= p.total {
		return
	}
	if p.done-p.reported >= max(1, p.total/200) {
		p.reported = p.done
		p.fn(p.done, p.total)
	}
}

// finish reports the end.
func (p *progress) finish() {
	p.done = p.total
	if p.fn != nil {
		p.fn(p.total, p.total)
	}
}

// tick counts one step of a long loop and says whether to go on: false once the context
// is cancelled.
func (r *renderer) tick() bool {
	r.progress.step(1)
	if r.progress.done%64 == 0 && r.ctx.Err() != nil {
		return false
	}
	return true
}

// countSteps is the number of steps the layout will report.
func (r *renderer) countSteps() int {
	b := r.b
	n := 3 + len(r.plan.keyFigures) + r.plan.citedCount
	for _, l := range r.plan.notes {
		n += len(l.shown)
	}
	for _, l := range r.plan.sections {
		n += len(l.shown)
	}
	n += len(r.plan.timeline.shown)
	if r.o.All {
		n += len(b.Records)
	}
	return n + 1
}
