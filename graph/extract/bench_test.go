package extract_test

import (
	"testing"
)

// BenchmarkArticle extracts the seed article (about 2 KB) over and over:
// articles/s per core is 1/(ns/op), MB/s is reported by SetBytes.
func BenchmarkArticle(b *testing.B) {
	a := seedArticle(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		x.Article(a)
	}
}
