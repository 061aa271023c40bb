package parallel

import (
	"sync/atomic"
	"testing"
)

func TestForVisitsEveryIndexOnce(t *testing.T) {
	seen := make([]int, 1000)
	For(len(seen), func(i int) { seen[i]++ })
	for i, n := range seen {
		if n != 1 {
			t.Fatalf("index %d visited %d times", i, n)
		}
	}
	For(0, func(int) { t.Fatal("called for n = 0") })
}

func TestForRaisesAWorkersPanicInTheCaller(t *testing.T) {
	defer func() {
		if p := recover(); p != "boom" {
			t.Errorf("recovered %v, want the worker's panic", p)
		}
	}()
	For(10, func(i int) {
		if i == 3 {
			panic("boom")
		}
	})
	t.Error("For returned normally")
}

func TestDoRunsEveryFunction(t *testing.T) {
	var a, b bool
	Do(func() { a = true }, func() { b = true })
	if !a || !b {
		t.Errorf("ran a: %v, b: %v", a, b)
	}
}

func TestForWorkerNamesEachCallsWorker(t *testing.T) {
	workerOf := make([]int, 1000)
	busy := make([]bool, 3)
	ForWorker(len(workerOf), len(busy), func(w, i int) {
		if busy[w] {
			t.Errorf("worker %d makes two calls at once", w)
		}
		busy[w] = true
		workerOf[i] = w
		busy[w] = false
	})
	for i, w := range workerOf {
		if w < 0 || w >= len(busy) {
			t.Fatalf("index %d: worker %d of %d", i, w, len(busy))
		}
	}
}

func TestForWorkerThenCallsThenInOrderOnceEach(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		made := make([]int, 5000)
		var order []int
		var busy atomic.Bool
		ForWorkerThen(len(made), workers, func(_, i int) { made[i] = i * i }, func(i int) {
			if busy.Swap(true) {
				t.Errorf("two calls of then at once")
			}
			if made[i] != i*i {
				t.Errorf("then(%d) before its work", i)
			}
			order = append(order, i)
			busy.Store(false)
		})
		if len(order) != len(made) {
			t.Fatalf("%d workers: then called %d times, want %d", workers, len(order), len(made))
		}
		for k, i := range order {
			if i != k {
				t.Fatalf("%d workers: call %d of then was for %d", workers, k, i)
			}
		}
	}
	ForWorkerThen(0, 2, func(_, _ int) { t.Fatal("work called for n = 0") }, func(int) { t.Fatal("then called for n = 0") })
}

func TestForWorkerThenRaisesAPanicOfThen(t *testing.T) {
	defer func() {
		if p := recover(); p != "boom" {
			t.Errorf("recovered %v, want then's panic", p)
		}
	}()
	ForWorkerThen(100, 2, func(_, _ int) {}, func(i int) {
		if i == 7 {
			panic("boom")
		}
	})
	t.Error("ForWorkerThen returned normally")
}
