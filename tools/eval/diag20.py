#!/usr/bin/env python3
"""diag20.py BIN DIR...: counts only (SHOW=1 prints cases: readable sets only).
Gold events with a location that an extracted event matches but for having
no location: for every sentence that names both the place and a
participant (by last name), its position relative to the event's sentence
and the two words before the place."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each_quads, sentence_labels, names_of, placeless_near_misses
from collections import Counter
C = Counter(); SHOW = os.environ.get("SHOW")
for art, gold, quads in each_quads(sys.argv[1], sys.argv[2:]):
    g = S.Graph(quads)
    res, _ = S.score_article(g, gold)
    text, lab = sentence_labels(quads)
    for e, n in placeless_near_misses(g, gold, res):
        k = lab.get(n)
        gn = names_of(gold, e["location"])
        pk = {x.split()[-1] for w in e.get("participants", []) for x in names_of(gold, w)}
        C["%s: cases" % e["type"]] += 1
        ms = str(g.values(n, S.NG + "mode")) + str(g.values(n, S.NG + "status"))
        C["%s: mode/status %s" % (e["type"], ms)] += 1
        for i in sorted(text):
            t = text[i]
            if not any(re.search(r"\b%s\b" % re.escape(x), t) for x in gn): continue
            withp = any(re.search(r"\b%s\b" % re.escape(x), t) for x in pk)
            rel = "same" if i == k else ("before" if i < k else "after")
            for x in gn:
                m = re.search(r"(\S+)\s+(\S+)\s+%s\b" % re.escape(x), t) or re.search(r"()(\S+)\s+%s\b" % re.escape(x), t)
                if m:
                    mask = lambda w: "Cap" if w[:1].isupper() else ("Num" if any(c.isdigit() for c in w) else w)
                    C["%s: %s%s: '%s %s'" % (e["type"], rel, "+p" if withp else "", mask(m.group(1)), mask(m.group(2)))] += 1
                    break
            else:
                C["%s: %s%s: sentence start" % (e["type"], rel, "+p" if withp else "")] += 1
            if SHOW: print(os.path.basename(art)[:35], e["type"], rel, "|", t[:200])
for k in sorted(C): print(f"{k:60s} {C[k]}")
