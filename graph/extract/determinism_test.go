package extract_test

import (
	"fmt"
	"testing"
)

// TestSameInputSameQuads: an article whose facts depend on a choice among
// several offices of one kind gives the same quads on every run (the
// offices of a plural title over countries were once weighed in map
// order, and a mention came and went). The sentences are invented.
func TestSameInputSameQuads(t *testing.T) {
	text := "The Ambassadors of Kenya, Uganda and Tanzania presented their credentials on Monday. " +
		"Kenya's High Commissioner Jane Wanjiru and Kenyan Ambassador Peter Otieno attended the ceremony."
	first := fmt.Sprint(run("2023-05-10", text))
	for n := 0; n < 40; n++ {
		if got := fmt.Sprint(run("2023-05-10", text)); got != first {
			t.Fatalf("run %d gives other quads than the first", n)
		}
	}
}
