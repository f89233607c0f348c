package extract_test

import (
	"strings"
	"testing"
)

// A name joined by particles may have more than six tokens, and a name with
// a patronymic is the longer name it begins (invented text).
func TestLongPatronymicNames(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SevenTokens", date: "2022-03-01",
			text: "Qatar's Foreign Minister Khalid bin Hamad bin Jassim Al Thani met the envoy in Doha.",
			want: []string{"holds Khalid bin Hamad bin Jassim Al Thani | Foreign Minister | Qatar"}},
		{name: "ShorterFormsMerge", date: "2022-03-01",
			text: "Crown Prince Faisal bin Khalid Al Nahyan of the United Arab Emirates opened the talks. " +
				"Later Crown Prince Faisal bin Khalid met the delegation, and Crown Prince Faisal thanked them.",
			want: []string{"holds Faisal bin Khalid Al Nahyan | Crown Prince | United Arab Emirates"}},
		{name: "TwoLineagesStayApart", date: "2022-03-01",
			text: "Sheikh Faisal bin Khalid Al Nahyan and Sheikh Faisal bin Khalid Al Thani met Sheikh Faisal bin Khalid on Monday.",
			want: []string{"person Faisal bin Khalid Al Nahyan", "person Faisal bin Khalid Al Thani"}},
	})
}

// noLines fails when any of the exact lines is in the view of text.
func noLines(t *testing.T, date, text string, lines ...string) {
	t.Helper()
	got := view(run(date, text))
	for _, l := range lines {
		if has(got, l) {
			t.Errorf("from %q\nunwanted %q; got:\n  %s", text, l, strings.Join(got, "\n  "))
		}
	}
}

func TestLongPatronymicNamesWhole(t *testing.T) {
	noLines(t, "2022-03-01", "Qatar's Foreign Minister Khalid bin Hamad bin Jassim Al Thani met the envoy in Doha.",
		"person Khalid bin Hamad bin Jassim Al")
	noLines(t, "2022-03-01", "Crown Prince Faisal bin Khalid Al Nahyan of the United Arab Emirates opened the talks. "+
		"Later Crown Prince Faisal bin Khalid met the delegation, and Crown Prince Faisal thanked them.",
		"person Faisal bin Khalid", "person Faisal")
}
