#!/usr/bin/env python3
"""diag10.py BIN DIR...: counts only (SHOW=1 prints cases: readable sets only).
Quotes missed and wrong: text found with another speaker / no speaker / not found."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
from collections import Counter
BIN = sys.argv[1]; SHOW = os.environ.get("SHOW")
C = Counter()
for art, gold, g in each(BIN, sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["quotes"]
    quotes = g.of_type(S.SCHEMA + "Quotation")
    for q in missed:
        frag = S.norm(q["contains"])
        hits = [n for n in quotes if frag in " ".join(S.norm(t) for t in g.values(n, S.SCHEMA + "text"))]
        if not hits: k = "missed: text not extracted"
        elif not any(g.objs(n, S.NG + "speaker") for n in hits): k = "missed: text found, no speaker"
        else: k = "missed: text found, other speaker"
        C[k] += 1
        if SHOW: print(k, os.path.basename(art)[:40], q)
    C["wrong"] += len(wrong)
    if SHOW:
        for w in wrong: print("wrong", os.path.basename(art)[:40], w)
for k in sorted(C): print(f"{k:45s} {C[k]}")
