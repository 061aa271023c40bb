package parallel

import "testing"

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
