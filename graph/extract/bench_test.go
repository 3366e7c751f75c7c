package extract_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"govgraph/graph/extract"
)

func BenchmarkParseSeed(b *testing.B) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	opts := seedTables(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.Parse("seed.txt", data, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// largeDocument repeats the seed's body with varied leaders, units and
// numbers until it is at least size bytes.
func largeDocument(tb testing.TB, size int) []byte {
	tb.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Fatal(err)
	}
	head, body, _ := strings.Cut(string(data), "今年是全面贯彻落实")
	body = "今年是全面贯彻落实" + body
	leaders := []string{"武毅", "洪露", "王若曦", "赵冬梅", "李伟", "于杰", "王海清", "朱英涛"}
	var buf bytes.Buffer
	buf.WriteString(head)
	for k := 0; buf.Len() < size; k++ {
		r := strings.NewReplacer(
			"武毅", leaders[k%len(leaders)], "洪露", leaders[(k+3)%len(leaders)],
			"区商务局", fmt.Sprintf("区商务局第%d科", k%7), "历下控股集团", fmt.Sprintf("历下控股集团%d公司", k%5),
			"6%", fmt.Sprintf("%d%%", k%9+1), "（一）", fmt.Sprintf("（%s）", []string{"一", "二", "三"}[k%3]),
		)
		buf.WriteString(r.Replace(body))
	}
	return buf.Bytes()
}

func BenchmarkParseLarge(b *testing.B) {
	data := largeDocument(b, 10<<20)
	opts := seedTables(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var tasks int
	for b.Loop() {
		doc, err := extract.Parse("large.txt", data, opts)
		if err != nil {
			b.Fatal(err)
		}
		tasks = len(doc.Tasks)
	}
	b.ReportMetric(float64(tasks), "tasks")
}
