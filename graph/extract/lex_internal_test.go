package extract

import (
	"math/rand/v2"
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
