// Package parallel runs independent pieces of work on every core.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls work(i) for every i in [0, n) on GOMAXPROCS goroutines and
// returns when all are done. Each call must touch only its own i's data.
// A panic in one call does not kill the process from a worker goroutine,
// where nothing could recover it: the first one is raised again in the
// caller's goroutine once every worker has stopped.
func For(n int, work func(i int)) {
	ForWorker(n, Workers(), func(_, i int) { work(i) })
}

// Workers is the number of goroutines For runs: GOMAXPROCS, which the
// runtime may change while the program runs.
func Workers() int { return runtime.GOMAXPROCS(0) }

// ForWorker is For on the given number of goroutines (one at least), that
// tells each call which goroutine makes it, from 0: calls with the same
// worker never run at once, so they can share working space of that
// worker's own without a lock. The caller, which sizes that space, says
// how many workers there are, as GOMAXPROCS may change in between.
func ForWorker(n, workers int, work func(worker, i int)) {
	var wg sync.WaitGroup
	var once sync.Once
	var panicked any
	// each worker takes the next index from a shared counter: handing the
	// indices over a channel one by one woke a parked worker, through the
	// scheduler, for each of tens of thousands of short calls
	var next atomic.Int64
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				func() {
					defer func() {
						if p := recover(); p != nil {
							once.Do(func() { panicked = p })
						}
					}()
					work(w, i)
				}()
			}
		}()
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
}

// ForWorkerThen is ForWorker, and calls then(i) for every i in order of
// i, each once work(i) and then(i-1) are done, never two at once. The
// calls of then are made by the workers between their calls of work, as
// soon as their turn comes: a summing up that must go in order, made
// after all the work, kept one core busy while the other idled; made
// along, it overlaps the work still to do. then must touch only what no
// call of work touches, besides reading what work(i) made for it.
func ForWorkerThen(n, workers int, work func(worker, i int), then func(i int)) {
	done := make([]atomic.Bool, n)
	var turn sync.Mutex // held by the worker calling then
	next := 0           // the first i not passed to then, under turn
	passOn := func() {
		for next < n && done[next].Load() {
			then(next)
			next++
		}
	}
	ForWorker(n, workers, func(w, i int) {
		work(w, i)
		done[i].Store(true)
		// a worker that finds another passing on goes back to work: the
		// other, or the last sweep below, passes i on
		if turn.TryLock() {
			passOn()
			turn.Unlock()
		}
	})
	turn.Lock()
	passOn()
	turn.Unlock()
}

// Do runs the functions at once, as For runs its calls, and returns when
// all are done. The functions must not write what another reads.
func Do(fs ...func()) {
	For(len(fs), func(i int) { fs[i]() })
}
