package loader

import (
	"runtime/debug"
	"testing"
)

// Overlapping loads raise the collector's setting once, from what it was,
// and the last one to finish puts it back.
func TestCollectLessDuringLoadRestoresTheSetting(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	first := collectLessDuringLoad()
	second := collectLessDuringLoad()
	if got := debug.SetGCPercent(-1); got != 50*loadGCFactor {
		t.Errorf("during two loads GOGC is %d, want %d", got, 50*loadGCFactor)
	}
	debug.SetGCPercent(50 * loadGCFactor)
	first()
	if got := debug.SetGCPercent(50 * loadGCFactor); got != 50*loadGCFactor {
		t.Errorf("with one load still running GOGC is %d, want %d", got, 50*loadGCFactor)
	}
	second()
	if got := debug.SetGCPercent(50); got != 50 {
		t.Errorf("after the loads GOGC is %d, want 50 back", got)
	}
}

// The collector switched off stays off during a load.
func TestCollectLessDuringLoadKeepsTheCollectorOff(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	restore := collectLessDuringLoad()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("during a load GOGC is %d, want -1 (off)", got)
	}
	restore()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("after a load GOGC is %d, want -1 (off)", got)
	}
}
