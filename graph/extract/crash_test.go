package extract_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/extract"
)

// Articles that once made the extractor fail (invented texts): each must
// be read, not turned into an error that loses the whole article.
func TestNoCrash(t *testing.T) {
	for _, c := range []struct{ title, text string }{
		// a receiving clause that ends the text, its recipient recorded at
		// the clause's end
		{"India sends third relief flight to Nepal", "KATHMANDU: India on Tuesday sent a third consignment of relief material for the victims of the Jajarkot earthquake. The aircraft carried 11 tonnes of tents, blankets and medicines.\n\nPrime Minister Prachanda thanked Prime Minister Modi for the help. \"India has always stood with Nepal,\" Prachanda said.\n\nForeign Minister Saud received the consignment at the airport."},
		// texts cut short (a feed's summary, a truncated page): a rule
		// looking one word past the last
		{"Norwegian aid arrives in stricken Tonga", "The first of Norway's emergency relief to Tonga"},
		{"India sends food aid to Sudan and Eritrea", "The Government of India has decided to provide 270 MT of food aid to Sudan, Djibouti, and"},
		{"Vaccines handed over to Fiji", "The minister said the vaccines are a fruit of the partnership with the African Union, which"},
		{"Ruritania joins ASEAN", "Ruritania applied for ASEAN membership in 2011. In 2022, the group's leaders agreed in principle to include Timor-Leste as a member state"},
		// a headline longer than the text: the headline's donor was read
		// with the text's words
		{"Cyclone: Vanuatu death toll rises as Australia pledges $5m in aid", "Following the arrival of military planes"},
		// a text that ends in a call's preposition, its partner cut off
		{"Minister calls counterparts", "Foreign Minister Jane Roe today held a series of telephone calls on the floods in Ruritania.\n\nIn separate calls, she spoke to"},
	} {
		a := extract.Article{Source: "test", Text: c.text, Title: c.title}
		a.Date, _ = time.Parse("2006-01-02", "2023-11-07")
		if _, err := x.Extract(a); err != nil {
			t.Errorf("%v", err)
		}
	}
	// no prefix of an article, cut after any word, makes it fail
	const story = "CANBERRA: Australia on Monday sent 20 tonnes of relief supplies, including tents, blankets and water containers, to Vanuatu, Fiji and Tonga, which are members of the Pacific Islands Forum, whose leaders met in Suva. The shipment to Fiji also includes 500 hygiene kits. Foreign Minister Jane Roe said the governments of Japan and New Zealand would send more. Fiji received the consignment at Nadi airport, and Tonga is a member state"
	for i := range story {
		if i > 0 && story[i] != ' ' {
			continue
		}
		a := extract.Article{Source: "test", Text: story[:i], Title: "Australia sends relief supplies to Vanuatu, Fiji and Tonga after Cyclone Harold"}
		a.Date, _ = time.Parse("2006-01-02", "2020-04-10")
		if _, err := x.Extract(a); err != nil {
			t.Errorf("cut after %d bytes: %v", i, err)
		}
	}
}
