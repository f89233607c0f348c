#!/usr/bin/env python3
"""diag5.py BIN DIR...: counts only. Entities missed / wrong by class."""
import sys, os, re, json, subprocess, importlib.machinery, types
ld = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
S = types.ModuleType("score"); ld.exec_module(S)
BIN = sys.argv[1]
from collections import Counter
C = Counter()
for d in sys.argv[2:]:
    for art in S.articles([d]):
        if os.environ.get('TUNE') and S.in_check_part(os.path.basename(art)[:-4], 4): continue
        out = subprocess.run([BIN, "extract", art], capture_output=True, text=True).stdout
        gold = S.Gold(json.load(open(art[:-4] + ".gold.json")))
        g = S.Graph(S.parse_nquads(out))
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
