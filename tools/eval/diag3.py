#!/usr/bin/env python3
"""diag3.py BIN DIR...: counts only. For aid items right but for the date, how the dates differ."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
BIN = sys.argv[1]
from collections import Counter
C = Counter(); SH=set()
for art, gold, g in each(BIN, sys.argv[2:]):
    adate = gold.doc.get("date")
    gitems = [dict(it, donor=s["donor"], recipient=s["recipient"], date=s.get("date")) for s in gold.doc.get("shipments", []) for it in s["items"]]
    xitems = [(s, it) for s in g.of_type(S.NG + "AidShipment") for _, it in g.objs(s, S.NG + "includes")]
    def im(gi, ex, skipdate):
        s, it = ex
        if not any(S.is_named(g, gold, d, gi["donor"]) for _, d in g.objs(s, S.NG + "donor")): return False
        if not any(S.is_named(g, gold, r, gi["recipient"]) for _, r in g.objs(s, S.NG + "recipient")): return False
        if not skipdate and gi.get("date") and gi["date"] not in g.values(s, S.NG + "date"): return False
        want = S.stem(gi["name"])
        if not any(want in S.stem(n) or S.stem(n) in want for n in g.values(it, S.SCHEMA + "name")): return False
        qs = g.values(it, S.NG + "quantity")
        if gi.get("quantity") is None:
            if qs: return False
        elif not any(S._num(q) == float(gi["quantity"]) for q in qs): return False
        return True
    strict = S.one_to_one(gitems, xitems, lambda e, x: im(e, x, False))
    loose_pairs = []
    for gi in gitems:
        if any(im(gi, x, False) for x in xitems): continue
        cands = [x for x in xitems if im(gi, x, True)]
        if not cands: continue
        xd = list(g.values(cands[0][0], S.NG + "date"))
        gd = gi["date"]
        if not xd: k = "extracted none"
        else:
            x = xd[0]
            if x[:len(gd)] == gd: k = "extracted finer"
            elif gd[:len(x)] == x: k = "extracted coarser (" + ("year" if len(x)==4 else "month") + ")"
            elif x == adate: k = "extracted article date, gold other"
            elif gd == adate: k = "gold article date, extracted other"
            else:
                try:
                    import datetime
                    dd = (datetime.date.fromisoformat(x) - datetime.date.fromisoformat(gd)).days
                    k = "both days, extracted - gold = %+d" % dd if abs(dd) < 8 else ("far: same month-day, year %+d" % (int(x[:4])-int(gd[:4])) if x[5:]==gd[5:] else "far: same day, month off" if x[8:]==gd[8:] else "far: other %+d days" % dd)
                except Exception: k = "other"
        C["aid date: " + k] += 1
        C["ship: " + k + " " + str(cands[0][0])[-30:]] += 0
        SH.add((art, str(cands[0][0]), k))
        C["aid date: gold precision " + ("day" if len(gd)==10 else "month" if len(gd)==7 else "year")] += 1
        C["aid date: gold == article date"] += gd == adate
from collections import Counter as CC
for k,v in CC(k for _,_,k in SH).items(): print("shipments:", k, v)
for k in sorted(C): print(f"{k:55s} {C[k]}")
