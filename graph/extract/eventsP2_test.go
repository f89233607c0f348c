package extract_test

import "testing"

// TestEventDiscussions: "discussions" are talks when people hold them ("A
// and B held productive discussions", "the discussions between A and B"),
// not when they are what was said at a meeting told before. The sentences
// are invented.
func TestEventDiscussions(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PairHeldDiscussions", date: "2019-06-14",
			text: "President Ana Lopez and President Jorge Ruiz held productive discussions in Lima on June 13, 2019.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2019-06-13 | Lima | -"}},
		{name: "DiscussionsBetween", date: "2019-06-14",
			text: "The main event of the trip will be the discussions between President Ana Lopez and Prime Minister Jorge Ruiz on Friday.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2019-06-14 | - | -"}},
		{name: "DiscussionsCovered", date: "2019-06-14",
			text:   "President Ana Lopez received Foreign Minister Jorge Ruiz on Thursday. Discussions at the meeting covered trade, and Deputy Minister Karl Olsen attended the meeting.",
			absent: []string{"Meeting Karl Olsen |"}},
	})
}
