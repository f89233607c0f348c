package extract_test

import "testing"

// Names listed each with its country in brackets are persons; one such
// name alone is not enough, and a plural title in front is no part of the
// first name (invented sentences).
func TestCountryTaggedNames(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"The envoys present were Kofi Asante (Ghana), Tendai Moyo (Zimbabwe) and Ana Lucia Pires (Mozambique).",
			[]string{"person Kofi Asante", "person Tendai Moyo", "person Ana Lucia Pires"}, nil},
		{"Talks were attended by Presidents Ali Hassan Omar (Djibouti) and Peter Kamau (Kenya).",
			[]string{"person Ali Hassan Omar", "person Peter Kamau"}, []string{"person Presidents Ali Hassan Omar"}},
		{"The relief came through Port Anson (Ghana) on Monday.",
			nil, []string{"person Port Anson"}},
	} {
		got := view(run("2021-03-01", c.text))
		for _, w := range c.want {
			if !hasLine(got, w) {
				t.Errorf("%q: want %q in %q", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if hasLine(got, w) {
				t.Errorf("%q: unwanted %q in %q", c.text, w, got)
			}
		}
	}
}
