package extract

import (
	"strings"
	"testing"
)

// Every post holds one of titleRunes, the cheap test units pass before a
// name among them is split (names.go): a post added without one would make
// its leaders read as units.
func TestTitleRunesCoverPosts(t *testing.T) {
	for _, w := range titlePosts.all {
		if !strings.ContainsAny(string(w), titleRunes) {
			t.Errorf("post %q holds none of titleRunes %q", string(w), titleRunes)
		}
	}
}
