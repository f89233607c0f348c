#!/usr/bin/env python3
"""diag5.py BIN DIR...: counts only. Entities missed / wrong by class."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
BIN = sys.argv[1]
from collections import Counter
C = Counter()
for art, gold, g in each(BIN, sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["entities"]
    for m in missed: C["missed " + m["type"]] += 1
    for t, n in wrong: C["wrong " + t] += 1
    # office missed but same name extracted with another jurisdiction
    offs = g.of_type(S.CLASS["Office"])
    for m in missed:
        if m["type"] == "Office":
            names = {S.norm(x) for x in m["names"]}
            if any(g.names(o) & names for o in offs): C["missed Office: name extracted, other/no jurisdiction"] += 1
for k in sorted(C): print(f"{k:55s} {C[k]}")
