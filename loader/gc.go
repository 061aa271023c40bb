package loader

import (
	"runtime/debug"
	"sync"
)

// loadGCFactor is how many times the usual heap growth a load lets the
// heap grow between collections. A load allocates about thirty times the
// text it reads, nearly all of it garbage within the same article, while
// what it keeps grows steadily: at the usual setting the collector runs
// dozens of times over the same live corpus. Letting the heap grow much
// further costs more than it saves, though: memory not reused is memory
// new to the process, and the system's time to hand it over outweighs the
// collections saved. Measured with `dealwire export` on a 48 MB folder
// (10,000 synthetic articles), mean of five runs: factor 4 took 5.5 s user
// and 2.2 s system time, peak RSS 760 MB; factor 2 took 5.4 s and 1.2 s,
// 575 MB; factor 1 took 5.5 s and 1.2 s, 540 MB.
const loadGCFactor = 2

// gcDuringLoads counts the loads running, so that overlapping loads raise
// the collector's setting once and the last to finish restores it.
var gcDuringLoads struct {
	sync.Mutex
	running int
	before  int // the setting before the first of the running loads
}

// collectLessDuringLoad raises the garbage collector's growth setting
// (GOGC, as set by the environment or the program) by loadGCFactor until
// the returned function is called. The collector switched off stays off.
func collectLessDuringLoad() (restore func()) {
	g := &gcDuringLoads
	g.Lock()
	defer g.Unlock()
	if g.running == 0 {
		// set once before the setting is known, as it can only be read by
		// setting it, then corrected when it was not the default
		g.before = debug.SetGCPercent(100 * loadGCFactor)
		switch {
		case g.before < 0:
			debug.SetGCPercent(g.before)
		case g.before != 100:
			debug.SetGCPercent(g.before * loadGCFactor)
		}
	}
	g.running++
	return func() {
		g.Lock()
		defer g.Unlock()
		g.running--
		if g.running == 0 {
			debug.SetGCPercent(g.before)
		}
	}
}
