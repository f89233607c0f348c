package extract

import "github.com/newsgraph/newsgraph/schema/lexicon"

// evKind is the set of parts a word plays in telling of events, from the
// lexicon's eventwords.tsv (one bit per kind, in lexicon.EventWordKinds
// order).
type evKind uint64

const (
	evMeetVerb evKind = 1 << iota
	evCallVerb
	evTalkVerb
	evLightVerb
	evMeetNoun
	evCallNoun
	evModeNoun
	evSummitNoun
	evLeaders
	evMinisterial
	evVisitNoun
	evVisitVerb
	evTravelVerb
	evLeaveVerb
	evArriveVerb
	evBackref
	evAttendance
	evVenue
	evHabitual
	evPeopleNoun
	evNotEvent
	evCancel
	evPropose
	evAdjective
	evAddressVerb
	evAudience
	evCredentials
	evPresentVerb
	evEnvoy
	evInvite
	evBegin
	evAccredit
	evHope
	evEnd
)

// eventWords maps each lower-case form to the parts it plays.
func eventWords(lex *lexicon.Lexicon) map[string]evKind {
	bit := map[string]evKind{}
	for i, k := range lexicon.EventWordKinds {
		bit[k] = 1 << i
	}
	out := map[string]evKind{}
	for _, w := range lex.EventWords {
		for _, f := range w.Forms {
			out[f] |= bit[w.Kind]
		}
	}
	return out
}

// ew is the parts token k plays. The rules ask it of the same tokens
// many times, so every token's parts are looked up once, at the first call.
func (d *doc) ew(k int) evKind {
	if k < 0 || k >= len(d.toks) {
		return 0
	}
	if len(d.evks) != len(d.toks) {
		d.evks = grown(d.evks, len(d.toks))
		for i, t := range d.toks {
			if t.Kind == tWord {
				d.evks[i] = d.x.evw[t.Low]
			}
		}
	}
	return d.evks[k]
}
