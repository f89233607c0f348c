package extract_test

import "testing"

// Quote shapes of real reports (the sentences are invented): a speaker
// named only by a one-word title of one who is to take the office, a
// pronoun's attribution after several quoted sentences, a stray mark
// before a full stop, and a term after "called as".
func TestQuoteShapesP3(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DesignateTitleSpeaker", date: "2021-06-18",
			text: "Director-General-designate and former Finance Minister of Chile, Paula Vidal, will take office on Monday.\n\nIn May, thanking the members for electing her as the next director-general, Vidal said she was grateful for their trust.\n\nThe Director-General-designate said, “I believe this election shows that the real winner today is the trading system as a whole.”",
			want: []string{"quote Paula Vidal | I believe this election shows that the real winner today is the trading system as a whole."}},
		{name: "PronounAfterQuotedSentences", date: "2019-11-29",
			text: "Foreign Minister Carlos Quispe arrived in Lima on Friday.\n\n\"This is my first trip abroad since taking office,\" Quispe said. \"My hopes are very high. As my term begins. I want to raise the ties between Peru and Chile. We share a long history. We need to work together for our people,\" he added.\n\nOn arrival, Quispe was received by the president at the palace.",
			want: []string{"quote Carlos Quispe | My hopes are very high. As my term begins. I want to raise the ties between Peru and Chile. We share a long history. We need to work together for our people,"}},
		{name: "StrayMarkBeforeFullStopIsNoQuote", date: "2021-07-26",
			text:   "The ambassador to Peru, Ivan Petrov, stressed that the aid “arrives when the country faces the consequences of the pandemic “.",
			want:   []string{"quote Ivan Petrov | arrives when the country faces the consequences of the pandemic"},
			absent: []string{"quote Ivan Petrov | ."}},
		{name: "TermAfterCalledAsIsNoQuote", date: "2019-05-20",
			text:   "Foreign Minister Omar Farouk met the new envoys on Monday. The foreign minister provided the information about the envoys although the appointment is announced after receipt of formal consent called as ‘agrement.’",
			absent: []string{"quote "}},
	})
}
