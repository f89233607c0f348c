package extract_test

import "testing"

// Leaders who arrive in a summit's city on its eve are at the summit
// (GUIDELINES 6.3), and a serial comma ("A, B, and C arrived") keeps all
// of a coordinated subject, not a clause's ("A met B, and C arrived").
// The sentences are invented.
func TestEventArrivalsJoinSummit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ArrivedOnTheEve", date: "2022-02-05",
			text: "Leaders are arriving in Nairobi for the EAC Summit on February 6. President Ana Lopez and President Jorge Ruiz arrived in Nairobi on Saturday.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz | 2022-02-06 | Nairobi | -"}},
		{name: "ArrivedLongBefore", date: "2022-02-05",
			text:   "Leaders will meet in Nairobi for the EAC Summit on February 26. President Ana Lopez arrived in Nairobi on Saturday for talks.",
			absent: []string{"Summit Ana Lopez | 2022-02-26 | Nairobi | -"}},
		{name: "SerialComma", date: "2022-02-05",
			text: "Ana Lopez, Jorge Ruiz, and Maria Duarte arrived in Lima on Saturday.",
			want: []string{"Visit Ana Lopez, Jorge Ruiz, Maria Duarte | 2022-02-05 | Lima | -"}},
		{name: "CommaBeforeClause", date: "2022-02-05",
			text:   "President Ana Lopez met President Jorge Ruiz, and Maria Duarte arrived in Lima on Saturday.",
			absent: []string{"Visit Jorge Ruiz, Maria Duarte | 2022-02-05 | Lima | -"}},
	})
}
