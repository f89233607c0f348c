package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/extract"
)

// runTitled extracts an article with a headline.
func runTitled(date, title, text string) []string {
	a := extract.Article{Source: "test", Title: title, Text: text}
	a.Date, _ = time.Parse("2006-01-02", date)
	return view(x.Article(a))
}

// checkTitled extracts an article with a headline and checks that it has
// every line of want and no line beginning with one of absent.
func checkTitled(t *testing.T, date, title, text string, want, absent []string) {
	t.Helper()
	got := runTitled(date, title, text)
	for _, w := range want {
		if !has(got, w) {
			t.Errorf("from %q\nmissing %q; got:\n  %s", text, w, strings.Join(got, "\n  "))
		}
	}
	for _, a := range absent {
		for _, g := range got {
			if strings.HasPrefix(g, a) {
				t.Errorf("from %q\nunwanted %q", text, g)
			}
		}
	}
}

// TestShipmentShapes6: more shapes of aid prose, in invented sentences,
// some under a headline.
func TestShipmentShapes6(t *testing.T) {
	for _, c := range []struct {
		name, date, title, text string
		want, absent            []string
	}{
		{name: "ActWithoutGoodsMakesNoDonorOfTheHeadlinePlace", date: "2022-03-02", title: "Help reaches Chad after floods",
			text:   "Norway is flying 20 tonnes of tents and blankets. Sweden said it would send medicine. Chad's president visited the flooded towns on Monday and sent condolences to the families of the victims.",
			want:   []string{"item Norway > Chad | tent | 20 tonne | 2022-03-02", "item Sweden > Chad | medicine | - | -"},
			absent: []string{"item Norway > Sweden", "item Sweden > Norway"}},
		{name: "OwnerOfGoodsThatReachIsTheDonor", date: "2022-03-02", title: "Help reaches Malawi",
			text:   "Days after floods swept southern Malawi, 20 tonnes of Zambia's relief material reached the country on Wednesday.",
			want:   []string{"item Zambia > Malawi | relief material | 20 tonne | 2022-03-02"},
			absent: []string{"item Malawi >"}},
		{name: "WireDatelineCapitalIsNoDonor", date: "2022-03-02", title: "Help reaches Malawi",
			text:   "Lilongwe, March 2 (PTI) 20 tonnes of Zambia's relief material reached the country on Wednesday.",
			want:   []string{"item Zambia > Malawi | relief material | 20 tonne | 2022-03-02"},
			absent: []string{"item Malawi >"}},
		{name: "OwnerOfCarriedGoodsIsTheDonor", date: "2022-03-02", title: "Planes land in Chad",
			text: "A plane carrying 30 tonnes of Norway's relief supplies arrived in N'Djamena on Tuesday.",
			want: []string{"item Norway > Chad | relief supply | 30 tonne | 2022-03-01"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkTitled(t, c.date, c.title, c.text, c.want, c.absent) })
	}
}
