package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// indexLast must answer as strings.Index does, on CJK text and on bytes.
func TestIndexLastIsIndex(t *testing.T) {
	words := []string{"自身建设", "\ufeff", "\u2028", "\u2029", "设", "a", "", "ab", "建设建设", "，（", "\xbf"}
	pieces := []string{"自身", "建设", "自身建设", "，", "（", "）", "\ufeff", "\u2028", "\u2029", "a", "b", "设", "\xbf", "\n"}
	rng := rand.New(rand.NewPCG(9, 9))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, w := range words {
			if got, want := indexLast(s, w), strings.Index(s, w); got != want {
				t.Fatalf("indexLast(%q, %q) = %d, strings.Index says %d", s, w, got, want)
			}
		}
	}
}

// Decoding in parts, side by side, fills the same arrays as one pass: on
// long texts of one-, two-, three- and four-byte runes whose part borders
// fall anywhere, and (through the one-pass fallback) on invalid UTF-8.
func TestDecodeRunesParts(t *testing.T) {
	pieces := []string{"a", "\n", "中", "，", "é", "\U0001F600", "\u3000", "建设", "12", "\xbf", "\xe4\xb8", "\xff"}
	rng := rand.New(rand.NewPCG(4, 2))
	cut := map[bool]int{} // decoded in parts (not one pass), by invalid UTF-8
	for round := range 300 {
		var b strings.Builder
		for range rng.IntN(400) {
			p := pieces[rng.IntN(len(pieces))]
			if round%3 != 0 && (p == "\xbf" || p == "\xe4\xb8" || p == "\xff") {
				continue // two rounds in three are valid UTF-8
			}
			b.WriteString(p)
		}
		s := b.String()
		wantR, wantO, wantPanic := decodeOnePass(s)
		for parts := 2; parts <= 7; parts++ {
			if _, _, ok := decodeParallel(s, parts); ok {
				cut[round%3 == 0]++
			}
			gotR, gotO, gotPanic := decodeWith(s, parts)
			if gotPanic != wantPanic || !slices.Equal(gotR, wantR) || !slices.Equal(gotO, wantO) {
				t.Fatalf("decodeRunesParts(%q, %d) = %v %v (panic %v), want %v %v (panic %v)", s, parts, gotR, gotO, gotPanic, wantR, wantO, wantPanic)
			}
		}
	}
	if cut[false] < 300 || cut[true] < 5 {
		t.Errorf("decoded in parts: %d valid and %d invalid texts, too few to tell", cut[false], cut[true])
	}
	// The default entry point on a text long enough to be cut.
	long := strings.Repeat("牵头单位：区发改局，é\U0001F600a\n", 1<<16)
	gotR, gotO := decodeRunes(long)
	wantR, wantO, _ := decodeOnePass(long)
	if !slices.Equal(gotR, wantR) || !slices.Equal(gotO, wantO) {
		t.Error("decodeRunes of a long text differs from one pass")
	}
}

func decodeOnePass(s string) (rs []rune, off []int32, panicked bool) { return decodeWith(s, 1) }

func decodeWith(s string, parts int) (rs []rune, off []int32, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	rs, off = decodeRunesParts(s, parts)
	return rs, off, false
}
