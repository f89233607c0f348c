package main

import (
	"fmt"
	"html"
	"strings"
)

// article is one line of gencorpus -jsonl.
type article struct {
	ID, URL, Date, Title, Text string
}

// page is a generated web page and what a reader should find in it.
type page struct {
	name       string
	html       string
	title      string   // the headline
	date       string   // YYYY-MM-DD, "" when the page gives none
	url        string   // the canonical url, "" when the page gives none
	paragraphs []string // the article's text
	boiler     []string // sentences of the page that are not the article's
}

// boilerplate, invented: what sites put around an article. Several of
// these name countries and people, so that a reader that keeps them gives
// the extractor facts the article does not state.
var (
	navItems   = []string{"Home", "World", "Politics", "Business", "Health", "Opinion", "Video", "Podcasts", "Newsletters", "Subscribe"}
	related    = []string{"Kenya and Ghana sign a new port agreement in Mombasa", "Japan pledges 400 ventilators to Peru after floods", "Opinion: why the Nordic council matters more than ever", "Brazil recalls its ambassador from Lisbon over visa row"}
	captions   = []string{"Foreign Minister Kalu Senvi arrives at the airport in Nairobi on Tuesday.", "Crates of medical supplies are unloaded from a cargo plane in Lima."}
	comments   = []string{"I think the minister should have gone to Japan first, frankly.", "Another photo opportunity while prices keep rising at home.", "Great reporting as always, thank you for covering this story."}
	bio        = "Mira Tolsen covers diplomacy and foreign aid for the Daily Meridian from Geneva and Brussels."
	newsletter = "Sign up for our morning briefing and get the top stories from around the world in your inbox."
	cookie     = "We use cookies to improve your experience on our site and to show you relevant advertising."
	promo      = "Read more: Germany doubles its aid budget for East Africa"
	footer     = "Copyright 2024 Daily Meridian Media Group. All rights reserved."
	mostRead   = []string{"Mexico and Chile agree to share vaccine doses", "Fiji hosts Pacific leaders for climate talks"}
)

func esc(s string) string { return html.EscapeString(s) }

func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.Join(strings.Fields(p), " "))
		}
	}
	return out
}

func navHTML() string {
	var b strings.Builder
	b.WriteString("<ul class=\"menu\">")
	for _, n := range navItems {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", strings.ToLower(n), n)
	}
	b.WriteString("</ul>")
	return b.String()
}

func relatedHTML(class string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<aside class=\"%s\"><h3>Related stories</h3><ul>", class)
	for i, r := range related {
		fmt.Fprintf(&b, "<li><a href=\"/story/%d\">%s</a></li>", i, esc(r))
	}
	b.WriteString("</ul></aside>")
	return b.String()
}

// generate wraps an article in one of five site layouts.
func generate(a article, style int) page {
	ps := paragraphs(a.Text)
	p := page{name: fmt.Sprintf("%s-style%d", a.ID, style), title: a.Title, paragraphs: ps}
	boil := func(ss ...string) { p.boiler = append(p.boiler, ss...) }
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	body := func(between func(i int)) {
		for i, para := range ps {
			w("<p>%s</p>\n", esc(para))
			if between != nil {
				between(i)
			}
		}
	}
	switch style {
	case 0: // a wire service: semantic tags, meta tags, a caption and related links in the story
		p.date, p.url = a.Date, a.URL
		w(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Daily Meridian</title>
<meta property="og:title" content="%s"><meta property="article:published_time" content="%sT08:30:00Z">
<link rel="canonical" href="%s"><link rel="stylesheet" href="/s.css"><script>window.dataLayer=[];function track(){}</script></head>
<body><header><div class="logo">Daily Meridian</div><nav>%s</nav></header>
<main><article><h1>%s</h1><p class="byline">By Mira Tolsen</p><time datetime="%s">%s</time>
`, esc(a.Title), esc(a.Title), a.Date, a.URL, navHTML(), esc(a.Title), a.Date, a.Date)
		body(func(i int) {
			switch i {
			case 0:
				w(`<figure><img src="/img/1.jpg" alt="Crates"><figcaption>%s</figcaption></figure>`+"\n", esc(captions[0]))
			case 1:
				w("%s\n", relatedHTML("related"))
			}
		})
		w(`</article><section id="comments" class="comments"><h2>Comments (3)</h2>`)
		for i, c := range comments {
			w(`<div class="comment"><span class="author">reader%d</span><p>%s</p></div>`, i, esc(c))
		}
		w("</section></main><footer><p>%s</p>%s</footer></body></html>\n", footer, navHTML())
		boil(captions[0])
		boil(related...)
		boil(comments...)
		boil(footer)
	case 1: // div soup, JSON-LD, inline promos, a newsletter box
		p.date, p.url = a.Date, a.URL
		w(`<html><head><title>%s - Global Wire</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"%sT14:05:00+02:00","mainEntityOfPage":{"@type":"WebPage","@id":%q},"author":{"@type":"Person","name":"Mira Tolsen"}}</script>
</head><body><div class="top-bar"><div class="nav">%s</div></div><div class="cookie-banner" role="dialog"><p>%s</p><button>Accept</button></div>
<div class="container"><div class="content"><div class="headline"><h1>%s</h1></div><div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div><div class="story-body">
`, esc(a.Title), a.Title, a.Date, a.URL, navHTML(), cookie, esc(a.Title))
		body(func(i int) {
			switch i {
			case 0:
				w(`<p class="promo"><strong><a href="/germany-aid">%s</a></strong></p>`+"\n", esc(promo))
			case 2:
				w(`<div class="newsletter"><h4>Morning briefing</h4><p>%s</p><form><input type="email"><button>Sign up</button></form></div>`+"\n", newsletter)
			}
		})
		w(`</div></div><div class="sidebar"><h3>Most read</h3><ol>`)
		for _, m := range mostRead {
			w(`<li><a href="/m">%s</a></li>`, esc(m))
		}
		w("</ol></div></div><div class=\"footer\">%s</div></body></html>\n", footer)
		boil(cookie, promo, newsletter, footer)
		boil(mostRead...)
	case 2: // a blog: entry-content, an author box, a comment list, widgets; og:url only, a <time> date
		p.date, p.url = a.Date, a.URL
		w(`<!doctype html><html><head><meta charset="UTF-8"><title>%s &#8211; The Aid Ledger</title><meta property="og:url" content="%s"><meta property="og:type" content="article"></head>
<body class="single"><div id="page"><header id="masthead"><p class="site-title">The Aid Ledger</p><nav id="site-navigation">%s</nav></header>
<div id="content"><div id="primary"><article class="post"><header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta">Posted on <time class="entry-date published" datetime="%sT09:00:00+00:00">%s</time></div></header><div class="entry-content">
`, esc(a.Title), a.URL, navHTML(), esc(a.Title), a.Date, a.Date)
		body(nil)
		w(`</div><footer class="entry-footer">Tags: <a href="/t/aid">aid</a>, <a href="/t/trade">trade</a></footer></article>
<div class="author-info"><h2>About the author</h2><p>%s</p></div>
<div id="comments"><h2 class="comments-title">3 thoughts on this post</h2><ol class="comment-list">`, bio)
		for i, c := range comments {
			w(`<li class="comment"><article class="comment-body"><footer class="comment-meta">reader%d says:</footer><div class="comment-content"><p>%s</p></div></article></li>`, i, esc(c))
		}
		w(`</ol></div></div><div id="secondary" class="widget-area">%s</div></div><footer id="colophon"><p>%s</p></footer></div></body></html>`+"\n", relatedHTML("widget"), footer)
		boil(bio, footer)
		boil(comments...)
		boil(related...)
	case 3: // minimal: a title, a heading, paragraphs
		w("<html><head><title>%s</title></head><body><h1>%s</h1>\n", esc(a.Title), esc(a.Title))
		body(nil)
		w("<hr><p><small>%s</small></p></body></html>\n", footer)
		boil(footer)
	case 4: // a live page: breadcrumbs, embedded posts, advertisement labels, cards at the bottom
		p.date, p.url = a.Date, a.URL
		w(`<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><title>%s</title><link rel="canonical" href="%s"><meta name="article:published_time" content="%s"><meta property="article:published_time" content="%sT06:00:00-05:00"></head>
<body><div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a> › <a href="/world/aid">Aid</a></div><div class="ad">Advertisement</div>
<div class="article-container"><h1 class="article-title">%s</h1><div class="article-text">
`, esc(a.Title), a.URL, a.Date, a.Date, esc(a.Title))
		body(func(i int) {
			switch i {
			case 1:
				w(`<figure class="image"><img src="/x.jpg"><figcaption class="caption">%s <span class="credit">Photo: Agency</span></figcaption></figure>`+"\n", esc(captions[1]))
			case 2:
				w(`<div class="ad">Advertisement</div>` + "\n")
			}
		})
		w(`</div></div><div class="cards"><h2>More from World</h2>`)
		for _, r := range related {
			w(`<div class="card"><a href="/c"><h3>%s</h3></a><p>%s.</p></div>`, esc(r), esc("The latest on "+strings.ToLower(r[:1])+r[1:]))
		}
		w("</div><footer>%s</footer></body></html>\n", footer)
		boil(captions[1], footer)
		boil(related...)
	}
	p.html = b.String()
	return p
}
