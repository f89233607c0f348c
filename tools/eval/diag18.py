#!/usr/bin/env python3
"""diag18.py BIN DIR...: counts only. Events by type: gold, extracted, matched, matched when
only the type must agree, and in how many articles gold has more (fewer) events of the type
than were extracted."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
from collections import Counter
BIN = sys.argv[1]
C = Counter()
for art, gold, g in each(BIN, sys.argv[2:]):
    ge = [e for e in gold.doc.get("events", []) if not e.get("optional")]
    for t in ["Meeting", "Summit", "Visit"]:
        gt = [e for e in ge if e["type"] == t]
        xt = [(t, n) for n in g.of_type(S.CLASS[t])]
        C[t + " gold"] += len(gt); C[t + " extracted"] += len(xt)
        def em(e, ex, loose):
            _, n = ex
            if loose: return True
            parts = [p for _, p in g.objs(n, S.NG + "participant")]
            for w in e.get("participants", []):
                if not any(S.is_named(g, gold, p, w) for p in parts): return False
            if e.get("date") and e["date"] not in g.values(n, S.NG + "date"): return False
            if e.get("location") and not any(S.is_named(g, gold, l, e["location"]) for _, l in g.objs(n, S.SCHEMA + "location")): return False
            return True
        C[t + " matched"] += S.one_to_one(gt, xt, lambda e, x: em(e, x, False))[0]
        C[t + " matched by type only"] += S.one_to_one(gt, xt, lambda e, x: em(e, x, True))[0]
        if len(gt) > len(xt): C[t + " articles gold>extracted"] += 1; C[t + " events short"] += len(gt) - len(xt)
        if len(gt) < len(xt): C[t + " articles gold<extracted"] += 1; C[t + " events over"] += len(xt) - len(gt)
        if len(gt) and not len(xt): C[t + " articles with gold, none extracted"] += 1
for k in sorted(C): print(f"{k:45s} {C[k]}")
