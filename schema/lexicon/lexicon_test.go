package lexicon_test

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// The embedded lexicon loads, and is consistent: one row per country code,
// no name or alias naming two countries, the groupings and offices the
// extractor relies on in general news present.
func TestDefault(t *testing.T) {
	l := lexicon.Default()
	if len(l.Countries) < 195 {
		t.Errorf("%d countries, want every UN member state and more", len(l.Countries))
	}
	if len(l.Groupings) < 40 {
		t.Errorf("%d groupings, want at least 40", len(l.Groupings))
	}
	names := map[string]string{}
	for _, c := range l.Countries {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if other, ok := names[n]; ok && other != c.Code {
				t.Errorf("%q names both %s and %s", n, other, c.Code)
			}
			names[n] = c.Code
		}
	}
	for _, code := range []string{"IN", "US", "GB", "TW", "XK", "PS"} {
		if _, ok := l.Country(code); !ok {
			t.Errorf("no country %s", code)
		}
	}
	for _, slug := range []string{"quad", "g7", "g20", "un", "who", "wto", "nato", "eu", "asean", "brics", "sco", "saarc", "african-union", "opec", "commonwealth"} {
		if _, ok := l.Grouping(slug); !ok {
			t.Errorf("no grouping %s", slug)
		}
	}
	if q, _ := l.Grouping("quad"); q == nil || strings.Join(q.Members, ",") == "" {
		t.Error("the Quad has no members in the lexicon")
	}
	// rows that repeat a title add forms to one office
	offices := map[[2]string]*lexicon.Office{}
	for i, o := range l.Offices {
		k := [2]string{o.Jurisdiction, o.Title}
		if offices[k] != nil {
			t.Errorf("office %s %q listed twice", o.Jurisdiction, o.Title)
		}
		offices[k] = &l.Offices[i]
	}
	if fm := offices[[2]string{"*", "Foreign Minister"}]; fm == nil || !slices.Contains(fm.Forms, "foreign minister") || !slices.Contains(fm.Forms, "minister of foreign affairs and trade") {
		t.Error("the generic Foreign Minister lacks the forms of a row that repeats it")
	}
}

func TestLoadRefusesBadData(t *testing.T) {
	good := map[string]string{
		"countries.tsv":    "code\tname\twikidata\taliases\tdemonyms\nIN\tIndia\tQ668\tBharat\tIndian\n",
		"cities.tsv":       "name\tcountry\taliases\nNew Delhi\tIN\tDelhi\n",
		"groupings.tsv":    "slug\tname\tfullname\taliases\tmembers\twikidata\nquad\tQuad\tQuadrilateral Security Dialogue\t\tIN\t\n",
		"offices.tsv":      "jurisdiction\ttitle\trole\tforms\timplies\nin\tExternal Affairs Minister\tforeign minister\texternal affairs minister|EAM\tEAM\n",
		"topics.tsv":       "slug\tname\taliases\n",
		"items.tsv":        "name\tkind\tforms\nvaccine\titem\tvaccines\n",
		"agencies.tsv":     "name\tcountry\tfullname\taliases\nMEA\tIN\tMinistry of External Affairs\t\n",
		"newsagencies.tsv": "name\tcountry\tfullname\nPTI\tIN\tPress Trust of India\n",
		"speech.tsv":       "verb\tforms\tspeaker\nsay\tsaid|says\tsubject\n",
		"words.tsv":        "class\tword\tvalue\nhonorific\tDr\tDr.\n",
		"commonwords.tsv":  "word\tpos\tname\nrelief\tNOUN\t\n",
		"eventwords.tsv":   "kind\tforms\nmeetverb\tmet|meets\n",
		"aidwords.tsv":     "kind\tforms\nsendverb\tsent|sends\n",
		"leaders.tsv":      "code\trole\tname\taliases\tfrom\tto\nIN\thead of government\tA B\t\t2014-05\t2019-05-30\n",
		"orgleaders.tsv":   "code\trole\tname\taliases\tfrom\tto\nquad\thead of organisation\tC D\t\t2021-03\t\n",
	}
	fs := func(over map[string]string) fstest.MapFS {
		m := fstest.MapFS{}
		for k, v := range good {
			m[k] = &fstest.MapFile{Data: []byte(v)}
		}
		for k, v := range over {
			m[k] = &fstest.MapFile{Data: []byte(v)}
		}
		return m
	}
	if _, err := lexicon.Load(fs(nil)); err != nil {
		t.Fatalf("good data refused: %v", err)
	}
	cases := []struct {
		file, data, err string
	}{
		{"cities.tsv", "name\tcountry\taliases\nAtlantis\tZZ\t\n", `cities.tsv:2: unknown country "ZZ"`},
		{"groupings.tsv", "slug\tname\tfullname\taliases\tmembers\twikidata\nin\tX\t\t\t\t\n", `grouping slug "in" is a country code`},
		{"offices.tsv", "jurisdiction\ttitle\trole\tforms\timplies\nzz\tKing\tmonarch\tking\t\n", `unknown jurisdiction "zz"`},
		{"offices.tsv", "jurisdiction\ttitle\trole\tforms\timplies\n*\tKing\tmonarch\tking\t\n*\tKing\tofficial\tmonarch\t\n", `office "King": role "official", an earlier row says "monarch"`},
		{"items.tsv", "name\tkind\tforms\nvaccine\tthing\t\n", `kind "thing" is not item, general, head, unit, carrier, other, qualifier or abstract`},
		{"topics.tsv", "slug\tname\n", "header lacks aliases"},
		{"speech.tsv", "verb\tforms\tspeaker\nsay\tsaid\tlistener\n", `speaker "listener" is not subject or object`},
		{"words.tsv", "class\tword\tvalue\n\tDr\t\n", `no class or word`},
		{"commonwords.tsv", "word\tpos\tname\nRelief\tNOUN\t\n", `common word "Relief": not a lower-case word`},
		{"eventwords.tsv", "kind\tforms\nmeeting\tmet\n", `bad kind "meeting"`},
		{"eventwords.tsv", "kind\tforms\nmeetverb\tMet\n", `"Met" is not lower case`},
		{"aidwords.tsv", "kind\tforms\nsending\tsent\n", `bad kind "sending"`},
		{"aidwords.tsv", "kind\tforms\nshipnoun\t\n", `bad kind "shipnoun" or no forms`},
		{"leaders.tsv", "code\trole\tname\taliases\tfrom\tto\nZZ\thead of state\tA B\t\t2001-01\t\n", `unknown country or organisation "ZZ"`},
		{"leaders.tsv", "code\trole\tname\taliases\tfrom\tto\nIN\tking\tA B\t\t2001-01\t\n", `unknown role "king"`},
		{"leaders.tsv", "code\trole\tname\taliases\tfrom\tto\nIN\thead of state\tA B\t\t2001\t\n", `bad term "2001"`},
		{"leaders.tsv", "code\trole\tname\taliases\tfrom\tto\nIN\thead of state\tA B\t\t2004-01-02\t2003-12\n", `bad term`},
		{"orgleaders.tsv", "code\trole\tname\taliases\tfrom\tto\nin\thead of organisation\tA B\t\t2001-01\t\n", `unknown country or organisation "in"`},
		{"orgleaders.tsv", "code\trole\tname\taliases\tfrom\tto\nquad\thead of state\tA B\t\t2001-01\t\n", `unknown role "head of state"`},
	}
	for _, c := range cases {
		_, err := lexicon.Load(fs(map[string]string{c.file: c.data}))
		if err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("Load with bad %s: %v, want %q", c.file, err, c.err)
		}
	}
}
