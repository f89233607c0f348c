#!/usr/bin/env python3
"""diag4.py BIN DIR...: counts only. Missed memberships: grouping/country found? same sentence?"""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
BIN = sys.argv[1]
from collections import Counter
C = Counter()
for art, gold, g in each(BIN, sys.argv[2:]):
    groups = g.of_type(S.CLASS["Grouping"]); countries = g.of_type(S.CLASS["Country"])
    mem = [(a, b) for a in groups for _, b in g.objs(a, S.SCHEMA + "member")]
    ms = gold.doc.get("members", [])
    arts_missed = 0
    for gm in ms:
        if any(S.is_named(g, gold, a, gm[0]) and S.is_named(g, gold, b, gm[1]) for a, b in mem): continue
        arts_missed += 1
        C["mem missed"] += 1
        gf = any(S.is_named(g, gold, a, gm[0]) for a in groups); cf = any(S.is_named(g, gold, b, gm[1]) for b in countries)
        C["mem missed: grouping found=%s country found=%s" % (gf, cf)] += 1
    if arts_missed: C["mem articles with misses"] += 1
    if arts_missed >= 5: C["mem articles with >=5 misses"] += 1
for k in sorted(C): print(f"{k:55s} {C[k]}")
