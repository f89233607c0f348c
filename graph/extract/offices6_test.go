package extract_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/extract"
)

// runAt extracts an article published at url.
func runAt(date, url, text string) []string {
	a := extract.Article{Source: url, URL: url, Text: text}
	a.Date, _ = time.Parse("2006-01-02", date)
	return view(x.Article(a))
}

// A national outlet names its own leaders without their country: the
// site's country-code domain gives it, as a last resort (invented text).
func TestSiteCountry(t *testing.T) {
	const text = "Foreign Minister Dewi Lestari said on Tuesday that the talks went well."
	for _, c := range []struct {
		url, want string
	}{
		{"https://www.examplepost.co.id/news/talks.html", "holds Dewi Lestari | Foreign Minister | Indonesia"},
		{"https://news.example.gov.ph/articles/1", "holds Dewi Lestari | Secretary of Foreign Affairs | Philippines"},
		{"https://www.example.gov/briefing", "holds Dewi Lestari | Secretary of State | United States"},
	} {
		if got := runAt("2022-05-10", c.url, text); !hasLine(got, c.want) {
			t.Errorf("%s: want %q in %q", c.url, c.want, got)
		}
	}
	// a domain sold as generic, or none, says nothing
	for _, url := range []string{"https://example.tv/a", "https://example.com/a", ""} {
		for _, l := range runAt("2022-05-10", url, text) {
			if len(l) > 5 && l[:5] == "holds" {
				t.Errorf("%s: no country, got %q", url, l)
			}
		}
	}
	// the text's own country comes first
	got := runAt("2022-05-10", "https://www.examplepost.co.id/a", "Kenya's Foreign Minister Dewi Lestari said on Tuesday that the talks went well.")
	if !hasLine(got, "holds Dewi Lestari | Foreign Minister | Kenya") {
		t.Errorf("want Kenya, got %q", got)
	}
}

func hasLine(lines []string, want string) bool {
	for _, l := range lines {
		if l == want {
			return true
		}
	}
	return false
}

func TestVisitedHost(t *testing.T) {
	const d = "2022-05-10"
	checkShapes(t, []shape{
		{name: "TravelToForTalksWith", date: d,
			text: "After visiting Peru the Foreign Secretary will travel to Chile for talks with President Ana Soto and Foreign Minister Luis Vega.",
			want: []string{"holds Ana Soto | President | Chile", "holds Luis Vega | Foreign Minister | Chile"}},
		{name: "ArrivedThenMeetWith", date: d,
			text:   "Kenyan President Peter Mwangi arrived in Ghana on Thursday for a two-day visit. He was welcomed at the airport. On Friday the Kenyan leader will meet with President Kofi Mensah.",
			want:   []string{"holds Peter Mwangi | President | Kenya", "holds Kofi Mensah | President | Ghana"},
			absent: []string{"holds Kofi Mensah | President | Kenya"}},
		{name: "AccompaniedToIsNoDestination", date: d,
			text:   "Kenyan President Peter Mwangi, accompanied to Ghana by aides, met Foreign Minister Ama Owusu of Togo.",
			want:   []string{"holds Ama Owusu | Foreign Minister | Togo"},
			absent: []string{"holds Ama Owusu | Foreign Minister | Ghana"}},
	})
}

// Officials of the UN and its organs (GUIDELINES 1.4: an official of a
// grouping or of its organs has the grouping as jurisdiction).
func TestUNOffices(t *testing.T) {
	const d = "2022-05-10"
	checkShapes(t, []shape{
		{name: "AssemblyPresidentIsUN", date: d,
			text: "The President of the General Assembly, Maria Lopez, opened the session. Security Council President Ali Bello spoke next.",
			want: []string{"holds Maria Lopez | President of the General Assembly | UN", "holds Ali Bello | President of the Security Council | UN"}},
		{name: "UnderSecretaryGeneralPortfolio", date: d,
			text: "The UN Under-secretary-general for political affairs, John Mensah held talks in Accra. UN Under-Secretary-General for Humanitarian Affairs Ama Owusu visited Sudan.",
			want: []string{"holds John Mensah | Under-Secretary-General for Political Affairs | UN", "holds Ama Owusu | Under-Secretary-General for Humanitarian Affairs | UN"}},
		{name: "UNTitleOfItsBody", date: d,
			text: "The UN Emergency Relief Coordinator, Ali Bello, visited Sudan.",
			want: []string{"holds Ali Bello | Emergency Relief Coordinator | OCHA"}},
	})
}

func TestAppositionTitles(t *testing.T) {
	const d = "2022-05-10"
	checkShapes(t, []shape{
		{name: "FormerTitleInApposition", date: d,
			text:   "He met the former president of Ethiopia, Abebe Girma, on Monday. The former Foreign Minister of Kenya, Ruth Wanjiru, spoke.",
			absent: []string{"holds "}},
		{name: "SeatAsFormOfAddress", date: d,
			text:   "Grenada was represented by the Minister of Works, Senator the Honourable Abebe Girma.",
			want:   []string{"holds Abebe Girma | Minister of Works | Grenada"},
			absent: []string{"holds Abebe Girma | Senator"}},
		{name: "CounterpartPostedTo", date: d,
			text: "Kenya's Ambassador to Ethiopia Ruth Wanjiru and her Ethiopian counterpart to Kenya Abebe Girma attended.",
			want: []string{"holds Ruth Wanjiru | Ambassador | Kenya", "holds Abebe Girma | Ambassador | Ethiopia"}},
		{name: "CounterpartFrom", date: d,
			text: "Kenyan Foreign Minister Ruth Wanjiru held talks with his counterpart from Ethiopia, Abebe Girma.",
			want: []string{"holds Abebe Girma | Foreign Minister | Ethiopia"}},
	})
}

func TestTwoWordRanks(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MajorGeneralIsARank", date: "2022-05-10",
			text:   "Nigeria's National Security Adviser, Major General Ali Bello, spoke. Lieutenant General Musa Sani listened.",
			want:   []string{"holds Ali Bello | National Security Adviser | Nigeria", "person Musa Sani"},
			absent: []string{"person Major", "person Lieutenant"}},
		{name: "MajorAsSurnameStays", date: "2022-05-10",
			text: "Former British Prime Minister John Major spoke.",
			want: []string{"person John Major"}},
	})
}

// In aid news the story's lead actor is mostly the donor; the recipient's
// ministers are named bare: they are not the donor's.
func TestLeadActorIsNotTheMinisters(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DonorLeadsMinisterReceives", date: "2022-05-10",
			text:   "Japan sent vaccines to Vietnam on Monday. Health Minister Nguyen Lan received the doses.",
			absent: []string{"holds Nguyen Lan | Health Minister | Japan"}},
	})
}
