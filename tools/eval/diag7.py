#!/usr/bin/env python3
"""diag7.py BIN DIR...: counts only. Wrong aid items by class."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
from collections import Counter
C = Counter()
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["aid_items"]
    ships = gold.doc.get("shipments", [])
    gnames = [S.stem(it["name"]) for s in ships for it in s["items"]]
    xitems = [(s, it) for s in g.of_type(S.NG + "AidShipment") for _, it in g.objs(s, S.NG + "includes")]
    wrongset = set(wrong)
    for s, it in wrong:
        C["wrong"] += 1
        if not ships: C["wrong: article has no gold shipment"] += 1; continue
        names = [S.stem(n) for n in g.values(it, S.SCHEMA + "name")]
        if any(gn in n or n in gn for n in names for gn in gnames):
            C["wrong: name matches a gold item (other attr wrong)"] += 1
        else:
            sib = [x for x in xitems if x[0] == s and x not in wrongset]
            C["wrong: name unknown to gold, shipment %s" % ("has a right item" if sib else "has no right item")] += 1
        q = g.values(it, S.NG + "quantity")
        C["wrong: with quantity" if q else "wrong: without quantity"] += 1
    for m in missed:
        C["missed"] += 1
        C["missed: %s quantity" % ("with" if m.get("quantity") is not None else "without")] += 1
for k in sorted(C): print(f"{k:55s} {C[k]}")
