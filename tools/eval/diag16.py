#!/usr/bin/env python3
"""diag16.py BIN DIR...: counts only. Wrong aid items whose name matches a
missed gold item and whose donor and/or recipient differ: swapped? extracted
party missing? gold party extracted as entity? per shipment too."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scorelib import S, each
from collections import Counter
C = Counter(); SH = Counter()
for art, gold, g in each(sys.argv[1], sys.argv[2:]):
    res, _ = S.score_article(g, gold)
    tp, missed, wrong = res["aid_items"]
    seen = set()
    for s, it in wrong:
        names = [S.stem(n) for n in g.values(it, S.SCHEMA + "name")]
        cands = [gi for gi in missed if any(S.stem(gi["name"]) in n or n in S.stem(gi["name"]) for n in names)]
        if not cands: continue
        gi = cands[0]
        don = [d for _, d in g.objs(s, S.NG + "donor")]; rec = [r for _, r in g.objs(s, S.NG + "recipient")]
        dok = any(S.is_named(g, gold, d, gi["donor"]) for d in don); rok = any(S.is_named(g, gold, r, gi["recipient"]) for r in rec)
        if dok and rok: continue
        k = []
        if not dok:
            if not don: k.append("donor none")
            elif any(S.is_named(g, gold, d, gi["recipient"]) for d in don): k.append("donor=gold recipient")
            else: k.append("donor other")
        if not rok:
            if not rec: k.append("recipient none")
            elif any(S.is_named(g, gold, r, gi["donor"]) for r in rec): k.append("recipient=gold donor")
            else: k.append("recipient other")
        key = " + ".join(k)
        C[key] += 1
        if (art, s) not in seen:
            seen.add((art, s)); SH[key] += 1
for k in sorted(C): print(f"items {k:55s} {C[k]}")
for k in sorted(SH): print(f"shipments {k:51s} {SH[k]}")
