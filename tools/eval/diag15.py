#!/usr/bin/env python3
"""diag15.py BIN DIR...: counts only. Gold Visits with no extracted Visit
matching even ignoring participants/date: does a sentence name both a
participant (surname) and the location; which travel words occur in those
sentences (counts of a fixed word list)."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each, names_of, sentences
from collections import Counter
C = Counter(); SHOW = os.environ.get("SHOW")
WORDS = ["visit", "visits", "visited", "visiting", "trip", "tour", "arrived", "arrives", "arrive", "arrival",
         "travel", "travelled", "traveled", "travels", "leave", "left", "depart", "departed", "landed", "stop",
         "stopover", "reached", "headed", "heads", "flew", "fly", "en", "while", "returned", "return", "wrap",
         "concluded", "conclude", "began", "begin", "will", "stay", "hosted", "welcomed", "received", "met",
         "talks", "attend", "attended", "attending", "participate", "summit", "meeting", "next", "then", "also",
         "first", "second", "during", "state", "official", "working", "invitation", "at", "in", "to", "from"]
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["events"]
    head, sents = sentences(art)
    xv = g.of_type(S.CLASS["Visit"])
    for e in missed:
        if e["type"] != "Visit": continue
        C["missed visit"] += 1
        loc = e.get("location")
        near = [n for n in xv if not loc or any(S.is_named(g, gold, l, loc) for _, l in g.objs(n, S.SCHEMA + "location"))]
        if near: C["  an extracted visit has the location (other attr wrong)"] += 1; continue
        if not loc: C["  gold location null"] += 1; continue
        lnames = names_of(gold, loc)
        pk = {n.split()[-1] for w in e.get("participants", []) for n in names_of(gold, w)}
        ls = [s for s in sents if any(re.search(r"\b%s\b" % re.escape(n), s) for n in lnames)]
        both = [s for s in ls if any(re.search(r"\b%s\b" % re.escape(k), s) for k in pk)]
        pron = [s for s in ls if re.search(r"\b(he|she|He|She|his|her|His|Her)\b", s)]
        C["  location named in %s sentences" % min(len(ls), 3)] += 1
        C["  a sentence names participant and location: %s" % bool(both)] += 1
        if not both: C["  no both, a location sentence has he/she/his/her: %s" % bool(pron)] += 1
        for s in (both or pron or ls)[:1]:
            toks = set(re.findall(r"[A-Za-z]+", s.lower()))
            for w in WORDS:
                if w in toks: C["    word " + w] += 1
            if SHOW: print(os.path.basename(art)[:40], "|", s[:200])
        # is the location entity extracted at all?
        ents = [n for n in g.out if S.is_named(g, gold, n, loc)]
        C["  location extracted as entity: %s" % bool(ents)] += 1
for k in sorted(C): print(f"{k:65s} {C[k]}")
