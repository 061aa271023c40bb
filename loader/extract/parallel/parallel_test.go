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
