#!/usr/bin/env python3
"""diag12.py BIN DIR...: counts only (SHOW=1 prints cases: readable sets only).
Gold events that would match if participants were ignored: for each gold
participant the best such extracted event lacks, is the person extracted in
the article at all (a linking miss) or not (a people miss)?"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each, participant_near_miss
from collections import Counter
C = Counter(); SHOW = os.environ.get("SHOW")
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["events"]
    people = g.of_type(S.CLASS["Person"])
    for e in missed:
        best = participant_near_miss(g, gold, e)
        if best is None: continue
        C["near miss (participants only)"] += 1
        parts = [p for _, p in g.objs(best, S.NG + "participant")]
        for w in e.get("participants", []):
            if any(S.is_named(g, gold, p, w) for p in parts): continue
            found = any(S.is_named(g, gold, p, w) for p in people)
            C["lacks a participant: person %s" % ("extracted (linking)" if found else "not extracted")] += 1
            if SHOW: print(os.path.basename(art)[:40], e["type"], w, "found" if found else "absent")
for k in sorted(C): print(f"{k:55s} {C[k]}")
