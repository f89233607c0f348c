#!/usr/bin/env python3
"""diag19.py BIN DIR...: counts only (SHOW=1 prints cases: readable sets only).
Gold events with a location that an extracted event matches but for having
no location: where the text names the place relative to the event's
sentence, the word before it, and whether the place was extracted."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each_quads, sentence_labels, names_of, placeless_near_misses
from collections import Counter
C = Counter(); SHOW = os.environ.get("SHOW")
for art, gold, quads in each_quads(sys.argv[1], sys.argv[2:]):
    g = S.Graph(quads)
    res, _ = S.score_article(g, gold)
    text, lab = sentence_labels(quads)
    head = open(art).read().split("\n\n", 1)[0]
    for e, n in placeless_near_misses(g, gold, res):
        k = lab.get(n)
        gn = names_of(gold, e["location"])
        places = [p for cls in ("City", "Country") for p in g.of_type(S.CLASS[cls]) if S.is_named(g, gold, p, e["location"])]
        C["%s: place extracted as entity: %s" % (e["type"], bool(places))] += 1
        ment = sorted(i for i, t in text.items() if any(re.search(r"\b%s\b" % re.escape(x), t) for x in gn))
        if k is None: C["event sentence unknown"] += 1; continue
        if k in ment: where = "same sentence"
        elif any(i < k for i in ment): where = "before, dist %d" % min(k - i for i in ment if i < k) if min(k - i for i in ment if i < k) < 3 else "before, far"
        elif ment: where = "after"
        else: where = "header only" if any(x in head for x in gn) else "nowhere"
        C["%s: place %s" % (e["type"], where)] += 1
        if k in ment:
            st = text[k]
            for x in gn:
                m = re.search(r"(\S+)\s+(?:the\s+)?%s\b" % re.escape(x), st)
                if m:
                    C["%s: same sentence, word before: %s" % (e["type"], m.group(1).lower())] += 1; break
            # other events extracted in the same sentence?
            sib = [o for o in list(g.of_type(S.CLASS["Meeting"])) + list(g.of_type(S.CLASS["Visit"])) + list(g.of_type(S.CLASS["Summit"])) if o != n and lab.get(o) == k]
            C["%s: same sentence, other events there: %d" % (e["type"], min(len(sib), 2))] += 1
        if SHOW:
            print(os.path.basename(art)[:35], e["type"], e["location"], where, "|", text.get(k, "")[:200])
for k in sorted(C): print(f"{k:60s} {C[k]}")
