package main

import (
	"bytes"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/andybalholm/cascadia"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph/graph/extract"
)

var canonical = cascadia.MustCompile(`link[rel~="canonical" i]`)

// readReadability is go-readability as it comes, with the canonical url
// read beside it.
func readReadability(page []byte) (result, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return result{}, err
	}
	var r result
	if n := cascadia.Query(doc, canonical); n != nil {
		for _, a := range n.Attr {
			if a.Key == "href" {
				r.url = strings.TrimSpace(a.Val)
			}
		}
	}
	art, err := readability.FromDocument(doc, nil)
	if err != nil {
		return r, err
	}
	var b strings.Builder
	if art.Node != nil {
		art.RenderText(&b)
	}
	r.text = b.String()
	r.title = art.Title()
	if t, err := art.PublishedTime(); err == nil {
		r.date = t.Format("2006-01-02")
	}
	return r, nil
}

func readTraf(page []byte, fallback bool) (result, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{ExcludeComments: true, EnableFallback: fallback, Config: trafilatura.DefaultConfig()})
	if err != nil {
		return result{}, err
	}
	r := result{text: res.ContentText, title: res.Metadata.Title, url: res.Metadata.URL}
	if !res.Metadata.Date.IsZero() {
		r.date = res.Metadata.Date.Format("2006-01-02")
	}
	return r, nil
}

func readTrafilatura(page []byte) (result, error)         { return readTraf(page, false) }
func readTrafilaturaFallback(page []byte) (result, error) { return readTraf(page, true) }

// readNewsgraph is what newsgraph ships: go-readability behind a guard
// for hostile markup, captions taken out.
func readNewsgraph(page []byte) (result, error) {
	a, err := extract.ParseHTML("page", page)
	if err != nil {
		return result{}, err
	}
	r := result{text: a.Text, title: a.Title, url: a.URL}
	if a.HasDate() {
		r.date = a.Date.Format("2006-01-02")
	}
	return r, nil
}
