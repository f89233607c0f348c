#!/usr/bin/env python3
"""diag8.py BIN DIR...: counts only. Wrong aid items whose name matches a missed gold item: which attributes differ."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
from collections import Counter
C = Counter()
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["aid_items"]
    gitems = [dict(it, donor=s["donor"], recipient=s["recipient"], date=s.get("date")) for s in gold.doc.get("shipments", []) for it in s["items"]]
    for s, it in wrong:
        names = [S.stem(n) for n in g.values(it, S.SCHEMA + "name")]
        cands = [gi for gi in missed if any(S.stem(gi["name"]) in n or n in S.stem(gi["name"]) for n in names)]
        if not cands:
            C["wrong, no missed gold item of that name"] += 1; continue
        best = None
        for gi in cands:
            diff = []
            if not any(S.is_named(g, gold, d, gi["donor"]) for _, d in g.objs(s, S.NG + "donor")): diff.append("donor")
            if not any(S.is_named(g, gold, r, gi["recipient"]) for _, r in g.objs(s, S.NG + "recipient")): diff.append("recipient")
            ds = g.values(s, S.NG + "date")
            if gi.get("date") and gi["date"] not in ds: diff.append("date(" + ("none" if not ds else "other") + ")")
            qs = g.values(it, S.NG + "quantity")
            if gi.get("quantity") is None and qs: diff.append("qty-extra")
            elif gi.get("quantity") is not None and not any(S._num(q) == float(gi["quantity"]) for q in qs): diff.append("qty(" + ("none" if not qs else "other") + ")")
            if best is None or len(diff) < len(best): best = diff
        C["wrong vs missed gold: " + ("+".join(best) or "same?")] += 1
for k in sorted(C): print(f"{k:60s} {C[k]}")
